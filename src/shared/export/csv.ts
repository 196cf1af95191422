// The action plan as CSV for spreadsheets: RFC 4180 with CRLF line ends, UTF-8 with a byte order
// mark so Excel reads the accents right, and formula injection neutralised.
import type { JourneyDocument } from '../document/types'
import { deriveJourney } from '../journey'
import { actionPlan } from './actionPlan'

export const CSV_COLUMNS = [
  'stage',
  'step',
  'kind',
  'decision',
  'owner',
  'department',
  'deadline',
  'status',
  'metric',
] as const

/**
 * The action plan as CSV: a header row of `CSV_COLUMNS`, then one row per action step, stage by
 * stage (unsorted steps last, with an empty stage). Fields holding a comma, a quote or a line
 * break are quoted, quotes doubled. A cell a spreadsheet would read as a formula (one beginning
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe.
 *
 * @example
 *   actionPlanCsv(map) // '\uFEFFstage,step,kind,…\r\nAwareness,Show starting prices…\r\n'
 */
export function actionPlanCsv(
  doc: Pick<JourneyDocument, 'board' | 'people' | 'departments' | 'metrics'>,
): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const group of actionPlan(deriveJourney(doc))) {
    for (const step of group.steps) {
      lines.push(
        [
          group.stage?.name ?? '',
          step.text,
          step.kind,
          step.decision,
          step.owner?.name ?? '',
          step.department?.name ?? '',
          step.deadline ?? '',
          step.status,
          step.metric,
        ]
          .map(csvCell)
          .join(','),
      )
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** One CSV field: neutralised against formulas, then quoted when RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
