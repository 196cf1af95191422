// The three views on the realistic B2B onboarding workshop (120 notes). Set
// JOURNEYBOARD_SCREENSHOTS=1 to write docs/screenshots/journey-*.png as well.
import { expect, test } from '@playwright/test'
import { workshopMap } from '../unit/helpers/workshop'
import { startApp } from './support/app'
import { actionPlan, openMap, readiness, stepDetails, tab } from './support/journey'

const shots = Boolean(process.env.JOURNEYBOARD_SCREENSHOTS)

test('the workshop map reads as a journey, an action plan and a list of owners', async ({
  page,
}) => {
  await startApp(page)
  const workshop = workshopMap()
  const onboarding = workshop.board.stages.find((s) => s.name === 'Onboarding')
  if (!onboarding) throw new Error('the workshop has an Onboarding stage')
  const doc = {
    ...workshop,
    metrics: [
      {
        id: 'metric_ttv',
        stageId: onboarding.id,
        name: 'Time to first value',
        unit: 'days',
        baseline: 21,
        target: 7,
        current: 14,
      },
    ],
  }
  await openMap(page, 'B2B onboarding workshop.journey', doc)
  const stageNames = doc.board.stages.map((s) => s.name)

  await tab(page, 'Journey').click()
  const journey = page.getByRole('table', { name: 'Journey' })
  await expect(journey.getByRole('columnheader')).toHaveCount(stageNames.length)
  await expect(journey.getByRole('rowheader')).toHaveCount(doc.board.lanes.length)
  const note = doc.board.notes.find(
    (n) => n.step.ownerId !== null && n.step.decision === 'automate',
  )
  if (!note) throw new Error('the workshop has an automated, owned task')
  await journey
    .getByRole('button', { name: new RegExp(escape(note.text.slice(0, 30))) })
    .first()
    .click()
  await expect(stepDetails(page).getByLabel('Selected step')).toContainText(note.text)
  await expect(
    journey.getByRole('button', { name: 'Edit metric Time to first value' }),
  ).toContainText('now 14 days · target 7 days · baseline 21 days')
  await journey.evaluate((table) => table.parentElement?.scrollTo(0, 0))
  if (shots) await page.screenshot({ path: 'docs/screenshots/journey-view.png' })

  await tab(page, 'Action plan').click()
  await expect(page.getByRole('group', { name: 'Filters' }).getByRole('status')).toHaveText(
    `${doc.board.notes.length} steps`,
  )
  await expect(actionPlan(page)).toHaveAttribute(
    'aria-rowcount',
    String(doc.board.notes.length + 1),
  )
  await expect(actionPlan(page).getByRole('row', { selected: true })).toContainText(note.text)
  if (shots) await page.screenshot({ path: 'docs/screenshots/journey-action-plan.png' })

  await tab(page, 'Owners').click()
  for (const person of doc.people) {
    await expect(page.getByRole('region', { name: person.name, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('region', { name: 'No owner' })).toBeVisible()
  if (shots) await page.screenshot({ path: 'docs/screenshots/journey-owners.png' })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('View ▸ Toggle Panels (Ctrl+\\) hides the side panel and brings it back', async ({ page }) => {
  await startApp(page)
  await openMap(page, 'Workshop.journey', workshopMap())
  await expect(stepDetails(page)).toBeVisible()
  await page.keyboard.press('Control+\\')
  await expect(stepDetails(page)).toBeHidden()
  await expect(page.getByRole('button', { name: 'Show details' })).toBeVisible()
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('journeyboard:command', { detail: 'view.togglePanels' })),
  )
  await expect(stepDetails(page)).toBeVisible()
})

test('the window never scrolls as a whole: a wheel over the title bar leaves every view in place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await startApp(page)
  await openMap(page, 'Workshop.journey', workshopMap())
  const title = page.getByRole('textbox', { name: 'Map title' })
  for (const name of ['Board', 'Journey', 'Action plan', 'Owners'] as const) {
    await tab(page, name).click()
    // The side panel is taller than the window here (readiness lists every stage): it scrolls
    // within itself, and nothing of it makes the page longer than the window.
    await expect(readiness(page)).toBeVisible()
    const sizes = await page.evaluate(() => ({
      page: document.scrollingElement!.scrollHeight,
      window: window.innerHeight,
    }))
    expect(sizes.page, `${name}: the page is as tall as the window`).toBe(sizes.window)
    const box = (await title.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.wheel(0, 600)
    await page.waitForTimeout(100)
    expect(await page.evaluate(() => window.scrollY), `${name}: the window did not scroll`).toBe(0)
    expect((await title.boundingBox())!.y, `${name}: the title stays put`).toBe(box.y)
  }
})

test('on a 1024-pixel window every view tab and journey tool is on screen whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 640 })
  await startApp(page)
  await openMap(page, 'Workshop.journey', workshopMap())
  const controls = [
    ...(await page.getByRole('tablist', { name: 'Views' }).getByRole('tab').all()),
    ...(await page.getByRole('group', { name: 'Journey tools' }).getByRole('button').all()),
  ]
  expect(controls.length).toBeGreaterThan(5)
  for (const control of controls) await expect(control).toBeInViewport({ ratio: 1 })
})
