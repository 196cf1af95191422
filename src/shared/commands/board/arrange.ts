// Align, distribute and tidy: the commands that turn a heap of selected notes into neat rows.
import type { JourneyDocument, Lane, Note, Stage } from '../../document/types'
import { produce } from 'immer'
import { laneLocator, laneOf, stageLocator, stageOf } from '../../journey/geometry'
import { LANE_AXIS, resizeBand, type Axis } from './bandCommands'
import { placeNotes } from './notes'
import { readingOrder } from './readingOrder'
import {
  clampCoordinate,
  lanesOf,
  noChange,
  NOTE_GAP,
  notesOf,
  rowWidth,
  stagesOf,
  tidyRows,
  type Recipe,
} from './recipe'

export type AlignHow =
  'left' | 'right' | 'top' | 'bottom' | 'centre-x' | 'centre-y' | 'distribute-x' | 'distribute-y'

/**
 * Lines the notes up on one edge or centre of their bounding box, or spaces them evenly (equal
 * gaps, the outermost notes stay put). Needs two notes, three to distribute. On the grid a note's
 * stage and lane mean something, so notes are lined up across, and spaced along, each stage
 * column on their own (left, right, centres horizontally) or each lane (top, bottom, centres
 * vertically), the line kept inside it. Notes outside the columns (or lanes) are lined up
 * together. Aligning never moves a note to another stage or lane: one that would go there stays.
 *
 * @example
 *   editor.run('Align left', alignNotes(selection, 'left'))
 */
export function alignNotes(ids: readonly string[], how: AlignHow): Recipe {
  if (ids.length < 2) return noChange
  const wanted = new Set(ids)
  return (draft) => {
    const notes = notesOf(draft).filter((note) => wanted.has(note.id))
    const across = ACROSS[how]
    const stages = stagesOf(draft)
    const lanes = lanesOf(draft)
    // The stage column (or lane) of each note, as the span it covers; null outside them all.
    const groups = new Map<string, { span: Span | null; notes: Note[] }>()
    for (const note of notes) {
      const band = across === 'x' ? stageOf(note, stages) : laneOf(note, lanes)
      const span =
        band === null
          ? null
          : 'width' in band
            ? { from: band.x, to: band.x + band.width }
            : { from: band.y, to: band.y + band.height }
      const group = groups.get(band?.id ?? '') ?? { span, notes: [] }
      group.notes.push(note)
      groups.set(band?.id ?? '', group)
    }
    const positions = new Map<string, Point>()
    for (const { span, notes: group } of groups.values()) {
      for (const [id, at] of alignedPositions(group, how, span)) positions.set(id, at)
    }
    // Whatever the line (notes outside the grid on both sides of it, a note far wider than its
    // column): a note that would land in another stage or lane stays where it is.
    for (const note of notes) {
      const at = positions.get(note.id)
      if (!at) continue
      const moved = { ...note, ...at }
      if (
        stageOf(moved, stages) !== stageOf(note, stages) ||
        laneOf(moved, lanes) !== laneOf(note, lanes)
      )
        positions.delete(note.id)
    }
    placeNotes(positions)(draft)
  }
}

/** Where a stage column (along x) or a lane (along y) starts and ends. */
interface Span {
  readonly from: number
  readonly to: number
}

/**
 * How many of `notes` lie over or under another of them (a sweep along x: quick for the notes of
 * a selection, however many). Align uses it to say when lining notes up piled some together.
 */
export function coveredCount(notes: readonly Note[]): number {
  const byX = [...notes].sort((a, b) => a.x - b.x)
  const covered = new Set<Note>()
  for (let i = 0; i < byX.length; i++) {
    const a = byX[i]!
    for (let j = i + 1; j < byX.length && byX[j]!.x < a.x + a.width; j++) {
      const b = byX[j]!
      if (a.y < b.y + b.height && b.y < a.y + a.height) {
        covered.add(a)
        covered.add(b)
      }
    }
  }
  return covered.size
}

/** Which way each alignment moves notes. */
const ACROSS: Record<AlignHow, 'x' | 'y'> = {
  left: 'x',
  right: 'x',
  'centre-x': 'x',
  'distribute-x': 'x',
  top: 'y',
  bottom: 'y',
  'centre-y': 'y',
  'distribute-y': 'y',
}

/**
 * Arranges the selected notes in a neat grid. Notes are grouped by the stage column and lane
 * holding their centre; each group is laid out in reading order (rows by y, then x) inside its
 * cell, centred in the column, so every note keeps its stage and lane. A lane too short for its
 * rows grows to hold them (the lanes below move down with their notes), all in the same undo
 * step. Notes in no column are tidied where they are, as one block.
 */
export function tidyNotes(doc: JourneyDocument, ids: readonly string[]): Recipe {
  const wanted = new Set(ids)
  const steps: Recipe[] = []
  // Each resize is worked out on the board the one before it left, as the editor will run them.
  let board = doc
  for (const [laneId, height] of neededLaneHeights(doc, wanted)) {
    const step = resizeBand(board, LANE_AXIS, laneId, height)
    steps.push(step)
    board = produce(board, step)
  }
  const positions = new Map<string, { x: number; y: number }>()
  for (const { stage, lane, notes } of cellGroups(board, wanted)) {
    for (const [id, at] of gridPositions(readingOrder(notes), stage, lane)) positions.set(id, at)
  }
  if (positions.size === 0) return noChange
  steps.push(placeNotes(positions))
  return (draft) => {
    for (const step of steps) step(draft)
  }
}

interface CellGroup {
  readonly stage: Stage | null
  readonly lane: Lane | null
  readonly notes: Note[]
}

/** The wanted notes grouped by the cell (stage column and lane) holding their centre. */
function cellGroups(doc: JourneyDocument, wanted: ReadonlySet<string>): CellGroup[] {
  const { stages, lanes } = doc.board
  const groups = new Map<string, CellGroup>()
  for (const note of doc.board.notes) {
    if (!wanted.has(note.id)) continue
    const stage = stageOf(note, stages)
    const lane = stage ? laneOf(note, lanes) : null
    const key = stage ? `${stage.id} ${lane?.id ?? ''}` : ''
    const group = groups.get(key) ?? { stage, lane, notes: [] }
    group.notes.push(note)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** The lanes too short for the rows tidy would make in them, with the height each needs. */
function neededLaneHeights(doc: JourneyDocument, wanted: ReadonlySet<string>): Map<string, number> {
  const needed = new Map<string, number>()
  for (const { stage, lane, notes } of cellGroups(doc, wanted)) {
    if (!stage || !lane) continue
    const { height } = tidyRows(notes, stage)
    if (height > lane.height && height > (needed.get(lane.id) ?? 0)) needed.set(lane.id, height)
  }
  return needed
}

/**
 * Where `notes` go, lined up on their bounding box. Inside a stage column or lane (`band`), the
 * line is kept where each note's centre stays in it: an edge no further out than the band's, a
 * centre line inside it.
 */
function alignedPositions(
  notes: readonly Note[],
  how: AlignHow,
  band: Span | null,
): Map<string, Point> {
  const bounds = {
    left: Math.min(...notes.map((n) => n.x)),
    top: Math.min(...notes.map((n) => n.y)),
    right: Math.max(...notes.map((n) => n.x + n.width)),
    bottom: Math.max(...notes.map((n) => n.y + n.height)),
  }
  // The lines notes are put on, kept inside the band.
  const x = band && ACROSS[how] === 'x' ? band : { from: -Infinity, to: Infinity }
  const y = band && ACROSS[how] === 'y' ? band : { from: -Infinity, to: Infinity }
  const left = Math.max(x.from, bounds.left)
  const top = Math.max(y.from, bounds.top)
  const right = Math.min(x.to, bounds.right)
  const bottom = Math.min(y.to, bounds.bottom)
  const inside = (value: number, span: Span) => Math.min(Math.max(value, span.from), span.to - 1)
  const centreX = inside((left + right) / 2, x)
  const centreY = inside((top + bottom) / 2, y)
  const out = new Map<string, Point>()
  const put = (note: Note, x: number, y: number) => out.set(note.id, { x, y })
  switch (how) {
    case 'left':
      for (const n of notes) put(n, left, n.y)
      break
    case 'right':
      for (const n of notes) put(n, right - n.width, n.y)
      break
    case 'top':
      for (const n of notes) put(n, n.x, top)
      break
    case 'bottom':
      for (const n of notes) put(n, n.x, bottom - n.height)
      break
    case 'centre-x':
      for (const n of notes) put(n, centreX - n.width / 2, n.y)
      break
    case 'centre-y':
      for (const n of notes) put(n, n.x, centreY - n.height / 2)
      break
    case 'distribute-x':
      distribute(notes, 'x', 'width', bounds.left, bounds.right, (n, v) => put(n, v, n.y))
      break
    case 'distribute-y':
      distribute(notes, 'y', 'height', bounds.top, bounds.bottom, (n, v) => put(n, n.x, v))
      break
  }
  return out
}

interface Point {
  x: number
  y: number
}

function distribute(
  notes: readonly Note[],
  start: 'x' | 'y',
  size: 'width' | 'height',
  from: number,
  to: number,
  put: (note: Note, value: number) => void,
): void {
  if (notes.length < 3) return
  const sorted = [...notes].sort((a, b) => a[start] + a[size] / 2 - (b[start] + b[size] / 2))
  const total = sorted.reduce((sum, n) => sum + n[size], 0)
  const gap = (to - from - total) / (sorted.length - 1)
  let cursor = from
  for (const note of sorted) {
    put(note, cursor)
    cursor += note[size] + gap
  }
}

/** Top-left positions for notes already in reading order, laid out in the cell's grid. */
function gridPositions(
  notes: readonly Note[],
  stage: Stage | null,
  lane: Lane | null,
): [string, Point][] {
  const { cellWidth, cellHeight, across: columns, rows } = tidyRows(notes, stage)
  const pitchX = cellWidth + NOTE_GAP
  const gridWidth = rowWidth(Math.min(columns, notes.length), cellWidth)
  // Centres of the first slot and the distance between rows.
  const firstX = stage
    ? stage.x + stage.width / 2 - gridWidth / 2 + cellWidth / 2
    : Math.min(...notes.map((n) => n.x)) + cellWidth / 2
  let firstY = Math.min(...notes.map((n) => n.y)) + cellHeight / 2
  let pitchY = cellHeight + NOTE_GAP
  if (lane) {
    const margin = Math.min(NOTE_GAP + cellHeight / 2, lane.height / 2)
    const lastY = lane.y + lane.height - margin
    firstY = lane.y + margin
    if (rows > 1) pitchY = Math.min(pitchY, (lastY - firstY) / (rows - 1))
  }
  return notes.map((note, i) => {
    const centreX = firstX + (i % columns) * pitchX
    const centreY = firstY + Math.floor(i / columns) * pitchY
    return [
      note.id,
      {
        x: clampCoordinate(centreX - note.width / 2),
        y: clampCoordinate(centreY - note.height / 2),
      },
    ]
  })
}

/**
 * Resizes a stage column or lane (`resizeBand`). Made smaller, it pulls in its notes that would
 * stick out; where that lays them over others in their cell, the cell's notes are tidied (rows as
 * wide as the column holds, the lane grown if a column's rows need it), in the same undo step,
 * rather than left in a pile.
 */
export function resizeTidily(doc: JourneyDocument, axis: Axis, id: string, size: number): Recipe {
  const resize = resizeBand(doc, axis, id, size)
  const before = doc.board[axis.list].find((band) => band.id === id)
  if (resize === noChange || !before || size >= bandSize(before)) return resize
  const after = produce(doc, resize)
  const { stages, lanes } = after.board
  const stageAt = stageLocator(stages)
  const laneAt = laneLocator(lanes)
  // The band's notes by cell, as they were and as the smaller band leaves them.
  const cells = new Map<string, { was: Note[]; now: Note[] }>()
  const was = new Map(doc.board.notes.map((n) => [n.id, n]))
  for (const note of after.board.notes) {
    const stage = stageAt(note)
    const lane = laneAt(note)
    if ((axis.what === 'stage' ? stage : lane)?.id !== id) continue
    const key = `${stage?.id ?? ''} ${lane?.id ?? ''}`
    const cell = cells.get(key) ?? { was: [], now: [] }
    cell.now.push(note)
    cell.was.push(was.get(note.id) ?? note)
    cells.set(key, cell)
  }
  const piled = [...cells.values()]
    .filter((cell) => coveredCount(cell.now) > coveredCount(cell.was))
    .flatMap((cell) => cell.now.map((n) => n.id))
  if (piled.length === 0) return resize
  const tidy = tidyNotes(after, piled)
  return (draft) => {
    resize(draft)
    tidy(draft)
  }
}

const bandSize = (band: Stage | Lane): number => ('width' in band ? band.width : band.height)
