// The derived journey as plain JSON data: what other tools (and baselines) read, described by
// docs/journey.schema.json. Key order is fixed here, so the same map always gives the same text.
import type { JourneyDocument } from '../document/types'
import { deriveJourney, type Step } from '../journey'
import { isActionStep } from './actionPlan'

/** The version of the shape below; bump it with docs/journey.schema.json. */
export const JOURNEY_JSON_VERSION = 1

export interface JourneyStepData {
  readonly id: string
  readonly text: string
  readonly kind: Step['kind']
  readonly laneId: string | null
  /** True when the step is in the action plan (a task, or a note with an owner, deadline or decision). */
  readonly action: boolean
  readonly decision: Step['decision']
  readonly rationale: string
  readonly owner: { readonly id: string; readonly name: string } | null
  readonly department: { readonly id: string; readonly name: string } | null
  readonly deadline: string | null
  readonly status: Step['status']
  readonly metric: string
  readonly votes: number
  readonly source: { readonly kind: Step['source']['kind']; readonly reference: string }
}

export interface JourneyData {
  readonly format: 'journeyboard-journey'
  readonly version: typeof JOURNEY_JSON_VERSION
  readonly mapId: string
  readonly title: string
  readonly lanes: readonly { id: string; name: string; kind: Step['kind'] }[]
  readonly stages: readonly {
    id: string
    name: string
    votes: number
    metrics: readonly {
      id: string
      name: string
      unit: string
      baseline: number | null
      target: number | null
      current: number | null
    }[]
    steps: readonly JourneyStepData[]
  }[]
  readonly unsorted: readonly JourneyStepData[]
  readonly people: readonly {
    id: string
    name: string
    role: string
    departmentId: string | null
  }[]
  readonly departments: readonly { id: string; name: string; reviewIntervalWeeks: number | null }[]
}

/**
 * The derived journey as a plain object (no shared references, only JSON values): stages left to
 * right with their steps in journey order, the unsorted steps, and the people and departments.
 * This is also the snapshot a baseline stores.
 */
export function journeyData(
  doc: Pick<JourneyDocument, 'id' | 'title' | 'board' | 'people' | 'departments' | 'metrics'>,
): JourneyData {
  const journey = deriveJourney(doc)
  return {
    format: 'journeyboard-journey',
    version: JOURNEY_JSON_VERSION,
    mapId: doc.id,
    title: doc.title,
    lanes: journey.lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind })),
    stages: journey.stages.map((s) => ({
      id: s.stage.id,
      name: s.stage.name,
      votes: s.votes,
      metrics: s.metrics.map((m) => ({
        id: m.id,
        name: m.name,
        unit: m.unit,
        baseline: m.baseline,
        target: m.target,
        current: m.current,
      })),
      steps: s.steps.map(stepData),
    })),
    unsorted: journey.unsorted.map(stepData),
    people: doc.people.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      departmentId: p.departmentId,
    })),
    departments: doc.departments.map((d) => ({
      id: d.id,
      name: d.name,
      reviewIntervalWeeks: d.reviewIntervalWeeks,
    })),
  }
}

/**
 * The derived journey as JSON text: two-space indent, fixed key order, final newline.
 *
 * @example
 *   JSON.parse(journeyJson(map)).stages[0].name // 'Awareness'
 */
export function journeyJson(
  doc: Pick<JourneyDocument, 'id' | 'title' | 'board' | 'people' | 'departments' | 'metrics'>,
): string {
  return `${JSON.stringify(journeyData(doc), null, 2)}\n`
}

function stepData(step: Step): JourneyStepData {
  return {
    id: step.noteId,
    text: step.text,
    kind: step.kind,
    laneId: step.laneId,
    action: isActionStep(step),
    decision: step.decision,
    rationale: step.rationale,
    owner: step.owner === null ? null : { id: step.owner.id, name: step.owner.name },
    department:
      step.department === null ? null : { id: step.department.id, name: step.department.name },
    deadline: step.deadline,
    status: step.status,
    metric: step.metric,
    votes: step.votes,
    source: { kind: step.source.kind, reference: step.source.reference },
  }
}
