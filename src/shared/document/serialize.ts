// Writes a document as the text of a .journey file: UTF-8 JSON, two-space indent, keys in the
// schema's order (stable, so a map kept in git diffs cleanly), and a final newline.
import { documentSchema, noteSchema, sourceSchema, stepWorkSchema } from './schema'
import type { JourneyDocument, Note } from './types'

/**
 * Serializes a document. The schema is checked first, so an invalid document throws here instead
 * of reaching the disk; key order follows the schema, never the order edits happened in.
 */
export function serializeDocument(doc: JourneyDocument): string {
  return `${JSON.stringify(documentSchema.parse(doc), null, 2)}\n`
}

const NOTE_KEYS = Object.keys(noteSchema.shape)
const SOURCE_KEYS = Object.keys(sourceSchema.shape)
const STEP_KEYS = Object.keys(stepWorkSchema.shape)

/**
 * Notes already checked against the schema. A document is an immutable value, and once an edit
 * has run it is frozen all through (immer), so a frozen note that passed once passes again: each
 * recovery copy checks only the notes changed since the last one. Weak, so it keeps no note alive,
 * and it holds no text (a cache of each note's text kept 24 MB more alive at 10,000 notes).
 */
const checkedNotes = new WeakSet<Note>()

function hasSchemaKeys(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value)
  return own.length === keys.length && own.every((key, i) => key === keys[i])
}

/**
 * Frozen all through (so it stays as checked), with exactly the schema's keys in the schema's
 * order (so written as it is, it reads the same as the schema's copy of it).
 */
function cannotChange(note: Note): boolean {
  return (
    Object.isFrozen(note) &&
    Object.isFrozen(note.source) &&
    Object.isFrozen(note.step) &&
    Object.isFrozen(note.tags) &&
    hasSchemaKeys(note, NOTE_KEYS) &&
    hasSchemaKeys(note.source, SOURCE_KEYS) &&
    hasSchemaKeys(note.step, STEP_KEYS)
  )
}

/** The note to write: checked against the schema unless it was already, as it is now. */
function checkedNote(note: Note): Note {
  if (checkedNotes.has(note)) return note
  const parsed = noteSchema.parse(note)
  if (cannotChange(note)) checkedNotes.add(note)
  return parsed
}

/**
 * A slice of notes written as the file has them inside "board" → "notes": three levels deep (six
 * spaces), one after another, with the list's brackets cut off.
 */
const SLICE_OPEN = '[\n  [\n    [\n'
const SLICE_CLOSE = '\n    ]\n  ]\n]'
const NOTES_CLOSE = ' '.repeat(4)

/**
 * The same text as `serializeDocument`, checked the same way, but `sliceSize` notes at a time with
 * `pause()` awaited after each slice (a few ms of work each). The recovery copy is written while
 * people are typing, so a big map must not stall them; it is also written after every pause in
 * the editing, so it makes as little garbage as it can: notes already checked are not checked
 * again, and the slices are joined only when the text is stored.
 */
export async function serializeDocumentInSlices(
  doc: JourneyDocument,
  pause: () => Promise<void>,
  sliceSize = 250,
): Promise<string> {
  const notes = doc.board.notes
  const rest = documentSchema.parse({ ...doc, board: { ...doc.board, notes: [] } })
  if (notes.length === 0) return `${JSON.stringify(rest, null, 2)}\n`
  let list = '[\n'
  for (let start = 0; start < notes.length; start += sliceSize) {
    const slice = notes.slice(start, start + sliceSize).map(checkedNote)
    const text = JSON.stringify([[slice]], null, 2)
    list += (start === 0 ? '' : ',\n') + text.slice(SLICE_OPEN.length, -SLICE_CLOSE.length)
    await pause()
  }
  list += `\n${NOTES_CLOSE}]`
  // The document with a marker string in place of the notes; the marker is made longer until no
  // other value in the document is that string, then replaced by the notes' own text.
  const outlineWith = (marker: string) =>
    JSON.stringify({ ...rest, board: { ...rest.board, notes: marker } }, null, 2)
  let marker = 'journeyboard-notes'
  let outline = outlineWith(marker)
  while (outline.indexOf(`"${marker}"`) !== outline.lastIndexOf(`"${marker}"`)) {
    marker += '-'
    outline = outlineWith(marker)
  }
  const at = outline.indexOf(`"${marker}"`)
  return `${outline.slice(0, at)}${list}${outline.slice(at + marker.length + 2)}\n`
}
