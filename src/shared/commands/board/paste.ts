// Pasting onto the board: notes copied from a map (this one or another), and plain text, one note
// per line, so a column copied from a spreadsheet becomes a column of notes.
import { castDraft } from 'immer'
import { NOTE_SIZE } from '../../document/defaults'
import { newId } from '../../document/ids'
import type { Note } from '../../document/types'
import type { ClipboardNotes } from '../../clipboard/format'
import { MAX_PASTE_NOTES } from '../../clipboard/format'
import { makeNote } from './notes'
import { clampCoordinate, lanesOf, NOTE_GAP, type Recipe } from './recipe'

/**
 * The copied notes with new ids, laid out as they were, the top-left of the group at `at`. Text,
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
  for (const note of notes) {
    left = Math.min(left, note.x)
    top = Math.min(top, note.y)
  }
  const recipe: Recipe = (draft) => {
    const people = new Set(draft.people.map((person) => person.id))
    const departments = new Set(draft.departments.map((department) => department.id))
    notes.forEach((note, i) => {
      const { ownerId, departmentId } = note.step
      const pasted: Note = {
        ...note,
        id: ids[i] ?? newId('note'),
        x: clampCoordinate(at.x + note.x - left),
        y: clampCoordinate(at.y + note.y - top),
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
 * One note per line, in a grid `columns` notes wide (default 10) with a 16-unit gap, starting at
 * `at`; each note takes the colour of the lane it lands in. At most 20,000 notes (the rest of the
 * lines are ignored); ask before calling with more than `PASTE_CONFIRM_THRESHOLD` lines.
 *
 * @example
 *   notesFromLines(linesFromText(clipboardText), pointer, new Date())
 */
export function notesFromLines(
  lines: readonly string[],
  at: { readonly x: number; readonly y: number },
  now: Date,
  columns = 10,
): { recipe: Recipe; ids: string[] } {
  const texts = lines.slice(0, MAX_PASTE_NOTES)
  const perRow = Number.isFinite(columns) ? Math.max(1, Math.floor(columns)) : 10
  const ids = texts.map(() => newId('note'))
  const pitch = NOTE_SIZE + NOTE_GAP
  const recipe: Recipe = (draft) => {
    const lanes = lanesOf(draft)
    texts.forEach((text, i) => {
      const note = makeNote(
        {
          id: ids[i] ?? newId('note'),
          text,
          x: at.x + (i % perRow) * pitch,
          y: at.y + Math.floor(i / perRow) * pitch,
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
