// The board: the Customer journey grid, a note in one gesture, undo and redo.
import { expect, test } from '@playwright/test'
import { addNote, newMap, outlineList, startApp, saveStatus } from './support/app'
import { pointAtCell } from './support/board'

test('a Customer journey map shows its seven stages and five lanes', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveText([
    'Awareness',
    'Evaluation',
    'Purchase',
    'Onboarding',
    'Adoption',
    'Renewal',
    'Advocacy',
  ])
  await expect(outlineList(page, 'Lanes').getByRole('listitem')).toHaveText([
    'Customer actions',
    'Touchpoints',
    'Pain points',
    'Ideas',
    'Tasks',
  ])
  await expect(outlineList(page, 'Notes').getByRole('listitem')).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Customer journey')
})

test('double-clicking empty board makes a note that holds what is typed; undo and redo take it away and back', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  const notes = outlineList(page, 'Notes').getByRole('listitem')

  await addNote(page, 'Sign-up form asks for too much')
  await expect(notes).toHaveCount(1)
  await expect(notes.first()).toContainText('Sign-up form asks for too much')
  await expect(saveStatus(page, 'Unsaved changes')).toBeVisible()
  await expect(page).toHaveTitle('• Customer journey — Journeyboard')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(notes).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(notes).toHaveCount(1)
  await expect(notes.first()).toContainText('Sign-up form asks for too much')

  // The keyboard shortcuts do the same.
  await page.getByRole('application', { name: 'Board' }).focus()
  await page.keyboard.press('Control+z')
  await expect(notes).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(notes).toHaveCount(1)
})

test('a note written in the Pain points lane is listed in that lane', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  const board = page.getByRole('application', { name: 'Board' })
  await board.focus()
  // N writes where the pointer is.
  await pointAtCell(page, 'Onboarding', 'Pain points')
  await page.keyboard.press('n')
  await page.keyboard.type('Invoice arrives before the product works')
  await page.keyboard.press('Escape')
  const notes = outlineList(page, 'Notes').getByRole('listitem')
  await expect(notes).toHaveCount(1)
  await expect(notes.first()).toContainText('Invoice arrives before the product works')
  await expect(notes.first()).toContainText('Pain points')
})

test('renaming the map is one undo step', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Blank')
  const title = page.getByRole('textbox', { name: 'Map title' })
  await title.fill('Onboarding workshop')
  await title.press('Enter')
  await expect(page).toHaveTitle('• Onboarding workshop — Journeyboard')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(title).toHaveValue('Untitled map')
})
