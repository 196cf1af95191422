// What every section of the report reads: the document, its journey and action plan, derived
// once per report, and small formatting helpers shared by the sections.
import type { JourneyDocument } from '../../document/types'
import type { PdfPageSize } from '../../host/host'
import type { Journey, Step } from '../../journey'
import { isoParts, monthName } from '../../journey/isoDate'
import type { ActionPlanGroup } from '../actionPlan'
import { DECISION_LABELS, STATUS_LABELS, nameOr } from '../labels'
import { escapeHtml, escapeLines } from './escapeHtml'

export type ReportDocument = Pick<
  JourneyDocument,
  'id' | 'title' | 'session' | 'board' | 'people' | 'departments' | 'metrics'
>

export interface ReportContext {
  readonly doc: ReportDocument
  readonly journey: Journey
  readonly plan: readonly ActionPlanGroup[]
  /** Every action step with the name of its stage ('Unsorted' for none). */
  readonly actions: readonly { readonly step: Step; readonly stage: string }[]
  readonly today: string
  readonly pageSize: PdfPageSize
  readonly landscape: boolean
  readonly leadershipReviewMonths: number
}

/** "2 March 2026". */
export function longDate(iso: string): string {
  const { year, month, day } = isoParts(iso)
  return `${day} ${monthName(month)} ${year}`
}

/** A deadline cell: the date, or a visible "No deadline". */
export function deadlineHtml(deadline: string | null): string {
  return deadline === null ? '<span class="empty">No deadline</span>' : escapeHtml(deadline)
}

export function ownerHtml(step: Step): string {
  return step.owner === null
    ? '<span class="empty">No owner</span>'
    : escapeHtml(nameOr(step.owner.name, 'Unnamed person'))
}

export function departmentHtml(step: Step): string {
  return step.department === null
    ? ''
    : escapeHtml(nameOr(step.department.name, 'Unnamed department'))
}

export function stepTextHtml(step: Step): string {
  return step.text.trim() === ''
    ? '<span class="empty">(empty note)</span>'
    : `<span class="text">${escapeLines(step.text)}</span>`
}

export function decisionHtml(step: Step): string {
  return escapeHtml(DECISION_LABELS[step.decision])
}

export function statusHtml(step: Step): string {
  return escapeHtml(STATUS_LABELS[step.status])
}

export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`
}
