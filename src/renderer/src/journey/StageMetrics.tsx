// A stage's metrics under its header in the Journey view: name, unit, baseline, target and
// current, each editable in place.
import { useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import {
  addMetric,
  deleteMetric,
  updateMetric,
  type MetricFields,
} from '../../../shared/commands/journey'
import type { Metric, Stage } from '../../../shared/document'

export function StageMetrics({
  editor,
  stage,
  metrics,
  readOnly,
}: {
  editor: Editor
  stage: Stage
  metrics: readonly Metric[]
  readOnly: boolean
}) {
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  return (
    <div className="metrics">
      <ul className="metrics__list" aria-label={`Metrics of ${stage.name}`}>
        {metrics.map((metric) =>
          editing === metric.id ? (
            <li key={metric.id}>
              <MetricForm
                stageName={stage.name}
                initial={metric}
                onCancel={() => setEditing(null)}
                onDelete={() => {
                  editor.run('Delete metric', deleteMetric(metric.id))
                  setEditing(null)
                }}
                onSave={(fields) => {
                  const result = updateMetric(metric.id, fields)
                  if (!result.ok) return result.message
                  editor.run('Edit metric', result.recipe)
                  setEditing(null)
                  return null
                }}
              />
            </li>
          ) : (
            <li key={metric.id} className="metric">
              <button
                type="button"
                className="metric__button"
                disabled={readOnly}
                aria-label={`Edit metric ${metric.name}`}
                onClick={() => setEditing(metric.id)}
              >
                <span className="metric__name">{metric.name}</span>
                <span className="metric__values">{describe(metric)}</span>
              </button>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <MetricForm
          stageName={stage.name}
          onCancel={() => setEditing(null)}
          onSave={(fields) => {
            const result = addMetric(editor.getState(), stage.id, {
              ...fields,
              name: fields.name ?? '',
            })
            if (!result.ok) return result.message
            editor.run('Add metric', result.recipe)
            setEditing(null)
            return null
          }}
        />
      ) : (
        !readOnly && (
          <button
            type="button"
            className="link-button metrics__add"
            aria-label={`Add metric to ${stage.name}`}
            onClick={() => setEditing('new')}
          >
            + Metric
          </button>
        )
      )}
    </div>
  )
}

function MetricForm({
  stageName,
  initial,
  onSave,
  onCancel,
  onDelete,
}: {
  stageName: string
  initial?: Metric
  /** Returns the message when the fields are refused. */
  onSave(fields: MetricFields): string | null
  onCancel(): void
  onDelete?(): void
}) {
  const [text, setText] = useState({
    name: initial?.name ?? '',
    unit: initial?.unit ?? '',
    baseline: String(initial?.baseline ?? ''),
    target: String(initial?.target ?? ''),
    current: String(initial?.current ?? ''),
  })
  const [error, setError] = useState<string | null>(null)
  const field = (key: keyof typeof text, label: string, numeric = false) => (
    <label className="metric-form__field">
      <span>{label}</span>
      <input
        className="input input--compact"
        inputMode={numeric ? 'decimal' : undefined}
        value={text[key]}
        autoFocus={key === 'name'}
        onChange={(event) => {
          setText((t) => ({ ...t, [key]: event.target.value }))
          setError(null)
        }}
      />
    </label>
  )
  const save = () => {
    const numbers: Record<'baseline' | 'target' | 'current', number | null> = {
      baseline: null,
      target: null,
      current: null,
    }
    for (const key of ['baseline', 'target', 'current'] as const) {
      const raw = text[key].trim().replace(',', '.')
      if (raw === '') continue
      const value = Number(raw)
      if (!Number.isFinite(value)) {
        setError(`The ${key} must be a number, or left empty.`)
        return
      }
      numbers[key] = value
    }
    setError(onSave({ name: text.name, unit: text.unit, ...numbers }))
  }
  return (
    <form
      className="metric-form"
      aria-label={initial ? `Metric ${initial.name}` : `New metric for ${stageName}`}
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onCancel()
        }
      }}
    >
      {field('name', 'Name')}
      {field('unit', 'Unit')}
      {field('baseline', 'Baseline', true)}
      {field('target', 'Target', true)}
      {field('current', 'Current', true)}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="metric-form__actions">
        {onDelete && (
          <button type="button" className="button button--small button--quiet" onClick={onDelete}>
            Delete
          </button>
        )}
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--small button--primary">
          Save metric
        </button>
      </div>
    </form>
  )
}

function describe(metric: Metric): string {
  const unit = metric.unit ? ` ${metric.unit}` : ''
  const parts = [
    metric.current !== null ? `now ${metric.current}${unit}` : null,
    metric.target !== null ? `target ${metric.target}${unit}` : null,
    metric.baseline !== null ? `baseline ${metric.baseline}${unit}` : null,
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(' · ') : 'No figures yet'
}
