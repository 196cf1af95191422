// Metrics per stage: what the room will measure to know the stage got better.
import { newId } from '../../document/ids'
import type { JourneyDocument, Metric } from '../../document/types'
import { checkName, refuse, type Checked, type Recipe } from './recipe'

export type MetricFields = Partial<
  Pick<Metric, 'name' | 'unit' | 'baseline' | 'target' | 'current'>
>

/** Why the fields cannot make a metric (an empty or overlong name, a number that is not finite). */
export function validateMetric(fields: MetricFields): string | null {
  if (fields.name !== undefined) {
    const checked = checkName(fields.name, 'A metric')
    if (!checked.ok) return checked.message
  }
  for (const key of ['baseline', 'target', 'current'] as const) {
    const value = fields[key]
    if (value !== undefined && value !== null && !Number.isFinite(value)) {
      return `The ${key} must be a number, or left empty.`
    }
  }
  return null
}

/**
 * Adds a metric to a stage.
 *
 * @example
 *   const added = addMetric(map, onboarding.id, { name: 'Time to first value', unit: 'days', baseline: 21, target: 7 })
 *   if (added.ok) editor.run('Add metric', added.recipe)
 */
export function addMetric(
  doc: Pick<JourneyDocument, 'board'>,
  stageId: string,
  fields: MetricFields & { readonly name: string },
  makeId: () => string = () => newId('metric'),
): Checked<{ readonly id: string }> {
  const message = validateMetric(fields)
  if (message !== null) return refuse(message)
  if (!doc.board.stages.some((s) => s.id === stageId)) return refuse('That stage no longer exists.')
  const id = makeId()
  const metric: Metric = {
    id,
    stageId,
    name: fields.name.trim().replace(/\s+/g, ' '),
    unit: (fields.unit ?? '').trim(),
    baseline: fields.baseline ?? null,
    target: fields.target ?? null,
    current: fields.current ?? null,
  }
  return {
    ok: true,
    id,
    recipe: (draft) => {
      draft.metrics.push(metric)
    },
  }
}

/** Changes some fields of a metric; the rules of `addMetric` apply to the fields given. */
export function updateMetric(id: string, fields: MetricFields): Checked {
  const message = validateMetric(fields)
  if (message !== null) return refuse(message)
  return {
    ok: true,
    recipe: (draft) => {
      const metric = draft.metrics.find((m) => m.id === id)
      if (!metric) return
      if (fields.name !== undefined) {
        const name = fields.name.trim().replace(/\s+/g, ' ')
        if (metric.name !== name) metric.name = name
      }
      if (fields.unit !== undefined && metric.unit !== fields.unit.trim()) {
        metric.unit = fields.unit.trim()
      }
      for (const key of ['baseline', 'target', 'current'] as const) {
        const value = fields[key]
        if (value !== undefined && metric[key] !== value) metric[key] = value
      }
    },
  }
}

export function deleteMetric(id: string): Recipe {
  return (draft) => {
    const index = draft.metrics.findIndex((m) => m.id === id)
    if (index >= 0) draft.metrics.splice(index, 1)
  }
}
