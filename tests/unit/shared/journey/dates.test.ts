import { describe, expect, it } from 'vitest'
import { parseDeadlineInput } from '../../../../src/shared/journey'

// Monday 2 March 2026, the day of the workshop.
const TODAY = '2026-03-02'
const date = (text: string, today = TODAY) => {
  const result = parseDeadlineInput(text, today)
  return result.ok ? result.date : result.message
}

describe('typing a deadline', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-3-9', '2026-03-09'],
    ['31/03/2026', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['1.4.2026', '2026-04-01'],
    ['31/03/26', '2026-03-31'],
    ['March 31 2026', '2026-03-31'],
    ['March 31, 2026', '2026-03-31'],
    ['31 Mar 2026', '2026-03-31'],
    ['31st March 2026', '2026-03-31'],
    ['Sept 4 2026', '2026-09-04'],
    ['  15   december  2026 ', '2026-12-15'],
  ])('reads the date %s', (input, expected) => {
    expect(date(input)).toBe(expected)
  })

  it('reads days relative to today', () => {
    expect(date('today')).toBe('2026-03-02')
    expect(date('Tomorrow')).toBe('2026-03-03')
    expect(date('yesterday')).toBe('2026-03-01')
    expect(date('in 3 days')).toBe('2026-03-05')
    expect(date('in 2 weeks')).toBe('2026-03-16')
    expect(date('in a week')).toBe('2026-03-09')
    expect(date('in one month', '2026-01-31')).toBe('2026-02-28')
    expect(date('next week')).toBe('2026-03-09')
    expect(date('in 1 day', '2026-12-31')).toBe('2027-01-01')
  })

  it('reads weekdays: "friday" is the coming one, "next monday" is after today', () => {
    expect(date('next monday')).toBe('2026-03-09')
    expect(date('next Tuesday')).toBe('2026-03-03')
    expect(date('friday')).toBe('2026-03-06')
    expect(date('monday')).toBe('2026-03-02')
    expect(date('on Fri')).toBe('2026-03-06')
  })

  it('a date without a year is the next such day', () => {
    expect(date('31 March')).toBe('2026-03-31')
    expect(date('Jan 15')).toBe('2027-01-15')
    expect(date('15/01')).toBe('2027-01-15')
  })

  it('rejects nonsense with a message that shows how to write a date', () => {
    expect(parseDeadlineInput('next Tuesdayy', TODAY)).toEqual({
      ok: false,
      message: '“next Tuesdayy” is not a date. Try 2026-03-31 or “in 2 weeks”.',
    })
    for (const text of [
      'soon',
      'asap',
      'in 2 fortnights',
      'Q3',
      '2026',
      '31 Marchh 2026',
      'constructor',
      'in constructor days',
    ]) {
      expect(parseDeadlineInput(text, TODAY).ok, text).toBe(false)
    }
  })

  it('rejects dates that do not exist and says why', () => {
    expect(parseDeadlineInput('2026-02-30', TODAY)).toEqual({
      ok: false,
      message: '“2026-02-30” is not a real date: February 2026 has 28 days.',
    })
    expect(date('29/02/2028')).toBe('2028-02-29')
    expect(date('31/04/2026')).toBe('“31/04/2026” is not a real date: April 2026 has 30 days.')
    expect(date('12/13/2026')).toMatch(/^“12\/13\/2026” has no month 13\./)
    expect(date('0.3.2026')).toMatch(/not a real date/)
  })

  it('asks for a deadline when the text is empty', () => {
    expect(parseDeadlineInput('   ', TODAY)).toEqual({
      ok: false,
      message: 'Type a deadline. Try 2026-03-31 or “in 2 weeks”.',
    })
  })

  it('refuses a deadline too far away to write down', () => {
    expect(parseDeadlineInput('in 9000 years', TODAY).ok).toBe(false)
  })

  it('refuses a deadline more than 50 years from today, naming the slip', () => {
    expect(parseDeadlineInput('9999-12-31', TODAY)).toEqual({
      ok: false,
      message:
        '“9999-12-31” is more than 50 years from today: is it a typo? Try 2026-03-31 or “in 2 weeks”.',
    })
    expect(parseDeadlineInput('0001-01-01', TODAY)).toMatchObject({
      ok: false,
      message: expect.stringContaining('more than 50 years ago'),
    })
    expect(parseDeadlineInput('in 50 years', TODAY).ok).toBe(true)
    expect(parseDeadlineInput('in 51 years', TODAY).ok).toBe(false)
  })

  it('refuses a today that is not a date', () => {
    expect(() => parseDeadlineInput('tomorrow', 'yesterday')).toThrow(RangeError)
  })
})
