// The journey derived from the board: stages left to right, each with its steps lane by lane.
// Never stored, never typed twice: move a note and the next derivation follows it.
import type {
  Decision,
  Department,
  JourneyDocument,
  Lane,
  Metric,
  Note,
  NoteKind,
  Person,
  Source,
  Stage,
  Status,
} from '../document/types'
import { readingOrderOf } from '../commands/board/readingOrder'
import { indexSpans } from './spans'

/** A note read as a step of the journey, with its people and department resolved. */
export interface Step {
  readonly noteId: string
  readonly text: string
  readonly kind: NoteKind
  /** The stage column holding the note; null for an unsorted note. */
  readonly stageId: string | null
  /** The lane holding the note; null when it sits in no lane. */
  readonly laneId: string | null
  readonly decision: Decision
  readonly rationale: string
  /** The owner, or null when none is set or the person no longer exists. */
  readonly owner: Person | null
  /** The step's own department, else its owner's; null when neither resolves. */
  readonly department: Department | null
  readonly deadline: string | null
  readonly status: Status
  readonly metric: string
  readonly votes: number
  readonly source: Source
}

/** The steps of one stage in one lane. */
export interface LaneSteps {
  readonly lane: Lane
  readonly steps: readonly Step[]
}

export interface JourneyStage {
  readonly stage: Stage
  /** One entry per lane of the board, top to bottom, empty lanes included. */
  readonly lanes: readonly LaneSteps[]
  /** Steps in this stage that sit in no lane (on a board without lanes, all of them). */
  readonly unlaned: readonly Step[]
  /** Every step of the stage: the lanes top to bottom, then the unlaned ones. */
  readonly steps: readonly Step[]
  /** The stage's metrics from the document, in document order. */
  readonly metrics: readonly Metric[]
  /** Votes on the stage's notes, added up: where the room sees the most pain or promise. */
  readonly votes: number
}

export interface Journey {
  /** The stages as the board shows them, left to right. */
  readonly stages: readonly JourneyStage[]
  /** The board's lanes, top to bottom. */
  readonly lanes: readonly Lane[]
  /** Notes whose centre is in no stage column, in reading order. */
  readonly unsorted: readonly Step[]
}

/**
 * Derives the journey from a map. Stages come in the order the board shows them: sorted by x, so a
 * column dragged to the left reads first even before the stage list is reordered (columns at the
 * same x keep their order in `board.stages`). Lanes likewise by y. A note belongs to the stage and
 * lane containing its centre (see `stageOf`); within one stage and lane, steps come in reading
 * order (top to bottom, then left to right, then document order).
 *
 * Pure: reads only `board`, `people`, `departments` and `metrics`, never changes them, and never
 * throws on dangling ids (an owner that was deleted reads as no owner). Memoise it on the
 * document, or use `createJourneySelector` to skip edits that cannot change the journey.
 *
 * @example
 *   const journey = deriveJourney(map)
 *   journey.stages[3]?.stage.name // 'Onboarding'
 *   journey.stages[3]?.lanes.find((l) => l.lane.kind === 'task')?.steps[0]?.owner?.name
 */
export function deriveJourney(
  doc: Pick<JourneyDocument, 'board' | 'people' | 'departments' | 'metrics'>,
): Journey {
  const { notes } = doc.board
  const stages = inBoardOrder(doc.board.stages, (s) => s.x)
  const lanes = inBoardOrder(doc.board.lanes, (l) => l.y)
  // Borders and overlaps are settled in document order (see stageOf); positions map to columns.
  const stageIndex = indexSpans(doc.board.stages.map((s) => [s.x, s.width] as const))
  const laneIndex = indexSpans(doc.board.lanes.map((l) => [l.y, l.height] as const))
  const stagePosition = positions(doc.board.stages, stages)
  const lanePosition = positions(doc.board.lanes, lanes)
  const people = new Map(doc.people.map((p) => [p.id, p]))
  const departments = new Map(doc.departments.map((d) => [d.id, d]))

  // One bucket per stage and lane, plus one per stage for the unlaned, plus one for the unsorted.
  const width = lanes.length + 1
  const buckets: number[][] = Array.from({ length: stages.length * width + 1 }, () => [])
  const unsortedBucket = stages.length * width
  const steps: Step[] = new Array<Step>(notes.length)
  const votes = new Float64Array(stages.length)
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i] as Note
    const s = stagePosition[stageIndex.find(note.x + note.width / 2)] ?? -1
    const l = lanePosition[laneIndex.find(note.y + note.height / 2)] ?? -1
    const stage = stages[s] ?? null
    const lane = lanes[l] ?? null
    const owner = note.step.ownerId === null ? null : (people.get(note.step.ownerId) ?? null)
    steps[i] = {
      noteId: note.id,
      text: note.text,
      kind: lane?.kind ?? note.kind ?? 'other',
      stageId: stage?.id ?? null,
      laneId: lane?.id ?? null,
      decision: note.step.decision,
      rationale: note.step.rationale,
      owner,
      department:
        (note.step.departmentId === null ? undefined : departments.get(note.step.departmentId)) ??
        (owner?.departmentId == null ? undefined : departments.get(owner.departmentId)) ??
        null,
      deadline: note.step.deadline,
      status: note.step.status,
      metric: note.step.metric,
      votes: note.votes,
      source: note.source,
    }
    const bucket = s < 0 ? unsortedBucket : s * width + (l < 0 ? lanes.length : l)
    ;(buckets[bucket] as number[]).push(i)
    if (s >= 0) votes[s] = (votes[s] as number) + note.votes
  }

  // A cell's notes in rows, as the board's outline reads them (a note a little higher or lower
  // than its neighbour is in the same row).
  const stepsOf = (bucket: number): Step[] =>
    readingOrderOf(buckets[bucket] as number[], (i) => notes[i] as Note).map(
      (i) => steps[i] as Step,
    )

  const metricsByStage = new Map<string, Metric[]>()
  for (const metric of doc.metrics) {
    const list = metricsByStage.get(metric.stageId)
    if (list) list.push(metric)
    else metricsByStage.set(metric.stageId, [metric])
  }

  return {
    stages: stages.map((stage, s) => {
      const laneSteps = lanes.map((lane, l) => ({ lane, steps: stepsOf(s * width + l) }))
      const unlaned = stepsOf(s * width + lanes.length)
      return {
        stage,
        lanes: laneSteps,
        unlaned,
        steps: laneSteps.flatMap((l) => l.steps).concat(unlaned),
        metrics: metricsByStage.get(stage.id) ?? [],
        votes: votes[s] as number,
      }
    }),
    lanes,
    unsorted: stepsOf(unsortedBucket),
  }
}

/**
 * A memoised `deriveJourney` (the renderer keeps one per open map): it derives again only when
 * the board, people, departments or metrics changed identity (immer keeps them when an edit
 * touches something else, such as the title or the goals).
 *
 * @example
 *   const journeyOf = createJourneySelector()
 *   journeyOf(map) === journeyOf({ ...map, title: 'Renamed' }) // true
 */
export function createJourneySelector(): (
  doc: Pick<JourneyDocument, 'board' | 'people' | 'departments' | 'metrics'>,
) => Journey {
  let last: { inputs: readonly unknown[]; journey: Journey } | null = null
  return (doc) => {
    const inputs = [doc.board, doc.people, doc.departments, doc.metrics]
    if (last && inputs.every((input, i) => input === last?.inputs[i])) return last.journey
    last = { inputs, journey: deriveJourney(doc) }
    return last.journey
  }
}

/** Sorted by position, ties kept in array order (Array.prototype.sort is stable). */
function inBoardOrder<T>(items: readonly T[], position: (item: T) => number): readonly T[] {
  return [...items].sort((a, b) => position(a) - position(b))
}

/** For each item of `original`, its index in `sorted`. */
function positions<T>(original: readonly T[], sorted: readonly T[]): number[] {
  const at = new Map(sorted.map((item, i) => [item, i]))
  return original.map((item) => at.get(item) ?? -1)
}
