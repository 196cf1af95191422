// The words the board's controls use for colours and kinds, shared by the selection toolbar,
// Find's filters and the outline.
import type { Board, Note, NoteColor, NoteKind } from '../../../shared/document'
import { kindOf, laneOf } from '../../../shared/journey'

export const COLOR_LABELS = {
  yellow: 'Yellow',
  pink: 'Pink',
  blue: 'Blue',
  green: 'Green',
  orange: 'Orange',
  purple: 'Purple',
  grey: 'Grey',
} as const satisfies Record<NoteColor, string>

export { KIND_LABELS } from '../../../shared/document/labels'

/** A note's kind: its lane's, or its own when it sits in no lane (as the journey reads it). */
export function effectiveKind(board: Board, note: Note): NoteKind {
  return kindOf(note, laneOf(note, board.lanes))
}

/** "1 note", "20,000 notes". */
export function countNotes(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'note' : 'notes'}`
}
