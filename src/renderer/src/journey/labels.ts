// The words the journey views use for decisions, statuses and kinds: one table, read everywhere.
export { DECISION_LABELS, KIND_LABELS, STATUS_LABELS } from '../../../shared/document/labels'

/** "12 Mar 2026" for an ISO date; the text itself when it is not one. */
export function formatDeadline(iso: string | null): string {
  if (iso === null) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ]
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? ''} ${match[1]}`
}

/** "1 step", "3 steps". */
export function countSteps(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'step' : 'steps'}`
}
