// The Export dialog on the 84-note B2B onboarding workshop: each format comes out of the browser
// host as a download and is read back by an independent parser; the PNG has the size its scale
// asks for; the PDF report (printed through window.print in the browser) holds every stage.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { actionPlan } from '../../src/shared/export'
import { deriveJourney } from '../../src/shared/journey'
import { pictureSize } from '../../src/renderer/src/export/boardPng'
import { workshopMap } from '../unit/helpers/workshop'
import { startApp } from './support/app'
import { openMap } from './support/journey'

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export and baselines' })

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog(page)).toBeVisible()
}

/** Picks `format` in the open dialog, exports it and returns the downloaded file. */
async function download(page: Page, format: RegExp, button: string) {
  await dialog(page).getByRole('radio', { name: format }).check()
  const downloading = page.waitForEvent('download')
  await dialog(page).getByRole('button', { name: button }).click()
  const file = await downloading
  const path = await file.path()
  await expect(dialog(page).getByRole('status')).toContainText(file.suggestedFilename())
  return { name: file.suggestedFilename(), bytes: await readFile(path) }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const doc = workshopMap()

test.beforeEach(async ({ page }) => {
  await startApp(page)
  await openMap(page, 'B2B onboarding workshop.journey', doc)
})

test('CSV, Markdown, JSON, iCalendar and JSON Canvas come out whole and parse back', async ({
  page,
}) => {
  const journey = deriveJourney(doc)
  const actions = actionPlan(journey).flatMap((g) => g.steps)
  const stages = doc.board.stages.map((s) => s.name)
  await openExport(page)

  const csv = await download(page, /Action plan \(CSV\)/, 'Export CSV…')
  expect(csv.name).toBe('B2B onboarding workshop action plan.csv')
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const rows = parse(csv.bytes.toString('utf8'), { bom: true, columns: true }) as Record<
    string,
    string
  >[]
  expect(rows).toHaveLength(actions.length)
  expect(rows.map((r) => r.step).sort()).toEqual(actions.map((s) => s.text).sort())
  const owned = actions.filter((s) => s.owner !== null)
  for (const step of owned) {
    expect(rows.find((r) => r.step === step.text)?.owner).toBe(step.owner?.name)
  }

  const md = await download(page, /Markdown/, 'Export MD…')
  const markdown = md.bytes.toString('utf8')
  expect(markdown).toMatch(/^# B2B onboarding workshop/m)
  for (const stage of stages) expect(markdown).toContain(stage)

  const json = await download(page, /Journey data \(JSON\)/, 'Export JSON…')
  const data = JSON.parse(json.bytes.toString('utf8')) as { stages: { name: string }[] }
  expect(data.stages.map((s) => s.name)).toEqual(stages)

  const ics = await download(page, /iCalendar/, 'Export ICS…')
  const calendar = ics.bytes.toString('utf8')
  expect(calendar.startsWith('BEGIN:VCALENDAR')).toBe(true)
  const deadlines = actions.filter((s) => s.deadline !== null).length
  expect(calendar.match(/^BEGIN:VEVENT/gm)?.length ?? 0).toBeGreaterThanOrEqual(deadlines)

  const canvas = await download(page, /JSON Canvas/, 'Export CANVAS…')
  expect(canvas.name).toBe('B2B onboarding workshop.canvas')
  const nodes = (JSON.parse(canvas.bytes.toString('utf8')) as { nodes: { type: string }[] }).nodes
  expect(nodes.filter((n) => n.type === 'text').length).toBeGreaterThanOrEqual(
    doc.board.notes.length,
  )
})

test('the PNG of the board is the whole board at the chosen scale', async ({ page }) => {
  await openExport(page)
  await dialog(page)
    .getByRole('radio', { name: /Picture of the board/ })
    .check()
  const sizes: Record<number, { width: number; height: number }> = {}
  for (const scale of [1, 2, 4]) {
    await dialog(page)
      .getByRole('radio', { name: `${scale}×` })
      .check()
    const expected = pictureSize(doc.board, scale)
    if (!expected) throw new Error('the workshop board has content')
    await expect(dialog(page)).toContainText(
      `${expected.width.toLocaleString('en-US')} × ${expected.height.toLocaleString('en-US')} pixels`,
    )
    const png = await download(page, /Picture of the board/, 'Export PNG…')
    expect(png.name).toBe('B2B onboarding workshop board.png')
    sizes[scale] = pngSize(png.bytes)
    expect(sizes[scale]).toEqual({ width: expected.width, height: expected.height })
  }
  expect(sizes[2]?.width).toBeGreaterThanOrEqual(2 * (sizes[1]?.width ?? 0) - 1)
  expect(sizes[4]?.height).toBeGreaterThanOrEqual(4 * (sizes[1]?.height ?? 0) - 3)
})

test('File → Export PDF opens the dialog; the report has every stage and the board picture', async ({
  page,
}) => {
  // The browser host prints through window.print in an iframe: count the calls instead.
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { __printed?: number }
      top.__printed = (top.__printed ?? 0) + 1
    }
  })
  await page.reload()
  await openMap(page, 'B2B onboarding workshop.journey', doc)
  // The native menu's File → Export PDF… reaches the renderer as this command.
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('journeyboard:command', { detail: 'file.exportPdf' })),
  )
  await expect(dialog(page)).toBeVisible()
  await expect(dialog(page).getByRole('radio', { name: 'PDF report' })).toBeChecked()
  await dialog(page).getByRole('radio', { name: 'A3' }).check()
  await dialog(page).getByRole('radio', { name: 'Portrait' }).check()
  await dialog(page).getByRole('checkbox', { name: 'Review schedule' }).uncheck()
  await expect(
    dialog(page).getByRole('checkbox', { name: /Changes since a baseline/ }),
  ).toBeDisabled()
  await dialog(page).getByRole('button', { name: 'Export PDF…' }).click()

  const frame = page.locator('iframe[title="B2B onboarding workshop.pdf"]')
  await expect(frame).toHaveCount(1)
  await expect.poll(() => page.evaluate(() => (window as { __printed?: number }).__printed)).toBe(1)
  const html = (await frame.getAttribute('srcdoc')) ?? ''
  expect(html).toContain('@page{size:A3 portrait;')
  for (const stage of doc.board.stages) expect(html).toContain(`>${stage.name}<`)
  expect(html).toMatch(/<img class="board-picture" src="data:image\/png;base64,/)
  expect(html).toContain('aria-label="Action plan"')
  expect(html).not.toContain('aria-label="Review schedule"')
  await expect(dialog(page).getByRole('alert')).toBeEmpty()
})

test('a failed save is reported in the dialog and nothing is claimed saved', async ({ page }) => {
  await openExport(page)
  await page.evaluate(() => {
    // A host that cannot write, as the desktop host answers for a read-only folder.
    const original = URL.createObjectURL
    URL.createObjectURL = () => {
      URL.createObjectURL = original
      throw new Error('The folder is read-only')
    }
  })
  await dialog(page)
    .getByRole('radio', { name: /Action plan \(CSV\)/ })
    .check()
  await dialog(page).getByRole('button', { name: 'Export CSV…' }).click()
  await expect(dialog(page).getByRole('alert')).toContainText(
    'Nothing was exported: The folder is read-only',
  )
  await expect(dialog(page).getByRole('status')).toBeEmpty()
})
