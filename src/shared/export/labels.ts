// The words every export uses for the document's enumerations, so the PDF, the Markdown and the
// CLI summary say "Team member" for the same decision, as the app does.
import type { Decision, NoteKind, SourceKind, Status } from '../document/types'

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

/** A name to print for a stage, a person or a department whose name was left empty. */
export function nameOr(name: string, fallback: string): string {
  return name.trim() === '' ? fallback : name
}
