// The goals each group writes down in the first phase; they head the PDF report.
import { newId } from '../../document/ids'
import type { JourneyDocument } from '../../document/types'
import { refuse, type Checked, type Recipe } from '../journey/recipe'

/** A goal's text and group are at most this long. */
export const MAX_GOAL_LENGTH = 1000

export interface GoalInput {
  readonly text: string
  readonly group: string
}

function check(
  input: GoalInput,
): { ok: true; text: string; group: string } | { ok: false; message: string } {
  const text = input.text.trim()
  const group = input.group.trim().replace(/\s+/g, ' ')
  if (text === '') return refuse('A goal needs some text: what must the map achieve?')
  if (text.length > MAX_GOAL_LENGTH || group.length > MAX_GOAL_LENGTH) {
    return refuse(`Keep a goal and its group to ${MAX_GOAL_LENGTH} characters or fewer.`)
  }
  return { ok: true, text, group }
}

/**
 * Adds a goal at the end of the list (or after `afterId`).
 *
 * @example
 *   const added = addGoal({ text: 'Halve time to first payroll', group: 'Leadership' })
 *   if (added.ok) editor.run('Add goal', added.recipe)
 */
export function addGoal(
  input: GoalInput,
  makeId: () => string = () => newId('goal'),
): Checked<{ readonly id: string }> {
  const checked = check(input)
  if (!checked.ok) return checked
  const id = makeId()
  return {
    ok: true,
    id,
    recipe: (draft) => {
      draft.session.goals.push({ id, text: checked.text, group: checked.group })
    },
  }
}

/** Changes a goal's text and group; refused when the text is empty. */
export function updateGoal(id: string, input: GoalInput): Checked {
  const checked = check(input)
  if (!checked.ok) return checked
  return {
    ok: true,
    recipe: (draft) => {
      const goal = draft.session.goals.find((g) => g.id === id)
      if (!goal) return
      if (goal.text !== checked.text) goal.text = checked.text
      if (goal.group !== checked.group) goal.group = checked.group
    },
  }
}

export function deleteGoal(id: string): Recipe {
  return (draft) => {
    const at = draft.session.goals.findIndex((g) => g.id === id)
    if (at >= 0) draft.session.goals.splice(at, 1)
  }
}

/**
 * Moves a goal `by` places up (negative) or down (positive), stopping at either end.
 *
 * @example
 *   editor.run('Move goal up', moveGoal(map, 'goal_2', -1))
 */
export function moveGoal(doc: Pick<JourneyDocument, 'session'>, id: string, by: number): Recipe {
  const from = doc.session.goals.findIndex((g) => g.id === id)
  const to = Math.max(0, Math.min(doc.session.goals.length - 1, from + by))
  return (draft) => {
    if (from < 0 || to === from) return
    const [goal] = draft.session.goals.splice(from, 1)
    if (goal) draft.session.goals.splice(to, 0, goal)
  }
}

/** The groups goals were written by, in first-seen order, for the group field's suggestions. */
export function goalGroups(doc: Pick<JourneyDocument, 'session'>): string[] {
  const seen = new Set<string>()
  for (const g of doc.session.goals) if (g.group !== '') seen.add(g.group)
  return [...seen]
}
