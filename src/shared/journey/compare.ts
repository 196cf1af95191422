// "Compare with baseline": what changed in the journey between a snapshot (a baseline stored in
// the file, see journeyData) and now. Steps and stages are matched by id, so a renamed stage is
// a rename and a note dragged into another column is a move, not a removal plus an addition.
import { DECISIONS, STATUSES, type Decision, type Status } from '../document/types'

/** The parts of a step a comparison reads; `JourneyStepData` has them all. */
export interface ComparableStep {
  readonly id: string
  readonly text: string
  readonly action: boolean
  readonly decision: Decision
  readonly owner: { readonly id: string; readonly name: string } | null
  readonly deadline: string | null
  readonly status: Status
}

/** The parts of a journey a comparison reads; `JourneyData` has them all. */
export interface ComparableJourney {
  readonly stages: readonly {
    readonly id: string
    readonly name: string
    readonly steps: readonly ComparableStep[]
  }[]
  readonly unsorted: readonly ComparableStep[]
}

export interface StageRef {
  readonly id: string
  readonly name: string
}

export interface StageRename {
  readonly id: string
  readonly from: string
  readonly to: string
}

/** A step and the name of the stage it is in (null: not in a stage). */
export interface StepRef {
  readonly id: string
  readonly text: string
  readonly stage: string | null
}

export interface StepMove {
  readonly id: string
  readonly text: string
  /** The stage's name in the baseline; null when the step was in no stage. */
  readonly from: string | null
  /** The stage's name now; null when the step is in no stage. */
  readonly to: string | null
}

/** One field of a step that changed; `stage` is where the step is now. */
export interface FieldChange<T> {
  readonly id: string
  readonly text: string
  readonly stage: string | null
  readonly from: T
  readonly to: T
}

export type StatusCounts = Readonly<Record<Status, number>>

export interface StatusProgress {
  /** Action steps by status in the baseline and now. */
  readonly before: StatusCounts
  readonly after: StatusCounts
  /** Done action steps out of those not cancelled, as a whole percentage (0 when there are none). */
  readonly donePercentBefore: number
  readonly donePercentAfter: number
}

export interface JourneyComparison {
  readonly stagesAdded: readonly StageRef[]
  readonly stagesRemoved: readonly StageRef[]
  readonly stagesRenamed: readonly StageRename[]
  readonly stepsAdded: readonly StepRef[]
  readonly stepsRemoved: readonly StepRef[]
  readonly stepsMoved: readonly StepMove[]
  readonly decisions: readonly FieldChange<Decision>[]
  /** Owner names (null: no owner). A person renamed in the People list is not a change. */
  readonly owners: readonly FieldChange<string | null>[]
  readonly deadlines: readonly FieldChange<string | null>[]
  readonly statuses: readonly FieldChange<Status>[]
  readonly progress: StatusProgress
  /** How many changes are listed above (progress aside); 0 means nothing changed. */
  readonly changeCount: number
}

interface Placed {
  readonly step: ComparableStep
  readonly stageId: string | null
  readonly stageName: string | null
}

/**
 * What changed from `before` (a baseline's journey) to `after` (the journey now). Lists come in
 * the journey's order: stages left to right, then steps stage by stage (removed ones in the
 * baseline's order).
 *
 * @example
 *   const changes = compareJourneys(baseline.journey, journeyData(doc))
 *   changes.stepsMoved // [{ id: 'note_7', text: 'Kick-off call', from: 'Onboarding', to: 'Adoption' }]
 */
export function compareJourneys(
  before: ComparableJourney,
  after: ComparableJourney,
): JourneyComparison {
  const stagesBefore = new Map(before.stages.map((s) => [s.id, s]))
  const stagesAfter = new Map(after.stages.map((s) => [s.id, s]))
  const stagesAdded = after.stages
    .filter((s) => !stagesBefore.has(s.id))
    .map((s) => ({ id: s.id, name: s.name }))
  const stagesRemoved = before.stages
    .filter((s) => !stagesAfter.has(s.id))
    .map((s) => ({ id: s.id, name: s.name }))
  const stagesRenamed: StageRename[] = []
  for (const stage of after.stages) {
    const old = stagesBefore.get(stage.id)
    if (old && old.name !== stage.name)
      stagesRenamed.push({ id: stage.id, from: old.name, to: stage.name })
  }

  const placedBefore = placeSteps(before)
  const placedAfter = placeSteps(after)
  const stepsAdded: StepRef[] = []
  const stepsMoved: StepMove[] = []
  const decisions: FieldChange<Decision>[] = []
  const owners: FieldChange<string | null>[] = []
  const deadlines: FieldChange<string | null>[] = []
  const statuses: FieldChange<Status>[] = []
  for (const [id, now] of placedAfter) {
    const then = placedBefore.get(id)
    const ref = { id, text: now.step.text, stage: now.stageName }
    if (!then) {
      stepsAdded.push(ref)
      continue
    }
    if (then.stageId !== now.stageId)
      stepsMoved.push({ id, text: now.step.text, from: then.stageName, to: now.stageName })
    const a = then.step
    const b = now.step
    if (a.decision !== b.decision) decisions.push({ ...ref, from: a.decision, to: b.decision })
    if ((a.owner?.id ?? null) !== (b.owner?.id ?? null))
      owners.push({ ...ref, from: a.owner?.name ?? null, to: b.owner?.name ?? null })
    if (a.deadline !== b.deadline) deadlines.push({ ...ref, from: a.deadline, to: b.deadline })
    if (a.status !== b.status) statuses.push({ ...ref, from: a.status, to: b.status })
  }
  const stepsRemoved: StepRef[] = []
  for (const [id, then] of placedBefore) {
    if (!placedAfter.has(id)) stepsRemoved.push({ id, text: then.step.text, stage: then.stageName })
  }

  const changes = {
    stagesAdded,
    stagesRemoved,
    stagesRenamed,
    stepsAdded,
    stepsRemoved,
    stepsMoved,
    decisions,
    owners,
    deadlines,
    statuses,
  }
  return {
    ...changes,
    progress: progress(placedBefore, placedAfter),
    changeCount: Object.values(changes).reduce((n, list) => n + list.length, 0),
  }
}

/** Every step by id with the stage it sits in, in journey order. */
function placeSteps(journey: ComparableJourney): Map<string, Placed> {
  const placed = new Map<string, Placed>()
  for (const stage of journey.stages)
    for (const step of stage.steps)
      placed.set(step.id, { step, stageId: stage.id, stageName: stage.name })
  for (const step of journey.unsorted) placed.set(step.id, { step, stageId: null, stageName: null })
  return placed
}

function progress(before: Map<string, Placed>, after: Map<string, Placed>): StatusProgress {
  const countOf = (placed: Map<string, Placed>) => {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
    for (const { step } of placed.values()) if (step.action) counts[step.status] += 1
    return counts
  }
  const percent = (c: StatusCounts) => {
    const open = c['not-started'] + c['in-progress'] + c.done
    return open === 0 ? 0 : Math.round((c.done / open) * 100)
  }
  const b = countOf(before)
  const a = countOf(after)
  return { before: b, after: a, donePercentBefore: percent(b), donePercentAfter: percent(a) }
}

/**
 * A baseline's stored journey (`Baseline.journey`, unknown because it comes from a file) as
 * something `compareJourneys` can read, or null when it is not a journey snapshot at all.
 * Steps with a broken field get a neutral value (undecided, not started, no owner) rather than
 * losing the whole baseline.
 */
export function comparableJourney(value: unknown): ComparableJourney | null {
  if (!isRecord(value) || !Array.isArray(value.stages)) return null
  const stages: ComparableJourney['stages'][number][] = []
  for (const stage of value.stages) {
    if (!isRecord(stage) || typeof stage.id !== 'string') return null
    stages.push({
      id: stage.id,
      name: typeof stage.name === 'string' ? stage.name : '',
      steps: stepsOf(stage.steps),
    })
  }
  return { stages, unsorted: stepsOf(value.unsorted) }
}

function stepsOf(value: unknown): ComparableStep[] {
  if (!Array.isArray(value)) return []
  const steps: ComparableStep[] = []
  for (const step of value) {
    if (!isRecord(step) || typeof step.id !== 'string') continue
    const owner = step.owner
    steps.push({
      id: step.id,
      text: typeof step.text === 'string' ? step.text : '',
      action: step.action === true,
      decision: oneOf(DECISIONS, step.decision, 'undecided'),
      owner:
        isRecord(owner) && typeof owner.id === 'string'
          ? { id: owner.id, name: typeof owner.name === 'string' ? owner.name : '' }
          : null,
      deadline: typeof step.deadline === 'string' ? step.deadline : null,
      status: oneOf(STATUSES, step.status, 'not-started'),
    })
  }
  return steps
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return (values as readonly unknown[]).includes(value) ? (value as T) : fallback
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
