// Where a note sits: the stage column and the lane containing its centre, and the kind that
// follows from them. Every other part of the journey builds on these answers.
import type { Board, Lane, Note, NoteKind, Stage } from '../document/types'
import { indexSpans, spanAt, type Span } from './spans'

/** Where a note is: all that placing it in a stage or lane needs (a note about to be made too). */
export type NoteBox = Pick<Note, 'x' | 'y' | 'width' | 'height'>

/** The centre of a note, the point that decides its stage and lane. */
export function noteCentre(note: Note): { readonly x: number; readonly y: number } {
  return { x: note.x + note.width / 2, y: note.y + note.height / 2 }
}

const stageSpan = (stage: Stage): Span => [stage.x, stage.width]
const laneSpan = (lane: Lane): Span => [lane.y, lane.height]

/**
 * The stage column containing the note's centre, or null when the note is unsorted. Columns are
 * half-open, [x, x + width): a centre exactly on the border of two touching columns belongs to the
 * right-hand one. Where columns overlap, the column whose own centre is nearest the note's centre
 * wins, and on a tie the earlier column in `stages`.
 *
 * @example
 *   stageOf({ ...note, x: 1280, width: 160 }, map.board.stages)?.name // 'Onboarding'
 */
export function stageOf(note: NoteBox, stages: readonly Stage[]): Stage | null {
  return stages[spanAt(stages.map(stageSpan), note.x + note.width / 2)] ?? null
}

/**
 * The lane containing the note's centre, or null. Same rules as `stageOf`, on the y axis:
 * [y, y + height), the nearest lane centre wins an overlap, then the earlier lane.
 */
export function laneOf(note: NoteBox, lanes: readonly Lane[]): Lane | null {
  return lanes[spanAt(lanes.map(laneSpan), note.y + note.height / 2)] ?? null
}

/**
 * What a note is: its lane's kind; in no lane, the note's own kind; else 'other'.
 *
 * @example
 *   kindOf(note, laneOf(note, map.board.lanes)) // 'pain-point' for a note in the Pain points lane
 */
export function kindOf(note: Note, lane: Lane | null): NoteKind {
  return lane?.kind ?? note.kind ?? 'other'
}

/**
 * A function that answers `stageOf` for many notes: the columns are sorted once and each note is a
 * binary search. Use it when placing every note of a board.
 */
export function stageLocator(stages: readonly Stage[]): (note: NoteBox) => Stage | null {
  const index = indexSpans(stages.map(stageSpan))
  return (note) => stages[index.find(note.x + note.width / 2)] ?? null
}

/** A function that answers `laneOf` for many notes, like `stageLocator`. */
export function laneLocator(lanes: readonly Lane[]): (note: NoteBox) => Lane | null {
  const index = indexSpans(lanes.map(laneSpan))
  return (note) => lanes[index.find(note.y + note.height / 2)] ?? null
}

/**
 * The stage of every note on the board, by note id: the stage id, or null for an unsorted note.
 * Gives the same answers as `stageOf`, in O((notes + stages) log stages).
 *
 * @example
 *   assignStages(map.board).get('note_12') // 'stage_k3x9q2m7a1b4'
 */
export function assignStages(
  board: Pick<Board, 'notes' | 'stages'>,
): ReadonlyMap<string, string | null> {
  const locate = stageLocator(board.stages)
  const out = new Map<string, string | null>()
  for (const note of board.notes) out.set(note.id, locate(note)?.id ?? null)
  return out
}
