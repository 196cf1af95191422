// A map of 10,000 notes opened in the journey views: the action plan draws only the rows in view.
import { expect, test } from '@playwright/test'
import { largeMap } from '../unit/helpers/boards'
import { startApp } from './support/app'
import { actionPlan, openMap, stepDetails, tab } from './support/journey'

// A trace's snapshot of the page at each step copies its whole DOM, the outline's thousands of
// boxes with it: seconds each on a busy 2-core machine, with the page held meanwhile, so the map
// did not open in time. These tests keep no trace.
test.use({ trace: 'off' })

test('a 10,000-note map: the action plan draws only the rows in view and still reaches the last one', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await startApp(page)
  const doc = largeMap(10_000)
  await openMap(page, 'Large journey.journey', doc)
  await tab(page, 'Action plan').click()
  const grid = actionPlan(page)
  await expect(grid).toHaveAttribute('aria-rowcount', '10001')
  const drawn = await grid.getByRole('row').count()
  expect(drawn).toBeLessThan(80)

  await grid.getByRole('gridcell').nth(1).click()
  await page.keyboard.press('Control+End')
  await expect(grid.locator('[aria-rowindex="10001"]')).toBeVisible()
  await expect(stepDetails(page).getByLabel('Selected step')).toBeVisible()

  await tab(page, 'Journey').click()
  await expect(page.getByRole('table', { name: 'Journey' }).getByRole('columnheader')).toHaveCount(
    doc.board.stages.length,
  )
  await tab(page, 'Owners').click()
  await expect(page.getByRole('region', { name: 'No owner' })).toBeVisible()
})
