import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import { journeyMarkdown } from '../../../../src/shared/export'
import { largeMap } from '../../helpers/boards'
import { emptyJourneyMap, goPackMap, hostileMap, IMG, LONG, noStagesMap, SCRIPT } from './maps'

const md = new MarkdownIt({ html: true })

/** The action plan table as a Markdown renderer sees it: rows of cell texts. */
function tableRows(text: string): string[][] {
  const tokens = md.parse(text, {})
  const rows: string[][] = []
  let row: string[] | null = null
  for (const token of tokens) {
    if (token.type === 'tr_open') row = []
    else if (token.type === 'tr_close' && row) rows.push(row)
    else if (token.type === 'inline' && row) row.push(token.content.replace(/\\(.)/g, '$1'))
  }
  return rows
}

describe('the journey as Markdown', () => {
  test('stages are headings in board order, lanes hold their notes, the plan is one table', () => {
    const text = journeyMarkdown(goPackMap())
    const headings = md
      .parse(text, {})
      .flatMap((t, i, all) =>
        t.type === 'heading_open' ? [`${t.tag} ${all[i + 1]?.content}`] : [],
      )
    expect(headings).toEqual([
      'h1 B2B onboarding workshop',
      'h2 Journey',
      'h3 1. Awareness',
      'h3 2. Evaluation',
      'h3 3. Purchase',
      'h3 4. Onboarding',
      'h3 5. Adoption',
      'h3 6. Renewal',
      'h3 7. Advocacy',
      'h2 Action plan',
    ])
    const rows = tableRows(text)
    expect(rows[0]).toEqual([
      'Stage',
      'Step',
      'Decision',
      'Owner',
      'Department',
      'Deadline',
      'Status',
    ])
    expect(rows).toHaveLength(23)
    expect(rows[1]).toEqual([
      'Awareness',
      'Show starting prices on the pricing page',
      'Team member',
      'Lee Chen',
      'Marketing',
      '2026-12-15',
      'Not started',
    ])
  })

  test('user text never becomes HTML or markup, and pipes stay inside their cell', () => {
    const text = journeyMarkdown(hostileMap())
    const html = md.render(text)
    expect(html).not.toMatch(/<script|<img|<b>/i)
    expect(md.parse(text, {}).filter((t) => t.type.startsWith('html'))).toEqual([])
    const rows = tableRows(text)
    expect(rows.every((r) => r.length === 7)).toBe(true)
    const steps = rows.map((r) => r[1])
    expect(steps).toContain(SCRIPT)
    expect(steps).toContain(IMG)
    expect(steps).toContain('Column | with | pipes and *stars* and [links](x)')
    expect(steps).toContain('First line Second line Third, with "quotes"')
    expect(steps).toContain(LONG)
  })

  test('a map without stages says so and lists its notes as unsorted', () => {
    const text = journeyMarkdown(noStagesMap())
    expect(text).toContain('_The board has no stages yet._')
    expect(text).toContain('### Unsorted notes')
    expect(tableRows(text)[1]?.[0]).toBe('Unsorted')
  })

  test('a map with no steps has empty stages and no table', () => {
    const text = journeyMarkdown(emptyJourneyMap())
    expect(text.match(/_No notes in this stage\._/g)).toHaveLength(7)
    expect(text).toContain('_No tasks yet._')
    expect(tableRows(text)).toEqual([])
  })

  test('5,000 steps: every note appears once', () => {
    const map = largeMap(5_000)
    const items = md.parse(journeyMarkdown(map), {}).filter((t) => t.type === 'list_item_open')
    expect(items).toHaveLength(5_000)
  })
})
