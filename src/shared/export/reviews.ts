// The review cadence after the workshop: each department reviews its part every few weeks, the
// leadership reviews the whole map every quarter. The report and the calendar share these dates.
import type { Department, JourneyDocument } from '../document/types'
import { addDays, addMonths } from '../journey'

export const DEFAULT_LEADERSHIP_REVIEW_MONTHS = 3

export interface DepartmentReviews {
  readonly department: Department
  /** The department's interval, or null while it has none (then `dates` is empty). */
  readonly intervalWeeks: number | null
  /** The next reviews, the first one interval after `today`. */
  readonly dates: readonly string[]
}

export interface ReviewSchedule {
  readonly departments: readonly DepartmentReviews[]
  readonly leadership: { readonly intervalMonths: number; readonly dates: readonly string[] }
}

/**
 * The next `count` review dates per department and for the leadership review, counted from
 * `today` (YYYY-MM-DD): a department with a four-week interval first reviews four weeks after
 * the workshop. Throws RangeError when `today` is not a date.
 *
 * @example
 *   reviewSchedule(map, '2026-03-02').leadership.dates[0] // '2026-06-02'
 */
export function reviewSchedule(
  doc: Pick<JourneyDocument, 'departments'>,
  today: string,
  options: { leadershipReviewMonths?: number; count?: number } = {},
): ReviewSchedule {
  const count = options.count ?? 4
  const months = options.leadershipReviewMonths ?? DEFAULT_LEADERSHIP_REVIEW_MONTHS
  const series = (next: (n: number) => string) =>
    Array.from({ length: count }, (_, i) => next(i + 1))
  addDays(today, 0)
  return {
    departments: doc.departments.map((department) => {
      const weeks = department.reviewIntervalWeeks
      return {
        department,
        intervalWeeks: weeks,
        dates: weeks === null ? [] : series((n) => addDays(today, n * weeks * 7)),
      }
    }),
    leadership: { intervalMonths: months, dates: series((n) => addMonths(today, n * months)) },
  }
}

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}
