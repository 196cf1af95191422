// A still copy of the notes layer's canvas, shown in its place while nothing draws on it. In
// software rendering (no GPU, as on the benchmark machines) the browser hands every visible 2D
// canvas to the compositor again on each frame that changes anything on the page, drawn on or
// not: for the notes layer's 1,440 × 1,015 canvas that is a copy of ~1 ms in every frame of a key
// typed in a note or in a field of the side panel. A `bitmaprenderer` canvas holding an
// ImageBitmap is handed over as it is, so once the board has rested the copy is shown and the
// canvas hidden. A frame that only moves or scales the canvas (a pan or zoom within what it
// holds) moves the copy with it; the first frame that draws on the canvas shows it again.

/** How long the board rests (no frame drawn) before the copy is taken. */
const STILL_AFTER_MS = 400

export class StillCopy {
  private readonly copy: HTMLCanvasElement
  private readonly context: ImageBitmapRenderingContext | null
  private shown = false
  /** Counts the changes to the canvas: a copy taken before the latest one is thrown away. */
  private generation = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private destroyed = false
  /** How many times the copy was shown (for the debug hook). */
  shownCount = 0

  constructor(private readonly source: HTMLCanvasElement) {
    this.copy = document.createElement('canvas')
    this.copy.setAttribute('aria-hidden', 'true')
    this.copy.className = 'board-still'
    this.copy.style.cssText = 'position: absolute; top: 0; left: 0; width: 0; height: 0'
    this.context = this.copy.getContext('bitmaprenderer')
    this.hideCopy()
  }

  /**
   * A frame is being drawn. `changed`: it draws on the canvas, so the canvas is shown again first,
   * in the same frame. The copy is taken once frames stop for STILL_AFTER_MS.
   */
  frame(changed: boolean): void {
    clearTimeout(this.timer)
    if (changed) {
      this.generation++
      if (this.shown) {
        this.source.style.visibility = ''
        this.hideCopy()
        this.shown = false
        // The hidden copy keeps its bitmap until the next copy replaces it: letting it go here
        // (transferFromImageBitmap(null)) makes a blank bitmap of the canvas's size, 4-8 ms in
        // the frame that starts a pan or zoom after a rest.
      }
    }
    if (!this.shown && this.context) this.timer = setTimeout(() => void this.take(), STILL_AFTER_MS)
  }

  /**
   * The canvas was moved or scaled on the page (a pan or zoom frame that draws nothing): the copy,
   * showing the same pixels, goes with it.
   */
  move(transform: string): void {
    if (this.shown) this.copy.style.transform = transform
  }

  destroy(): void {
    this.destroyed = true
    clearTimeout(this.timer)
    this.context?.transferFromImageBitmap(null)
    this.copy.remove()
    this.source.style.visibility = ''
  }

  private async take(): Promise<void> {
    const { source, copy, context } = this
    if (!context || !source.isConnected || source.width === 0 || source.height === 0) return
    const generation = this.generation
    let bitmap: ImageBitmap
    try {
      bitmap = await createImageBitmap(source)
    } catch {
      return
    }
    if (this.destroyed || generation !== this.generation || this.shown) {
      bitmap.close()
      return
    }
    // Beside the canvas, under the layers drawn above it.
    if (copy.previousElementSibling !== source) source.after(copy)
    copy.width = source.width
    copy.height = source.height
    // Where the canvas is: its size and position on the page, and the transform a pan gave it.
    // Pointer events reach the board through it as they did through the canvas.
    copy.style.cssText = source.style.cssText
    context.transferFromImageBitmap(bitmap)
    source.style.visibility = 'hidden'
    this.shown = true
    this.shownCount++
  }

  private hideCopy() {
    this.copy.style.visibility = 'hidden'
  }
}
