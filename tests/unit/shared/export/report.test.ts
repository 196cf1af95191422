import { describe, expect, test } from 'vitest'
import {
  escapeHtml,
  fontFaceCss,
  fontNeeds,
  REPORT_SECTIONS,
  reportHtml,
  stagePages,
  withFontCss,
  type ReportOptions,
} from '../../../../src/shared/export'
import { cssString } from '../../../../src/shared/export/report/styles'
import { largeMap } from '../../helpers/boards'
import {
  emptyJourneyMap,
  goPackMap,
  hostileMap,
  IMG,
  LONG,
  noStagesMap,
  ownerWithoutDeadlineMap,
  SCRIPT,
  TODAY,
} from './maps'

const ALL: ReportOptions = {
  sections: [...REPORT_SECTIONS],
  pageSize: 'A4',
  landscape: true,
  today: TODAY,
}

describe('the report HTML', () => {
  test('is one complete document with every chosen section, in order', () => {
    const html = reportHtml(goPackMap(), ALL)
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
    const labels = [
      ...html.matchAll(/<section class="report-part[^"]*" aria-label="([^"]+)"/g),
    ].map((m) => m[1])
    expect(labels.slice(0, 3)).toEqual(['Cover', 'Journey map, part 1', 'Action plan'])
    expect(labels).toContain('Handout for Lee Chen')
    expect(labels).toContain('Handout for Marketing')
    expect(labels.slice(-3)).toEqual(['Focus areas', 'Evidence', 'Review schedule'])
    const only = reportHtml(goPackMap(), { ...ALL, sections: ['owners', 'cover'] })
    expect(only).not.toContain('aria-label="Journey map"')
    expect(only.indexOf('aria-label="Cover"')).toBeLessThan(only.indexOf('Handout for'))
  })

  test('prints the page size and orientation asked for', () => {
    expect(reportHtml(goPackMap(), ALL)).toContain('@page{size:A4 landscape;')
    expect(reportHtml(goPackMap(), { ...ALL, pageSize: 'Letter', landscape: false })).toContain(
      '@page{size:Letter portrait;',
    )
  })

  test('user text never becomes markup: tags, quotes, line breaks and 10,000 characters', () => {
    const html = reportHtml(hostileMap(), ALL)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<b>/i)
    expect(html).toContain(escapeHtml(SCRIPT))
    expect(html).toContain(escapeHtml(IMG))
    expect(html).toContain('First line<br>Second line<br>Third, with &quot;quotes&quot;')
    expect(html).toContain(escapeHtml(LONG))
    // Attributes built from user text stay closed.
    expect(html).toContain('aria-label="Handout for Lee &quot;The Closer&quot; &lt;Chen&gt;"')
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i)
  })

  test('references nothing remote: no http(s) URL, a policy that forbids loading any', () => {
    const html = reportHtml(goPackMap(), ALL)
    expect(html).not.toMatch(/https?:\/\//i)
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; font-src data: file:;`,
    )
    const hostile = reportHtml(hostileMap(), ALL)
    expect(hostile).not.toMatch(/(src|href)\s*=\s*["']?https?:/i)
    expect(hostile).not.toMatch(/url\(\s*["']?https?:/i)
  })

  test('fonts come only from data: or file: URLs, and only the ones a map needs', () => {
    const css = fontFaceCss([
      { family: 'sans', url: 'data:font/ttf;base64,AAAA', format: 'truetype' },
    ])
    expect(css).toContain('font-family:"Journeyboard Sans"')
    expect(() =>
      fontFaceCss([{ family: 'sans', url: 'https://fonts.example/x.ttf', format: 'truetype' }]),
    ).toThrow(/data: or file:/)
    expect(fontNeeds('Café')).toEqual({ sans: true, cjk: false, emoji: false })
    expect(fontNeeds('顧客の旅')).toMatchObject({ cjk: true })
    expect(fontNeeds('고객')).toMatchObject({ cjk: true })
    expect(fontNeeds('Launch 🚀')).toMatchObject({ cjk: false, emoji: true })
    const html = reportHtml(goPackMap(), { ...ALL, fontCss: css })
    expect(html).toContain(`<style id="journeyboard-fonts">${css}</style>`)
    const later = withFontCss(reportHtml(goPackMap(), ALL), css)
    expect(later).toBe(html)
    expect(withFontCss(reportHtml(goPackMap(), ALL), '</style><script>x</script>')).not.toMatch(
      /<\/style><script/,
    )
  })

  test('the footer names the map through a CSS string no text can break out of', () => {
    expect(cssString('a "b" </style> \\ ;}')).toBe(
      '"a \\22 b\\22  \\3c \\2f style\\3e  \\5c  \\3b \\7d "',
    )
    const html = reportHtml(hostileMap(), ALL)
    const css = html.slice(
      html.indexOf('<style>'),
      html.indexOf('</style>', html.indexOf('<style>')),
    )
    expect(css).not.toContain('<script')
  })

  test('a map too wide for the page continues on the next, evenly, and never squeezes columns', () => {
    expect(stagePages(7, 'A4', true)).toEqual([
      [0, 4],
      [4, 7],
    ])
    expect(stagePages(7, 'A4', false)).toEqual([
      [0, 3],
      [3, 5],
      [5, 7],
    ])
    expect(stagePages(7, 'A3', true)).toEqual([[0, 7]])
    expect(stagePages(0, 'A4', true)).toEqual([])
    const html = reportHtml(goPackMap(), { ...ALL, sections: ['journey'], landscape: false })
    expect(html.match(/<table class="map">/g)).toHaveLength(3)
    expect(
      html.match(/<th scope="row"><span class="text">Customer actions<\/span><\/th>/g),
    ).toHaveLength(3)
    expect(html).toContain('part 3 of 3: stages 6–7 of 7')
  })

  test('one handout per owner and per department; an owner without a deadline is told so', () => {
    const map = ownerWithoutDeadlineMap()
    const html = reportHtml(map, { ...ALL, sections: ['owners', 'departments'] })
    const owners = map.people.filter((p) => html.includes(`aria-label="Handout for ${p.name}"`))
    expect(owners.map((p) => p.name)).toEqual(map.people.map((p) => p.name))
    const noor = html.slice(html.indexOf('aria-label="Handout for Noor Haddad"'))
    expect(noor.slice(0, noor.indexOf('</section>'))).toContain('No deadline')
    expect(noor).toContain('1 step without a deadline')
    for (const d of map.departments) expect(html).toContain(`aria-label="Handout for ${d.name}"`)
    expect(html).toContain('Steps without an owner')
  })

  test('a map with no stages and a map with no steps still make a readable report', () => {
    const free = reportHtml(noStagesMap(), ALL)
    expect(free).toContain('The board has no stages yet')
    expect(free).toContain('Fix the pricing page')
    const empty = reportHtml(emptyJourneyMap(), ALL)
    expect(empty).toContain('No step has an owner yet.')
    expect(empty.match(/No tasks in this stage yet\./g)).toHaveLength(7)
    expect(reportHtml(emptyJourneyMap(), { ...ALL, sections: [] })).toContain(
      'No sections were chosen.',
    )
  })

  test('5,000 steps: every action step is in the plan', () => {
    const map = largeMap(5_000)
    const html = reportHtml(map, { ...ALL, sections: ['actionPlan'] })
    const tasks = map.board.notes.filter((n) => n.step.ownerId !== null || n.step.deadline !== null)
    expect(html.match(/<tr><td><span class="text">/g)?.length).toBeGreaterThanOrEqual(tasks.length)
  })

  test('refuses a printing date that is not a date', () => {
    expect(() => reportHtml(goPackMap(), { ...ALL, today: '2 March' })).toThrow(RangeError)
  })
})
