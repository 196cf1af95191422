// Calendar dates as the document stores them, YYYY-MM-DD, with the arithmetic deadlines need.
// Computed in UTC so the answer never depends on the machine's time zone.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** The name of a month, 1 = January. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`
}

/** Days in a month of a year (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * True for a real calendar date written YYYY-MM-DD.
 *
 * @example
 *   isIsoDate('2026-03-31') // true
 *   isIsoDate('2026-02-30') // false
 */
export function isIsoDate(text: string): boolean {
  const match = ISO.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Writes a date as YYYY-MM-DD. */
export function toIsoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day))
  date.setUTCFullYear(year, month - 1, day)
  return date.toISOString().slice(0, 10)
}

/** The parts of an ISO date; throws RangeError when it is not a real date. */
export function isoParts(iso: string): { year: number; month: number; day: number } {
  if (!isIsoDate(iso)) throw new RangeError(`Expected a date like 2026-03-31, got "${iso}"`)
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

/** The date `days` days after `iso` (before, when negative). */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = isoParts(iso)
  return toIsoDate(year, month, day + days)
}

/** The date `months` months after `iso`, on the same day or the month's last day if shorter. */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = isoParts(iso)
  const index = year * 12 + (month - 1) + months
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1]
  return toIsoDate(y, m, Math.min(day, daysInMonth(y, m)))
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const { year, month, day } = isoParts(iso)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}
