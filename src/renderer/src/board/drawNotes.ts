// Draws notes straight onto a 2D context, with level of detail: text when it is readable on
// screen, grey placeholder lines when it is not, and plain coloured rectangles when notes are
// specks. No Konva node per note: one call per frame loops over the visible notes.
import type { Note } from '../../../shared/document'
import {
  FOCUS,
  HIGHLIGHT,
  INK,
  MIN_DETAILED_NOTE_PX,
  MIN_READABLE_TEXT_PX,
  NOTE_FILL,
  NOTE_FONT_SIZE,
  NOTE_LINES,
  NOTE_PADDING,
  NOTE_RADIUS,
  SELECTION,
} from './style'
import { SOURCE_BADGES } from '../../../shared/import/evidence'
import { noteFont, noteTextLayout } from './textLayout'
import { drawMarks, hasMarks } from '../facilitation/drawMarks'

export interface NoteDecor {
  readonly selection: ReadonlySet<string>
  readonly highlight: ReadonlySet<string>
  readonly focusedId: string | null
  /** The note under the text editor: its text is not drawn twice. */
  readonly editingId: string | null
  /** The resize handle is drawn on this note. */
  readonly handleId: string | null
}

/** Screen pixels of the resize handle's side. */
export const HANDLE_PX = 12

export interface DrawOptions {
  /** Board units right of where the notes are (a drag in progress). */
  readonly dx?: number
  /** Board units below where the notes are. */
  readonly dy?: number
  /** Placeholder lines instead of text, whatever the scale. */
  readonly simplified?: boolean
}

/**
 * Draws `notes` in order (later notes on top) on a context already transformed to board units at
 * `scale` screen pixels per unit.
 */
export function drawNotes(
  ctx: CanvasRenderingContext2D,
  notes: readonly Note[],
  scale: number,
  decor: NoteDecor,
  { dx = 0, dy = 0, simplified = false }: DrawOptions = {},
): void {
  if (notes.length === 0) return
  const readable = !simplified && scale * NOTE_FONT_SIZE >= MIN_READABLE_TEXT_PX
  if (readable) drawDetailed(ctx, notes, scale, decor, dx, dy)
  else drawSimplified(ctx, notes, scale, dx, dy)
  drawDecor(ctx, notes, scale, decor, dx, dy)
}

function drawDetailed(
  ctx: CanvasRenderingContext2D,
  notes: readonly Note[],
  scale: number,
  decor: NoteDecor,
  dx: number,
  dy: number,
): void {
  let font = ''
  let direction: CanvasDirection = 'ltr'
  ctx.direction = direction
  ctx.textAlign = 'start'
  ctx.textBaseline = 'middle'
  const edge = 1 / scale
  for (const note of notes) {
    const x = note.x + dx
    const y = note.y + dy
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
      font = ''
      if (direction !== 'ltr') ctx.direction = direction = 'ltr'
    }
    if (note.id === decor.editingId || note.text === '') continue
    const layout = noteTextLayout(note.text, w, h)
    const f = noteFont(layout.fontSize)
    if (f !== font) ctx.font = font = f
    const dir: CanvasDirection = layout.rtl ? 'rtl' : 'ltr'
    if (dir !== direction) ctx.direction = direction = dir
    ctx.fillStyle = INK
    const tx = layout.rtl ? x + w - NOTE_PADDING : x + NOTE_PADDING
    let ty = y + NOTE_PADDING + layout.lineHeight / 2
    for (const line of layout.lines) {
      ctx.fillText(line, tx, ty)
      ty += layout.lineHeight
    }
  }
  ctx.direction = 'ltr'
}

/**
 * The source of an imported note as a small tag in its bottom-right corner ("CI" customer
 * interview, "SI" staff interview, "D" data), where the text rarely reaches.
 */
function drawSourceBadge(
  ctx: CanvasRenderingContext2D,
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
function drawShadow(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  const r = NOTE_RADIUS
  ctx.fillStyle = 'rgba(15, 23, 42, 0.10)'
  if (ctx.globalAlpha < 1 || w < 2 * r + 2 || h < 2 * r + 6) {
    ctx.fillRect(x + 1, y + 3, w, h)
    return
  }
  ctx.fillRect(x + w - r, y + 3, r + 1, h - r - 3)
  ctx.fillRect(x + 1, y + h - r, w, r + 3)
}

function drawSimplified(
  ctx: CanvasRenderingContext2D,
  notes: readonly Note[],
  scale: number,
  dx: number,
  dy: number,
): void {
  // A rectangle call per note: in software, Skia fills and strokes many plain rectangles faster
  // one by one than as one path (a path of hundreds of rectangles strokes ~3 times slower).
  let color = ''
  for (const note of notes) {
    if (note.color !== color) {
      color = note.color
      ctx.fillStyle = NOTE_FILL[note.color]
    }
    ctx.fillRect(note.x + dx, note.y + dy, note.width, note.height)
  }
  if (scale * Math.min(NOTE_FONT_SIZE * 8, 160) < MIN_DETAILED_NOTE_PX) return
  // Placeholder lines where the text would be, and a thin edge so neighbours stay apart.
  ctx.lineWidth = 1 / scale
  ctx.strokeStyle = 'rgba(15, 23, 42, 0.18)'
  for (const note of notes) {
    if (note.width * scale >= MIN_DETAILED_NOTE_PX) {
      ctx.strokeRect(note.x + dx, note.y + dy, note.width, note.height)
    }
  }
  color = ''
  ctx.beginPath()
  for (const note of notes) {
    if (note.text === '' || note.width * scale < MIN_DETAILED_NOTE_PX) continue
    if (note.color !== color) {
      if (color !== '') ctx.fill()
      color = note.color
      ctx.fillStyle = NOTE_LINES[note.color]
      ctx.beginPath()
    }
    placeholderLines(ctx, note, dx, dy)
  }
  ctx.fill()
}

/** Up to four bars, as long as the text would roughly be. */
function placeholderLines(ctx: CanvasRenderingContext2D, note: Note, dx: number, dy: number) {
  const inner = note.width - NOTE_PADDING * 2
  const barHeight = Math.max(4, note.height * 0.07)
  const gap = barHeight * 1.1
  const perLine = Math.max(8, Math.floor(inner / 10))
  const lines = Math.min(4, Math.ceil(note.text.length / perLine))
  const maxLines = Math.floor((note.height - NOTE_PADDING * 2 + gap) / (barHeight + gap))
  for (let i = 0; i < Math.min(lines, maxLines); i++) {
    const last = i === lines - 1
    const fraction = last ? Math.max(0.3, (note.text.length % perLine) / perLine || 1) : 1
    ctx.rect(
      note.x + dx + NOTE_PADDING,
      note.y + dy + NOTE_PADDING + i * (barHeight + gap),
      inner * fraction,
      barHeight,
    )
  }
}

/** Selection outlines, Find highlights, votes and the resize handle, above every note. */
function drawDecor(
  ctx: CanvasRenderingContext2D,
  notes: readonly Note[],
  scale: number,
  decor: NoteDecor,
  dx: number,
  dy: number,
): void {
  const { selection, highlight, focusedId, handleId } = decor
  const showVotes = scale * 26 >= 6
  for (const note of notes) {
    const selected = selection.has(note.id)
    const lit = highlight.has(note.id) || note.id === focusedId
    if (!selected && !lit && !(showVotes && note.votes > 0) && !hasMarks(note)) continue
    const x = note.x + dx
    const y = note.y + dy
    if (lit) {
      const focused = note.id === focusedId
      const width = (focused ? 5 : 3) / scale
      ctx.lineWidth = width
      ctx.strokeStyle = focused ? FOCUS : HIGHLIGHT
      ctx.strokeRect(
        x - width * 1.5,
        y - width * 1.5,
        note.width + width * 3,
        note.height + width * 3,
      )
    }
    if (selected) {
      const width = Math.max(3, 2 / scale)
      ctx.lineWidth = width
      ctx.strokeStyle = SELECTION
      ctx.strokeRect(x - width / 2, y - width / 2, note.width + width, note.height + width)
    }
    if (showVotes && note.votes > 0) drawVotes(ctx, note, x, y, scale)
    if (hasMarks(note)) drawMarks(ctx, note, x, y, scale)
    if (note.id === handleId) {
      const size = HANDLE_PX / scale
      ctx.fillStyle = '#ffffff'
      ctx.strokeStyle = SELECTION
      ctx.lineWidth = 2 / scale
      ctx.fillRect(x + note.width - size / 2, y + note.height - size / 2, size, size)
      ctx.strokeRect(x + note.width - size / 2, y + note.height - size / 2, size, size)
    }
  }
}

function drawVotes(ctx: CanvasRenderingContext2D, note: Note, x: number, y: number, scale: number) {
  // A sticker on the top-right corner, half outside, so it never covers the text.
  const r = 13
  const cx = x + note.width - 4
  const cy = y + 4
  ctx.fillStyle = INK
  ctx.beginPath()
  ctx.arc(cx, cy, r, 0, Math.PI * 2)
  ctx.fill()
  if (scale * 14 < 6) return
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold 14px ${'system-ui, sans-serif'}`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.direction = 'ltr'
  ctx.fillText(note.votes > 99 ? '99+' : String(note.votes), cx, cy + 0.5)
  ctx.textAlign = 'start'
}
