// Departments: who a step belongs to in the organisation, and how often each reviews its part.
import { newId } from '../../document/ids'
import type { JourneyDocument } from '../../document/types'
import { checkName, plain, refuse, type Checked, type Recipe } from './recipe'

/** A department reviews its part of the map every 1 to 520 weeks (ten years). */
export const MIN_REVIEW_WEEKS = 1
export const MAX_REVIEW_WEEKS = 520

/** Why `name` cannot be a department's name (empty, too long, taken whatever the case), or null. */
export function validateDepartmentName(
  doc: Pick<JourneyDocument, 'departments'>,
  name: string,
  exceptId?: string,
): string | null {
  const checked = checkName(name, 'A department')
  if (!checked.ok) return checked.message
  const key = checked.name.toLocaleLowerCase()
  const twin = doc.departments.find((d) => d.id !== exceptId && d.name.toLocaleLowerCase() === key)
  return twin ? `${twin.name} is already a department.` : null
}

/**
 * Why `weeks` cannot be a review interval, or null: a whole number from 1 to 520, or null for
 * "not decided yet".
 */
export function validateReviewInterval(weeks: number | null): string | null {
  if (weeks === null) return null
  if (!Number.isInteger(weeks) || weeks < MIN_REVIEW_WEEKS || weeks > MAX_REVIEW_WEEKS) {
    return `A review interval is a whole number of weeks from ${MIN_REVIEW_WEEKS} to ${MAX_REVIEW_WEEKS}.`
  }
  return null
}

/**
 * Adds a department, its name trimmed; refused when the name is empty, too long or taken, or the
 * interval is out of range.
 *
 * @example
 *   const added = addDepartment(map, { name: 'Customer Success', reviewIntervalWeeks: 4 })
 *   if (added.ok) editor.run('Add department', added.recipe)
 */
export function addDepartment(
  doc: Pick<JourneyDocument, 'departments'>,
  input: { readonly name: string; readonly reviewIntervalWeeks?: number | null },
  makeId: () => string = () => newId('department'),
): Checked<{ readonly id: string }> {
  const message =
    validateDepartmentName(doc, input.name) ??
    validateReviewInterval(input.reviewIntervalWeeks ?? null)
  if (message !== null) return refuse(message)
  const id = makeId()
  const department = {
    id,
    name: input.name.trim().replace(/\s+/g, ' '),
    reviewIntervalWeeks: input.reviewIntervalWeeks ?? null,
  }
  return {
    ok: true,
    id,
    recipe: (draft) => {
      draft.departments.push(department)
    },
  }
}

/** Renames a department (same rules as adding one); steps and people follow through its id. */
export function renameDepartment(
  doc: Pick<JourneyDocument, 'departments'>,
  id: string,
  name: string,
): Checked {
  const message = validateDepartmentName(doc, name, id)
  if (message !== null) return refuse(message)
  if (!doc.departments.some((d) => d.id === id)) return refuse('That department no longer exists.')
  const trimmed = name.trim().replace(/\s+/g, ' ')
  return {
    ok: true,
    recipe: (draft) => {
      const department = draft.departments.find((d) => d.id === id)
      if (department && department.name !== trimmed) department.name = trimmed
    },
  }
}

/** Sets how often a department reviews its part, in weeks (1–520), or null for not decided. */
export function setReviewInterval(
  doc: Pick<JourneyDocument, 'departments'>,
  id: string,
  weeks: number | null,
): Checked {
  const message = validateReviewInterval(weeks)
  if (message !== null) return refuse(message)
  if (!doc.departments.some((d) => d.id === id)) return refuse('That department no longer exists.')
  return {
    ok: true,
    recipe: (draft) => {
      const department = draft.departments.find((d) => d.id === id)
      if (department && department.reviewIntervalWeeks !== weeks) {
        department.reviewIntervalWeeks = weeks
      }
    },
  }
}

/**
 * Deletes a department and clears every reference to it: people and steps in it are left with no
 * department (a step then shows its owner's department, if any).
 */
export function deleteDepartment(id: string): Recipe {
  return (draft) => {
    const index = draft.departments.findIndex((d) => d.id === id)
    if (index < 0) return
    draft.departments.splice(index, 1)
    for (const person of draft.people) if (person.departmentId === id) person.departmentId = null
    plain(draft.board.notes).forEach((note, i) => {
      const target = draft.board.notes[i]
      if (note.step.departmentId === id && target) target.step.departmentId = null
    })
  }
}
