// Every step of a journey by note id, and in board order, built once per derived journey.
import type { Journey, Step } from '../../../shared/journey'

export interface StepIndex {
  /** Stage steps left to right, then the unsorted ones. */
  readonly all: readonly Step[]
  readonly byId: ReadonlyMap<string, Step>
  /** Stage name by stage id. */
  readonly stageNames: ReadonlyMap<string, string>
  /** Position of each stage, left to right, for sorting. */
  readonly stageOrder: ReadonlyMap<string, number>
}

const cache = new WeakMap<Journey, StepIndex>()

export function indexSteps(journey: Journey): StepIndex {
  const cached = cache.get(journey)
  if (cached) return cached
  const all = journey.stages.flatMap((s) => s.steps).concat(journey.unsorted)
  const index: StepIndex = {
    all,
    byId: new Map(all.map((step) => [step.noteId, step])),
    stageNames: new Map(journey.stages.map((s) => [s.stage.id, s.stage.name])),
    stageOrder: new Map(journey.stages.map((s, i) => [s.stage.id, i])),
  }
  cache.set(journey, index)
  return index
}

/** The one value every item shares, or 'mixed'; null-ish values count as values. */
export function shared<T, V>(items: readonly T[], read: (item: T) => V): V | 'mixed' {
  const first = items[0]
  if (first === undefined) return 'mixed'
  const value = read(first)
  return items.every((item) => read(item) === value) ? value : 'mixed'
}
