// The workshop's phases: the stepper moves, brings the fitting tool first, and is saved in the
// map; the goals each group writes; the customer's words on notes and the Journey view in the
// customer's shoes.
import { expect, test } from '@playwright/test'
import { createDocument } from '../../src/shared/document'
import { newMap, startApp } from './support/app'
import { savedDocument, selectionBar } from './support/board'
import { clickNote, expectPhase, panel, phase, phases, tool } from './support/facilitation'
import { customerJourney, openMap, tab } from './support/journey'

test('the phase stepper changes, puts the phase’s tools first, and is saved in the map', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await expect(phases(page).getByRole('button')).toHaveText([
    /1\s*Goals/,
    /2\s*Homework/,
    /3\s*Map/,
    /4\s*Decide/,
    /5\s*Assign/,
    /6\s*Review/,
  ])
  await expectPhase(page, 'Goals')
  await expect(page.getByLabel('Facilitator prompt')).toContainText('Step 1 of 6 · Goals:')

  // Goals: the goals panel opens; each group writes its goals.
  await phase(page, 'Goals').click()
  const goals = panel(page, 'Goals')
  await expect(goals).toBeVisible()
  const form = goals.getByRole('form', { name: 'New goal' })
  for (const [text, group] of [
    ['Halve the time from signature to first payroll', 'Customer Success'],
    ['Know why trials do not convert', 'Sales'],
    ['Fewer tickets in the first week', 'Support'],
  ]) {
    await form.getByLabel('New goal').fill(text as string)
    await form.getByLabel('Group').fill(group as string)
    await form.getByRole('button', { name: 'Add goal' }).click()
  }
  const list = goals.getByRole('list', { name: 'Goals' })
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await goals.getByLabel('Goal 2', { exact: true }).fill('Know why trials stall after day 3')
  await goals.getByLabel('Goal 2', { exact: true }).press('Enter')
  await goals.getByRole('button', { name: 'Move goal 3 up' }).click()
  await goals.getByRole('button', { name: 'Delete goal 1' }).click()
  await expect(goals.getByLabel('Goal 1', { exact: true })).toHaveValue(
    'Fewer tickets in the first week',
  )
  await expect(goals.getByLabel('Goal 2', { exact: true })).toHaveValue(
    'Know why trials stall after day 3',
  )
  await page.screenshot({ path: 'docs/screenshots/facilitation-phases.png' })

  // Decide: voting comes first and its panel opens.
  await phase(page, 'Decide').click()
  await expectPhase(page, 'Decide')
  await expect(panel(page, 'Dot voting')).toBeVisible()
  await expect(
    page.getByRole('group', { name: 'Workshop tools' }).getByRole('button').first(),
  ).toHaveText('Dot voting')
  await expect(page.getByLabel('Facilitator prompt')).toContainText('Step 4 of 6 · Decide:')

  // Assign: the action plan is in front.
  await phase(page, 'Assign').click()
  await expectPhase(page, 'Assign')
  await expect(tab(page, 'Action plan')).toHaveAttribute('aria-selected', 'true')
  await expect(tool(page, 'Action plan')).toHaveClass(/button--primary/)

  // Saved in the file, with the goals in their order; Undo steps back through the phases.
  const saved = await savedDocument(page, 'Phases.journey')
  expect(saved.session.phase).toBe('assign')
  expect(saved.session.goals.map((g) => [g.text, g.group])).toEqual([
    ['Fewer tickets in the first week', 'Support'],
    ['Know why trials stall after day 3', 'Sales'],
  ])
  await page.keyboard.press('Control+z')
  await expectPhase(page, 'Decide')
})

test('a saved phase comes back when the map is opened again', async ({ page }) => {
  await startApp(page)
  const doc = createDocument('customer-journey', { title: 'Back at review' })
  await openMap(page, 'Review.journey', { ...doc, session: { ...doc.session, phase: 'review' } })
  await expectPhase(page, 'Review')
  await expect(page.getByLabel('Facilitator prompt')).toContainText('Step 6 of 6 · Review:')
  await expect(
    page.getByRole('group', { name: 'Workshop tools' }).getByRole('button').first(),
  ).toHaveText('Present')
})

test('notes marked as the customer’s words are saved, and the Journey view can walk in their shoes', async ({
  page,
}) => {
  await startApp(page)
  const doc = customerJourney('Customer words', [
    { text: 'Signs the contract', stage: 'Purchase', lane: 'Customer actions' },
    { text: '“I waited two weeks for anyone to call”', stage: 'Onboarding', lane: 'Pain points' },
    { text: 'Welcome e-mail', stage: 'Onboarding', lane: 'Touchpoints' },
  ])
  const lanes = doc.board.lanes
  // The customer lane starts at the bottom of this board.
  const reordered = {
    ...doc,
    board: {
      ...doc.board,
      lanes: lanes.map((l) =>
        l.kind === 'customer-action' ? { ...l, y: 80 + 220 * 5 } : { ...l, y: l.y - 220 },
      ),
      notes: doc.board.notes.map((n) =>
        n.text === 'Signs the contract' ? { ...n, y: 80 + 220 * 5 + 20 } : { ...n, y: n.y - 220 },
      ),
    },
  }
  await openMap(page, 'Words.journey', reordered)
  await clickNote(page, reordered, '“I waited two weeks for anyone to call”')
  const quote = selectionBar(page).getByRole('button', { name: /Customer’s words/ })
  await expect(quote).toHaveAttribute('aria-pressed', 'false')
  await quote.click()
  await expect(quote).toHaveAttribute('aria-pressed', 'true')
  const saved = await savedDocument(page, 'Words.journey')
  expect(saved.board.notes.filter((n) => n.customerWords).map((n) => n.text)).toEqual([
    '“I waited two weeks for anyone to call”',
  ])

  await tab(page, 'Journey').click()
  const rows = page.getByRole('table', { name: 'Journey' }).getByRole('rowheader')
  await expect(rows.first()).toHaveText('Touchpoints')
  await page.getByLabel(/Walk in the customer’s shoes/).check()
  await expect(rows.first()).toHaveText('Customer actions')
})
