// Writes a document as the text of a .journey file: UTF-8 JSON, two-space indent, keys in the
// schema's order (stable, so a map kept in git diffs cleanly), and a final newline.
import { documentSchema, noteSchema } from './schema'
import type { JourneyDocument } from './types'

/**
 * Serializes a document. The schema is checked first, so an invalid document throws here instead
 * of reaching the disk; key order follows the schema, never the order edits happened in.
 */
export function serializeDocument(doc: JourneyDocument): string {
  return `${JSON.stringify(documentSchema.parse(doc), null, 2)}\n`
}

/** Where a note object starts in the file: inside "board" → "notes". */
const NOTE_INDENT = ' '.repeat(6)
const NOTES_CLOSE = ' '.repeat(4)

/**
 * The same text as `serializeDocument`, checked the same way, but `sliceSize` notes at a time with
 * `pause()` awaited after each slice (~5 ms of work each). A map of 10,000 notes takes ~80 ms to
 * check and write out, and the recovery copy is written while people are typing. The document is
 * an immutable value, so edits made during a pause do not change what is written.
 */
export async function serializeDocumentInSlices(
  doc: JourneyDocument,
  pause: () => Promise<void>,
  sliceSize = 250,
): Promise<string> {
  const notes = doc.board.notes
  const rest = documentSchema.parse({ ...doc, board: { ...doc.board, notes: [] } })
  const written: string[] = []
  for (let start = 0; start < notes.length; start += sliceSize) {
    for (const note of notes.slice(start, start + sliceSize)) {
      const text = JSON.stringify(noteSchema.parse(note), null, 2)
      written.push(NOTE_INDENT + text.replaceAll('\n', `\n${NOTE_INDENT}`))
    }
    await pause()
  }
  if (written.length === 0) return `${JSON.stringify(rest, null, 2)}\n`
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
  const list = `[\n${written.join(',\n')}\n${NOTES_CLOSE}]`
  return `${outline.replace(`"${marker}"`, () => list)}\n`
}
