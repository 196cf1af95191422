// People: the owners steps are assigned to. Steps hold a person's id, so renaming a person
// renames every assignment at once; deleting one asks what becomes of their steps.
import { newId } from '../../document/ids'
import type { JourneyDocument } from '../../document/types'
import { checkName, plain, refuse, type Checked, type Recipe } from './recipe'

export interface PersonInput {
  readonly name: string
  readonly role?: string
  readonly departmentId?: string | null
}

/** What becomes of the steps a deleted person owned. */
export type OwnerFate = { readonly reassignTo: string } | 'unassign'

/**
 * Why `name` cannot be a person's name, or null when it can: it must not be empty, must be at
 * most 200 characters, and no other person (`exceptId` is the one being renamed) may have it,
 * whatever the case.
 *
 * @example
 *   validatePersonName(map, '  priya shah ') // 'Priya Shah is already in the list.'
 */
export function validatePersonName(
  doc: Pick<JourneyDocument, 'people'>,
  name: string,
  exceptId?: string,
): string | null {
  const checked = checkName(name, 'A person')
  if (!checked.ok) return checked.message
  const key = checked.name.toLocaleLowerCase()
  const twin = doc.people.find((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === key)
  return twin ? `${twin.name} is already in the list.` : null
}

/**
 * Adds a person, the name trimmed. Refused (with the message of `validatePersonName`) when the
 * name is empty, too long or taken; a department that does not exist is left out.
 *
 * @example
 *   const added = addPerson(map, { name: 'Priya Shah', role: 'CSM', departmentId: null })
 *   if (added.ok) editor.run('Add person', added.recipe) // added.id is the new person's id
 */
export function addPerson(
  doc: Pick<JourneyDocument, 'people' | 'departments'>,
  input: PersonInput,
  makeId: () => string = () => newId('person'),
): Checked<{ readonly id: string }> {
  const message = validatePersonName(doc, input.name)
  if (message !== null) return refuse(message)
  const id = makeId()
  const person = {
    id,
    name: input.name.trim().replace(/\s+/g, ' '),
    role: (input.role ?? '').trim(),
    departmentId: knownDepartment(doc, input.departmentId ?? null),
  }
  return {
    ok: true,
    id,
    recipe: (draft) => {
      draft.people.push(person)
    },
  }
}

/** Renames a person (same rules as adding one). Every step they own shows the new name. */
export function renamePerson(
  doc: Pick<JourneyDocument, 'people'>,
  id: string,
  name: string,
): Checked {
  const message = validatePersonName(doc, name, id)
  if (message !== null) return refuse(message)
  if (!doc.people.some((p) => p.id === id)) return refuse('That person is no longer in the list.')
  const trimmed = name.trim().replace(/\s+/g, ' ')
  return {
    ok: true,
    recipe: (draft) => {
      const person = draft.people.find((p) => p.id === id)
      if (person && person.name !== trimmed) person.name = trimmed
    },
  }
}

/** Sets a person's role and department; an unknown department id reads as none. */
export function updatePerson(
  doc: Pick<JourneyDocument, 'departments'>,
  id: string,
  fields: { readonly role?: string; readonly departmentId?: string | null },
): Recipe {
  const departmentId =
    fields.departmentId === undefined ? undefined : knownDepartment(doc, fields.departmentId)
  return (draft) => {
    const person = draft.people.find((p) => p.id === id)
    if (!person) return
    if (fields.role !== undefined && person.role !== fields.role.trim()) {
      person.role = fields.role.trim()
    }
    if (departmentId !== undefined && person.departmentId !== departmentId) {
      person.departmentId = departmentId
    }
  }
}

/** The ids of the notes a person owns, in document order. */
export function stepsOwnedBy(doc: Pick<JourneyDocument, 'board'>, personId: string): string[] {
  return doc.board.notes.filter((n) => n.step.ownerId === personId).map((n) => n.id)
}

/**
 * Deletes a person. Their steps go to `{ reassignTo }` (another person) or become unowned with
 * 'unassign'. Reassigning to the person being deleted, or to someone not in the list, is refused.
 *
 * @example
 *   const gone = deletePerson(map, 'person_priya', { reassignTo: 'person_tom' })
 *   if (gone.ok) editor.run('Delete person', gone.recipe)
 */
export function deletePerson(
  doc: Pick<JourneyDocument, 'people'>,
  id: string,
  fate: OwnerFate,
): Checked {
  if (!doc.people.some((p) => p.id === id)) return refuse('That person is no longer in the list.')
  const heir = fate === 'unassign' ? null : fate.reassignTo
  if (heir !== null && (heir === id || !doc.people.some((p) => p.id === heir))) {
    return refuse('Pick someone else in the list to take over the steps.')
  }
  return {
    ok: true,
    recipe: (draft) => {
      const index = draft.people.findIndex((p) => p.id === id)
      if (index >= 0) draft.people.splice(index, 1)
      plain(draft.board.notes).forEach((note, i) => {
        const target = draft.board.notes[i]
        if (note.step.ownerId === id && target) target.step.ownerId = heir
      })
    },
  }
}

function knownDepartment(
  doc: Pick<JourneyDocument, 'departments'>,
  id: string | null,
): string | null {
  return id !== null && doc.departments.some((d) => d.id === id) ? id : null
}
