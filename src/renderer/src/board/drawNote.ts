// One note's paper, shadow, edge, source badge and text: what the board draws for each readable
// note, on screen (drawNotes.ts) or into the copy it keeps of it (noteSprites.ts).
import type { Note } from '../../../shared/document'
import { SOURCE_BADGES } from '../../../shared/import/evidence'
import { INK, NOTE_FILL, NOTE_PADDING, NOTE_RADIUS } from './style'
import { noteFont, noteTextLayout } from './textLayout'

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D

/** What was last set on the context, so that a run of notes sets font and direction only when they change. */
export interface Pen {
  font: string
  direction: CanvasDirection
  /** Canvas pixels per board unit: the context's scale, which a run of notes keeps. */
  readonly scale: number
}

export function startPen(ctx: Context): Pen {
  ctx.direction = 'ltr'
  ctx.textAlign = 'start'
  ctx.textBaseline = 'alphabetic'
  const t = ctx.getTransform()
  return { font: '', direction: 'ltr', scale: Math.hypot(t.a, t.b) || 1 }
}

/**
 * How far below the top of a line of text its baseline is, in board units, placed as the note
 * editor (a textarea) places it, so that text does not move when editing starts or ends. CSS puts
 * the font's ascent and descent, in whole pixels at the size on screen, in the middle of the line
 * (its height in 64ths of a pixel), rounding the space above down to a whole pixel. (A canvas's
 * "middle" baseline centres the em box instead: the editor's text was 1 px lower than the
 * canvas's at 100 % and 3 px at 244 %.)
 */
function baselineInLine(ctx: Context, pen: Pen, fontSize: number, lineHeight: number): number {
  const k = pen.scale
  const box = (fontBox ??= measureFontBox(ctx, pen))
  // The font's metrics scale with its size; layout rounds them to whole pixels at that size.
  const size = fontSize * k
  const ascent = Math.round(box.ascent * size)
  const descent = Math.round(box.descent * size)
  const line = Math.floor(lineHeight * k * 64) / 64
  const above = Math.floor((line - ascent - descent) / 2)
  return (above + ascent) / k
}

/**
 * The note font's ascent and descent per pixel of its size, measured once, at a size where the
 * whole pixels measureText gives are exact to a ten-thousandth (not at every size drawn: a zoom
 * draws at a new size every frame, and switching the context's font costs). Rounded from these,
 * 3 sizes in 893 from 4 to 120 px land a pixel off what layout uses.
 */
function measureFontBox(ctx: Context, pen: Pen): { ascent: number; descent: number } {
  ctx.font = pen.font = noteFont(MEASURED_SIZE)
  const m = ctx.measureText('Hg')
  return {
    ascent: m.fontBoundingBoxAscent / MEASURED_SIZE,
    descent: m.fontBoundingBoxDescent / MEASURED_SIZE,
  }
}

let fontBox: { ascent: number; descent: number } | null = null
const MEASURED_SIZE = 10_000

/** A note's shadow, paper, edge, source badge and text (not its selection or votes). */
export function drawNoteBody(
  ctx: Context,
  note: Note,
  x: number,
  y: number,
  edge: number,
  editing: boolean,
  pen: Pen,
): void {
  const { width: w, height: h } = note
  drawShadow(ctx, x, y, w, h)
  ctx.fillStyle = NOTE_FILL[note.color]
  ctx.beginPath()
  ctx.roundRect(x, y, w, h, NOTE_RADIUS)
  ctx.fill()
  ctx.strokeStyle = 'rgba(15, 23, 42, 0.14)'
  ctx.lineWidth = edge
  ctx.stroke()
  const badge = SOURCE_BADGES[note.source.kind]
  if (badge) {
    drawSourceBadge(ctx, badge, x, y, w, h)
    pen.font = ''
    if (pen.direction !== 'ltr') ctx.direction = pen.direction = 'ltr'
  }
  if (editing || note.text === '') return
  const layout = noteTextLayout(note.text, w, h)
  const baseline = baselineInLine(ctx, pen, layout.fontSize, layout.lineHeight)
  const f = noteFont(layout.fontSize)
  if (f !== pen.font) ctx.font = pen.font = f
  const dir: CanvasDirection = layout.rtl ? 'rtl' : 'ltr'
  if (dir !== pen.direction) ctx.direction = pen.direction = dir
  ctx.fillStyle = INK
  const tx = layout.rtl ? x + w - NOTE_PADDING : x + NOTE_PADDING
  let ty = y + NOTE_PADDING + baseline
  for (const line of layout.drawn ?? layout.lines) {
    ctx.fillText(line, tx, ty)
    ty += layout.lineHeight
  }
}

/**
 * The source of an imported note as a small tag in its bottom-right corner ("CI" customer
 * interview, "SI" staff interview, "D" data), where the text rarely reaches.
 */
function drawSourceBadge(
  ctx: Context,
  badge: string,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const bw = badge.length > 1 ? 24 : 16
  const bh = 14
  const bx = x + w - bw - 5
  const by = y + h - bh - 5
  ctx.fillStyle = 'rgba(31, 42, 55, 0.72)'
  ctx.beginPath()
  ctx.roundRect(bx, by, bw, bh, 4)
  ctx.fill()
  ctx.fillStyle = '#ffffff'
  ctx.font = 'bold 9px system-ui, sans-serif'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(badge, bx + bw / 2, by + bh / 2 + 0.5)
  ctx.textAlign = 'start'
  ctx.textBaseline = 'alphabetic'
}

/**
 * A cheap shadow: a darker rectangle (x + 1, y + 3, w, h) peeking out below and right of the note
 * (blur costs too much in software). Under an opaque note only the parts it does not cover are
 * filled, as two rectangles that do not overlap: the column down the right edge (with the
 * top-right rounded corner) and the row along the bottom (with both bottom corners); the
 * top-left corner's cut-out lies outside the shadow. Filled whole, the shadow blended as many
 * pixels as the note itself (~0.6 ms a frame at zoom 1 in software rendering), all of them
 * painted over at once. A see-through note (a dragged one) gets the whole rectangle under it.
 */
function drawShadow(ctx: Context, x: number, y: number, w: number, h: number) {
  const r = NOTE_RADIUS
  ctx.fillStyle = 'rgba(15, 23, 42, 0.10)'
  if (ctx.globalAlpha < 1 || w < 2 * r + 2 || h < 2 * r + 6) {
    ctx.fillRect(x + 1, y + 3, w, h)
    return
  }
  ctx.fillRect(x + w - r, y + 3, r + 1, h - r - 3)
  ctx.fillRect(x + 1, y + h - r, w, r + 3)
}
