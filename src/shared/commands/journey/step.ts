// Step details: the work attributes of one or many notes, set together as one undo step.
import type { NoteKind, StepWork } from '../../document/types'
import { isIsoDate } from '../../journey/isoDate'
import { plain, type Recipe } from './recipe'

/** The fields a step-details control sets; `kind` is the note's own kind (used off any lane). */
export type StepFieldsPatch = Partial<StepWork> & { readonly kind?: NoteKind | null }

/**
 * Sets the same fields on every listed note: a field set with several notes selected applies to
 * all of them. Fields left out are kept; ids of notes that no longer exist are skipped; a
 * deadline that is not a real YYYY-MM-DD date is ignored (the document stores only real dates).
 * Notes already holding the values are not touched, so setting what is there records no step.
 *
 * @example
 *   editor.run('Assign owner', setStepFields(['note_1', 'note_2'], { ownerId: 'person_priya' }))
 */
export function setStepFields(noteIds: Iterable<string>, patch: StepFieldsPatch): Recipe {
  const { kind, ...work } = patch
  const fields = Object.entries(work).filter(
    ([key, value]) =>
      value !== undefined && (key !== 'deadline' || value === null || isIsoDate(String(value))),
  ) as [keyof StepWork, StepWork[keyof StepWork]][]
  const wanted = new Set(noteIds)
  return (draft) => {
    if (wanted.size === 0) return
    const notes = plain(draft.board.notes)
    notes.forEach((note, i) => {
      if (!wanted.has(note.id)) return
      const changesKind = kind !== undefined && note.kind !== kind
      const changed = fields.filter(([key, value]) => note.step[key] !== value)
      if (!changesKind && changed.length === 0) return
      const target = draft.board.notes[i]
      if (!target) return
      if (changesKind) target.kind = kind
      for (const [key, value] of changed) (target.step as Record<string, unknown>)[key] = value
    })
  }
}
