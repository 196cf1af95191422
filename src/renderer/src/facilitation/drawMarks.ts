// The facilitation marks drawn on a note: a quote mark for the customer's own words, a star for a
// focus area. Stickers on the top-left corner, half outside, like the vote count on the right.
import type { Note } from '../../../shared/document'

const INK = '#1f2a37'
const FOCUS = '#b54708'

/** Whether the note carries a mark this module draws. */
export function hasMarks(note: Note): boolean {
  return note.customerWords || note.focus
}

/** Draws the note's marks; `x`, `y` is where the note is drawn, in board units. */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  note: Note,
  x: number,
  y: number,
  scale: number,
): void {
  if (scale * 26 < 6) return
  const r = 13
  let cx = x + 4
  const cy = y + 4
  const text = scale * 14 >= 6
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.direction = 'ltr'
  // A coloured disc with a white glyph; the glyph only once it can be seen.
  const badge = (fill: string, glyph: string, font: string, dy: number) => {
    ctx.fillStyle = fill
    ctx.beginPath()
    ctx.arc(cx, cy, r, 0, Math.PI * 2)
    ctx.fill()
    if (text) {
      ctx.fillStyle = '#ffffff'
      ctx.font = font
      ctx.fillText(glyph, cx, cy + dy)
    }
  }
  if (note.customerWords) {
    badge(INK, '\u201C', 'bold 24px Georgia, serif', 6)
    cx += r * 2 + 4
  }
  if (note.focus) badge(FOCUS, '\u2605', 'bold 16px system-ui, sans-serif', 1)
  ctx.textAlign = 'start'
}
