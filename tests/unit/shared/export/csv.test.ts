import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { actionPlan, actionPlanCsv, CSV_COLUMNS } from '../../../../src/shared/export'
import { deriveJourney } from '../../../../src/shared/journey'
import { largeMap } from '../../helpers/boards'
import {
  emptyJourneyMap,
  goPackMap,
  hostileMap,
  LONG,
  noStagesMap,
  ownerWithoutDeadlineMap,
} from './maps'

/** Reads the CSV back the way a spreadsheet import would: an independent RFC 4180 parser. */
function readCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, record_delimiter: '\r\n', relax_quotes: false })
}

describe('the action plan as CSV', () => {
  test('a spreadsheet reads one row per action step with the header the docs promise', () => {
    const map = goPackMap()
    const text = actionPlanCsv(map)
    const rows = readCsv(text)
    const steps = actionPlan(deriveJourney(map)).flatMap((g) => g.steps)
    expect(rows).toHaveLength(22)
    expect(rows).toHaveLength(steps.length)
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS])
    expect(rows[0]).toEqual({
      stage: 'Awareness',
      step: 'Show starting prices on the pricing page',
      kind: 'task',
      decision: 'human',
      owner: 'Lee Chen',
      department: 'Marketing',
      deadline: '2026-12-15',
      status: 'not-started',
      metric: '',
    })
    expect(rows.map((r) => r.step)).toEqual(steps.map((s) => s.text))
  })

  test('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const text = actionPlanCsv(goPackMap())
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  test('quotes, commas, line breaks, tags and 10,000 characters come back exactly', () => {
    const rows = readCsv(actionPlanCsv(hostileMap()))
    const byStep = new Map(rows.map((r) => [r.step, r]))
    expect(byStep.get('<script>alert("pwned")</script>')?.stage).toBe(
      '<script>alert("pwned")</script> Awareness',
    )
    expect(byStep.has(`"Quoted", 'single' & ampersand; semi;colon\\back`)).toBe(true)
    expect(byStep.has('First line\nSecond line\r\nThird, with "quotes"')).toBe(true)
    expect(byStep.get(LONG)?.step).toHaveLength(10_000)
    expect(byStep.get('First line\nSecond line\r\nThird, with "quotes"')?.stage).toBe(
      'Evaluation\n"deep"',
    )
  })

  test('cells a spreadsheet would run as a formula get a leading apostrophe', () => {
    const steps = readCsv(actionPlanCsv(hostileMap())).map((r) => r.step)
    expect(steps).toContain(`'=HYPERLINK("http://evil.example","click")`)
    expect(steps).toContain(`'+49 30 1234`)
    expect(steps).toContain(`'-2 days before go-live`)
    expect(steps).toContain(`'@SUM(A1:A9)`)
    expect(steps).toContain(`'\tTabbed start`)
    expect(steps.filter((s) => /^[=+\-@\t\r]/.test(s ?? ''))).toEqual([])
  })

  test('an owner without a deadline gets a row with an empty deadline', () => {
    const row = readCsv(actionPlanCsv(ownerWithoutDeadlineMap())).find(
      (r) => r.step === 'Write the onboarding FAQ',
    )
    expect(row).toMatchObject({ owner: 'Noor Haddad', deadline: '', stage: 'Awareness' })
  })

  test('a map with no stages lists its tasks with an empty stage; a map with no steps only the header', () => {
    expect(readCsv(actionPlanCsv(noStagesMap()))).toEqual([
      expect.objectContaining({ stage: '', step: 'Fix the pricing page', owner: 'Lee Chen' }),
    ])
    const empty = actionPlanCsv(emptyJourneyMap())
    expect(readCsv(empty)).toEqual([])
    expect(empty).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)
  })

  test('5,000 steps make one row per task, in stage order', () => {
    const map = largeMap(5_000)
    const rows = readCsv(actionPlanCsv(map))
    expect(rows).toHaveLength(actionPlan(deriveJourney(map)).flatMap((g) => g.steps).length)
    expect(rows.length).toBeGreaterThan(900)
    const order = map.board.stages.map((s) => s.name)
    const seen = rows.map((r) => order.indexOf(r.stage ?? ''))
    expect(seen.filter((s) => s >= 0)).toEqual(
      [...seen.filter((s) => s >= 0)].sort((a, b) => a - b),
    )
  })
})
