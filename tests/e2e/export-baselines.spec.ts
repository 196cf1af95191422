// Baselines: take one, drag a note into the next stage, and "Compare" lists it as moved; the PDF's
// changes section says the same.
import { expect, test, type Page } from '@playwright/test'
import { startApp } from './support/app'
import { customerJourney, openMap } from './support/journey'

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export and baselines' })
const board = (page: Page) => page.getByRole('application', { name: 'Board' })

/** Where a board point is on the page. */
async function onScreen(page: Page, x: number, y: number) {
  const cam = await page.evaluate(() =>
    (
      window as unknown as {
        __journeyboardBoard: { camera(): { x: number; y: number; scale: number } }
      }
    ).__journeyboardBoard.camera(),
  )
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  return { x: box.x + cam.x + x * cam.scale, y: box.y + cam.y + y * cam.scale }
}

test('take a baseline, move a note to another stage, and compare', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined
  })
  await startApp(page)
  const doc = customerJourney('Onboarding review', [
    { text: 'Kick-off call', stage: 'Onboarding', lane: 'Tasks', step: { decision: 'human' } },
    { text: 'Send welcome pack', stage: 'Onboarding', lane: 'Touchpoints' },
    { text: 'Sign contract', stage: 'Purchase', lane: 'Customer actions' },
  ])
  await openMap(page, 'Onboarding review.journey', doc)

  await page.getByRole('button', { name: 'Export…' }).click()
  await dialog(page).getByRole('tab', { name: 'Baselines' }).click()
  await expect(dialog(page).getByText('None yet.')).toBeVisible()
  await dialog(page)
    .getByRole('textbox', { name: 'Name of the new baseline' })
    .fill('After the workshop')
  await dialog(page).getByRole('button', { name: 'Take baseline' }).click()
  await expect(dialog(page).getByRole('status')).toContainText(
    'Took the baseline “After the workshop”',
  )
  await expect(
    dialog(page).getByText('Nothing in the journey changed since the baseline.'),
  ).toBeVisible()
  await dialog(page).getByRole('button', { name: 'Close' }).click()

  // Drag "Kick-off call" from Onboarding into Adoption, the next column.
  const note = doc.board.notes[0]
  const onboarding = doc.board.stages.find((s) => s.name === 'Onboarding')
  const adoption = doc.board.stages.find((s) => s.name === 'Adoption')
  if (!note || !onboarding || !adoption) throw new Error('the template has these stages')
  const from = await onScreen(page, note.x + 30, note.y + 20)
  const to = await onScreen(page, note.x + 30 + adoption.x - onboarding.x, note.y + 20)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 4 })
  await page.mouse.up()

  await page.getByRole('button', { name: 'Export…' }).click()
  await dialog(page).getByRole('tab', { name: 'Baselines' }).click()
  await dialog(page).getByRole('button', { name: 'Compare with After the workshop' }).click()
  const moved = dialog(page).getByRole('table', { name: 'Steps moved between stages' })
  await expect(moved.getByRole('row', { name: 'Kick-off call Onboarding Adoption' })).toBeVisible()
  await expect(dialog(page).getByText('1 change since the baseline.')).toBeVisible()

  // "Print these changes…" turns on the PDF's changes section for this baseline.
  await dialog(page).getByRole('button', { name: 'Print these changes…' }).click()
  await expect(dialog(page).getByRole('tab', { name: 'Export' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(
    dialog(page).getByRole('checkbox', { name: /Changes since a baseline/ }),
  ).toBeChecked()
  await dialog(page).getByRole('button', { name: 'Export PDF…' }).click()
  const html =
    (await page.locator('iframe[title="Onboarding review.pdf"]').getAttribute('srcdoc')) ?? ''
  expect(html).toContain('Changes since “After the workshop”')
  expect(html).toMatch(
    /Kick-off call<\/span><\/td><td><span class="text">Onboarding<\/span><\/td><td><span class="text">Adoption/,
  )

  // The baseline is part of the map: Undo takes the move back, not the baseline.
  await dialog(page).getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: 'Undo' }).click()
  await page.getByRole('button', { name: 'Export…' }).click()
  await dialog(page).getByRole('tab', { name: 'Baselines' }).click()
  await dialog(page).getByRole('button', { name: 'Compare with After the workshop' }).click()
  await expect(
    dialog(page).getByText('Nothing in the journey changed since the baseline.'),
  ).toBeVisible()
})
