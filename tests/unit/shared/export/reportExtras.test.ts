// The report's picture of the board and its changes since a baseline, and the change tables the
// app's Compare panel shows.
import { describe, expect, test } from 'vitest'
import type { JourneyDocument } from '../../../../src/shared/document'
import {
  changeTables,
  exportFileName,
  journeyData,
  REPORT_SECTION_LABELS,
  REPORT_SECTIONS,
  reportHtml,
  type ReportOptions,
} from '../../../../src/shared/export'
import { compareJourneys } from '../../../../src/shared/journey/compare'
import { workshopMap } from '../../helpers/workshop'
import { hostileMap, IMG, SCRIPT, TODAY } from './maps'

/** A 1×1 transparent PNG. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

const OPTIONS: ReportOptions = {
  sections: [...REPORT_SECTIONS],
  pageSize: 'A4',
  landscape: true,
  today: TODAY,
}

const labels = (html: string) =>
  [...html.matchAll(/<section class="report-part[^"]*" aria-label="([^"]+)"/g)].map((m) => m[1])

/** The workshop a few weeks on: a kick-off call moved to Adoption, one step done, a stage renamed. */
function weeksLater(doc: JourneyDocument): JourneyDocument {
  const onboarding = doc.board.stages.find((s) => s.name === 'Onboarding')
  const adoption = doc.board.stages.find((s) => s.name === 'Adoption')
  if (!onboarding || !adoption) throw new Error('the workshop has Onboarding and Adoption')
  return {
    ...doc,
    board: {
      ...doc.board,
      stages: doc.board.stages.map((s) =>
        s.name === 'Purchase' ? { ...s, name: 'Contract <signed> & paid' } : s,
      ),
      notes: doc.board.notes.map((n) =>
        n.id === 'note_45'
          ? { ...n, x: n.x + adoption.x - onboarding.x }
          : n.id === 'note_46'
            ? { ...n, step: { ...n.step, status: 'done' } }
            : n,
      ),
    },
  }
}

describe('the board picture section', () => {
  test('every section has a label for the Export dialog', () => {
    for (const section of REPORT_SECTIONS) expect(REPORT_SECTION_LABELS[section]).not.toBe('')
    expect(REPORT_SECTIONS.indexOf('board')).toBe(REPORT_SECTIONS.indexOf('journey') + 1)
  })

  test('shows the picture after the journey map, sized to the page, with a text alternative', () => {
    const doc = workshopMap()
    const html = reportHtml(doc, { ...OPTIONS, boardImage: PIXEL })
    const parts = labels(html)
    expect(parts.indexOf('The board')).toBeGreaterThan(parts.indexOf('Journey map, part 1'))
    expect(parts.indexOf('The board')).toBeLessThan(parts.indexOf('Action plan'))
    expect(html).toContain(`<img class="board-picture" src="${PIXEL}"`)
    expect(html).toMatch(/alt="The board: 84 notes in 7 stages and 5 lanes"/)
    // A4 landscape: 210 mm high, less 24 mm of margins and the heading.
    expect(html).toContain('style="max-height:160.0mm"')
    const portrait = reportHtml(doc, { ...OPTIONS, landscape: false, boardImage: PIXEL })
    expect(portrait).toContain('style="max-height:247.0mm"')
  })

  test('is left out without a picture, and never takes anything but image data', () => {
    const doc = workshopMap()
    expect(labels(reportHtml(doc, OPTIONS))).not.toContain('The board')
    for (const bad of [
      'https://example.com/board.png',
      'file:///etc/passwd',
      `data:image/png;base64,AAAA" onerror="alert(1)`,
      'data:text/html;base64,PHNjcmlwdD4=',
    ]) {
      const html = reportHtml(doc, { ...OPTIONS, sections: ['board'], boardImage: bad })
      expect(html).not.toContain('<img')
      expect(html).toContain('The picture of the board could not be included.')
    }
  })
})

describe('the changes section', () => {
  test('lists the move, the rename and the progress since the baseline', () => {
    const doc = workshopMap()
    const baseline = {
      name: 'After the workshop',
      takenAt: '2026-03-02T17:00:00.000Z',
      journey: journeyData(doc),
    }
    const later = weeksLater(doc)
    const html = reportHtml(later, { ...OPTIONS, baseline })
    expect(labels(html).at(-1)).toBe('Changes since the baseline')
    const section = html.slice(html.indexOf('aria-label="Changes since the baseline"'))
    expect(section).toContain('Changes since “After the workshop”')
    expect(section).toContain('taken 2 March 2026')
    expect(section).toContain('Steps moved between stages')
    const kickoff = doc.board.notes.find((n) => n.id === 'note_45')?.text ?? ''
    expect(section).toContain(kickoff)
    expect(section).toMatch(
      /<td><span class="text">Onboarding<\/span><\/td><td><span class="text">Adoption<\/span><\/td>/,
    )
    expect(section).toContain('Purchase → Contract &lt;signed&gt; &amp; paid')
    expect(section).toContain('3 changes since the baseline.')
    expect(section).toMatch(
      /<th scope="row">Done<\/th><td class="num">0<\/td><td class="num">1<\/td>/,
    )
  })

  test('says so when nothing changed, when the baseline is unreadable, and is left out without one', () => {
    const doc = workshopMap()
    const same = reportHtml(doc, {
      ...OPTIONS,
      sections: ['changes'],
      baseline: { name: '', takenAt: 'yesterday', journey: journeyData(doc) },
    })
    expect(same).toContain('Changes since “Untitled baseline”')
    expect(same).toContain('Nothing in the journey changed since the baseline.')
    const broken = reportHtml(doc, {
      ...OPTIONS,
      sections: ['changes'],
      baseline: { name: 'Q1', takenAt: '2026-01-01T00:00:00Z', journey: 'corrupt' },
    })
    expect(broken).toContain('This baseline could not be read')
    expect(labels(reportHtml(doc, { ...OPTIONS, sections: ['changes'] }))).toEqual([])
  })

  test('baseline names and step text stay text', () => {
    const doc = hostileMap()
    const before = journeyData({ ...doc, board: { ...doc.board, notes: [] } })
    const html = reportHtml(doc, {
      ...OPTIONS,
      sections: ['changes'],
      baseline: { name: SCRIPT, takenAt: '2026-01-01T00:00:00Z', journey: before },
    })
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toContain(IMG)
    expect(html).toContain('Steps added')
  })
})

describe('changeTables', () => {
  test('one table per kind of change, in review order, with readable words', () => {
    const doc = workshopMap()
    const tables = changeTables(compareJourneys(journeyData(doc), journeyData(weeksLater(doc))))
    expect(tables.map((t) => t.id)).toEqual(['stages', 'moved', 'statuses'])
    expect(tables[2]?.rows[0]?.cells.slice(2)).toEqual(['Not started', 'Done'])
    expect(tables[1]?.columns).toEqual(['Step', 'From', 'To'])
  })
})

test('the PNG of the board gets its own file name', () => {
  expect(exportFileName('B2B onboarding: Q3', 'png')).toBe('B2B onboarding- Q3 board.png')
})
