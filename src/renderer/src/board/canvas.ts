// Small helpers for the 2D canvases the board, the minimap and the zoom level draw on.

/**
 * Makes every pixel of the canvas (or of `part`, in the canvas's own pixels) transparent,
 * whatever the context's transform; keeps it.
 */
export function clearCanvas(
  ctx: CanvasRenderingContext2D,
  part = { x: 0, y: 0, width: ctx.canvas.width, height: ctx.canvas.height },
): void {
  ctx.save()
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(part.x, part.y, part.width, part.height)
  ctx.restore()
}
