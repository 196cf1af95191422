// The commands stage columns and lanes share — add, rename, resize, move, delete — written once
// for a band axis: stages along x (their notes move in x), lanes along y (their notes move in y).
import { castDraft, type Draft } from 'immer'
import { MAX_COORDINATE } from '../../document/schema'
import {
  LANE_HEADER_WIDTH,
  LANE_HEIGHT,
  STAGE_HEADER_HEIGHT,
  STAGE_WIDTH,
} from '../../document/templates'
import type { JourneyDocument, Lane, Note, Stage } from '../../document/types'
import { laneOf, stageLocator, stageOf } from '../../journey/geometry'
import { noteDeltas, reorder, shiftAfter, validateName, type Band, type BandPlan } from './bands'
import {
  clampCoordinate,
  indexById,
  noChange,
  NOTE_GAP,
  notesOf,
  plain,
  tidyRows,
  type Recipe,
} from './recipe'

/** The narrowest a stage column or lane can be made. */
export const MIN_BAND_SIZE = 120

/** The widest stage or tallest lane that can be typed in (a drag is not limited). */
export const MAX_TYPED_BAND_SIZE = 10_000

/**
 * A stage's width or a lane's height as typed ("360", "360px", " 420.4 ", "1,200"): whole board
 * pixels, or why the text cannot be used. `smallest` is the band's own floor
 * (`smallestBandSize`): a band holding notes says so when asked to be smaller than they need.
 *
 * @example
 *   parseBandSize('360px', 'stage') // { size: 360 }
 *   parseBandSize('wide', 'lane') // { problem: "A lane's height is a number of pixels, such as 220." }
 */
export function parseBandSize(
  text: string,
  what: 'stage' | 'lane',
  smallest: SmallestBand = { size: MIN_BAND_SIZE, largestNote: 0 },
): { size: number } | { problem: string } {
  const dimension = what === 'stage' ? 'width' : 'height'
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:px)?$/i.exec(text.trim())
  if (!match) {
    const example = what === 'stage' ? STAGE_WIDTH : LANE_HEIGHT
    return { problem: `A ${what}'s ${dimension} is a number of pixels, such as ${example}.` }
  }
  const size = Math.round(Number(match[1]!.replaceAll(',', '') + (match[2] ?? '')))
  if (size < smallest.size && smallest.size > MIN_BAND_SIZE && size <= MAX_TYPED_BAND_SIZE) {
    const extent = what === 'stage' ? 'wide' : 'tall'
    const holds = smallest.rows
      ? `${smallest.rows.count} rows of notes in ${smallest.rows.stage}`
      : `a note ${smallest.largestNote} pixels ${extent}`
    return {
      problem: `This ${what} holds ${holds}: its ${dimension} can be ${smallest.size} or more.`,
    }
  }
  if (size < MIN_BAND_SIZE || size > MAX_TYPED_BAND_SIZE) {
    const max = MAX_TYPED_BAND_SIZE.toLocaleString('en')
    return { problem: `A ${what}'s ${dimension} can be ${MIN_BAND_SIZE} to ${max} pixels.` }
  }
  return { size }
}

type Item = Stage | Lane

export interface Axis {
  readonly what: 'stage' | 'lane'
  readonly list: 'stages' | 'lanes'
  readonly start: 'x' | 'y'
  readonly size: 'width' | 'height'
  readonly bandOf: (note: Note, doc: JourneyDocument) => Item | null
  /** The room the other kind's headers take before the first band of this kind. */
  readonly headerRoom: number
}

export const STAGE_AXIS: Axis = {
  what: 'stage',
  list: 'stages',
  start: 'x',
  size: 'width',
  bandOf: (note, doc) => stageOf(note, doc.board.stages),
  headerRoom: LANE_HEADER_WIDTH,
}
export const LANE_AXIS: Axis = {
  what: 'lane',
  list: 'lanes',
  start: 'y',
  size: 'height',
  bandOf: (note, doc) => laneOf(note, doc.board.lanes),
  headerRoom: STAGE_HEADER_HEIGHT,
}

type Mutable = { -readonly [K in keyof Stage | keyof Lane]?: unknown } & { id: string }

const items = (doc: JourneyDocument, axis: Axis): readonly Item[] => doc.board[axis.list]
const draftItems = (draft: Draft<JourneyDocument>, axis: Axis): Mutable[] =>
  draft.board[axis.list] as unknown as Mutable[]
const startOf = (item: Item, axis: Axis): number =>
  axis.start === 'x' ? (item as Stage).x : (item as Lane).y
const sizeOf = (item: Item, axis: Axis): number =>
  axis.size === 'width' ? (item as Stage).width : (item as Lane).height
const bands = (doc: JourneyDocument, axis: Axis): Band[] =>
  items(doc, axis).map((item) => ({
    id: item.id,
    start: startOf(item, axis),
    size: sizeOf(item, axis),
  }))

/**
 * Inserts `item` after `afterId` (or at the far end), pushing later bands and their notes on, and
 * the notes past the grid's end (parked below it, the unsorted heap right of it) as far.
 */
export function insertBand(
  doc: JourneyDocument,
  axis: Axis,
  make: (start: number) => Item,
  afterId: string | null | undefined,
  origin: number,
): Recipe {
  const list = items(doc, axis)
  const found = afterId == null ? -1 : list.findIndex((item) => item.id === afterId)
  const afterIndex = found >= 0 ? found : list.length - 1
  const after = list[afterIndex]
  const item = make(after ? startOf(after, axis) + sizeOf(after, axis) : origin)
  const plan = shiftAfter(bands(doc, axis), afterIndex, sizeOf(item, axis))
  const deltas = deltasFor(doc, axis, plan, sizeOf(item, axis))
  return (draft) => {
    applyStarts(draft, axis, plan)
    const target = draft.board[axis.list] as unknown as Item[]
    const at = after ? target.findIndex((band) => band.id === after.id) + 1 : target.length
    target.splice(at > 0 ? at : target.length, 0, item)
    applyNoteDeltas(draft, axis, deltas)
  }
}

/** Renames a band; a name that `validateName` refuses changes nothing. */
export function renameBand(axis: Axis, id: string, name: string): Recipe {
  if (validateName(name, axis.what) !== null) return noChange
  return (draft) => {
    const item = draftItems(draft, axis).find((band) => band.id === id)
    if (item) item.name = name.trim()
  }
}

/** The smallest a band can be made, and what sets it (for a message). */
export interface SmallestBand {
  readonly size: number
  /** The widest (stage) or tallest (lane) note the band holds; 0 without notes. */
  readonly largestNote: number
  /** A lane only, when the rows Tidy makes of its fullest cell set the size: how many, and where. */
  readonly rows?: { readonly count: number; readonly stage: string }
}

/**
 * The smallest a band can be made: 120, and no less than its widest note (a stage) or tallest
 * (a lane) with half a gap at each side, so that a band made smaller never leaves its notes
 * reaching into the next one. A lane is also no shorter than the rows Tidy lays out of its fullest
 * cell (a column holds only so many notes across, so a shorter lane would pile them up), where a
 * narrower stage only makes more rows. A band already smaller than that (a wide note dragged into
 * it, an older file) can keep its size but not shrink.
 */
export function smallestBandSize(doc: JourneyDocument, axis: Axis, id: string): SmallestBand {
  const band = items(doc, axis).find((item) => item.id === id)
  let largestNote = 0
  const held: Note[] = []
  for (const note of doc.board.notes) {
    if (axis.bandOf(note, doc)?.id !== id) continue
    held.push(note)
    largestNote = Math.max(largestNote, note[axis.size])
  }
  let needed = largestNote + NOTE_GAP
  let rows: SmallestBand['rows']
  if (axis.what === 'lane') {
    const byStage = new Map<Stage, Note[]>()
    const stageAt = stageLocator(doc.board.stages)
    for (const note of held) {
      const stage = stageAt(note)
      if (!stage) continue
      const notes = byStage.get(stage)
      if (notes) notes.push(note)
      else byStage.set(stage, [note])
    }
    for (const [stage, notes] of byStage) {
      const tidy = tidyRows(notes, stage)
      if (tidy.rows > 1 && tidy.height > needed) {
        needed = tidy.height
        rows = { count: tidy.rows, stage: stage.name }
      }
    }
  }
  needed = Math.min(MAX_COORDINATE, needed)
  const current = band ? sizeOf(band, axis) : needed
  const size = Math.max(MIN_BAND_SIZE, Math.min(current, needed))
  return size === needed && rows ? { size, largestNote, rows } : { size, largestNote }
}

/**
 * Resizes a band, no smaller than `smallestBandSize`. Later bands and their notes move by the
 * difference; when the band shrinks, its notes that would stick out are pulled back in, so they
 * keep their band and stay inside it.
 */
export function resizeBand(doc: JourneyDocument, axis: Axis, id: string, size: number): Recipe {
  const list = items(doc, axis)
  const index = list.findIndex((item) => item.id === id)
  const item = list[index]
  if (!item || !Number.isFinite(size)) return noChange
  const smallest = size < sizeOf(item, axis) ? smallestBandSize(doc, axis, id).size : MIN_BAND_SIZE
  const next = Math.min(MAX_COORDINATE, Math.max(smallest, size))
  const plan = shiftAfter(bands(doc, axis), index, next - sizeOf(item, axis))
  const deltas = deltasFor(doc, axis, plan, next - sizeOf(item, axis))
  const end = startOf(item, axis) + next
  const noteStart = axis.start
  const noteSize = axis.size
  for (const note of doc.board.notes) {
    if (axis.bandOf(note, doc)?.id !== id || note[noteStart] + note[noteSize] <= end) continue
    let to = Math.max(startOf(item, axis), Math.min(note[noteStart], end - note[noteSize]))
    if (to + note[noteSize] / 2 >= end) to = end - note[noteSize] / 2 - 0.5
    deltas.set(note.id, to - note[noteStart])
  }
  return (draft) => {
    const target = draftItems(draft, axis).find((band) => band.id === id)
    if (target) target[axis.size] = next
    applyStarts(draft, axis, plan)
    applyNoteDeltas(draft, axis, deltas)
  }
}

/**
 * Grows several bands at once to at least the sizes asked (none is made smaller), in one pass over
 * the notes: each band moves on by what the bands before it grew, with its notes, and the notes in
 * no band go as `deltasFor` says.
 */
export function growBands(
  doc: JourneyDocument,
  axis: Axis,
  sizes: ReadonlyMap<string, number>,
): Recipe {
  const sorted = bands(doc, axis).sort((a, b) => a.start - b.start)
  const starts = new Map<string, number>()
  const grown = new Map<string, number>()
  let shift = 0
  for (const band of sorted) {
    if (shift !== 0) starts.set(band.id, band.start + shift)
    const size = Math.min(MAX_COORDINATE, Math.max(band.size, sizes.get(band.id) ?? band.size))
    if (size !== band.size) grown.set(band.id, size)
    shift += size - band.size
  }
  if (grown.size === 0) return noChange
  const plan = { starts }
  const deltas = deltasFor(doc, axis, plan, shift)
  return (draft) => {
    for (const item of draftItems(draft, axis)) {
      const size = grown.get(item.id)
      if (size !== undefined) item[axis.size] = size
    }
    applyStarts(draft, axis, plan)
    applyNoteDeltas(draft, axis, deltas)
  }
}

/**
 * Moves a band to position `toIndex` (0 is first). The bands are laid out end to end again in the
 * new order, each keeping the strip a deleted band left before it (see `reorder`), and each band's
 * notes travel with it, keeping their place inside the band.
 */
export function moveBand(doc: JourneyDocument, axis: Axis, id: string, toIndex: number): Recipe {
  const list = items(doc, axis)
  const from = list.findIndex((item) => item.id === id)
  if (from < 0 || !Number.isFinite(toIndex)) return noChange
  const plan = reorder(bands(doc, axis), from, Math.trunc(toIndex))
  const deltas = deltasFor(doc, axis, plan)
  const order = plan.order ?? []
  return (draft) => {
    const current = plain(draft.board[axis.list]) as readonly Item[]
    const byId = new Map(current.map((item) => [item.id, item]))
    const rest = current.filter((item) => !order.includes(item.id))
    const reordered = [...order.flatMap((key) => byId.get(key) ?? []), ...rest]
    const placed = reordered.map((item) => {
      const start = plan.starts.get(item.id)
      return start === undefined ? item : { ...item, [axis.start]: clampCoordinate(start) }
    })
    ;(draft.board as unknown as Record<string, unknown>)[axis.list] = castDraft(placed)
    applyNoteDeltas(draft, axis, deltas)
  }
}

/**
 * Removes a band; its notes stay on the board where they are. When it was the first band (the
 * leftmost stage, the top lane), the other kind's headers move in beside the band that is now first,
 * onto where the removed band's notes are: those notes then move out past the headers, all by the
 * same distance, so they keep their layout and do not cover the lane or stage names.
 */
export function deleteBand(axis: Axis, id: string): Recipe {
  return (draft) => {
    const doc = plain(draft) as JourneyDocument
    const list = draftItems(draft, axis)
    const index = list.findIndex((item) => item.id === id)
    if (index < 0) return
    list.splice(index, 1)
    const deltas = clearOfHeaders(doc, axis, id)
    if (deltas.size > 0) applyNoteDeltas(draft, axis, deltas)
  }
}

/** How far the notes of band `id` must move for the headers to be clear once it is removed. */
function clearOfHeaders(doc: JourneyDocument, axis: Axis, id: string): Map<string, number> {
  const deltas = new Map<string, number>()
  const removed = items(doc, axis).find((item) => item.id === id)
  const rest = bands(doc, axis).filter((band) => band.id !== id)
  const cross = axis === STAGE_AXIS ? LANE_AXIS : STAGE_AXIS
  const across = bands(doc, cross)
  if (!removed || rest.length === 0 || across.length === 0) return deltas
  const edge = Math.min(...rest.map((band) => band.start))
  if (startOf(removed, axis) >= edge) return deltas
  // The strip the headers take once the band is gone, across the whole grid.
  const stripStart = edge - axis.headerRoom
  const from = Math.min(...across.map((band) => band.start))
  const to = Math.max(...across.map((band) => band.start + band.size))
  const notes = doc.board.notes.filter((note) => axis.bandOf(note, doc)?.id === id)
  let end = -Infinity
  for (const note of notes) {
    const under = note[cross.start] < to && note[cross.start] + note[cross.size] > from
    if (under) end = Math.max(end, note[axis.start] + note[axis.size])
  }
  const delta = stripStart - NOTE_GAP - end
  if (end <= stripStart || delta >= 0) return deltas
  for (const note of notes) deltas.set(note.id, delta)
  return deltas
}

/**
 * How far each note moves: a band's notes as far as their band; a note in no band inside the grid
 * (in the strip a deleted band left) as far as the band after it, so the strip moves whole and no
 * band grows or slides over it; and the notes in no band past the grid's far end (parked below
 * the lanes, the unsorted heap right of the stages) as far as that end moves (`endDelta`). So a
 * band added, grown or moved never takes in notes left outside every band.
 */
function deltasFor(
  doc: JourneyDocument,
  axis: Axis,
  plan: BandPlan,
  endDelta = 0,
): Map<string, number> {
  const all = bands(doc, axis)
  const deltas = noteDeltas(doc.board.notes, all, plan, (note) => {
    return axis.bandOf(note, doc)?.id ?? null
  })
  if (all.length === 0) return deltas
  const byStart = [...all].sort((a, b) => a.start - b.start)
  const first = byStart[0]?.start ?? 0
  const end = Math.max(...all.map((band) => band.start + band.size))
  for (const note of doc.board.notes) {
    const centre = note[axis.start] + note[axis.size] / 2
    if (centre < first || axis.bandOf(note, doc) !== null) continue
    const next = centre < end ? byStart.find((band) => band.start > centre) : undefined
    const delta = next ? (plan.starts.get(next.id) ?? next.start) - next.start : endDelta
    if (delta !== 0) deltas.set(note.id, delta)
  }
  return deltas
}

function applyStarts(draft: Draft<JourneyDocument>, axis: Axis, plan: BandPlan): void {
  for (const item of draftItems(draft, axis)) {
    const start = plan.starts.get(item.id)
    if (start !== undefined) item[axis.start] = clampCoordinate(start)
  }
}

function applyNoteDeltas(
  draft: Draft<JourneyDocument>,
  axis: Axis,
  deltas: ReadonlyMap<string, number>,
): void {
  if (deltas.size === 0) return
  const index = indexById(notesOf(draft))
  for (const [id, delta] of deltas) {
    const note = draft.board.notes[index.get(id) ?? -1]
    if (note) note[axis.start] = clampCoordinate(note[axis.start] + delta)
  }
}
