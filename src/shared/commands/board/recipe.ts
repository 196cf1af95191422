// What every board command hands the renderer: an immer recipe for `editor.run`, plus the helpers
// the commands share to read the draft cheaply and keep coordinates inside the document's limits.
import { current, isDraft, type Draft } from 'immer'
import { MAX_COORDINATE } from '../../document/schema'
import type { JourneyDocument, Lane, Note, Stage } from '../../document/types'

/** One change to the document; `editor.run(label, recipe)` makes it one undo step. */
export type Recipe = (draft: Draft<JourneyDocument>) => void

/** The gap between neighbouring notes that the board's layouts leave, in board units. */
export const NOTE_GAP = 16

/** A recipe that changes nothing, so the editor records no undo step. */
export const noChange: Recipe = () => {}

/**
 * A plain (non-draft) view of a draft array. Reading through it creates no immer proxies, which
 * keeps a recipe over a 10,000-note board cheap; it reflects earlier changes in the same recipe.
 */
export function plain<T>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : value
}

export const notesOf = (draft: Draft<JourneyDocument>): readonly Note[] =>
  plain(draft.board.notes) as readonly Note[]
export const stagesOf = (draft: Draft<JourneyDocument>): readonly Stage[] =>
  plain(draft.board.stages) as readonly Stage[]
export const lanesOf = (draft: Draft<JourneyDocument>): readonly Lane[] =>
  plain(draft.board.lanes) as readonly Lane[]

/** Keeps a coordinate where the document schema accepts it. */
export function clampCoordinate(value: number): number {
  if (!Number.isFinite(value)) return 0
  return Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, value))
}

/** Position of every note by id, for applying a plan to the draft. */
export function indexById(items: readonly { readonly id: string }[]): Map<string, number> {
  const index = new Map<string, number>()
  items.forEach((item, i) => index.set(item.id, i))
  return index
}

/**
 * Where a run of `length` starts inside the band [start, start + size): at `wanted` when it fits
 * there, else moved in, with a margin of up to one gap each side (centred when there is less).
 */
export function within(wanted: number, start: number, size: number, length: number): number {
  const slack = size - length
  const margin = Math.min(NOTE_GAP, slack / 2)
  return Math.min(Math.max(wanted, start + margin), start + slack - margin)
}

/**
 * How many notes `cellWidth` wide fit across a stage column (at least 1), a gap between them and
 * half a gap at least at each edge: two 160-unit notes across the template's 360-unit columns, as
 * a Tab chain makes them.
 */
export function columnsIn(stage: Stage, cellWidth: number): number {
  return Math.max(1, Math.floor(stage.width / (cellWidth + NOTE_GAP)))
}

/** The width of `count` notes `size` wide side by side, with the gaps between them. */
export function rowWidth(count: number, size: number): number {
  return count * (size + NOTE_GAP) - NOTE_GAP
}

/**
 * Where a row of as many `size`-wide notes as `column` holds starts, centred in the column as
 * Tidy centres its grid (12 from the edge of a 360 column, whose row of two is 336 wide). Tab
 * starts its new rows there too, so that Tidy after a Tab chain moves nothing.
 */
export function rowStartIn(column: Stage, size: number): number {
  return Math.round(column.x + (column.width - rowWidth(columnsIn(column, size), size)) / 2)
}

/**
 * What Tidy makes of `notes` in `column`: rows of as many of the widest as fit across (outside a
 * column, a square), each as tall as the tallest note, and the height a lane needs to hold them
 * with a gap above, between and below the rows.
 */
export function tidyRows(
  notes: readonly Note[],
  column: Stage | null,
): { cellWidth: number; cellHeight: number; across: number; rows: number; height: number } {
  let cellWidth = 0
  let cellHeight = 0
  for (const note of notes) {
    cellWidth = Math.max(cellWidth, note.width)
    cellHeight = Math.max(cellHeight, note.height)
  }
  const across = column ? columnsIn(column, cellWidth) : Math.ceil(Math.sqrt(notes.length))
  const rows = Math.ceil(notes.length / across)
  const height = NOTE_GAP * 2 + rows * cellHeight + (rows - 1) * NOTE_GAP
  return { cellWidth, cellHeight, across, rows, height }
}
