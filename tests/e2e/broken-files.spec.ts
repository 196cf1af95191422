// Files that are broken, foreign or from the future: a clear message, nothing lost, nothing
// overwritten.
import { expect, test } from '@playwright/test'
import {
  journeyFile,
  newMap,
  openThroughDialog,
  outlineList,
  readFile,
  saveDialogsShown,
  setNextSave,
  startApp,
  writeFile,
  saveStatus,
} from './support/app'

const valid = journeyFile('Renewal workshop', ['Renewal quote is late', 'Nobody calls'])

const unreadable = [
  { what: 'text that is not JSON', text: 'Sticky notes from Tuesday:\n- onboarding is slow\n' },
  { what: 'a truncated file', text: valid.text.slice(0, Math.floor(valid.text.length / 2)) },
  {
    what: 'another app’s JSON',
    text: JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }),
  },
]

for (const { what, text } of unreadable) {
  test(`opening ${what} explains why and keeps the open map`, async ({ page }) => {
    await startApp(page)
    await newMap(page, 'Customer journey')
    await writeFile(page, 'Broken.journey', text)
    await openThroughDialog(page, 'Broken.journey')
    const dialog = page.getByRole('alertdialog', { name: '“Broken.journey” could not be opened' })
    await expect(dialog).toBeVisible()
    await expect(dialog).not.toHaveText(/undefined|\[object/)
    await dialog.getByRole('button', { name: 'OK' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Customer journey')
    await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveCount(7)
  })
}

test('an unreadable file opened from the start screen leaves you on the start screen', async ({
  page,
}) => {
  await startApp(page)
  await writeFile(page, 'Notes.journey', 'not json at all')
  await openThroughDialog(page, 'Notes.journey')
  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toContainText('could not be opened')
  await dialog.getByRole('button', { name: 'OK' }).click()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
})

test('a file with one broken note opens with the others and lists exactly what was left out', async ({
  page,
}) => {
  const { text } = journeyFile('Onboarding workshop', [
    'Welcome call',
    'Setup wizard crashes',
    'Training videos',
  ])
  const file = JSON.parse(text) as { board: { notes: Record<string, unknown>[] } }
  const bad = file.board.notes[1]
  if (bad) bad.text = 42
  await startApp(page)
  await writeFile(page, 'Onboarding workshop.journey', JSON.stringify(file, null, 2))
  await openThroughDialog(page, 'Onboarding workshop.journey')

  const dialog = page.getByRole('alertdialog', { name: /was opened with some parts left out/ })
  await expect(dialog).toContainText('We opened your map but had to leave out')
  const leftOut = dialog.getByRole('list', { name: 'Left out' }).getByRole('listitem')
  await expect(leftOut).toHaveCount(1)
  await expect(leftOut.first()).toContainText('board.notes[1]')
  await dialog.getByRole('button', { name: 'OK' }).click()

  const notes = outlineList(page, 'Notes').getByRole('listitem')
  await expect(notes).toHaveCount(2)
  await expect(notes.nth(0)).toContainText('Welcome call')
  await expect(notes.nth(1)).toContainText('Training videos')
  // The repaired map is not what the file holds: it is unsaved until saved (it read "Saved").
  await expect(saveStatus(page, 'Unsaved changes')).toBeVisible()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(page, 'Saved')).toBeVisible()
  const saved = (await readFile(page, 'Onboarding workshop.journey')) ?? ''
  expect((JSON.parse(saved) as typeof file).board.notes).toHaveLength(2)
})

test('a file from a newer Journeyboard opens read-only, and Save never overwrites it', async ({
  page,
}) => {
  const file = JSON.parse(valid.text) as Record<string, unknown>
  const future = JSON.stringify({ ...file, version: 99 }, null, 2)
  await startApp(page)
  await writeFile(page, 'From the future.journey', future)
  await openThroughDialog(page, 'From the future.journey')

  await expect(page.getByRole('status', { name: 'Read-only notice' })).toBeVisible()
  await expect(outlineList(page, 'Notes').getByRole('listitem')).toHaveCount(2)

  await setNextSave(page, 'Renewal workshop copy.journey')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(page, 'Saved')).toContainText('Renewal workshop copy.journey')
  expect(await saveDialogsShown(page)).toBe(1)
  expect(await readFile(page, 'From the future.journey')).toBe(future)
  expect(await readFile(page, 'Renewal workshop copy.journey')).toContain('Renewal quote is late')
})
