// Small helpers for the 2D canvases the board, the minimap and the zoom level draw on.

/** Makes every pixel of the canvas transparent, whatever the context's transform; keeps it. */
export function clearCanvas(ctx: CanvasRenderingContext2D): void {
  ctx.save()
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height)
  ctx.restore()
}
