// From a note on the board to a planned step: owner, deadline and decision set beside the board,
// seen in the Action plan, Owners and Journey views, and still there after saving and reopening.
import { expect, test } from '@playwright/test'
import { addNote, newMap, openThroughDialog, saveStatus, startApp } from './support/app'
import { actionPlan, pageDates, planRow, shown, stepDetails, tab } from './support/journey'

test('a step given an owner, a deadline and “Automate” on the board shows in every view and survives save and reopen', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await addNote(page, 'Send the welcome pack before kickoff')

  // The note just written is the selected one: its details sit beside the board.
  const details = stepDetails(page)
  await expect(details.getByLabel('Selected step')).toContainText(
    'Send the welcome pack before kickoff',
  )

  await details.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Add person…' })
  await details.getByRole('textbox', { name: 'New person’s name' }).fill('Priya Shah')
  await details.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(details.getByRole('combobox', { name: 'Owner' })).toHaveValue(/person_/)
  await expect(
    details.getByRole('combobox', { name: 'Owner' }).locator('option:checked'),
  ).toHaveText('Priya Shah')

  await details.getByRole('radio', { name: 'Automate' }).check()
  await details.getByRole('textbox', { name: 'Rationale' }).fill('The CRM sends it on signature')
  await details.getByRole('textbox', { name: 'Rationale' }).press('Enter')

  const { later } = await pageDates(page, 14)
  await details.getByRole('button', { name: 'In 2 weeks' }).click()
  await expect(details.getByRole('textbox', { name: 'Deadline date' })).toHaveValue(later)
  await expect(details).toContainText(shown(later))

  // Action plan (Ctrl+3): the row carries every field.
  await page.keyboard.press('Control+3')
  await expect(tab(page, 'Action plan')).toHaveAttribute('aria-selected', 'true')
  const row = planRow(page, 'Send the welcome pack before kickoff')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Automate')
  await expect(row).toContainText('Priya Shah')
  await expect(row).toContainText(shown(later))
  await expect(row).toHaveAttribute('aria-selected', 'true')

  // Owners: under Priya Shah, with the deadline.
  await tab(page, 'Owners').click()
  const priya = page.getByRole('region', { name: 'Priya Shah' })
  await expect(priya.getByRole('listitem')).toHaveCount(1)
  await expect(priya.getByRole('listitem').first()).toContainText(shown(later))
  await expect(priya.getByRole('listitem').first()).toContainText(
    'Send the welcome pack before kickoff',
  )

  // Journey: the note in its cell with its decision and owner badges.
  await tab(page, 'Journey').click()
  const journey = page.getByRole('table', { name: 'Journey' })
  const card = journey.getByRole('button', { name: /Send the welcome pack before kickoff/ })
  await expect(card).toContainText('Automate')
  await expect(card).toContainText('Priya Shah')

  // Save, close, reopen: all still there.
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(page, 'Saved')).toBeVisible()
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
  await openThroughDialog(page, 'Customer journey.journey')
  await tab(page, 'Action plan').click()
  const reopened = planRow(page, 'Send the welcome pack before kickoff')
  await expect(reopened).toContainText('Automate')
  await expect(reopened).toContainText('Priya Shah')
  await expect(reopened).toContainText(shown(later))
  await reopened.getByRole('gridcell').nth(1).click()
  await expect(stepDetails(page).getByRole('textbox', { name: 'Rationale' })).toHaveValue(
    'The CRM sends it on signature',
  )
  await expect(stepDetails(page).getByRole('radio', { name: 'Automate' })).toBeChecked()
})

test('typed deadlines: common formats are read, nonsense gets an inline error and changes nothing', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await addNote(page, 'Book the kickoff call')
  const details = stepDetails(page)
  const typed = details.getByRole('textbox', { name: 'Type a deadline' })
  const date = details.getByRole('textbox', { name: 'Deadline date' })

  for (const [text, iso] of [
    ['31/03/2031', '2031-03-31'],
    ['2031-04-15', '2031-04-15'],
    ['5 May 2031', '2031-05-05'],
    ['June 7, 2031', '2031-06-07'],
    ['31.12.2031', '2031-12-31'],
  ] as const) {
    await typed.fill(text)
    await typed.press('Enter')
    await expect(date).toHaveValue(iso)
    await expect(typed).toHaveValue('')
  }
  const { later } = await pageDates(page, 7)
  await typed.fill('in 1 week')
  await typed.press('Enter')
  await expect(date).toHaveValue(later)

  await typed.fill('next Tuesdayy')
  await typed.press('Enter')
  await expect(details.getByRole('alert')).toContainText('“next Tuesdayy” is not a date')
  await expect(typed).toHaveAttribute('aria-invalid', 'true')
  await expect(date).toHaveValue(later)

  await typed.fill('30/02/2031')
  await typed.press('Enter')
  await expect(details.getByRole('alert')).toContainText('not a real date')
  await expect(date).toHaveValue(later)

  // A slip of the keyboard: year 9999 (which made an iCalendar no calendar could read) is refused,
  // typed or picked.
  await typed.fill('31/12/9999')
  await typed.press('Enter')
  await expect(details.getByRole('alert')).toContainText('more than 50 years from today')
  await expect(date).toHaveValue(later)
  await typed.fill('')
  await date.fill('9999-12-31')
  await expect(details.getByRole('alert')).toContainText('9999-12-31 a typo')
  await expect(date).toHaveValue(later)

  // In the action plan too: Enter edits the deadline cell, nonsense is refused, Esc takes it back.
  await tab(page, 'Action plan').click()
  const row = planRow(page, 'Book the kickoff call')
  await row.getByRole('gridcell').nth(6).click()
  await page.keyboard.press('Enter')
  const cell = actionPlan(page).getByRole('textbox', { name: /Deadline of/ })
  await cell.fill('banana')
  await cell.press('Enter')
  await expect(actionPlan(page).getByRole('alert')).toContainText('“banana” is not a date')
  await cell.press('Escape')
  await expect(row).toContainText(shown(later))
  await page.keyboard.press('Enter')
  await actionPlan(page)
    .getByRole('textbox', { name: /Deadline of/ })
    .fill('1/9/2031')
  await page.keyboard.press('Enter')
  await expect(row).toContainText('1 Sep 2031')
})
