// The printed report, read back from the PDF: what an owner holds in their hands. Runs where a
// Chromium and poppler-utils are installed, and is skipped, saying why, where they are not.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { reportFontCss } from '../../src/main/services/reportFonts'
import type { JourneyDocument } from '../../src/shared/document'
import {
  actionPlan,
  REPORT_SECTIONS,
  reportHtml,
  type ReportOptions,
} from '../../src/shared/export'
import type { PdfPageSize } from '../../src/shared/host/host'
import { deriveJourney } from '../../src/shared/journey'
import { largeMap } from '../unit/helpers/boards'
import {
  emptyJourneyMap,
  goPackMap,
  hostileMap,
  IMG,
  multilingualMap,
  noStagesMap,
  ownerWithoutDeadlineMap,
  SCRIPT,
  TODAY,
} from '../unit/shared/export/maps'
import { browserPath, hasPoppler, launch, PDF_DIR, printPdf } from './printPdf'

const FONTS = join(process.cwd(), 'resources/fonts')
const missing =
  browserPath === null
    ? 'no Chromium found (install chromium or set CHROMIUM_PATH)'
    : hasPoppler()
      ? null
      : 'poppler-utils (pdftotext, pdfinfo) not installed'
if (missing !== null) console.warn(`Skipping the PDF tests: ${missing}`)

/** Collapses white space, as the PDF's line wrapping moves it (also after a hyphen at a line end). */
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-').trim()

async function print(doc: JourneyDocument, options: Partial<ReportOptions> = {}, name = 'report') {
  const full: ReportOptions = {
    sections: [...REPORT_SECTIONS],
    pageSize: 'A4',
    landscape: true,
    today: TODAY,
    fontCss: await reportFontCss(JSON.stringify(doc), FONTS),
    ...options,
  }
  const html = reportHtml(doc, full)
  return { html, pdf: await printPdf(browser, html, { ...full, name }) }
}

let browser: Browser

describe.skipIf(missing !== null)('the PDF report, printed by Chromium', () => {
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(PDF_DIR, { recursive: true, force: true })
  })

  test('every stage, step, owner and deadline of the action plan is in the text', async () => {
    const map = goPackMap()
    const { pdf } = await print(map)
    const text = flat(pdf.text)
    const journey = deriveJourney(map)
    for (const stage of journey.stages) expect(text).toContain(stage.stage.name)
    for (const step of journey.stages.flatMap((s) => s.steps))
      expect(text).toContain(flat(step.text))
    for (const step of actionPlan(journey).flatMap((g) => g.steps)) {
      if (step.owner) expect(text).toContain(step.owner.name)
      if (step.deadline) expect(text).toContain(step.deadline)
    }
    for (const goal of map.session.goals) expect(text).toContain(goal.text)
    expect(text).toContain('Review schedule')
  })

  test.each<[PdfPageSize, boolean, number, number]>([
    ['A4', false, 595, 842],
    ['A4', true, 842, 595],
    ['Letter', false, 612, 792],
    ['Letter', true, 792, 612],
    ['A3', false, 842, 1191],
    ['Tabloid', true, 1224, 792],
  ])('page size %s (landscape: %s) is %i × %i pt', async (pageSize, landscape, width, height) => {
    const { pdf } = await print(goPackMap(), {
      pageSize,
      landscape,
      sections: ['cover', 'journey'],
    })
    expect(Math.abs((pdf.size[0] ?? 0) - width)).toBeLessThan(2.5)
    expect(Math.abs((pdf.size[1] ?? 0) - height)).toBeLessThan(2.5)
  })

  test('accents, Chinese, Japanese, Korean and emoji survive, in the shipped fonts', async () => {
    const { pdf } = await print(multilingualMap())
    // Glyphs drawn from Type 3 fonts carry no space widths pdftotext can see: compare without spaces.
    const text = pdf.text.replace(/\s+/g, '')
    for (const phrase of [
      'Découverte',
      'Zoë Müller-Lefèvre',
      'Préparer la réunion de lancement avec Zoë',
      '客户旅程：签约后自动发送欢迎邮件',
      '顧客の旅：オンボーディングの改善',
      '고객 여정 검토 회의 준비',
      '🚀',
      '✅',
      '🎉',
    ]) {
      expect(text).toContain(phrase.replace(/\s+/g, ''))
    }
    const fonts = execFileSync('pdffonts', [pdf.path], { encoding: 'utf8' })
    // Latin in the shipped Noto Sans; Chromium draws CFF-based CJK and colour emoji glyphs as
    // Type 3 fonts, whose text pdftotext still reads (checked above).
    expect(fonts).toMatch(/NotoSans-Regular/)
  })

  test('tags and quotes print as text; the page runs no script and shows no image', async () => {
    const { html, pdf } = await print(hostileMap(), {
      sections: ['cover', 'journey', 'actionPlan', 'owners'],
    })
    const text = flat(pdf.text)
    expect(text).toContain(SCRIPT)
    expect(text).toContain(flat(IMG))
    expect(text).toContain('Lee "The Closer" <Chen>')
    const page = await browser.newPage()
    try {
      await page.setContent(html)
      expect(await page.locator('script, img, iframe, object').count()).toBe(0)
      expect(await page.evaluate(() => document.title)).toContain('<script>')
    } finally {
      await page.close()
    }
  })

  test('no text prints below 9 pt, and the map repeats its lane headers on every page', async () => {
    const { html, pdf } = await print(goPackMap(), { sections: ['journey'], landscape: false })
    const page = await browser.newPage()
    try {
      await page.setContent(html)
      await page.emulateMedia({ media: 'print' })
      const smallest = await page.evaluate(() => {
        let min = Infinity
        for (const el of document.body.querySelectorAll('*')) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
          if (own) min = Math.min(min, parseFloat(getComputedStyle(el).fontSize))
        }
        return min
      })
      expect(smallest).toBeGreaterThanOrEqual(12) // 9 pt = 12 CSS px
    } finally {
      await page.close()
    }
    expect(pdf.text).toContain('part 3 of 3')
    for (let p = 1; p <= pdf.pages; p++) {
      const pageText = execFileSync(
        'pdftotext',
        ['-f', String(p), '-l', String(p), pdf.path, '-'],
        {
          encoding: 'utf8',
        },
      )
      if (pageText.includes('Journey map') || pageText.includes('Tasks'))
        expect(pageText).toContain('Lane')
    }
  })

  test('an owner without a deadline gets a handout that says "No deadline"', async () => {
    const { pdf } = await print(ownerWithoutDeadlineMap(), { sections: ['owners'] })
    const text = flat(pdf.text)
    expect(text).toMatch(/Noor Haddad .*No deadline Awareness Write the onboarding FAQ/)
  })

  test('a map with no stages, and one with no steps, still print', async () => {
    const free = await print(noStagesMap())
    expect(flat(free.pdf.text)).toContain('The board has no stages yet')
    expect(flat(free.pdf.text)).toContain('Fix the pricing page')
    const empty = await print(emptyJourneyMap())
    expect(flat(empty.pdf.text)).toContain('No step has an owner yet.')
  })

  test('1,000 steps print, every owner on a handout (its time is measured in bench/pdf.mjs)', async () => {
    const map = largeMap(1_000)
    const { pdf } = await print(map)
    const text = flat(pdf.text)
    for (const person of map.people) expect(text).toContain(person.name)
    expect(pdf.pages).toBeGreaterThan(10)
  })

  test.runIf(process.env.UPDATE_PDF_SCREENSHOTS === '1')(
    'page images for docs/screenshots',
    async () => {
      const { pdf } = await print(multilingualMap(), { sections: ['journey', 'owners'] })
      const out = join(process.cwd(), 'docs/screenshots')
      mkdirSync(out, { recursive: true })
      const owner = [...Array(pdf.pages).keys()].find((p) =>
        execFileSync('pdftotext', ['-f', String(p + 1), '-l', String(p + 1), pdf.path, '-'], {
          encoding: 'utf8',
        }).includes('Zoë Müller-Lefèvre\nFaçade'),
      )
      const shot = (page: number, name: string) =>
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          String(page),
          '-l',
          String(page),
          '-singlefile',
          pdf.path,
          join(out, name),
        ])
      shot(1, 'pdf-journey')
      shot((owner ?? 0) + 1, 'pdf-owner')
    },
  )
})
