// The action plan: the steps someone has to do something about, grouped by stage. The CSV, the
// Markdown, the report and the calendar all read it from here so they list the same steps.
import type { Stage } from '../document/types'
import type { Journey, Step } from '../journey'

/** The action plan steps of one stage; `stage` is null for the steps in no stage column. */
export interface ActionPlanGroup {
  readonly stage: Stage | null
  readonly steps: readonly Step[]
}

/**
 * True when a step belongs in the action plan: every task, and any other note that already
 * carries work (an owner, a deadline or a decision), so nothing assigned in the room is dropped.
 */
export function isActionStep(step: Step): boolean {
  return (
    step.kind === 'task' ||
    step.owner !== null ||
    step.deadline !== null ||
    step.decision !== 'undecided'
  )
}

/**
 * The action plan of a journey: one group per stage, left to right (stages without action steps
 * included, with no steps), then one group for the unsorted steps when there are any. Within a
 * stage, steps keep the journey's order (lanes top to bottom, reading order inside a lane).
 *
 * @example
 *   actionPlan(deriveJourney(map))[0] // { stage: { name: 'Awareness', … }, steps: [ … ] }
 */
export function actionPlan(journey: Journey): ActionPlanGroup[] {
  const groups: ActionPlanGroup[] = journey.stages.map((s) => ({
    stage: s.stage,
    steps: s.steps.filter(isActionStep),
  }))
  const unsorted = journey.unsorted.filter(isActionStep)
  if (unsorted.length > 0) groups.push({ stage: null, steps: unsorted })
  return groups
}

/** Steps sorted by deadline, earliest first, steps without a deadline last (stable otherwise). */
export function byDeadline(steps: readonly Step[]): Step[] {
  return [...steps].sort((a, b) => {
    if (a.deadline === b.deadline) return 0
    if (a.deadline === null) return 1
    if (b.deadline === null) return -1
    return a.deadline < b.deadline ? -1 : 1
  })
}
