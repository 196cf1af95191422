// Notes to and from the clipboard: JSON for pasting into a map, plain text for everything else.
import type { JourneyDocument, Note } from '../document/types'
import { noteSchema } from '../document/schema'
import { readingOrder } from '../commands/board/readingOrder'
import { MAX_PASTE_NOTES, type ClipboardNotes } from './format'

/**
 * The notes as clipboard content: `json` (for `CLIPBOARD_MIME`) and `text`, the notes' texts one
 * per line in reading order, with line breaks inside a note turned into spaces.
 *
 * @example
 *   const { json, text } = notesToClipboard(doc, selection)
 *   // text: 'Reads the welcome email\nCannot find the login link'
 */
export function notesToClipboard(
  doc: JourneyDocument,
  ids: readonly string[],
): { json: string; text: string } {
  const wanted = new Set(ids)
  const notes = readingOrder(doc.board.notes.filter((note) => wanted.has(note.id)))
  const payload: ClipboardNotes = { format: 'journeyboard-notes', version: 1, notes }
  const text = notes
    .map((note) => note.text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').trim())
    .join('\n')
  return { json: JSON.stringify(payload), text }
}

/**
 * Reads clipboard JSON written by `notesToClipboard`. Notes that do not pass the document schema
 * are dropped; anything else — not JSON, another format, no valid note — gives null. Never throws.
 */
export function parseClipboardNotes(json: string): ClipboardNotes | null {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { format, version, notes } = value as Record<string, unknown>
  if (format !== 'journeyboard-notes' || version !== 1 || !Array.isArray(notes)) return null
  const valid: Note[] = []
  for (const candidate of notes as unknown[]) {
    if (valid.length >= MAX_PASTE_NOTES) break
    const parsed = noteSchema.safeParse(candidate)
    if (parsed.success) valid.push(parsed.data)
  }
  return valid.length === 0 ? null : { format: 'journeyboard-notes', version: 1, notes: valid }
}
