// Deadlines and reviews as an iCalendar file (RFC 5545) that any calendar imports: one all-day
// event per step deadline, a recurring review per department, a quarterly leadership review.
import type { JourneyDocument } from '../document/types'
import { addDays, deriveJourney, isIsoDate, type Step } from '../journey'
import { DECISION_LABELS, STATUS_LABELS, nameOr } from './labels'
import { isoDay, reviewSchedule } from './reviews'

export interface IcsOptions {
  /** The moment of the export: every DTSTAMP, and the day the review series count from. */
  readonly now: Date
  /** Months between leadership reviews; 3 (quarterly) by default. */
  readonly leadershipReviewMonths?: number
}

/**
 * The calendar of a map. Events are all-day (`DTSTART;VALUE=DATE`), so a deadline is the same
 * day in every time zone. UIDs are made from the map's and the notes' or departments' ids, so
 * importing a newer export updates the events instead of duplicating them. Steps with a deadline
 * that is not a real date are left out; cancelled steps are marked `STATUS:CANCELLED`.
 *
 * Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character); commas,
 * semicolons, backslashes and line breaks in text are escaped.
 *
 * @example
 *   deadlinesIcs(map, { now: new Date() }) // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…'
 */
export function deadlinesIcs(
  doc: Pick<JourneyDocument, 'id' | 'title' | 'board' | 'people' | 'departments' | 'metrics'>,
  options: IcsOptions,
): string {
  const stamp = icsTimestamp(options.now)
  const today = isoDay(options.now)
  const title = nameOr(doc.title, 'Untitled map')
  const uid = (what: string) => `${what}.${doc.id}@journeyboard`
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Journeyboard//Journeyboard//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(title)}`,
  ]
  const event = (props: readonly string[]) => lines.push('BEGIN:VEVENT', ...props, 'END:VEVENT')

  const journey = deriveJourney(doc)
  const dated: { step: Step; stage: string }[] = []
  for (const stage of journey.stages) {
    for (const step of stage.steps)
      dated.push({ step, stage: nameOr(stage.stage.name, 'Untitled stage') })
  }
  for (const step of journey.unsorted) dated.push({ step, stage: 'Unsorted' })
  for (const { step, stage } of dated) {
    if (step.deadline === null || !isIsoDate(step.deadline)) continue
    const owner =
      step.owner === null ? 'no owner yet' : nameOr(step.owner.name, 'an unnamed person')
    const what = oneLine(step.text) || 'an empty note'
    event([
      `UID:${uid(`deadline.${step.noteId}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(step.deadline)}`,
      dayEnd(step.deadline),
      `SUMMARY:${icsText(`Deadline (${owner}): ${what}`)}`,
      `DESCRIPTION:${icsText(
        [
          `Step: ${step.text}`,
          `Owner: ${owner}`,
          `Stage: ${stage}`,
          `Department: ${step.department?.name ?? 'none'}`,
          `Decision: ${DECISION_LABELS[step.decision]}`,
          `Status: ${STATUS_LABELS[step.status]}`,
          `Map: ${title}`,
        ].join('\n'),
      )}`,
      `CATEGORIES:${icsText('Journeyboard deadline')}`,
      ...(step.status === 'cancelled' ? ['STATUS:CANCELLED'] : []),
      'TRANSP:TRANSPARENT',
    ])
  }

  const schedule = reviewSchedule(doc, today, {
    leadershipReviewMonths: options.leadershipReviewMonths,
    count: 1,
  })
  for (const review of schedule.departments) {
    const first = review.dates[0]
    if (review.intervalWeeks === null || first === undefined) continue
    const name = nameOr(review.department.name, 'Unnamed department')
    event([
      `UID:${uid(`review.${review.department.id}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(first)}`,
      dayEnd(first),
      `RRULE:FREQ=WEEKLY;INTERVAL=${review.intervalWeeks}`,
      `SUMMARY:${icsText(`${name} review: ${title}`)}`,
      `DESCRIPTION:${icsText(
        `${name} reviews its part of the customer journey "${title}" every ${plural(review.intervalWeeks, 'week')}: progress of its steps, deadlines and metrics against the baseline.`,
      )}`,
      `CATEGORIES:${icsText('Journeyboard review')}`,
      'TRANSP:TRANSPARENT',
    ])
  }
  const { leadership } = schedule
  const first = leadership.dates[0]
  if (first !== undefined) {
    event([
      `UID:${uid('leadership-review')}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(first)}`,
      dayEnd(first),
      `RRULE:FREQ=MONTHLY;INTERVAL=${leadership.intervalMonths}`,
      `SUMMARY:${icsText(`Leadership review: ${title}`)}`,
      `DESCRIPTION:${icsText(
        `Leadership reviews the whole customer journey "${title}" every ${plural(leadership.intervalMonths, 'month')}: what changed since the baseline, focus areas, overdue steps.`,
      )}`,
      `CATEGORIES:${icsText('Journeyboard review')}`,
      'TRANSP:TRANSPARENT',
    ])
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

/** A TEXT value: backslash, semicolon, comma and every line break escaped (RFC 5545 3.3.11). */
export function icsText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/(?!\t)\p{Cc}/gu, '')
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8 (RFC 5545 3.1): the
 * break goes before a whole character, and each continuation starts with one space.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number)
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74 // the leading space of a continuation line counts
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

function icsDate(iso: string): string {
  return iso.replace(/-/g, '')
}

function icsTimestamp(now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`
}

function oneLine(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  return chars.length > 120 ? `${chars.slice(0, 119).join('')}…` : chars.join('')
}

function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${n} ${noun}s`
}

/**
 * The end of a one-day event on `iso`: the next day, or a duration of one day where the next day
 * has no four-digit year (9999-12-31, a date a file can hold), which no calendar could read.
 */
function dayEnd(iso: string): string {
  const next = addDays(iso, 1)
  return isIsoDate(next) ? `DTEND;VALUE=DATE:${icsDate(next)}` : 'DURATION:P1D'
}
