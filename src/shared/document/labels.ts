// The words for the document's enumerations, the same in every screen, export and the command
// line: one table each, so a decision reads "Team member" everywhere.
import type { Decision, NoteKind, SourceKind, Status } from './types'

export const DECISION_LABELS = {
  automate: 'Automate',
  human: 'Team member',
  undecided: 'Undecided',
} as const satisfies Record<Decision, string>

export const STATUS_LABELS = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
} as const satisfies Record<Status, string>

export const KIND_LABELS = {
  'customer-action': 'Customer action',
  touchpoint: 'Touchpoint',
  'pain-point': 'Pain point',
  idea: 'Idea',
  task: 'Task',
  evidence: 'Evidence',
  metric: 'Metric',
  other: 'Other',
} as const satisfies Record<NoteKind, string>

export const SOURCE_LABELS = {
  workshop: 'Workshop',
  data: 'Data',
  'staff-interview': 'Staff interview',
  'customer-interview': 'Customer interview',
} as const satisfies Record<SourceKind, string>
