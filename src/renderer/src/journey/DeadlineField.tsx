// A deadline: a date picker, a text field that reads what people type ("31/03", "in 2 weeks"),
// and quick picks. A typed date that is not one gets a plain inline error, and nothing changes.
import { useId, useState } from 'react'
import {
  addDays,
  deadlineInRange,
  deadlineRange,
  DEADLINE_YEARS,
  isIsoDate,
  parseDeadlineInput,
} from '../../../shared/journey'
import { formatDeadline } from './labels'

export interface DeadlineFieldProps {
  /** The deadline, null for none, 'mixed' when the selected steps differ. */
  readonly value: string | null | 'mixed'
  readonly today: string
  readonly disabled?: boolean
  onChange(deadline: string | null): void
}

export function DeadlineField({ value, today, disabled, onChange }: DeadlineFieldProps) {
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  const hintId = useId()
  const iso = value === 'mixed' || value === null ? '' : value
  const [first, last] = deadlineRange(today)
  const submit = () => {
    if (typed.trim() === '') {
      setError(null)
      return
    }
    const result = parseDeadlineInput(typed, today)
    if (result.ok) {
      setError(null)
      setTyped('')
      onChange(result.date)
    } else {
      setError(result.message)
    }
  }
  const picks: [string, string][] = [
    ['Today', today],
    ['In 1 week', addDays(today, 7)],
    ['In 2 weeks', addDays(today, 14)],
    ['End of month', endOfMonth(today)],
  ]
  return (
    <fieldset className="field deadline" disabled={disabled}>
      <legend className="field__label">Deadline</legend>
      <div className="deadline__row">
        <input
          type="date"
          className="input"
          aria-label="Deadline date"
          aria-describedby={hintId}
          value={iso}
          min={first}
          max={last}
          onChange={(event) => {
            const next = event.target.value
            if (next === '') onChange(null)
            else if (!isIsoDate(next)) return
            else if (!deadlineInRange(next, today))
              setError(`A deadline is within ${DEADLINE_YEARS} years of today: is ${next} a typo?`)
            else {
              setError(null)
              onChange(next)
            }
          }}
        />
        {value !== null && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onChange(null)}
          >
            Clear deadline
          </button>
        )}
      </div>
      <span id={hintId} className="field__hint">
        {value === 'mixed'
          ? 'Mixed: the selected steps have different deadlines.'
          : value === null
            ? 'No deadline yet.'
            : formatDeadline(value)}
      </span>
      <input
        type="text"
        className="input"
        aria-label="Type a deadline"
        placeholder="e.g. in 2 weeks, next friday"
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value)
          if (error) setError(null)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            submit()
          } else if (event.key === 'Escape' && typed !== '') {
            event.preventDefault()
            event.stopPropagation()
            setTyped('')
            setError(null)
          }
        }}
        onBlur={submit}
      />
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="chips" role="group" aria-label="Quick deadlines">
        {picks.map(([label, date]) => (
          <button
            key={label}
            type="button"
            className="chip"
            aria-pressed={value === date}
            title={formatDeadline(date)}
            onClick={() => {
              setError(null)
              onChange(date)
            }}
          >
            {label}
          </button>
        ))}
      </div>
    </fieldset>
  )
}

function endOfMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${today.slice(0, 8)}${String(last).padStart(2, '0')}`
}
