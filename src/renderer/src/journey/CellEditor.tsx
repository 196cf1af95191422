// The editor of one action-plan cell: a select or a typed deadline. Enter (or leaving the cell)
// keeps the change, Esc takes it back; either way focus returns to the grid.
import { useRef, useState } from 'react'
import {
  DECISIONS,
  STATUSES,
  type Department,
  type Person,
  type StepWork,
} from '../../../shared/document'
import { parseDeadlineInput, type Step } from '../../../shared/journey'
import type { Column } from './actionPlanRows'
import { DECISION_LABELS, STATUS_LABELS } from './labels'

export interface CellEditorProps {
  readonly column: Column
  readonly step: Step
  /** The step's own department id (the row shows the owner's department when it has none). */
  readonly departmentId: string | null
  readonly people: readonly Person[]
  readonly departments: readonly Department[]
  readonly today: string
  readonly label: string
  /** Ends editing: with the fields to set, or null to take the change back. */
  onDone(patch: Partial<StepWork> | null): void
}

export function CellEditor(props: CellEditorProps) {
  // Enter ends editing and unmounts the editor, which may blur it: finish only once.
  const finished = useRef(false)
  const once: CellEditorProps = {
    ...props,
    onDone: (patch) => {
      if (finished.current) return
      finished.current = true
      props.onDone(patch)
    },
  }
  return props.column === 'deadline' ? <DeadlineCell {...once} /> : <SelectCell {...once} />
}

function SelectCell({
  column,
  step,
  departmentId,
  people,
  departments,
  label,
  onDone,
}: CellEditorProps) {
  const initial = selected(column, step, departmentId)
  const [value, setValue] = useState(initial)
  const options = optionsFor(column, people, departments)
  const finish = (keep: boolean) => {
    if (!keep || value === initial) onDone(null)
    else onDone(patchFor(column, value))
  }
  return (
    <select
      className="cell-editor"
      aria-label={label}
      autoFocus
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          event.stopPropagation()
          finish(true)
        } else if (event.key === 'Escape') {
          event.preventDefault()
          event.stopPropagation()
          finish(false)
        } else if (event.key === 'Tab') {
          finish(true)
        }
        event.stopPropagation()
      }}
      onBlur={() => finish(true)}
    >
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  )
}

function DeadlineCell({ step, today, label, onDone }: CellEditorProps) {
  const [text, setText] = useState(step.deadline ?? '')
  const [error, setError] = useState<string | null>(null)
  const commit = (): boolean => {
    const typed = text.trim()
    if (typed === (step.deadline ?? '')) {
      onDone(null)
      return true
    }
    if (typed === '') {
      onDone({ deadline: null })
      return true
    }
    const result = parseDeadlineInput(typed, today)
    if (!result.ok) {
      setError(result.message)
      return false
    }
    onDone({ deadline: result.date })
    return true
  }
  return (
    <span className="cell-editor__wrap">
      <input
        className="cell-editor"
        aria-label={label}
        aria-invalid={error !== null}
        autoFocus
        value={text}
        placeholder="e.g. in 2 weeks"
        onChange={(event) => {
          setText(event.target.value)
          setError(null)
        }}
        onKeyDown={(event) => {
          event.stopPropagation()
          if (event.key === 'Enter') {
            event.preventDefault()
            commit()
          } else if (event.key === 'Escape') {
            event.preventDefault()
            onDone(null)
          }
        }}
        onBlur={() => {
          if (!commit()) onDone(null)
        }}
      />
      {error && (
        <span className="cell-editor__error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}

function selected(column: Column, step: Step, departmentId: string | null): string {
  switch (column) {
    case 'decision':
      return step.decision
    case 'status':
      return step.status
    case 'owner':
      return step.owner?.id ?? ''
    case 'department':
      return departmentId ?? ''
    default:
      return ''
  }
}

function optionsFor(
  column: Column,
  people: readonly Person[],
  departments: readonly Department[],
): [string, string][] {
  switch (column) {
    case 'decision':
      return DECISIONS.map((d) => [d, DECISION_LABELS[d]])
    case 'status':
      return STATUSES.map((s) => [s, STATUS_LABELS[s]])
    case 'owner':
      return [
        ['', 'No owner'],
        ...[...people]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((p): [string, string] => [p.id, p.name]),
      ]
    case 'department':
      return [['', 'No department'], ...departments.map((d): [string, string] => [d.id, d.name])]
    default:
      return []
  }
}

function patchFor(column: Column, value: string): Partial<StepWork> {
  switch (column) {
    case 'decision':
      return { decision: value as StepWork['decision'] }
    case 'status':
      return { status: value as StepWork['status'] }
    case 'owner':
      return { ownerId: value === '' ? null : value }
    case 'department':
      return { departmentId: value === '' ? null : value }
    default:
      return {}
  }
}
