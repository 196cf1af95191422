// How long each export takes for a 1,000-step Customer journey map (target: 200 ms each for the
// text formats and the report's HTML; printing the PDF is measured separately, see docs/cli.md).
import { bench, describe } from 'vitest'
import {
  actionPlanCsv,
  deadlinesIcs,
  jsonCanvas,
  journeyJson,
  journeyMarkdown,
  REPORT_SECTIONS,
  reportHtml,
} from '../src/shared/export'
import { largeMap } from '../tests/unit/helpers/boards'

const map = largeMap(1_000)
const now = new Date('2026-03-02T16:30:00Z')

describe('exports of a 1,000-step map', () => {
  bench('CSV action plan', () => {
    actionPlanCsv(map)
  })
  bench('Markdown', () => {
    journeyMarkdown(map)
  })
  bench('JSON journey', () => {
    journeyJson(map)
  })
  bench('ICS deadlines and reviews', () => {
    deadlinesIcs(map, { now })
  })
  bench('JSON Canvas', () => {
    jsonCanvas(map)
  })
  bench('report HTML, every section, A4 landscape', () => {
    reportHtml(map, {
      sections: [...REPORT_SECTIONS],
      pageSize: 'A4',
      landscape: true,
      today: '2026-03-02',
    })
  })
})
