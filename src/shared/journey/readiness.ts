// Readiness: what still stands between the board and a finished journey map, as a checklist the
// facilitator can walk with the room, each gap pointing at the notes that cause it.
import type { JourneyDocument } from '../document/types'
import { deriveJourney, type Journey, type Step } from './derive'
import { isIsoDate, isoParts } from './isoDate'

export const READINESS_CHECKS = [
  'goals',
  'touchpoints',
  'unsorted',
  'decisions',
  'owners',
  'deadlines',
  'overdue',
  'reviews',
] as const
export type ReadinessCheck = (typeof READINESS_CHECKS)[number]

export interface ReadinessItem {
  readonly id: ReadinessCheck
  /** The check, stated as the goal: "Every task has an owner". */
  readonly label: string
  readonly ok: boolean
  /** The notes to show when the check fails; empty when it passes or is not about notes. */
  readonly noteIds: readonly string[]
  /** One plain sentence: what is missing, or what was found. */
  readonly detail: string
}

export interface Readiness {
  /** True when every item is ok. */
  readonly ready: boolean
  /** The items in `READINESS_CHECKS` order. */
  readonly items: readonly ReadinessItem[]
  /** "Ready: nothing is missing." or "Not ready: 1 undecided task and 1 task without an owner." */
  readonly summary: string
}

/**
 * Checks a map against the method's definition of done: goals set; every stage has a touchpoint;
 * no unsorted notes; every task decided, with an owner and a deadline; no open deadline (status
 * other than done or cancelled) before `today`; every department has a review interval. Tasks
 * are the notes of kind 'task', wherever they sit; a cancelled task needs no decision, owner or
 * deadline. An owner id pointing at a deleted person counts as no owner, and a deadline that is
 * not a real date as no deadline. A map with no stages is not ready.
 *
 * Pass the journey when one is at hand, to save deriving it again. Throws RangeError when
 * `today` is not a YYYY-MM-DD date.
 *
 * @example
 *   const readiness = checkReadiness(map, '2026-03-02')
 *   readiness.ready // false
 *   readiness.items.find((i) => i.id === 'owners')?.noteIds // ['note_83']
 */
export function checkReadiness(
  doc: Pick<JourneyDocument, 'session' | 'board' | 'people' | 'departments' | 'metrics'>,
  today: string,
  journey: Journey = deriveJourney(doc),
): Readiness {
  isoParts(today)
  const undecided: Step[] = []
  const ownerless: Step[] = []
  const undated: Step[] = []
  const overdue: Step[] = []
  let tasks = 0
  const visit = (step: Step): void => {
    const dated = step.deadline !== null && isIsoDate(step.deadline)
    if (isOverdue(step, today)) overdue.push(step)
    if (step.kind !== 'task' || step.status === 'cancelled') return
    tasks++
    if (step.decision === 'undecided') undecided.push(step)
    if (step.owner === null) ownerless.push(step)
    if (!dated) undated.push(step)
  }
  for (const stage of journey.stages) stage.steps.forEach(visit)
  journey.unsorted.forEach(visit)
  const ids = (list: readonly Step[]) => list.map((s) => s.noteId)

  const goals = doc.session.goals.filter((g) => g.text.trim() !== '')
  const bare = journey.stages.filter((s) => !s.steps.some((step) => step.kind === 'touchpoint'))
  const unreviewed = doc.departments.filter((d) => d.reviewIntervalWeeks === null)
  const noStages = journey.stages.length === 0

  const items: ReadinessItem[] = [
    {
      id: 'goals',
      label: 'Goals are set',
      ok: goals.length > 0,
      noteIds: [],
      detail:
        goals.length > 0
          ? `${count(goals.length, 'goal')} set.`
          : 'No goals yet: ask each group what the map should help them change.',
    },
    {
      id: 'touchpoints',
      label: 'Every stage has a touchpoint',
      ok: !noStages && bare.length === 0,
      noteIds: [],
      detail: noStages
        ? 'The board has no stages yet.'
        : bare.length > 0
          ? `No touchpoint in ${list(bare.map((s) => s.stage.name || 'an untitled stage'))}.`
          : `${journey.stages.length === 1 ? 'The stage has' : `All ${journey.stages.length} stages have`} at least one.`,
    },
    {
      id: 'unsorted',
      label: 'Every note is in a stage',
      ok: journey.unsorted.length === 0,
      noteIds: ids(journey.unsorted),
      detail:
        journey.unsorted.length > 0
          ? `${count(journey.unsorted.length, 'note')} ${verb(journey.unsorted.length, 'sits', 'sit')} outside every stage column.`
          : 'Every note sits in a stage column.',
    },
    {
      id: 'decisions',
      label: 'Every task is decided',
      ok: undecided.length === 0,
      noteIds: ids(undecided),
      detail:
        undecided.length > 0
          ? `${count(undecided.length, 'task')} ${verb(undecided.length, 'is', 'are')} still undecided: automate, or a person does it?`
          : taskDetail(tasks, 'decided'),
    },
    {
      id: 'owners',
      label: 'Every task has an owner',
      ok: ownerless.length === 0,
      noteIds: ids(ownerless),
      detail:
        ownerless.length > 0
          ? `${count(ownerless.length, 'task')} ${verb(ownerless.length, 'has', 'have')} no owner.`
          : taskDetail(tasks, 'owned'),
    },
    {
      id: 'deadlines',
      label: 'Every task has a deadline',
      ok: undated.length === 0,
      noteIds: ids(undated),
      detail:
        undated.length > 0
          ? `${count(undated.length, 'task')} ${verb(undated.length, 'has', 'have')} no deadline.`
          : taskDetail(tasks, 'dated'),
    },
    {
      id: 'overdue',
      label: 'No deadline has passed',
      ok: overdue.length === 0,
      noteIds: ids(overdue),
      detail:
        overdue.length > 0
          ? `${count(overdue.length, 'open deadline')} ${verb(overdue.length, 'is', 'are')} before ${today}, the earliest ${earliest(overdue)}.`
          : `No open deadline is before ${today}.`,
    },
    {
      id: 'reviews',
      label: 'Every department has a review interval',
      ok: unreviewed.length === 0,
      noteIds: [],
      detail:
        unreviewed.length > 0
          ? `${list(unreviewed.map((d) => d.name || 'An unnamed department'))} ${verb(unreviewed.length, 'has', 'have')} no review interval.`
          : doc.departments.length > 0
            ? `${doc.departments.length === 1 ? 'The department reviews' : `All ${doc.departments.length} departments review`} its part on a schedule.`
            : 'No departments yet.',
    },
  ]

  const gaps: Record<ReadinessCheck, string> = {
    goals: 'no goals',
    touchpoints: noStages ? 'no stages' : `${count(bare.length, 'stage')} without a touchpoint`,
    unsorted: count(journey.unsorted.length, 'unsorted note'),
    decisions: count(undecided.length, 'undecided task'),
    owners: `${count(ownerless.length, 'task')} without an owner`,
    deadlines: `${count(undated.length, 'task')} without a deadline`,
    overdue: count(overdue.length, 'overdue deadline'),
    reviews: `${count(unreviewed.length, 'department')} without a review interval`,
  }
  const failing = items.filter((i) => !i.ok)
  return {
    ready: failing.length === 0,
    items,
    summary:
      failing.length === 0
        ? 'Ready: nothing is missing.'
        : `Not ready: ${list(failing.map((i) => gaps[i.id]))}.`,
  }
}

function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`
}

function verb(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}

/** "A", "A and B", "A, B and C". */
function list(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

function taskDetail(tasks: number, state: string): string {
  if (tasks === 0) return 'There are no tasks yet.'
  return tasks === 1 ? `The one task is ${state}.` : `All ${tasks} tasks are ${state}.`
}

function earliest(steps: readonly Step[]): string {
  return steps.reduce((min, s) => (s.deadline !== null && s.deadline < min ? s.deadline : min), '9')
}

/**
 * Whether a step's deadline has passed while it is still open (not done, not cancelled). A
 * deadline of today is not yet past. The readiness check, the Action plan's "Overdue only" filter
 * and the Owners view all use this one rule.
 *
 * @example
 *   isOverdue({ ...step, deadline: '2026-03-01', status: 'in-progress' }, '2026-03-02') // true
 */
export function isOverdue(step: Pick<Step, 'deadline' | 'status'>, today: string): boolean {
  return (
    step.deadline !== null &&
    isIsoDate(step.deadline) &&
    step.deadline < today &&
    step.status !== 'done' &&
    step.status !== 'cancelled'
  )
}
