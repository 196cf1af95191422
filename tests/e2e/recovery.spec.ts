// Crash recovery: edits are copied aside seconds after they are made, and offered on the next
// start.
import { expect, test } from '@playwright/test'
import { addNote, newMap, outlineList, startApp, saveStatus } from './support/app'

test('after a crash, the unsaved map is offered under Recovered maps and Restore brings the edits back', async ({
  page,
}) => {
  await page.clock.install()
  await startApp(page)
  await newMap(page, 'Customer journey')
  const title = page.getByRole('textbox', { name: 'Map title' })
  await title.fill('Advocacy workshop')
  await title.press('Enter')
  await addNote(page, 'Referral bonus nobody knows about')

  // The recovery copy is written two seconds after the last edit.
  await page.clock.fastForward(2500)
  await expect(saveStatus(page, 'recovery copy kept')).toBeVisible()

  // The page goes away without saving (the "Leave site?" question is answered Leave).
  page.on('dialog', (dialog) => void dialog.accept())
  await page.reload()

  const recovered = page.getByRole('list', { name: 'Recovered maps' }).getByRole('listitem')
  await expect(recovered).toHaveCount(1)
  await expect(recovered.first()).toContainText('Advocacy workshop')
  await expect(recovered.first()).toContainText('never saved')
  await recovered.first().getByRole('button', { name: 'Restore Advocacy workshop' }).click()

  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Advocacy workshop')
  const notes = outlineList(page, 'Notes').getByRole('listitem')
  await expect(notes).toHaveCount(1)
  await expect(notes.first()).toContainText('Referral bonus nobody knows about')
  await expect(saveStatus(page, 'Unsaved changes')).toBeVisible()
})

test('while someone types, the recovery copy waits for a pause, but never more than ten seconds', async ({
  page,
}) => {
  await page.clock.install()
  await startApp(page)
  await newMap(page, 'Blank')
  await addNote(page, 'Referral bonus nobody knows about')
  const title = page.getByRole('textbox', { name: 'Map title' })
  await title.click()
  // Three seconds of typing, a key every 300 ms: the copy, due after two, waits.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.type('x')
    await page.clock.runFor(300)
  }
  await expect(saveStatus(page, 'Unsaved changes')).toBeVisible()
  await expect(saveStatus(page, 'recovery copy kept')).toBeHidden()
  // A second's pause, and it is written.
  await page.clock.runFor(1200)
  await expect(saveStatus(page, 'recovery copy kept')).toBeVisible()

  // Typing on and on after another edit: the copy is written ten seconds after that edit anyway.
  await title.press('Enter')
  await expect(saveStatus(page, 'recovery copy kept')).toBeHidden()
  await title.click()
  for (let i = 0; i < 40; i++) {
    await page.keyboard.type('y')
    await page.clock.runFor(300)
  }
  await expect(saveStatus(page, 'recovery copy kept')).toBeVisible()
})

test('a recovery copy can be discarded, and a saved map leaves none behind', async ({ page }) => {
  await page.clock.install()
  await startApp(page)
  await newMap(page, 'Blank')
  await addNote(page, 'Throwaway idea')
  await page.clock.fastForward(2500)
  await expect(saveStatus(page, 'recovery copy kept')).toBeVisible()
  page.on('dialog', (dialog) => void dialog.accept())
  await page.reload()

  const recovered = page.getByRole('list', { name: 'Recovered maps' }).getByRole('listitem')
  await expect(recovered).toHaveCount(1)
  await recovered.first().getByRole('button', { name: 'Discard Untitled map' }).click()
  await expect(page.getByRole('heading', { name: 'Recovered maps' })).toBeHidden()

  await newMap(page, 'Blank')
  await addNote(page, 'Kept idea')
  await page.clock.fastForward(2500)
  await expect(saveStatus(page, 'recovery copy kept')).toBeVisible()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(page, 'Saved')).toBeVisible()
  // Back on the start screen once the save has settled, and again after a restart.
  await page.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recovered maps' })).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recovered maps' })).toBeHidden()
})
