// Saving and reopening: the file holds the map, the recent list finds it again.
import { expect, test } from '@playwright/test'
import {
  addNote,
  newMap,
  openThroughDialog,
  outlineList,
  readFile,
  removeFile,
  saveDialogsShown,
  startApp,
  startNote,
  saveStatus,
} from './support/app'

test('a saved map reopens with its notes, from Open… and from Recent maps', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  const title = page.getByRole('textbox', { name: 'Map title' })
  await title.fill('Onboarding workshop')
  await title.press('Enter')
  await addNote(page, 'Welcome email lands in spam')

  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(page, 'Saved')).toContainText('Onboarding workshop.journey')
  await expect(page).toHaveTitle('Onboarding workshop — Journeyboard')
  const saved = await readFile(page, 'Onboarding workshop.journey')
  expect(saved).toContain('"Welcome email lands in spam"')
  expect(JSON.parse(saved ?? '{}')).toMatchObject({
    format: 'journeyboard',
    title: 'Onboarding workshop',
  })

  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()

  await openThroughDialog(page, 'Onboarding workshop.journey')
  const notes = outlineList(page, 'Notes').getByRole('listitem')
  await expect(notes).toHaveCount(1)
  await expect(notes.first()).toContainText('Welcome email lands in spam')
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Onboarding workshop')

  await page.getByRole('button', { name: 'Close' }).click()
  const recent = page.getByRole('list', { name: 'Recent maps' })
  await recent.getByRole('button', { name: /Onboarding workshop/ }).click()
  await expect(notes).toHaveCount(1)
})

test('a second save writes to the same file without asking where', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await addNote(page, 'First idea')
  await page.keyboard.press('Control+s')
  await expect(saveStatus(page, 'Saved')).toBeVisible()
  await addNote(page, 'Second idea', { x: 0.3, y: 0.3 })
  await expect(saveStatus(page, 'Unsaved changes')).toBeVisible()
  await page.keyboard.press('Control+s')
  await expect(saveStatus(page, 'Saved')).toBeVisible()
  await expect.poll(() => readFile(page, 'Untitled map.journey')).toContain('Second idea')
  expect(await saveDialogsShown(page)).toBe(1)
})

test('closing with unsaved changes asks first, and Cancel keeps the map open', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await addNote(page, 'Do not lose me')
  await page.getByRole('button', { name: 'Close' }).click()
  const ask = page.getByRole('alertdialog', { name: 'Save changes to “Untitled map”?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(outlineList(page, 'Notes').getByRole('listitem')).toHaveCount(1)

  await page.getByRole('button', { name: 'Close' }).click()
  await ask.getByRole('button', { name: 'Don’t save' }).click()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recovered maps' })).toBeHidden()
})

test('a recent map whose file was deleted says so, and the start screen stays', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await addNote(page, 'Short-lived')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(page, 'Saved')).toBeVisible()
  await page.getByRole('button', { name: 'Close' }).click()
  await removeFile(page, 'Untitled map.journey')

  await page
    .getByRole('list', { name: 'Recent maps' })
    .getByRole('button', { name: /Untitled map/ })
    .click()
  const dialog = page.getByRole('alertdialog', {
    name: '“Untitled map.journey” could not be opened',
  })
  await expect(dialog).toContainText('could not be found')
  await dialog.getByRole('button', { name: 'OK' }).click()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
})

test('Ctrl+S while a note is being written saves the note with what was typed, as clicking Save does', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await addNote(page, 'First idea')
  const editor = await startNote(page, { x: 0.3, y: 0.3 })
  // Typed characters stay in the note (a space does not start a pan, "n" makes no note)…
  await page.keyboard.type('Kick-off call now and then')
  await expect(editor).toHaveValue('Kick-off call now and then')
  // …while a shortcut with Ctrl still reaches the app, and saves the note as typed so far.
  await page.keyboard.press('Control+s')
  await expect(saveStatus(page, 'Saved')).toBeVisible()
  await expect(editor).toBeHidden()
  await expect(outlineList(page, 'Notes').getByRole('listitem')).toHaveCount(2)
  await expect
    .poll(() => readFile(page, 'Untitled map.journey'))
    .toContain('Kick-off call now and then')
})
