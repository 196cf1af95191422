// Commands on notes: add, edit, move, resize, delete, duplicate, recolour, and where the next note
// of a Tab chain goes. Each returns a recipe for `editor.run`, so each call is one undo step.
import { castDraft, type Draft } from 'immer'
import { defaultNote, NOTE_SIZE } from '../../document/defaults'
import { newId } from '../../document/ids'
import type {
  Board,
  JourneyDocument,
  Lane,
  Note,
  NoteColor,
  NoteKind,
  Stage,
} from '../../document/types'
import { laneLocator, laneOf, stageLocator, stageOf } from '../../journey/geometry'
import { growBands, LANE_AXIS } from './bandCommands'
import {
  clampCoordinate,
  columnsIn,
  indexById,
  lanesOf,
  noChange,
  NOTE_GAP,
  notesOf,
  plain,
  rowStartIn,
  rowWidth,
  stagesOf,
  within,
  type Recipe,
} from './recipe'

/** The smallest and largest side of a note, in board units. */
export const MIN_NOTE_SIZE = 40
export const MAX_NOTE_SIZE = 4000

/**
 * The colour a note takes in a lane of this kind, so the board reads like the wall: customer
 * actions blue, touchpoints green, pain points pink, ideas yellow, tasks orange, evidence purple,
 * metrics grey.
 */
export function colorForKind(kind: NoteKind | null): NoteColor {
  switch (kind) {
    case 'customer-action':
      return 'blue'
    case 'touchpoint':
      return 'green'
    case 'pain-point':
      return 'pink'
    case 'idea':
      return 'yellow'
    case 'task':
      return 'orange'
    case 'evidence':
      return 'purple'
    case 'metric':
      return 'grey'
    case 'other':
    case null:
      return 'yellow'
  }
}

export interface AddNoteInput {
  readonly id?: string
  /** Top-left corner of the note. */
  readonly x: number
  readonly y: number
  readonly text?: string
  /** Defaults to the colour of the lane under the note's centre (see `colorForKind`). */
  readonly color?: NoteColor
  readonly kind?: NoteKind | null
  readonly width?: number
  readonly height?: number
  readonly now: Date
}

/**
 * A new note with its top-left corner at (x, y), 160 × 160 unless told otherwise.
 *
 * @example
 *   const { recipe, id } = addNote({ x: 1280, y: 100, text: 'Welcome email', now: new Date() })
 *   editor.run('Add note', recipe)
 */
export function addNote(input: AddNoteInput): { recipe: Recipe; id: string } {
  const id = input.id ?? newId('note')
  const recipe: Recipe = (draft) => {
    const note = makeNote(
      {
        id,
        x: input.x,
        y: input.y,
        width: input.width ?? NOTE_SIZE,
        height: input.height ?? NOTE_SIZE,
        text: input.text ?? '',
        kind: input.kind ?? null,
        color: input.color,
      },
      lanesOf(draft),
      input.now,
    )
    draft.board.notes.push(castDraft(note))
  }
  return { recipe, id }
}

/** Replaces a note's text; the text is kept exactly as typed. */
export function setNoteText(id: string, text: string): Recipe {
  return updateNotes([id], (note) => {
    note.text = text
  })
}

/** Moves notes by (dx, dy), keeping every note inside the board's ±10,000,000 limit. */
export function moveNotes(ids: readonly string[], dx: number, dy: number): Recipe {
  if (dx === 0 && dy === 0) return noChange
  return updateNotes(ids, (note) => {
    note.x = clampCoordinate(note.x + dx)
    note.y = clampCoordinate(note.y + dy)
  })
}

/**
 * Puts notes at the given top-left positions (the end of a drag). Unknown ids are ignored. A note
 * dropped onto another is drawn over it (`raiseOverlapping`).
 */
export function placeNotes(
  positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
): Recipe {
  if (positions.size === 0) return noChange
  return (draft) => {
    const notes = notesOf(draft)
    const moved: number[] = []
    notes.forEach((note, i) => {
      const to = positions.get(note.id)
      if (!to) return
      const target = draft.board.notes[i]
      if (!target) return
      target.x = clampCoordinate(to.x)
      target.y = clampCoordinate(to.y)
      moved.push(i)
    })
    raiseOverlapping(draft, notes, moved)
  }
}

/** More notes moved at once than this keep their order (see raiseOverlapping). */
const RAISE_AT_MOST = 200

/**
 * Moves the notes at `moved` (indices into `before`, the board's notes as they were, in order)
 * to the end of the board's notes, so they are drawn last, on top (the order among them kept),
 * when one of them now lies under a note drawn after it: a note dragged onto another, or made
 * bigger under it, shows whole. Otherwise the order is left alone, so an ordinary move changes
 * only the notes moved. A group larger than RAISE_AT_MOST keeps its order: checking it against
 * the whole board would cost a drop of thousands of notes more than it shows.
 */
function raiseOverlapping(
  draft: Draft<JourneyDocument>,
  before: readonly Note[],
  moved: readonly number[],
): void {
  const first = moved[0]
  if (first === undefined || moved.length > RAISE_AT_MOST) return
  const now = moved.map((i) => draft.board.notes[i] as Note)
  const left = Math.min(...now.map((m) => m.x))
  const top = Math.min(...now.map((m) => m.y))
  const right = Math.max(...now.map((m) => m.x + m.width))
  const bottom = Math.max(...now.map((m) => m.y + m.height))
  const covered = (other: Note, index: number) =>
    other.x < right &&
    left < other.x + other.width &&
    other.y < bottom &&
    top < other.y + other.height &&
    now.some(
      (m, k) =>
        (moved[k] as number) < index &&
        m.x < other.x + other.width &&
        other.x < m.x + m.width &&
        m.y < other.y + other.height &&
        other.y < m.y + m.height,
    )
  const isMoved = new Set(moved)
  let covers = false
  for (let i = first + 1; i < before.length && !covers; i++) {
    if (!isMoved.has(i)) covers = covered(before[i] as Note, i)
  }
  if (!covers) return
  const rest = before.filter((_, i) => !isMoved.has(i))
  draft.board.notes = castDraft([...rest, ...now])
}

/**
 * Resizes a note, each side kept between 40 and 4,000 and, for a note in a cell of the grid,
 * inside that cell (`largestNoteSize`): making a note bigger never changes its stage or lane.
 */
export function resizeNote(id: string, width: number, height: number): Recipe {
  return (draft) => {
    const board = { stages: stagesOf(draft), lanes: lanesOf(draft) }
    const notes = notesOf(draft)
    const i = notes.findIndex((n) => n.id === id)
    const note = draft.board.notes[i]
    if (!note) return
    const largest = largestNoteSize(board, note)
    const grew = width > note.width || height > note.height
    note.width = Math.min(clampSize(width), largest.width)
    note.height = Math.min(clampSize(height), largest.height)
    if (grew) raiseOverlapping(draft, notes, [i])
  }
}

/**
 * The largest size a note can be given where it is, so that it keeps its stage and lane (a
 * note's stage and lane follow its centre, and a note grows from its top-left corner). Across, a
 * note in a stage column grows up to a gap short of the column's right edge; one in no column, up
 * to a gap short of the next column to its right. Down, the same with lanes. Never less than its
 * size now, nor than MIN_NOTE_SIZE (a note that already reaches past its cell is not made
 * smaller), nor more than MAX_NOTE_SIZE.
 */
export function largestNoteSize(
  board: Pick<Board, 'stages' | 'lanes'>,
  note: Pick<Note, 'x' | 'y' | 'width' | 'height'>,
): { width: number; height: number } {
  const stage = stageOf(note, board.stages)
  const lane = laneOf(note, board.lanes)
  const room = (edge: number, from: number, now: number) =>
    Math.min(MAX_NOTE_SIZE, Math.max(MIN_NOTE_SIZE, now, Math.floor(edge - NOTE_GAP - from)))
  // The nearest band starting past the note's centre: where a note outside the bands stops.
  const next = (starts: number[], centre: number) =>
    Math.min(Infinity, ...starts.filter((start) => start > centre))
  const right = stage
    ? stage.x + stage.width
    : next(
        board.stages.map((s) => s.x),
        note.x + note.width / 2,
      )
  const bottom = lane
    ? lane.y + lane.height
    : next(
        board.lanes.map((l) => l.y),
        note.y + note.height / 2,
      )
  return { width: room(right, note.x, note.width), height: room(bottom, note.y, note.height) }
}

/** Removes notes from the board. */
export function deleteNotes(ids: readonly string[]): Recipe {
  const gone = new Set(ids)
  return (draft) => {
    const notes = notesOf(draft)
    const kept = notes.filter((note) => !gone.has(note.id))
    if (kept.length !== notes.length) draft.board.notes = castDraft(kept)
  }
}

/**
 * Copies of the notes, with new ids: same text, colour, kind, tags, source and step work; no
 * votes. `ids[i]` of the answer is the copy of the i-th distinct id asked for (an id that is not on
 * the board gets no copy). The notes of each cell of the grid are copied into that cell, moved
 * alike (see `placeInCellCopies`); those outside the grid 24 down and to the right.
 */
export function duplicateNotes(
  ids: readonly string[],
  now: Date = new Date(),
): { recipe: Recipe; ids: string[] } {
  const sources = [...new Set(ids)]
  const copies = sources.map(() => newId('note'))
  const recipe: Recipe = (draft) => {
    const before = plain(draft) as JourneyDocument
    const { stages, lanes } = before.board
    const index = indexById(before.board.notes)
    // The notes by cell. Where each cell's copies go is worked out on the board as it is (a cell's
    // place depends on its own notes only); then the lanes that must grow grow, all at once,
    // moving the lanes below and their notes; then the copies are made where their notes are now.
    const stageAt = stageLocator(stages)
    const laneAt = laneLocator(lanes)
    const cellOf = (note: Note) => {
      const stage = stageAt(note)
      const lane = laneAt(note)
      return stage && lane ? { key: `${stage.id} ${lane.id}`, stage, lane } : null
    }
    const cells = new Map<string, CellCopies>()
    const outside: Note[] = []
    for (const id of sources) {
      const note = before.board.notes[index.get(id) ?? -1]
      if (!note) continue
      const at = cellOf(note)
      if (!at) outside.push(note)
      else if (cells.has(at.key)) cells.get(at.key)?.notes.push(note)
      else cells.set(at.key, { stage: at.stage, lane: at.lane, notes: [note], held: [] })
    }
    // Every note of those cells, in one pass over the board.
    for (const note of before.board.notes) {
      const at = cellOf(note)
      if (at) cells.get(at.key)?.held.push(note)
    }
    // Outside the grid the copies go 24 down and to the right, as in most drawing apps.
    const offsets = new Map<string, { dx: number; dy: number }>(
      outside.map((note) => [note.id, { dx: 24, dy: 24 }]),
    )
    const grow = new Map<string, number>()
    for (const cell of cells.values()) {
      const place = placeInCellCopies(cell)
      for (const note of cell.notes) offsets.set(note.id, place)
      const g = place.growLane
      if (g) grow.set(g.id, Math.max(g.height, grow.get(g.id) ?? 0))
    }
    if (grow.size > 0) growBands(before, LANE_AXIS, grow)(draft)
    const after = grow.size > 0 ? (plain(draft) as JourneyDocument) : before
    const at = after === before ? index : indexById(after.board.notes)
    sources.forEach((id, i) => {
      const note = after.board.notes[at.get(id) ?? -1]
      const offset = offsets.get(id)
      if (!note || !offset) return
      const copy: Note = {
        ...note,
        id: copies[i] ?? newId('note'),
        x: clampCoordinate(note.x + offset.dx),
        y: clampCoordinate(note.y + offset.dy),
        tags: [...note.tags],
        source: { ...note.source },
        step: { ...note.step },
        votes: 0,
        createdAt: now.toISOString(),
      }
      draft.board.notes.push(castDraft(copy))
    })
  }
  return { recipe, ids: copies }
}

/** Notes to copy that share one cell, and every note of that cell. */
interface CellCopies {
  readonly stage: Stage
  readonly lane: Lane
  readonly notes: Note[]
  readonly held: Note[]
}

/**
 * Where the copies of notes that share a cell go, all moved alike, in that cell, so the copies are
 * what the notes are: beside them (right of the block they make, a 16-unit gap) when that stays in
 * the column and covers no note, else below them, past every note of the cell that would be
 * covered, the lane grown to hold them (the lanes below move down).
 */
function placeInCellCopies({ stage, lane, notes, held }: CellCopies): {
  readonly dx: number
  readonly dy: number
  readonly growLane?: { readonly id: string; readonly height: number }
} {
  const left = Math.min(...notes.map((n) => n.x))
  const top = Math.min(...notes.map((n) => n.y))
  const width = Math.max(...notes.map((n) => n.x + n.width)) - left
  const height = Math.max(...notes.map((n) => n.y + n.height)) - top
  const covered = (x: number, y: number) =>
    held.filter(
      (n) => x < n.x + n.width && n.x < x + width && y < n.y + n.height && n.y < y + height,
    )
  const besideX = left + width + NOTE_GAP
  if (
    besideX + width <= stage.x + stage.width - NOTE_GAP / 2 &&
    covered(besideX, top).length === 0
  ) {
    return { dx: besideX - left, dy: 0 }
  }
  let y = top + height + NOTE_GAP
  for (let hit = covered(left, y); hit.length > 0; hit = covered(left, y))
    y = Math.max(...hit.map((n) => n.y + n.height)) + NOTE_GAP
  const place = { dx: 0, dy: y - top }
  const needed = Math.ceil(y + height + NOTE_GAP - lane.y)
  if (needed <= lane.height) return place
  return { ...place, growLane: { id: lane.id, height: needed } }
}

/** Gives notes one colour. */
export function setNotesColor(ids: readonly string[], color: NoteColor): Recipe {
  return updateNotes(ids, (note) => {
    note.color = color
  })
}

/** Gives notes their own kind (used where they sit in no lane); null takes it from the lane. */
export function setNotesKind(ids: readonly string[], kind: NoteKind | null): Recipe {
  return updateNotes(ids, (note) => {
    note.kind = kind
  })
}

/** Where the next note of a Tab chain goes, and the lane that must grow to hold it, if any. */
export interface NextNotePlace {
  readonly x: number
  readonly y: number
  /** Its lane, grown to this height so that the note lies inside it (see nextNotePosition). */
  readonly growLane?: { readonly id: string; readonly height: number }
}

/**
 * Where the next note of a Tab chain goes: right of `fromNoteId` with a 16-unit gap, in the same
 * lane (so a chain in the Customer journey grid reads as a row, as in tldraw); when the lane is
 * tall enough for another row, the chain wraps inside the note's stage column instead, and a row
 * that would cross into the next column starts that column. In the last column, where no column
 * follows, a full row wraps to a new row in the same cell and the lane grows to hold it
 * (`growLane`), so the chain stays in its stage and lane. Always past any note already in the
 * way. A note that is not on the board chains from the origin.
 */
export function nextNotePosition(doc: JourneyDocument, fromNoteId: string): NextNotePlace {
  const from = doc.board.notes.find((note) => note.id === fromNoteId)
  if (!from) return { x: 0, y: 0 }
  const stage = stageOf(from, doc.board.stages)
  const lane = laneOf(from, doc.board.lanes)
  const size = NOTE_SIZE
  let at = { x: from.x + from.width + NOTE_GAP, y: from.y }
  let rowHeight = Math.max(from.height, size)
  // Once a row goes below the lane, the lane will grow and the lanes below move down with their
  // notes: only the lane's own notes (and notes in no lane) can be in the way.
  let grows = false
  const inTheWay = () =>
    grows
      ? doc.board.notes.filter((note) => {
          const own = laneOf(note, doc.board.lanes)
          return own === null || own === lane
        })
      : doc.board.notes
  // The stage column the chain is in: the note's own, then each column it goes on to. In the
  // note's own column, new rows start under its row's first note, so the chain's left edge is
  // straight, where a whole row still fits from there; elsewhere where Tidy starts a row.
  let column = stage
  const firstRowStart = stage ? rowStartUnder(stage, from.y, doc.board.notes, size) : 0
  for (let tries = 0; tries < 1000; tries++) {
    // Wrap to a new row inside the stage column only when that row stays in the same lane;
    // otherwise the chain goes on to the right, in the same lane, as a row of notes.
    const rowStart = column ? (column === stage ? firstRowStart : rowStartIn(column, size)) : at.x
    const nextRowY = at.y + rowHeight + NOTE_GAP
    const roomBelow = lane ? nextRowY + size / 2 < lane.y + lane.height : false
    const end = column ? column.x + column.width : 0
    const sticksOut = column !== null && at.x + size > end && at.x > rowStart
    if (sticksOut && (roomBelow || grows)) {
      at = { x: rowStart, y: nextRowY }
      rowHeight = size
      continue
    }
    if (sticksOut) {
      // A note that would lie across the line between two stage columns starts the next column
      // instead: its centre decides its stage, which the board does not show. In the last column
      // (none follows it) the row wraps to a new row in the cell, the lane grown for it.
      const next = columnAt(doc.board.stages, end)
      if (next) {
        column = next
        at = { x: rowStartIn(next, size), y: at.y }
        continue
      }
      if (lane) {
        grows = true
        at = { x: rowStart, y: nextRowY }
        rowHeight = size
        continue
      }
    }
    const blocker = firstOverlap(at, size, inTheWay())
    if (!blocker) break
    at = { x: Math.max(at.x + 1, blocker.x + blocker.width + NOTE_GAP), y: at.y }
  }
  const place = { x: clampCoordinate(at.x), y: clampCoordinate(at.y) }
  const needed = lane ? place.y + size + NOTE_GAP - lane.y : 0
  if (!lane || !grows || needed <= lane.height) return place
  return { ...place, growLane: { id: lane.id, height: needed } }
}

/**
 * Where a new note `box` asked for at a point goes: there, or moved inside the cell of the grid
 * its centre is in, so that it does not lie across a stage header or into the next lane (see
 * `within`). Outside the grid it stays where it is.
 */
export function placeInCell(
  board: Board,
  box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
): { x: number; y: number } {
  const stage = stageOf(box, board.stages)
  const lane = laneOf(box, board.lanes)
  if (!stage || !lane) return { x: box.x, y: box.y }
  return {
    x: Math.round(within(box.x, stage.x, stage.width, box.width)),
    y: Math.round(within(box.y, lane.y, lane.height, box.height)),
  }
}

/**
 * Where a new row of a Tab chain starts in `column`: under the first note of the row at `y`
 * (a note placed 16 from the edge by a double-click keeps its rows at 16), when a row of as
 * many notes as the column holds still fits from there; else `rowStartIn`.
 */
function rowStartUnder(column: Stage, y: number, notes: readonly Note[], size: number): number {
  const end = column.x + column.width
  let first = Infinity
  for (const note of notes)
    if (note.y === y && note.x >= column.x && note.x < end && note.x < first) first = note.x
  return first + rowWidth(columnsIn(column, size), size) <= end ? first : rowStartIn(column, size)
}

/** The stage column `x` falls in, if any. */
const columnAt = (stages: readonly Stage[], x: number) =>
  stages.find((stage) => x >= stage.x && x < stage.x + stage.width)

/** Builds a note for the board, coloured by the lane under its centre unless a colour is given. */
export function makeNote(
  fields: Pick<Note, 'id' | 'x' | 'y' | 'width' | 'height' | 'text' | 'kind'> & {
    readonly color?: NoteColor | undefined
  },
  lanes: readonly Lane[],
  now: Date,
): Note {
  const note: Note = {
    ...defaultNote(now),
    id: fields.id,
    text: fields.text,
    x: clampCoordinate(fields.x),
    y: clampCoordinate(fields.y),
    width: clampSize(fields.width),
    height: clampSize(fields.height),
    kind: fields.kind,
  }
  return { ...note, color: fields.color ?? colorForKind(laneOf(note, lanes)?.kind ?? note.kind) }
}

function clampSize(value: number): number {
  if (!Number.isFinite(value)) return NOTE_SIZE
  return Math.min(MAX_NOTE_SIZE, Math.max(MIN_NOTE_SIZE, value))
}

function firstOverlap(
  at: { x: number; y: number },
  size: number,
  notes: readonly Note[],
): Note | undefined {
  return notes.find(
    (note) =>
      at.x < note.x + note.width &&
      note.x < at.x + size &&
      at.y < note.y + note.height &&
      note.y < at.y + size,
  )
}

/** A recipe that changes each listed note that is on the board, touching no other note. */
function updateNotes(
  ids: readonly string[],
  change: (note: { -readonly [K in keyof Note]: Note[K] }) => void,
): Recipe {
  if (ids.length === 0) return noChange
  return (draft) => {
    const notes = notesOf(draft)
    const wanted = new Set(ids)
    notes.forEach((note, i) => {
      if (!wanted.has(note.id)) return
      const target = draft.board.notes[i]
      if (target) change(target)
    })
  }
}
