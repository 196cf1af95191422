// Homework evidence: the 200-row NPS survey imported through the Import dialog becomes 200 notes
// with their source, findable by source and counted per stage once dragged into one; a 100,000-row
// file asks first, shows progress, and cancelling leaves the board as it was.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { newMap, outlineList, startApp } from './support/app'
import { savedDocument } from './support/board'

const board = (page: Page) => page.getByRole('application', { name: 'Board' })
const notes = (page: Page) => outlineList(page, 'Notes').getByRole('listitem')
const dialog = (page: Page) => page.getByRole('dialog')

async function camera(page: Page): Promise<{ x: number; y: number; scale: number }> {
  return page.evaluate(() => {
    const hook = (
      window as unknown as {
        __journeyboardBoard: { camera(): { x: number; y: number; scale: number } }
      }
    ).__journeyboardBoard
    return hook.camera()
  })
}

/** Where a board point is on the page. */
async function onScreen(page: Page, x: number, y: number) {
  const cam = await camera(page)
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  return { x: box.x + cam.x + x * cam.scale, y: box.y + cam.y + y * cam.scale }
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 4 })
  await page.mouse.up()
}

test.beforeEach(async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
})

test('the 200-row NPS survey becomes 200 notes with their source, counted per stage', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(dialog(page)).toBeVisible()
  await page.getByLabel('Evidence file').setInputFiles(resolve('tests/fixtures/nps-survey-200.csv'))

  const facts = page.getByRole('definition')
  await expect(facts.filter({ hasText: 'nps-survey-200.csv' })).toBeVisible()
  await expect(facts.filter({ hasText: /^UTF-8$/ })).toBeVisible()
  await expect(facts.filter({ hasText: 'Table, comma-separated' })).toBeVisible()
  await expect(facts.filter({ hasText: /^200$/ })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'First row is a header' })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Note text' })).toHaveValue('4')
  await expect(page.getByRole('combobox', { name: 'Reference' })).toHaveValue('0')
  await expect(page.getByRole('combobox', { name: 'Segment' })).toHaveValue('2')
  await expect(page.getByRole('combobox', { name: 'Score' })).toHaveValue('3')
  await page
    .getByRole('combobox', { name: 'Source of every note' })
    .selectOption('customer-interview')

  const preview = page.getByRole('table', { name: 'Preview' })
  await expect(preview.getByRole('row')).toHaveCount(6)
  await expect(preview.getByRole('row').nth(1)).toContainText(
    'Hard to justify the price to our new CFO, and that cost us a week',
  )
  await expect(preview.getByRole('row').nth(1)).toContainText('Customer interview R-1000')
  await expect(preview.getByRole('row').nth(1)).toContainText('segment:Enterprise, nps:9')
  await dialog(page).screenshot({ path: 'docs/screenshots/import-dialog.png' })

  await page.getByRole('button', { name: 'Import 200 notes' }).click()
  await expect(dialog(page).getByRole('status')).toContainText('Imported 200 notes')
  await page.getByRole('button', { name: 'OK', exact: true }).click()
  await expect(dialog(page)).toBeHidden()
  await expect(notes(page)).toHaveCount(200)
  await expect(notes(page).filter({ hasText: '顧客の声: 使いやすい' })).not.toHaveCount(0)

  // Source labels: Find filters by source.
  await page.getByRole('button', { name: 'Find' }).click()
  const find = page.getByRole('search', { name: 'Find' })
  await find.getByRole('combobox', { name: 'Source' }).selectOption('customer-interview')
  await expect(find.getByRole('status', { name: 'Matches' })).toHaveText('200 matches')
  await find.getByRole('combobox', { name: 'Source' }).selectOption('data')
  await expect(find.getByRole('status', { name: 'Matches' })).toHaveText('No matches')
  await page.keyboard.press('Escape')

  // Everything is unsorted until the room drags notes into stages.
  await page.getByRole('button', { name: 'Evidence', exact: true }).click()
  const counts = page.getByRole('list', { name: 'Evidence per stage' })
  await expect(counts.getByRole('listitem').filter({ hasText: 'Unsorted' })).toHaveText(
    'Unsorted: 200 customer quotes',
  )

  // Drag the first two imported notes into Onboarding (x 1280–1640 in the template), with the
  // panel closed so it covers none of them.
  await page.getByRole('button', { name: 'Evidence', exact: true }).click()
  await expect(counts).toBeHidden()
  await board(page).click({ position: { x: 10, y: 10 } })
  await page.keyboard.press('Shift+Digit1')
  const saved = await savedDocument(page, 'imported.journey')
  const first = [...saved.board.notes].sort((a, b) => a.y - b.y || a.x - b.x).slice(0, 2)
  for (const [i, note] of first.entries()) {
    const from = await onScreen(page, note.x + 80, note.y + 80)
    const to = await onScreen(page, 1300 + i * 170 + 80, 100 + 80)
    await drag(page, from, to)
  }
  await page.getByRole('button', { name: 'Evidence', exact: true }).click()
  await expect(counts.getByRole('listitem').filter({ hasText: 'Onboarding' })).toHaveText(
    'Onboarding: 2 customer quotes',
  )
  await expect(counts.getByRole('listitem').filter({ hasText: 'Unsorted' })).toHaveText(
    'Unsorted: 198 customer quotes',
  )
  await expect(counts.getByRole('listitem').filter({ hasText: 'Awareness' })).toHaveText(
    'Awareness: no evidence',
  )

  // Each note keeps its source and reference in the file.
  const after = await savedDocument(page, 'imported.journey')
  expect(after.board.notes).toHaveLength(200)
  const r1012 = after.board.notes.find((n) => n.source.reference === 'R-1012')
  expect(r1012).toMatchObject({
    text: 'The security review took forever\nAlso: the export to Excel drops accents (Zoë, José, Łukasz).',
    source: { kind: 'customer-interview', reference: 'R-1012' },
  })
  expect(r1012?.tags).toEqual(['segment:SMB', 'nps:3'])
})

test('a workshop export names the columns it does not import (stage, owner, deadline…)', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Import…' }).click()
  await page
    .getByLabel('Evidence file')
    .setInputFiles(resolve('tests/fixtures/workshop-b2b-onboarding.csv'))
  await expect(page.getByRole('combobox', { name: 'Note text' })).toHaveValue('2')
  // They were dropped without a word: a facilitator expected the notes in their stages.
  const unused = page.getByRole('note', { name: 'Columns not imported' })
  await expect(unused).toContainText(
    '7 columns not imported: stage, lane, decision, owner, department, deadline, votes.',
  )
  // A column given to a field is no longer listed.
  await page.getByRole('combobox', { name: 'Segment' }).selectOption({ label: 'lane' })
  await expect(unused).toContainText('6 columns not imported: stage, decision,')
  await dialog(page).screenshot({ path: 'test-results/import-unused-columns.png' })
})

test('a 100,000-row file asks first, shows progress, and Cancel leaves nothing', async ({
  page,
}) => {
  const lines = ['id,segment,nps,comment']
  for (let i = 0; i < 100_000; i++) lines.push(`R-${i},SMB,${i % 11},"Comment ${i}, slow"`)
  await page.getByRole('button', { name: 'Import…' }).click()
  await page.getByLabel('Evidence file').setInputFiles({
    name: 'huge.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  })
  await expect(page.getByRole('definition').filter({ hasText: /^100,000$/ })).toBeVisible({
    timeout: 15_000,
  })
  await page.getByRole('button', { name: 'Import 100,000 notes' }).click()
  await expect(dialog(page).getByRole('alert')).toContainText('This makes 100,000 notes')
  await page.getByRole('button', { name: 'Import all 100,000' }).click()
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible()
  await expect(dialog(page).getByRole('status')).toContainText(/Read [\d,]+ of 100,000 rows/)
  await page.getByRole('button', { name: 'Cancel import' }).click()
  await expect(dialog(page).getByRole('status')).toHaveText(
    'Nothing was imported; the board is as it was.',
  )
  await page.getByRole('button', { name: 'OK', exact: true }).click()
  await expect(notes(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled()
})

test('binary garbage and an empty file are refused with a clear message', async ({ page }) => {
  await page.getByRole('button', { name: 'Import…' }).click()
  const bytes = Buffer.from(
    readFileSync(resolve('tests/fixtures/nps-survey-200.csv')).map((b, i) => (b * 31 + i) & 0xff),
  )
  await page
    .getByLabel('Evidence file')
    .setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: bytes })
  await expect(page.getByRole('alert')).toHaveText(
    'photo.csv: This file is not text: it looks like binary data.',
  )
  await page
    .getByLabel('Evidence file')
    .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) })
  await expect(page.getByRole('alert')).toHaveText('empty.csv: The file is empty.')
})

test('a .canvas file: text nodes become notes, groups stages, the rest is reported', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Import…' }).click()
  await page
    .getByLabel('Evidence file')
    .setInputFiles(resolve('tests/fixtures/import/unknown-nodes.canvas'))
  await expect(page.getByText('3 notes and 2 groups')).toBeVisible()
  const problems = page.getByRole('list', { name: '5 things to check' })
  await expect(problems).toContainText('Node s1 has an unknown type "sticker"; its text was kept')
  await expect(problems).toContainText('1 file node skipped: f1 (interviews/anna.md).')
  await page.getByRole('button', { name: 'Import 3 notes' }).click()
  await expect(dialog(page).getByRole('status')).toContainText('Imported 3 notes and 2 stages')
  await page.getByRole('button', { name: 'OK', exact: true }).click()
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveCount(9)
  await expect(notes(page)).toHaveCount(3)
  await expect(notes(page).filter({ hasText: 'Welcome email came late' })).toContainText(
    'Onboarding',
  )
})
