// The action plan's rows: every step with its stage, filtered and sorted as the facilitator asks.
// Pure, so a 10,000-step plan is sorted once per change and only its visible rows are drawn.
import type { Decision, Status } from '../../../shared/document'
import { isOverdue, type Step } from '../../../shared/journey'
import { DECISION_LABELS, KIND_LABELS, STATUS_LABELS } from './labels'
import type { StepIndex } from './stepIndex'

export const COLUMNS = [
  'stage',
  'step',
  'kind',
  'decision',
  'owner',
  'department',
  'deadline',
  'status',
] as const
export type Column = (typeof COLUMNS)[number]

export const COLUMN_LABELS = {
  stage: 'Stage',
  step: 'Step',
  kind: 'Kind',
  decision: 'Decision',
  owner: 'Owner',
  department: 'Department',
  deadline: 'Deadline',
  status: 'Status',
} as const satisfies Record<Column, string>

/** The columns a cell editor can change. */
export const EDITABLE: ReadonlySet<Column> = new Set([
  'decision',
  'owner',
  'department',
  'deadline',
  'status',
])

export interface Sort {
  readonly column: Column
  readonly direction: 'ascending' | 'descending'
}

/** '' means any; NONE means "none set" for owner and department; UNSORTED for the stage. */
export interface Filters {
  readonly stage: string
  readonly owner: string
  readonly department: string
  readonly decision: '' | Decision
  readonly status: '' | Status
  readonly overdueOnly: boolean
}

export const NONE = '__none__'
export const UNSORTED = '__unsorted__'

export const NO_FILTERS: Filters = {
  stage: '',
  owner: '',
  department: '',
  decision: '',
  status: '',
  overdueOnly: false,
}

/** The text a cell shows, which is also what it sorts by (deadline and stage sort by order). */
export function cellText(step: Step, column: Column, index: StepIndex): string {
  switch (column) {
    case 'stage':
      return step.stageId === null ? 'Unsorted' : (index.stageNames.get(step.stageId) ?? '')
    case 'step':
      return step.text
    case 'kind':
      return KIND_LABELS[step.kind]
    case 'decision':
      return DECISION_LABELS[step.decision]
    case 'owner':
      return step.owner?.name ?? ''
    case 'department':
      return step.department?.name ?? ''
    case 'deadline':
      return step.deadline ?? ''
    case 'status':
      return STATUS_LABELS[step.status]
  }
}

/**
 * The rows to show: the steps that pass every filter, in board order or sorted by a column.
 * Empty values sort last in either direction; ties keep board order.
 */
export function planRows(
  index: StepIndex,
  filters: Filters,
  sort: Sort | null,
  today: string,
): readonly Step[] {
  const rows = index.all.filter(
    (step) =>
      (filters.stage === '' ||
        (filters.stage === UNSORTED ? step.stageId === null : step.stageId === filters.stage)) &&
      (filters.owner === '' ||
        (filters.owner === NONE ? step.owner === null : step.owner?.id === filters.owner)) &&
      (filters.department === '' ||
        (filters.department === NONE
          ? step.department === null
          : step.department?.id === filters.department)) &&
      (filters.decision === '' || step.decision === filters.decision) &&
      (filters.status === '' || step.status === filters.status) &&
      (!filters.overdueOnly || isOverdue(step, today)),
  )
  if (!sort) return rows
  const sign = sort.direction === 'ascending' ? 1 : -1
  const order = new Map(index.all.map((step, i) => [step, i]))
  const key =
    sort.column === 'stage'
      ? (step: Step) =>
          step.stageId === null
            ? ''
            : String(index.stageOrder.get(step.stageId) ?? 0).padStart(6, '0')
      : sort.column === 'decision'
        ? (step: Step) => String(['automate', 'human', 'undecided'].indexOf(step.decision))
        : sort.column === 'status'
          ? (step: Step) =>
              String(['not-started', 'in-progress', 'done', 'cancelled'].indexOf(step.status))
          : (step: Step) => cellText(step, sort.column, index).toLocaleLowerCase()
  const keys = new Map(rows.map((step) => [step, key(step)]))
  return [...rows].sort((a, b) => {
    const ka = keys.get(a) ?? ''
    const kb = keys.get(b) ?? ''
    if (ka === '' || kb === '') {
      if (ka !== kb) return ka === '' ? 1 : -1
    } else if (ka !== kb) {
      return sign * (ka < kb ? -1 : 1)
    }
    return (order.get(a) ?? 0) - (order.get(b) ?? 0)
  })
}
