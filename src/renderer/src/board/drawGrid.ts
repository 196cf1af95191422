// Draws the Customer journey grid: lane bands, column lines and the stage and lane headers. A
// handful of shapes, so it is simply redrawn with the layer.
import type { Board } from '../../../shared/document'
import { gridBounds } from '../map/geometry'
import type { Rect } from './boardView'
import { deviceBand, lanesTile } from './gridPixels'
import { laneHeaderRect, stageHeaderRect, type HeaderKind } from './headers'
import {
  FONT,
  GRID_BORDER,
  GRID_GAP,
  GRID_LINE,
  INK,
  LANE_BANDS,
  LANE_HEADER_WIDTH,
  LANE_HEADER_FILL,
  SELECTION,
  STAGE_HEADER_FILL,
} from './style'

/** The smallest size, in screen pixels, a stage or lane name is drawn at. */
const MIN_HEADER_PX = 11
/**
 * How wide, on screen, a lane's name may run when its header is too narrow for its words; a
 * fitted board keeps room for it on its left (laneNamesReach).
 */
const WIDENED_LANE_LABEL_PX = 76
/** The smallest a stage name is squeezed to, on screen, to fit its column when zoomed far out. */
const MIN_SQUEEZED_HEADER_PX = 8

export interface GridDecor {
  /** The header under the pointer or picked for its delete button. */
  readonly activeHeader: { readonly kind: HeaderKind; readonly id: string } | null
}

export function drawGrid(
  ctx: CanvasRenderingContext2D,
  board: Board,
  scale: number,
  visible: Rect,
  decor: GridDecor,
): void {
  const grid = gridBounds(board)
  if (!grid) return
  // Each fill costs every pixel it covers on screen, so none is painted over by the next: the
  // shadow is only the strips the grid leaves uncovered, and the white only shows where lanes
  // do not tile the grid.
  ctx.fillStyle = 'rgba(15, 23, 42, 0.05)'
  ctx.fillRect(grid.x + grid.width, grid.y + 4, 2, grid.height)
  ctx.fillRect(grid.x + 2, grid.y + grid.height, grid.width - 2, 4)
  if (!lanesTile(board, grid)) {
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(grid.x, grid.y, grid.width, grid.height)
  }
  // The bands are filled on whole canvas pixels: no pixel is left part-covered at their edges
  // (the grid lines are drawn over them), so where they cover the canvas it need not be cleared
  // first (see gridCoversCanvas in gridPixels.ts).
  const m = ctx.getTransform()
  ctx.save()
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  board.lanes.forEach((lane, i) => {
    const band = deviceBand(m, grid, lane)
    ctx.fillStyle = LANE_BANDS[i % 2] ?? '#ffffff'
    ctx.fillRect(band.x, band.y, band.width, band.height)
  })
  ctx.restore()
  // Where a stage or lane was deleted from the middle, the strip left is in no stage (or lane):
  // shaded, with a line on each side, it does not read as part of its neighbour, and its notes
  // as sorted.
  const stageSpans = board.stages.map((stage) => ({ start: stage.x, end: stage.x + stage.width }))
  const laneSpans = board.lanes.map((lane) => ({ start: lane.y, end: lane.y + lane.height }))
  const columnGaps = gapsBetween(stageSpans, grid.x, grid.x + grid.width)
  const rowGaps = gapsBetween(laneSpans, grid.y, grid.y + grid.height)
  if (columnGaps.length > 0 || rowGaps.length > 0) {
    ctx.fillStyle = GRID_GAP
    for (const gap of columnGaps) ctx.fillRect(gap.start, grid.y, gap.end - gap.start, grid.height)
    for (const gap of rowGaps) ctx.fillRect(grid.x, gap.start, grid.width, gap.end - gap.start)
  }
  ctx.strokeStyle = GRID_LINE
  ctx.lineWidth = 1 / scale
  ctx.beginPath()
  for (const y of edges(laneSpans)) {
    ctx.moveTo(grid.x, y)
    ctx.lineTo(grid.x + grid.width, y)
  }
  for (const x of edges(stageSpans)) {
    ctx.moveTo(x, grid.y)
    ctx.lineTo(x, grid.y + grid.height)
  }
  ctx.stroke()
  ctx.strokeStyle = GRID_BORDER
  ctx.lineWidth = 1.5 / scale
  ctx.strokeRect(grid.x, grid.y, grid.width, grid.height)

  // Header names stay readable zoomed out, however far: they grow in board units to keep a
  // minimum size on screen.
  const active = decor.activeHeader
  const stageNames = stageLabels(ctx, board, scale)
  board.stages.forEach((stage, i) => {
    const r = stageHeaderRect(board, i)
    if (!r || !intersects({ ...r, y: r.y - r.height, height: r.height * 2 }, visible)) return
    const on = active?.kind === 'stage' && active.id === stage.id
    drawStageHeader(ctx, r, stageNames.labels[i] ?? stage.name, stageNames.size, on, scale)
  })
  // Headers widened for their names are widened alike, as wide as the widest needs.
  let widen = 0
  board.lanes.forEach((lane, i) => {
    const r = laneHeaderRect(board, i)
    if (r) widen = Math.max(widen, laneLabel(ctx, r, lane.name, scale).widen)
  })
  board.lanes.forEach((lane, i) => {
    const r = laneHeaderRect(board, i)
    if (!r || !intersects(r, visible)) return
    const on = active?.kind === 'lane' && active.id === lane.id
    drawLaneHeader(ctx, r, lane.name, on, scale, widen)
  })
}

interface Span {
  readonly start: number
  readonly end: number
}

/** The stretches of [from, to] that no span covers, in order; none when there are no spans. */
export function gapsBetween(spans: readonly Span[], from: number, to: number): Span[] {
  // No bands at all (a grid of stages without lanes): nothing was taken out of them.
  if (spans.length === 0) return []
  const gaps: Span[] = []
  let at = from
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > at) gaps.push({ start: at, end: Math.min(span.start, to) })
    at = Math.max(at, span.end)
  }
  if (at < to) gaps.push({ start: at, end: to })
  return gaps.filter((gap) => gap.end > gap.start)
}

/**
 * Where the lines between bands go: each band's start, and its end where no band starts (the
 * last band's end is the grid's border; the end of one before a gap is a line of its own).
 */
function edges(spans: readonly Span[]): number[] {
  const starts = new Set(spans.map((span) => span.start))
  const last = Math.max(...spans.map((span) => span.end))
  const ends = spans.map((span) => span.end).filter((end) => !starts.has(end) && end < last)
  return [...starts, ...new Set(ends)]
}

/** A stage header on its own, for the copy that follows the pointer while it is dragged. */
export function drawStageHeader(
  ctx: CanvasRenderingContext2D,
  r: Rect,
  label: string,
  size: number,
  active: boolean,
  scale: number,
): void {
  const box = stageLabelBox(r, size)
  ctx.fillStyle = STAGE_HEADER_FILL
  ctx.beginPath()
  ctx.roundRect(box.x, box.y, Math.max(0, box.width), box.height, 8)
  ctx.fill()
  if (active) outline(ctx, box, scale)
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold ${size}px ${FONT}`
  ctx.textAlign = 'start'
  ctx.textBaseline = 'middle'
  const inset = stageTextInset(scale)
  ctx.fillText(fit(ctx, label, box.width - 2 * inset, size), box.x + inset, box.y + box.height / 2)
}

/**
 * Board units between a stage name and its header's ends: 14, and at least 5 px on screen, so
 * that zoomed far out, where the headers are a few pixels apart, names do not run together.
 */
const stageTextInset = (scale: number) => Math.max(14, 5 / scale)

/**
 * The box drawn behind a stage's name. Zoomed far out, the header is lower on screen than the
 * smallest name drawn, so it grows upward, into the room a fitted board keeps around it, to hold
 * the name.
 */
function stageLabelBox(r: Rect, size: number): Rect {
  const height = Math.max(r.height - 14, size / 0.8)
  return { x: r.x + 6, y: r.y + r.height - 8 - height, width: r.width - 12, height }
}

/**
 * What each stage header reads ("3   Purchase"; a name too long for its header is cut with an
 * ellipsis, and keeps its number, as do the others) and the size in board units all of them are
 * drawn at. The size is 30, or MIN_HEADER_PX on screen when that is larger; zoomed far out, where
 * names are at that smallest size, the numbers go unless every numbered name fits, and all names
 * shrink alike (down to MIN_SQUEEZED_HEADER_PX) as far as the widest name for its column needs,
 * before any is cut.
 */
export function stageLabels(
  ctx: CanvasRenderingContext2D,
  board: Board,
  scale: number,
): { readonly labels: readonly string[]; readonly size: number } {
  const names = board.stages.map((stage) => stage.name)
  const size = Math.max(30, MIN_HEADER_PX / scale)
  const inset = stageTextInset(scale)
  const room = (i: number) => (board.stages[i]?.width ?? 0) - 12 - 2 * inset
  const numbered = names.map((name, i) => `${i + 1}   ${name}`)
  // Zoomed in, a name too long for its header would be cut with or without its number: the numbers
  // stay, so one long name does not take them from every header.
  if (size > MIN_HEADER_PX / scale) return { labels: numbered, size }
  if (numbered.every((label, i) => boldWidth(ctx, label, size) <= room(i)))
    return { labels: numbered, size }
  const squeezed = Math.min(
    size,
    ...names.map((name, i) => (size * room(i)) / (boldWidth(ctx, name, size) || 1)),
  )
  return { labels: names, size: Math.max(MIN_SQUEEZED_HEADER_PX / scale, squeezed) }
}

/**
 * A lane header's name: its size, lines, and how far (board units) the header must widen to the
 * left to hold it. Zoomed far out, the header is narrower than the name's words at the smallest
 * size drawn; then the name keeps to the header's right edge and the header widens to the left,
 * into the room a fitted board keeps around it, rather than cutting every word.
 */
export function laneLabel(ctx: CanvasRenderingContext2D, r: Rect, label: string, scale: number) {
  const box = laneBox(r)
  const inner = laneTextRoom(box)
  // The longest word decides the size: "Touchpoints" shrinks rather than being cut.
  const size = Math.max(laneFontSize(ctx, label, inner), MIN_HEADER_PX / scale)
  const step = size * 1.25
  // Far out, where the smallest readable name is half as tall again as its header (below ~4 % in
  // the template), the name is left out: written, the names of every lane piled up over each
  // other. Down to there a name may stand a little taller than its header, as on a fitted board
  // far wider than the view.
  if (size > box.height * 1.5) return { size, step, lines: [], widened: false, widen: 0 }
  const widened = label.split(/\s+/).some((word) => boldWidth(ctx, word, size) > inner)
  const width = widened ? Math.max(inner, WIDENED_LANE_LABEL_PX / scale) : inner
  const all = wrapWords(ctx, label, width, size)
  const room = Math.max(1, Math.floor((box.height - (widened ? 0 : 40)) / step))
  // A name with more lines than the header holds ends its last line with an ellipsis: cut there
  // at a word, it read as the whole name ("Emotions and").
  const lines =
    all.length > room
      ? [...all.slice(0, room - 1), fit(ctx, `${all.slice(room - 1).join(' ')} …`, width, size)]
      : all
  const text = Math.max(0, ...lines.map((line) => boldWidth(ctx, line, size)))
  return { size, step, lines, widened, widen: widened ? Math.max(0, text - inner) : 0 }
}

/**
 * How far, in screen pixels, the lane headers can reach left of their own left edge (the board's,
 * in contentBounds) at `scale`: a name widened to WIDENED_LANE_LABEL_PX keeps to its header's
 * right side, and the header widens left by as much as the name is wider than its room
 * (laneLabel, drawLaneHeader). A fitted board keeps at least this much room on its left (fitAll),
 * so no name is cut by the view's edge.
 */
export function laneNamesReach(scale: number): number {
  const header = { x: 0, y: 0, width: LANE_HEADER_WIDTH, height: 0 }
  const box = laneBox(header)
  const kept = box.x - header.x + laneTextRoom(box)
  return Math.max(0, WIDENED_LANE_LABEL_PX - kept * scale)
}

/** The width a lane's name has in its header's box before the header widens for it. */
const laneTextRoom = (box: Rect) => box.width - 24

const laneBox = (r: Rect): Rect => ({
  x: r.x + 6,
  y: r.y + 6,
  width: r.width - 14,
  height: r.height - 12,
})

/**
 * A lane header, widened to the left by `widen` board units (at least what its own name needs),
 * also for the copy that follows the pointer while it is dragged.
 */
export function drawLaneHeader(
  ctx: CanvasRenderingContext2D,
  r: Rect,
  label: string,
  active: boolean,
  scale: number,
  widen = 0,
): void {
  const box = laneBox(r)
  const name = laneLabel(ctx, r, label, scale)
  const left = box.x - Math.max(widen, name.widen)
  const back = { x: left, y: box.y, width: box.x + box.width - left, height: box.height }
  ctx.fillStyle = LANE_HEADER_FILL
  ctx.beginPath()
  ctx.roundRect(back.x, back.y, back.width, Math.max(0, back.height), 8)
  ctx.fill()
  if (active) outline(ctx, back, scale)
  ctx.fillStyle = INK
  ctx.textAlign = name.widened ? 'end' : 'start'
  ctx.textBaseline = 'middle'
  ctx.font = `bold ${name.size}px ${FONT}`
  const x = name.widened ? box.x + box.width - 12 : box.x + 12
  const top = box.y + box.height / 2 - ((name.lines.length - 1) * name.step) / 2
  name.lines.forEach((line, i) => ctx.fillText(line, x, top + i * name.step))
}

function outline(ctx: CanvasRenderingContext2D, box: Rect, scale: number) {
  ctx.strokeStyle = SELECTION
  ctx.lineWidth = Math.max(2, 2 / scale)
  ctx.beginPath()
  ctx.roundRect(box.x, box.y, box.width, box.height, 8)
  ctx.stroke()
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y

// Header names are drawn at a new size on every frame of a zoom. Text widths grow in proportion
// to the font size, so each string is measured once, at a reference size, and scaled: measuring
// at every new size cost ~0.4 ms a zoom frame.
const REFERENCE_PX = 100
const referenceWidths = new Map<string, number>()

/** The width of `text` in the headers' bold font at `size`. */
function boldWidth(ctx: CanvasRenderingContext2D, text: string, size: number): number {
  let width = referenceWidths.get(text)
  if (width === undefined) {
    const font = ctx.font
    ctx.font = `bold ${REFERENCE_PX}px ${FONT}`
    width = ctx.measureText(text).width
    ctx.font = font
    if (referenceWidths.size > 5000) referenceWidths.clear()
    referenceWidths.set(text, width)
  }
  return (width * size) / REFERENCE_PX
}

/** `text` at `size`, cut with an ellipsis to `width`. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number, size: number): string {
  if (boldWidth(ctx, text, size) <= width) return text
  const chars = Array.from(text)
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`
  // The longest start that fits with its ellipsis (widths grow with length): a binary search,
  // so a long pasted name costs a few measurements, once, and a few lookups a frame.
  let fits = 0
  let over = chars.length
  while (over - fits > 1) {
    const mid = (fits + over) >> 1
    if (boldWidth(ctx, cut(mid), size) <= width) fits = mid
    else over = mid
  }
  return cut(fits)
}

/** The largest size from 24 down to 16 at which every word of `label` fits `width`. */
function laneFontSize(ctx: CanvasRenderingContext2D, label: string, width: number): number {
  const words = label.split(/\s+/)
  let size = 24
  while (size > 16 && !words.every((word) => boldWidth(ctx, word, size) <= width)) size -= 2
  return size
}

function wrapWords(ctx: CanvasRenderingContext2D, text: string, width: number, size: number) {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (line && boldWidth(ctx, next, size) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines.map((l) => fit(ctx, l, width, size))
}
