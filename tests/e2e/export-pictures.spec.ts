// The 120-note workshop board as a picture: the PNG export, and the PDF report's board page
// printed by Chromium (page.pdf, the engine behind Electron's printToPDF) with the shipped fonts
// and read back with poppler. Set JOURNEYBOARD_SCREENSHOTS=1 to write docs/screenshots/pdf-board.png
// (the board page at 60 dpi); the PNG export at 1× is kept in the temp folder to look at.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { workshopBoard } from '../../bench/board/generate'
import { parseDocument, type JourneyDocument } from '../../src/shared/document'
import { withFontCss } from '../../src/shared/export'
import { reportFontCss } from '../../src/main/services/reportFonts'
import { startApp, writeFile, openThroughDialog } from './support/app'

const shots = Boolean(process.env.JOURNEYBOARD_SCREENSHOTS)
const workshop = workshopBoard(resolve('tests/fixtures/workshop-b2b-onboarding.csv'))
const parsed = parseDocument(workshop.text)
if (!parsed.ok) throw new Error('the workshop board parses')
const doc: JourneyDocument = parsed.document

test('the workshop board exports as a PNG and prints on its own PDF page', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000)
  const dir = mkdtempSync(join(tmpdir(), 'journeyboard-pictures-'))
  try {
    await page.addInitScript(() => {
      window.print = () => undefined
    })
    await startApp(page)
    await writeFile(page, 'B2B onboarding workshop.journey', workshop.text)
    await openThroughDialog(page, 'B2B onboarding workshop.journey')
    await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(doc.title)
    const dialog = page.getByRole('dialog', { name: 'Export and baselines' })

    await page.getByRole('button', { name: 'Export…' }).click()
    await dialog.getByRole('radio', { name: /Picture of the board/ }).check()
    await dialog.getByRole('radio', { name: '1×' }).check()
    const downloading = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export PNG…' }).click()
    const png = await (await downloading).path()
    const bytes = readFileSync(png)
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(2000)

    await dialog.getByRole('radio', { name: 'PDF report' }).check()
    await dialog.getByRole('radio', { name: 'A3' }).check()
    for (const box of await dialog.getByRole('checkbox').all()) {
      if ((await box.isEnabled()) && (await box.isChecked())) await box.uncheck()
    }
    await dialog.getByRole('checkbox', { name: 'Cover: title, date, goals, participants' }).check()
    await dialog.getByRole('checkbox', { name: 'A picture of the board' }).check()
    if (shots) await dialog.screenshot({ path: join(tmpdir(), 'journeyboard-export-dialog.png') })
    await dialog.getByRole('button', { name: 'Export PDF…' }).click()
    const frame = page.locator('iframe[title="B2B onboarding workshop.pdf"]')
    await expect(frame).toHaveCount(1)
    const html = (await frame.getAttribute('srcdoc')) ?? ''

    // Print it as the main process does: the shipped fonts added, nothing else loads.
    const printer = await browser.newPage()
    await printer.route(/^(?!data:)/, (route) => route.abort())
    await printer.setContent(
      withFontCss(html, await reportFontCss(html, resolve('resources/fonts'))),
      { waitUntil: 'load' },
    )
    await printer.evaluate(() => document.fonts.ready)
    const pdfPath = join(dir, 'report.pdf')
    writeFileSync(
      pdfPath,
      await printer.pdf({ format: 'A3', landscape: true, printBackground: true }),
    )
    await printer.close()

    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
    expect(info).toMatch(/^Pages:\s+2$/m)
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdfPath, '-'], {
      encoding: 'utf8',
    })
    expect(text).toContain('The board')
    expect(text).toContain('120 notes in 7 stages and 5 lanes')
    // The picture is on page 2, at the size the renderer drew it.
    const images = execFileSync('pdfimages', ['-list', '-f', '2', '-l', '2', pdfPath], {
      encoding: 'utf8',
    })
    const row = images.split('\n').find((line) => /^\s*2\s+\d+\s+image/.test(line))
    expect(row, images).toBeDefined()
    const [width] = (row ?? '').trim().split(/\s+/).slice(3, 5).map(Number)
    expect(width).toBeGreaterThan(2000)

    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', pdfPath, join(dir, 'page')])
    const page2 = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'))
    expect(page2).toBeDefined()
    if (shots && page2) {
      copyFileSync(join(dir, page2), resolve('docs/screenshots/pdf-board.png'))
      copyFileSync(png, join(tmpdir(), 'journeyboard-board-export-1x.png'))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
