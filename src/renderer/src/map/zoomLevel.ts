// The zoom level beside the zoom buttons. It changes on every frame of a wheel or pinch zoom, and
// text changed in the page makes the browser lay out and repaint the page for that frame (~0.9 ms
// a frame in software rendering, measured with the board benchmark). So the number on screen is
// drawn on a small canvas, and the page's own text (for screen readers) is written when it is not
// changing on every frame (see Board.tsx).
import { clearCanvas } from '../board/canvas'

/** The canvas's size in CSS pixels; `.zoom__level` in styles.css is the same. */
export const ZOOM_LEVEL_SIZE = { width: 52, height: 36 } as const

interface Drawn {
  readonly text: string
  readonly ratio: number
  readonly font: string
  readonly color: string
}

const drawn = new WeakMap<HTMLCanvasElement, Drawn>()

/** Draws `text` centred on the canvas in the font and colour the page gives it; once per text. */
export function drawZoomLevel(canvas: HTMLCanvasElement, text: string): void {
  const ratio = window.devicePixelRatio || 1
  const last = drawn.get(canvas)
  if (last?.text === text && last.ratio === ratio) return
  const context = canvas.getContext('2d')
  if (!context) return
  if (last?.ratio !== ratio) {
    canvas.width = Math.round(ZOOM_LEVEL_SIZE.width * ratio)
    canvas.height = Math.round(ZOOM_LEVEL_SIZE.height * ratio)
  }
  // Read once: the font and colour the stylesheet gives the zoom group.
  const { font, color } = last ?? pageFont(canvas)
  clearCanvas(context)
  context.setTransform(ratio, 0, 0, ratio, 0, 0)
  context.font = font
  context.fillStyle = color
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText(text, ZOOM_LEVEL_SIZE.width / 2, ZOOM_LEVEL_SIZE.height / 2)
  drawn.set(canvas, { text, ratio, font, color })
}

function pageFont(element: Element) {
  const style = getComputedStyle(element)
  return {
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    color: style.color,
  }
}
