// Which notes Find matches: text containing the query (ignoring case), of the chosen colour, kind,
// tag and source, in reading order.
import type { Board, Note, NoteColor, NoteKind, SourceKind } from '../../../shared/document'
import { effectiveKind } from './labels'

export interface FindQuery {
  readonly text: string
  readonly color: NoteColor | null
  readonly kind: NoteKind | null
  readonly tag: string | null
  /** Where the note came from (workshop, data, staff or customer interview). */
  readonly source?: SourceKind | null
}

/** True when the query asks for nothing, so nothing is highlighted. */
export function isEmptyQuery(query: FindQuery): boolean {
  return query.text.trim() === '' && !query.color && !query.kind && !query.tag && !query.source
}

/** The notes of `ordered` (the board's notes in reading order) that match. */
export function findNotes(board: Board, ordered: readonly Note[], query: FindQuery): Note[] {
  if (isEmptyQuery(query)) return []
  const text = fold(query.text.trim())
  return ordered.filter(
    (note) =>
      (!query.color || note.color === query.color) &&
      (!query.tag || note.tags.includes(query.tag)) &&
      (!query.source || note.source.kind === query.source) &&
      (!query.kind || effectiveKind(board, note) === query.kind) &&
      (text === '' || folded(note).includes(text)),
  )
}

const foldedText = new WeakMap<Note, string>()
function folded(note: Note): string {
  let value = foldedText.get(note)
  if (value === undefined) {
    value = fold(note.text)
    foldedText.set(note, value)
  }
  return value
}

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase()
}
