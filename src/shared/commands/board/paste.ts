// Pasting onto the board: notes copied from a map (this one or another), and plain text, one note
// per line, so a column copied from a spreadsheet becomes notes in the cell it was pasted into.
import { castDraft } from 'immer'
import { NOTE_SIZE } from '../../document/defaults'
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../../document/templates'
import { newId } from '../../document/ids'
import type { Board, JourneyDocument, Lane, Note, Stage } from '../../document/types'
import { laneOf, stageOf } from '../../journey/geometry'
import type { ClipboardNotes } from '../../clipboard/format'
import { MAX_PASTE_NOTES, PASTE_CONFIRM_THRESHOLD } from '../../clipboard/format'
import { MAX_TYPED_BAND_SIZE } from './bandCommands'
import { resizeLane } from './lanes'
import { makeNote } from './notes'
import { resizeStage } from './stages'
import {
  clampCoordinate,
  columnsIn,
  lanesOf,
  NOTE_GAP,
  plain,
  rowWidth,
  within,
  type Recipe,
} from './recipe'

/**
 * How tall a block of lines pasted into a cell may stand: at most this many rows for each note
 * across (a column of 360 holds two across, so up to 12 lines keep its width).
 */
export const MAX_PASTED_ROWS_PER_NOTE_ACROSS = 3

/**
 * The copied notes with new ids, laid out as they were, the group centred on `at` (as a new note
 * is centred on the pointer), moved by whole board units. Text,
 * colour, kind, tags, source and step work come along; votes start at 0, and an owner or department
 * that this map does not know is cleared.
 *
 * @example
 *   const payload = parseClipboardNotes(json)
 *   if (payload) editor.run('Paste', pasteNotes(payload, pointer, new Date()).recipe)
 */
export function pasteNotes(
  payload: ClipboardNotes,
  at: { readonly x: number; readonly y: number },
  now: Date,
): { recipe: Recipe; ids: string[] } {
  const notes = payload.notes.slice(0, MAX_PASTE_NOTES)
  const ids = notes.map(() => newId('note'))
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const note of notes) {
    left = Math.min(left, note.x)
    top = Math.min(top, note.y)
    right = Math.max(right, note.x + note.width)
    bottom = Math.max(bottom, note.y + note.height)
  }
  const dx = Math.round(at.x - (left + right) / 2)
  const dy = Math.round(at.y - (top + bottom) / 2)
  const recipe: Recipe = (draft) => {
    const people = new Set(draft.people.map((person) => person.id))
    const departments = new Set(draft.departments.map((department) => department.id))
    notes.forEach((note, i) => {
      const { ownerId, departmentId } = note.step
      const pasted: Note = {
        ...note,
        id: ids[i] ?? newId('note'),
        x: clampCoordinate(note.x + dx),
        y: clampCoordinate(note.y + dy),
        tags: [...note.tags],
        source: { ...note.source },
        votes: 0,
        createdAt: now.toISOString(),
        step: {
          ...note.step,
          ownerId: ownerId !== null && people.has(ownerId) ? ownerId : null,
          departmentId:
            departmentId !== null && departments.has(departmentId) ? departmentId : null,
        },
      }
      draft.board.notes.push(castDraft(pasted))
    })
  }
  return { recipe, ids }
}

/**
 * One note per line, in rows with a 16-unit gap; each note takes the colour of the lane it lands
 * in. Pasted into a cell (a stage column and a lane), the notes stay in that cell: rows as wide as
 * the column holds (as many across as Tidy puts there), starting at the pointer, moved in where
 * they would stick out of the cell, moved down below the cell's notes where they would cover one,
 * and the lane made taller (lanes below move down) when the rows need it (such rows start in the
 * first free room above the pointer, so the lane keeps no empty strip). So the lines of a copied
 * spreadsheet column all land in the stage and lane they were pasted into. Lines that would stand
 * more than `MAX_PASTED_ROWS_PER_NOTE_ACROSS` rows for each note across make wider rows instead,
 * the column made wider to hold them (later columns and their notes move right, and so do the
 * notes in no column beyond it: see `resizeBand`). Elsewhere the rows start at
 * `at`: as wide as the column in a stage column outside the lanes, else 10 notes wide. More than
 * `PASTE_CONFIRM_THRESHOLD` lines make a square grid from `at` instead (a cell or column of
 * thousands would be far taller than wide), as do lines that would make a cell's lane taller than
 * `MAX_TYPED_BAND_SIZE` (a cell already holding a very tall heap). Rows that start outside a cell,
 * and those squares, are moved clear of the grid where they would reach into it
 * (`clearOfGrid`). `columns`, when given, sets the width. At most 20,000 notes (the rest of the
 * lines are ignored); ask before calling with more than `PASTE_CONFIRM_THRESHOLD` lines.
 *
 * @example
 *   notesFromLines(linesFromText(clipboardText), pointer, new Date())
 */
export function notesFromLines(
  lines: readonly string[],
  at: { readonly x: number; readonly y: number },
  now: Date,
  columns?: number,
): { recipe: Recipe; ids: string[] } {
  const texts = lines.slice(0, MAX_PASTE_NOTES)
  const ids = texts.map(() => newId('note'))
  const pitch = NOTE_SIZE + NOTE_GAP
  const recipe: Recipe = (draft) => {
    const doc = plain(draft) as JourneyDocument
    // Whole board units: a pointer's position has fractions, which a saved map need not carry.
    const start = { x: Math.round(at.x), y: Math.round(at.y) }
    const rows = rowsAt(start, texts.length, doc.board, columns)
    if (rows.lane) resizeLane(doc, rows.lane.id, rows.lane.height)(draft)
    if (rows.stage) resizeStage(doc, rows.stage.id, rows.stage.width)(draft)
    const lanes = lanesOf(draft)
    texts.forEach((text, i) => {
      const note = makeNote(
        {
          id: ids[i] ?? newId('note'),
          text,
          x: clampCoordinate(rows.x + (i % rows.perRow) * pitch),
          y: clampCoordinate(rows.y + Math.floor(i / rows.perRow) * pitch),
          width: NOTE_SIZE,
          height: NOTE_SIZE,
          kind: null,
        },
        lanes,
        now,
      )
      draft.board.notes.push(castDraft(note))
    })
  }
  return { recipe, ids }
}

/** Where pasted lines' rows go, and the lane and stage that must grow to hold them. */
interface Rows {
  readonly x: number
  readonly y: number
  readonly perRow: number
  readonly lane?: { readonly id: string; readonly height: number }
  readonly stage?: { readonly id: string; readonly width: number }
}

/**
 * Where pasted lines' rows start, how many notes each holds, and the lane and stage that must grow
 * to hold them (see `notesFromLines`).
 */
function rowsAt(
  at: { readonly x: number; readonly y: number },
  count: number,
  board: Board,
  columns: number | undefined,
): Rows {
  if (columns !== undefined) {
    const perRow = Number.isFinite(columns) ? Math.max(1, Math.floor(columns)) : 10
    return { ...at, perRow }
  }
  const square = { ...at, perRow: Math.ceil(Math.sqrt(count)) }
  if (count > PASTE_CONFIRM_THRESHOLD) return clearOfGrid(square, count, board, 'none')
  const point = { ...at, width: 0, height: 0 }
  const stage = stageOf(point, board.stages)
  if (!stage) return clearOfGrid({ ...at, perRow: 10 }, count, board, 'lane')
  const perRow = columnsIn(stage, NOTE_SIZE)
  const lane = laneOf(point, board.lanes)
  if (!lane) {
    const x = Math.round(within(at.x, stage.x, stage.width, rowWidth(perRow, NOTE_SIZE)))
    return clearOfGrid({ x, y: at.y, perRow }, count, board, 'stage')
  }
  // Rows as wide as the column, the lane grown to hold them. Lines that would stand more than
  // `MAX_PASTED_ROWS_PER_NOTE_ACROSS` times as many rows as notes across make rows wider instead, the
  // column widened to hold them (later columns move right), so they still land in the stage and
  // lane they were pasted into: 60 survey answers make a block 5 notes across and 12 down, not a
  // lane 30 notes (5,300 units) tall.
  const across = Math.max(perRow, Math.ceil(Math.sqrt(count / MAX_PASTED_ROWS_PER_NOTE_ACROSS)))
  const width =
    across === perRow
      ? stage.width
      : Math.max(stage.width, rowWidth(across, NOTE_SIZE) + 2 * NOTE_GAP)
  return (
    rowsInCell(at, count, board, stage, lane, across, width) ??
    clearOfGrid(square, count, board, 'none')
  )
}

/**
 * Whether the board has a grid of stages and lanes for pasted notes to keep clear of: then more
 * than `PASTE_CONFIRM_THRESHOLD` lines go in a block outside every stage and lane.
 */
export function hasGrid(board: Pick<Board, 'stages' | 'lanes'>): boolean {
  return board.stages.length > 0 && board.lanes.length > 0
}

/**
 * Rows that start outside the grid of stages and lanes (on a lane's name, above the stage
 * headers, beside the grid), moved out of it where they would reach into it: there the notes
 * would each land in whatever cell they fell on, sorted into stages and lanes no one chose and
 * coloured by them. What the rows keep decides where they go: the pointer's stage column
 * (`keep` 'stage': pasted on its header) moves them up above the headers or down below the grid,
 * whichever is nearer; its lane ('lane': on its name, beside the grid) moves them left of the lane
 * names or right of the grid, clear of every column. A square block of more than
 * `PASTE_CONFIRM_THRESHOLD` lines, which no cell holds ('none'), goes to the nearest corner
 * outside both, so it stands in no stage and no lane (beside the grid but level with its lanes,
 * its rows would take those lanes' kinds and colours in stripes). A board without both stages and
 * lanes has no grid to keep clear of.
 */
function clearOfGrid(
  rows: Rows,
  count: number,
  board: Board,
  keep: 'stage' | 'lane' | 'none',
): Rows {
  if (!hasGrid(board)) return rows
  const { stages, lanes } = board
  const pitch = NOTE_SIZE + NOTE_GAP
  const width = rowWidth(Math.min(count, rows.perRow), NOTE_SIZE)
  const height = Math.ceil(count / rows.perRow) * pitch - NOTE_GAP
  // The grid with its headers, and a gap around it.
  const left = Math.min(...stages.map((s) => s.x)) - LANE_HEADER_WIDTH - NOTE_GAP
  const right = Math.max(...stages.map((s) => s.x + s.width)) + NOTE_GAP
  const top = Math.min(...lanes.map((l) => l.y)) - STAGE_HEADER_HEIGHT - NOTE_GAP
  const bottom = Math.max(...lanes.map((l) => l.y + l.height)) + NOTE_GAP
  const besideColumns = rows.x + width <= left || rows.x >= right
  const besideLanes = rows.y + height <= top || rows.y >= bottom
  if (keep === 'none' ? besideColumns && besideLanes : besideColumns || besideLanes) return rows
  const up = { y: top - height }
  const down = { y: bottom }
  const before = { x: left - width }
  const after = { x: right }
  const ways =
    keep === 'stage'
      ? [up, down].map((to) => ({ x: rows.x, ...to }))
      : keep === 'lane'
        ? [before, after].map((to) => ({ y: rows.y, ...to }))
        : [before, after].flatMap((x) => [up, down].map((y) => ({ ...x, ...y })))
  const moved = (to: { x: number; y: number }) => Math.abs(to.x - rows.x) + Math.abs(to.y - rows.y)
  const best = ways.reduce((a, b) => (moved(b) < moved(a) ? b : a))
  return { ...rows, x: Math.round(best.x), y: Math.round(best.y) }
}

/**
 * Rows of `perRow` notes in the cell of `stage` (made `width` wide) and `lane`: at the pointer,
 * moved in to stay inside the cell, and below the cell's notes they would cover, the lane grown
 * to hold them. Null when that would make the lane taller than `MAX_TYPED_BAND_SIZE`.
 */
function rowsInCell(
  at: { readonly x: number; readonly y: number },
  count: number,
  board: Board,
  stage: Stage,
  lane: Lane,
  perRow: number,
  width: number,
): Rows | null {
  const pitch = NOTE_SIZE + NOTE_GAP
  const rowsWide = rowWidth(perRow, NOTE_SIZE)
  const height = Math.ceil(count / perRow) * pitch - NOTE_GAP
  const x = Math.round(within(at.x, stage.x, width, rowsWide))
  // The notes already in the cell under the rows' columns: the rows must not cover them. A wider
  // column moves the later columns (in the map's order, as resizeStage does) and their notes
  // right by as much, and the notes in no column beyond its end.
  const shift = width - stage.width
  const index = board.stages.indexOf(stage)
  const end = stage.x + stage.width
  const below = board.notes.filter((n) => {
    if (laneOf(n, board.lanes) !== lane) return false
    const own = stageOf(n, board.stages)
    const moves = own ? board.stages.indexOf(own) > index : n.x + n.width / 2 >= end
    const left = n.x + (moves ? shift : 0)
    return left < x + rowsWide && x < left + n.width
  })
  const widened = shift > 0 ? { stage: { id: stage.id, width } } : {}
  const covered = (y: number) => below.filter((n) => n.y < y + height && y < n.y + n.height)
  if (height + 2 * NOTE_GAP <= lane.height) {
    const y = Math.round(within(at.y, lane.y, lane.height, height))
    if (covered(y).length === 0) return { x, y, perRow, ...widened }
  }
  // Rows that grow the lane start from the pointer moved up to the first free room above it (the
  // top of the cell, or just below the notes above the pointer: a lane grown below an empty strip
  // would keep that strip), then go below the notes in the cell they would cover (so the cell's
  // notes stay in sight), the lane grown to hold them.
  let y = lane.y + NOTE_GAP
  for (const n of below) if (n.y + n.height <= at.y) y = Math.max(y, n.y + n.height + NOTE_GAP)
  y = Math.min(y, Math.max(lane.y + NOTE_GAP, at.y))
  for (let hit = covered(y); hit.length > 0; hit = covered(y))
    y = Math.ceil(Math.max(...hit.map((n) => n.y + n.height)) + NOTE_GAP)
  const grown = Math.max(lane.height, Math.ceil(y - lane.y + height + NOTE_GAP))
  if (grown > MAX_TYPED_BAND_SIZE) return null
  if (grown === lane.height) return { x, y, perRow, ...widened }
  return { x, y, perRow, lane: { id: lane.id, height: grown }, ...widened }
}
