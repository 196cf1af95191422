// Reads the deadline a facilitator types ("31/03/2026", "in 2 weeks", "next monday") as the ISO
// date the document stores, or says plainly why it is not a date.
import {
  addDays,
  addMonths,
  daysInMonth,
  isIsoDate,
  isoParts,
  monthName,
  toIsoDate,
  weekday,
} from './isoDate'

export type DeadlineInput =
  { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string }

const EXAMPLES = 'Try 2026-03-31 or “in 2 weeks”.'

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}
const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
}
const NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
}

const IN_N = /^in (\d{1,4}|[a-z]+) (day|week|month|year)s?$/
const NEXT = /^(next|this|on) ([a-z]+)$/
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,?(?: (\d{4}))?$/
const MONTH_DAY = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?$/

/**
 * Reads a typed deadline relative to `today` (YYYY-MM-DD). Accepts ISO dates (2026-03-31),
 * day-first numeric dates (31/03/2026, 31.03.2026, 31-03-26), month names in either order
 * (March 31 2026, 31 Mar 2026; without a year, the next such day from today), "today",
 * "tomorrow", "yesterday" (a step already late when its deadline is written down), "in 3 days",
 * "in 2 weeks", "in a month", "next week", weekday names ("friday" is the coming Friday, today
 * included; "next monday" the first Monday after today). Anything else, an empty text,
 * impossible dates such as 2026-02-30 and dates more than DEADLINE_YEARS from today
 * (9999-12-31) give `ok: false` with a message for the user. Clearing a deadline is the
 * caller's choice, not an input here. Throws RangeError only when `today` itself is not a date.
 *
 * @example
 *   parseDeadlineInput('31/03/2026', '2026-03-02') // { ok: true, date: '2026-03-31' }
 *   parseDeadlineInput('in 2 weeks', '2026-03-02') // { ok: true, date: '2026-03-16' }
 *   parseDeadlineInput('next Tuesdayy', '2026-03-02').ok // false
 */
export function parseDeadlineInput(text: string, today: string): DeadlineInput {
  const read = readDeadline(text, today)
  if (!read.ok || deadlineInRange(read.date, today)) return read
  const raw = text.trim().replace(/\s+/g, ' ')
  const when = read.date > today ? 'from today' : 'ago'
  return fail(`“${raw}” is more than ${DEADLINE_YEARS} years ${when}: is it a typo? ${EXAMPLES}`)
}

/** Whether a deadline (YYYY-MM-DD) is within DEADLINE_YEARS of `today`, either way. */
export function deadlineInRange(date: string, today: string): boolean {
  const [first, last] = deadlineRange(today)
  return date >= first && date <= last
}

/** The first and last deadline a facilitator can set on `today`. */
export function deadlineRange(today: string): readonly [string, string] {
  return [addMonths(today, -12 * DEADLINE_YEARS), addMonths(today, 12 * DEADLINE_YEARS)]
}

/** How far from today, in years, a typed deadline may be: further is a slip of the keyboard. */
export const DEADLINE_YEARS = 50

function readDeadline(text: string, today: string): DeadlineInput {
  isoParts(today)
  const raw = text.trim().replace(/\s+/g, ' ')
  const input = raw.toLowerCase()
  if (input === '') return fail(`Type a deadline. ${EXAMPLES}`)
  if (input === 'today') return done(today)
  if (input === 'tomorrow') return done(addDays(today, 1))
  if (input === 'yesterday') return done(addDays(today, -1))
  if (input === 'next week') return done(addDays(today, 7))
  if (input === 'next month') return done(addMonths(today, 1))

  const relative = IN_N.exec(input)
  if (relative) {
    const count = /^\d+$/.test(relative[1] ?? '') ? Number(relative[1]) : own(NUMBERS, relative[1])
    if (count !== undefined) {
      switch (relative[2]) {
        case 'day':
          return done(addDays(today, count))
        case 'week':
          return done(addDays(today, count * 7))
        case 'month':
          return done(addMonths(today, count))
        case 'year':
          return done(addMonths(today, count * 12))
      }
    }
  }

  const named =
    NEXT.exec(input) ?? (/^[a-z]+$/.test(input) ? ([input, 'on', input] as const) : null)
  const dayOfWeek = named ? weekdayNumber(named[2] ?? '') : undefined
  if (named && dayOfWeek !== undefined) {
    const ahead = (dayOfWeek - weekday(today) + 7) % 7
    return done(addDays(today, named[1] === 'next' && ahead === 0 ? 7 : ahead))
  }

  const yearFirst = YEAR_FIRST.exec(input)
  if (yearFirst) return calendar(raw, today, yearFirst[1], yearFirst[2], yearFirst[3])
  const dayFirst = DAY_FIRST.exec(input)
  if (dayFirst) return calendar(raw, today, dayFirst[3], dayFirst[2], dayFirst[1])
  const dayMonth = DAY_MONTH.exec(input)
  if (dayMonth && monthNumber(dayMonth[2] ?? '') !== undefined) {
    return calendar(raw, today, dayMonth[3], monthNumber(dayMonth[2] ?? ''), dayMonth[1])
  }
  const monthDay = MONTH_DAY.exec(input)
  if (monthDay && monthNumber(monthDay[1] ?? '') !== undefined) {
    return calendar(raw, today, monthDay[3], monthNumber(monthDay[1] ?? ''), monthDay[2])
  }
  return fail(`“${raw}” is not a date. ${EXAMPLES}`)
}

const done = (date: string): DeadlineInput =>
  isIsoDate(date) ? { ok: true, date } : fail(`That is too far away for a deadline. ${EXAMPLES}`)
const fail = (message: string): DeadlineInput => ({ ok: false, message })

/** A date from its parts, checked; without a year, the next such day on or after today. */
function calendar(
  raw: string,
  today: string,
  yearText: string | undefined,
  monthText: string | number | undefined,
  dayText: string | undefined,
): DeadlineInput {
  const month = Number(monthText)
  const day = Number(dayText)
  if (!(month >= 1 && month <= 12)) return fail(`“${raw}” has no month ${month}. ${EXAMPLES}`)
  const now = isoParts(today)
  let year = yearText === undefined ? now.year : Number(yearText)
  if (yearText?.length === 2) year += 2000
  if (yearText === undefined && (month < now.month || (month === now.month && day < now.day))) {
    year += 1
  }
  if (!(day >= 1 && day <= daysInMonth(year, month))) {
    return fail(
      `“${raw}” is not a real date: ${monthName(month)} ${year} has ${daysInMonth(year, month)} days.`,
    )
  }
  return done(toIsoDate(year, month, day))
}

function monthNumber(word: string): number | undefined {
  const month = own(MONTHS, word.slice(0, 4) === 'sept' ? 'sept' : word.slice(0, 3))
  return month !== undefined && monthName(month).toLowerCase().startsWith(word) ? month : undefined
}

function weekdayNumber(word: string): number | undefined {
  const names = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
  const day = own(WEEKDAYS, word) ?? names.indexOf(word)
  return day >= 0 ? day : undefined
}

/** A table entry, never one inherited from Object.prototype ("constructor"). */
function own(table: Readonly<Record<string, number>>, key: string | undefined): number | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined
}
