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
  SELECTION,
} from './style'
import { drawNoteBody, startPen } from './drawNote'
import { drawMarks, hasMarks } from '../facilitation/drawMarks'
import type { NoteSprites } from './noteSprites'

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
  /** Reuse notes drawn earlier at this scale (the board on screen; not an export). */
  readonly sprites?: NoteSprites
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
  { dx = 0, dy = 0, simplified = false, sprites }: DrawOptions = {},
): void {
  if (notes.length === 0) return
  const readable = !simplified && scale * NOTE_FONT_SIZE >= MIN_READABLE_TEXT_PX
  const t = ctx.getTransform()
  const plain = t.b === 0 && t.c === 0 && t.a === t.d
  // With copies, each note starts on a whole canvas pixel, whether copied or drawn, so that a
  // copy lands exactly where the note was drawn; its outlines and stickers follow it.
  const copies =
    readable && sprites && plain && ctx.globalAlpha === 1 && dx === 0 && dy === 0
      ? sprites
      : undefined
  const at: Place = copies
    ? (note) => ({
        x: (Math.round(t.e + t.a * note.x) - t.e) / t.a,
        y: (Math.round(t.f + t.d * note.y) - t.f) / t.d,
      })
    : (note) => ({ x: note.x + dx, y: note.y + dy })
  if (copies) drawCopied(ctx, notes, scale, decor, t, copies, at)
  else if (readable) drawDetailed(ctx, notes, scale, decor, at)
  else drawSimplified(ctx, notes, scale, dx, dy)
  drawDecor(ctx, notes, scale, decor, at)
}

/** Where a note is drawn, in board units. */
type Place = (note: Note) => { x: number; y: number }

function drawDetailed(
  ctx: CanvasRenderingContext2D,
  notes: readonly Note[],
  scale: number,
  decor: NoteDecor,
  at: Place,
): void {
  const pen = startPen(ctx)
  const edge = 1 / scale
  for (const note of notes) {
    const { x, y } = at(note)
    drawNoteBody(ctx, note, x, y, edge, note.id === decor.editingId, pen)
  }
  ctx.direction = 'ltr'
}

/** Readable notes from their copies where they have one (noteSprites.ts), drawn where not. */
function drawCopied(
  ctx: CanvasRenderingContext2D,
  notes: readonly Note[],
  scale: number,
  decor: NoteDecor,
  t: DOMMatrix,
  sprites: NoteSprites,
  at: Place,
): void {
  const pen = startPen(ctx)
  const edge = 1 / scale
  sprites.begin(t.a, edge)
  const margin = sprites.margin
  let copying = false
  for (const note of notes) {
    const editing = note.id === decor.editingId
    const sprite = sprites.get(note, editing)
    if (sprite) {
      if (!copying) ctx.setTransform(1, 0, 0, 1, 0, 0)
      copying = true
      ctx.drawImage(
        sprite,
        Math.round(t.e + t.a * note.x) - margin,
        Math.round(t.f + t.d * note.y) - margin,
      )
      continue
    }
    if (copying) ctx.setTransform(t)
    copying = false
    const { x, y } = at(note)
    drawNoteBody(ctx, note, x, y, edge, editing, pen)
  }
  if (copying) ctx.setTransform(t)
  ctx.direction = 'ltr'
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
  at: Place,
): void {
  const { selection, highlight, focusedId, handleId } = decor
  const showVotes = scale * 26 >= 6
  for (const note of notes) {
    const selected = selection.has(note.id)
    const lit = highlight.has(note.id) || note.id === focusedId
    if (!selected && !lit && !(showVotes && note.votes > 0) && !hasMarks(note)) continue
    const { x, y } = at(note)
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
