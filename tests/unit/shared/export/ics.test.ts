import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { deadlinesIcs, foldLine, icsText, reviewSchedule } from '../../../../src/shared/export'
import { deriveJourney } from '../../../../src/shared/journey'
import { largeMap } from '../../helpers/boards'
import {
  emptyJourneyMap,
  goPackMap,
  hostileMap,
  LONG,
  NOW,
  noStagesMap,
  ownerWithoutDeadlineMap,
  TODAY,
} from './maps'

/** Reads the calendar with ical.js, as a calendar app would. */
function events(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
}

const deadlines = (list: ICAL.Event[]) => list.filter((e) => e.uid.startsWith('deadline.'))

describe('deadlines and reviews as iCalendar', () => {
  test('one all-day event per deadline, naming the owner and the step', () => {
    const map = goPackMap()
    const list = deadlines(events(deadlinesIcs(map, { now: NOW })))
    const dated = deriveJourney(map).stages.flatMap((s) => s.steps.filter((step) => step.deadline))
    expect(list).toHaveLength(dated.length)
    const prices = list.find((e) => e.summary.includes('Show starting prices'))
    expect(prices?.summary).toBe('Deadline (Lee Chen): Show starting prices on the pricing page')
    expect(prices?.startDate.isDate).toBe(true)
    expect(prices?.startDate.toString()).toBe('2026-12-15')
    expect(prices?.endDate.toString()).toBe('2026-12-16')
    expect(prices?.description).toContain('Stage: Awareness')
    expect(prices?.description).toContain('Department: Marketing')
  })

  test('a deadline on the last day a file can hold is still a one-day event a calendar reads', () => {
    const map = goPackMap()
    const dated = map.board.notes.findIndex((n) => n.step.deadline !== null)
    const notes = map.board.notes.map((n, i) =>
      i === dated ? { ...n, step: { ...n.step, deadline: '9999-12-31' } } : n,
    )
    const text = deadlinesIcs({ ...map, board: { ...map.board, notes } }, { now: NOW })
    // Never the six-digit year the day after becomes ("+010000").
    for (const line of text.split('\r\n').filter((l) => l.startsWith('DTEND')))
      expect(line).toMatch(/^DTEND;VALUE=DATE:\d{8}$/)
    const last = deadlines(events(text)).find((e) => e.startDate.toString() === '9999-12-31')
    expect(last?.duration.toString()).toBe('P1D')
  })

  test('a weekly review per department at its interval, and a quarterly leadership review', () => {
    const map = goPackMap()
    const departments = map.departments.map((d, i) => ({ ...d, reviewIntervalWeeks: i + 1 }))
    const list = events(deadlinesIcs({ ...map, departments }, { now: NOW }))
    const reviews = list.filter((e) => e.uid.startsWith('review.'))
    expect(reviews).toHaveLength(departments.length)
    const schedule = reviewSchedule({ departments }, TODAY)
    for (const [i, department] of departments.entries()) {
      const review = reviews.find((e) => e.uid.startsWith(`review.${department.id}.`))
      expect(review?.summary).toBe(`${department.name} review: B2B onboarding workshop`)
      const rule = review?.component.getFirstPropertyValue('rrule') as ICAL.Recur
      expect(rule.freq).toBe('WEEKLY')
      expect(rule.interval).toBe(department.reviewIntervalWeeks)
      const next = review?.iterator()
      const dates = [next?.next(), next?.next(), next?.next()].map((d) => d?.toString())
      expect(dates).toEqual(schedule.departments[i]?.dates.slice(0, 3))
    }
    const leadership = list.find((e) => e.uid.startsWith('leadership-review.'))
    const rule = leadership?.component.getFirstPropertyValue('rrule') as ICAL.Recur
    expect([rule.freq, rule.interval]).toEqual(['MONTHLY', 3])
    expect(leadership?.startDate.toString()).toBe('2026-06-02')
  })

  test('a department without an interval gets no review series', () => {
    const map = goPackMap()
    const departments = map.departments.map((d, i) =>
      i === 0 ? { ...d, reviewIntervalWeeks: null } : d,
    )
    const reviews = events(deadlinesIcs({ ...map, departments }, { now: NOW })).filter((e) =>
      e.uid.startsWith('review.'),
    )
    expect(reviews).toHaveLength(departments.length - 1)
  })

  test('UIDs come from ids and stay the same; DTSTAMP is the export time', () => {
    const map = goPackMap()
    const first = events(deadlinesIcs(map, { now: NOW }))
    const again = events(deadlinesIcs(map, { now: new Date('2026-04-01T08:00:00Z') }))
    expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid))
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length)
    expect(first[0]?.uid).toBe(`deadline.note_7.${map.id}@journeyboard`)
    const stamps = first.map((e) => e.component.getFirstPropertyValue('dtstamp')?.toString())
    expect(new Set(stamps)).toEqual(new Set(['2026-03-02T16:30:00Z']))
  })

  test('lines end in CRLF and are folded at 75 octets, never inside a character', () => {
    const text = deadlinesIcs(hostileMap(), { now: NOW })
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const lines = text.split('\r\n')
    expect(lines.every((l) => !/[\r\n]/.test(l))).toBe(true)
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75)
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}🚀${'漢'.repeat(40)}`)
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
      expect(line).not.toContain('\uFFFD')
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}🚀${'漢'.repeat(40)}`)
  })

  test('commas, semicolons, backslashes, quotes, newlines and tags survive the round trip', () => {
    const list = events(deadlinesIcs(hostileMap(), { now: NOW }))
    const quotes = list.find((e) => e.uid.startsWith('deadline.note_quotes.'))
    expect(quotes?.summary).toBe(
      `Deadline (Sam Okafor): "Quoted", 'single' & ampersand; semi;colon\\back`,
    )
    const lines = list.find((e) => e.uid.startsWith('deadline.note_lines.'))
    expect(lines?.description).toContain('Step: First line\nSecond line\nThird, with "quotes"')
    const script = list.find((e) => e.uid.startsWith('deadline.note_script.'))
    expect(script?.summary).toBe(
      'Deadline (Lee "The Closer" <Chen>): <script>alert("pwned")</script>',
    )
    const long = list.find((e) => e.uid.startsWith('deadline.note_long.'))
    expect(long?.description).toContain(`Step: ${LONG}`)
    expect(Array.from(long?.summary ?? '').length).toBeLessThan(200)
    const department = list.find((e) => e.uid.startsWith('review.department_0.'))
    expect(department?.summary).toContain('Marketing; Sales, \\ & <Growth> review')
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  test('an owner without a deadline has no event; a map with no stages still lists its deadlines', () => {
    const undated = events(deadlinesIcs(ownerWithoutDeadlineMap(), { now: NOW }))
    expect(undated.some((e) => e.summary.includes('Write the onboarding FAQ'))).toBe(false)
    const free = deadlines(events(deadlinesIcs(noStagesMap(), { now: NOW })))
    expect(free.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Deadline (Lee Chen): Fix the pricing page', '2026-04-01'],
    ])
    const empty = events(deadlinesIcs(emptyJourneyMap(), { now: NOW }))
    expect(empty.map((e) => e.uid.split('.')[0])).toEqual(['leadership-review'])
  })

  test('5,000 steps: every dated step is an event', () => {
    const map = largeMap(5_000)
    const dated = map.board.notes.filter((n) => n.step.deadline !== null).length
    expect(deadlines(events(deadlinesIcs(map, { now: NOW })))).toHaveLength(dated)
  })
})
