// Readiness points at what is missing; a freeform board becomes stages in one undoable step;
// people are managed without duplicates; the views answer to the keyboard.
import { expect, test } from '@playwright/test'
import { createDocument } from '../../src/shared/document'
import { outlineList, startApp } from './support/app'
import {
  actionPlan,
  customerJourney,
  mapNote,
  openMap,
  planRow,
  readiness,
  stepDetails,
  tab,
} from './support/journey'

test('readiness lists the task without an owner, and Show selects it', async ({ page }) => {
  await startApp(page)
  const doc = customerJourney('Onboarding review', [
    { text: 'Welcome call', stage: 'Onboarding', lane: 'Touchpoints' },
    {
      text: 'Set up SSO for the customer',
      stage: 'Onboarding',
      lane: 'Tasks',
      step: { decision: 'human', deadline: '2031-01-15' },
    },
  ])
  await openMap(page, 'Onboarding review.journey', doc)
  const owners = readiness(page)
    .getByRole('listitem')
    .filter({ hasText: 'Every task has an owner' })
  await expect(owners).toContainText('✗')
  await expect(owners).toContainText('1 task has no owner.')
  await owners.getByRole('button', { name: /Show the note/ }).click()
  await expect(stepDetails(page).getByLabel('Selected step')).toContainText(
    'Set up SSO for the customer',
  )

  // Giving it an owner ticks the item off at once.
  await stepDetails(page)
    .getByRole('combobox', { name: 'Owner' })
    .selectOption({ label: 'Add person…' })
  await stepDetails(page).getByRole('textbox', { name: 'New person’s name' }).fill('Tom Berg')
  await stepDetails(page).getByRole('textbox', { name: 'New person’s name' }).press('Enter')
  await expect(owners).toContainText('✓')
})

test('a freeform board of three heaps becomes three stages; one Undo takes them away', async ({
  page,
}) => {
  await startApp(page)
  const heaps = [
    ['DISCOVER', 'Reads a review on G2', 'Asks a peer about us'],
    ['Sign up', 'Fills the trial form', 'Gets the confirmation mail'],
    ['First week', 'Invites the team', 'Imports last year’s data'],
  ]
  const notes = heaps.flatMap((heap, h) =>
    heap.map((text, i) => mapNote({ id: `n${h}${i}`, text, x: 200 + h * 900, y: 100 + i * 190 })),
  )
  const doc = { ...createDocument('blank', { title: 'Freeform wall' }) }
  await openMap(page, 'Freeform wall.journey', {
    ...doc,
    board: { stages: [], lanes: [], notes },
  })
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveCount(0)

  await page.getByRole('button', { name: 'Structure this board…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Structure this board' })
  const names = dialog.getByRole('textbox', { name: /Name of stage/ })
  await expect(names).toHaveCount(3)
  await expect(names.first()).toHaveValue('DISCOVER')

  // Merge and split, then rename; the heaps come back as they were.
  await dialog.getByRole('button', { name: 'Merge stage 1 with the next' }).click()
  await expect(names).toHaveCount(2)
  await dialog.getByRole('button', { name: 'Split stage 1 in two' }).click()
  await expect(names).toHaveCount(3)
  await names.first().fill('Discover')
  await dialog.getByRole('button', { name: 'Accept 3 stages' }).click()
  await expect(dialog).toBeHidden()

  const stages = outlineList(page, 'Stages').getByRole('listitem')
  await expect(stages).toHaveCount(3)
  await expect(stages.first()).toHaveText('Discover')
  await expect(
    outlineList(page, 'Notes').getByRole('listitem').filter({ hasText: 'unsorted' }),
  ).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Structure this board…' })).toBeHidden()
  await expect(page.getByRole('application', { name: 'Board' })).toBeFocused()

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(stages).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Structure this board…' })).toBeVisible()
})

test('Suggest stages shows only with unsorted notes, says how many, and sorts them', async ({
  page,
}) => {
  await startApp(page)
  const doc = customerJourney('Parked notes', [
    { text: 'Welcome call', stage: 'Onboarding', lane: 'Touchpoints' },
  ])
  const right = Math.max(...doc.board.stages.map((s) => s.x + s.width))
  const parked = [
    mapNote({ id: 'parked_1', text: 'Refer a colleague', x: right + 200, y: 300 }),
    mapNote({ id: 'parked_2', text: 'Writes a review', x: right + 400, y: 300 }),
  ]
  await openMap(page, 'Parked notes.journey', {
    ...doc,
    board: { ...doc.board, notes: [...doc.board.notes, ...parked] },
  })
  const suggest = page.getByRole('button', { name: /^Suggest (stages|a stage) for/ })
  await expect(suggest).toHaveText('Suggest stages for 2 unsorted notes', { useInnerText: true })
  await suggest.click()
  const dialog = page.getByRole('dialog', { name: 'Suggest stages for unsorted notes' })
  await expect(dialog.getByRole('listitem')).toHaveCount(2)
  await dialog.getByRole('button', { name: /^Accept Advocacy for “Refer a colleague/ }).click()
  await expect(suggest).toHaveText('Suggest a stage for 1 unsorted note', { useInnerText: true })
  await dialog.getByRole('button', { name: 'Accept all' }).click()
  await expect(dialog).toBeHidden()
  // Every note is in a stage: nothing is left to suggest, so the button is gone.
  await expect(suggest).toBeHidden()
  // Its button went with it: focus is on the board, so the keys act at once.
  await expect(page.getByRole('application', { name: 'Board' })).toBeFocused()
  await expect(
    outlineList(page, 'Notes').getByRole('listitem').filter({ hasText: 'unsorted' }),
  ).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(suggest).toHaveText('Suggest a stage for 1 unsorted note', { useInnerText: true })
})

test('people: empty, overlong and duplicate names are refused; deleting an owner asks about their steps', async ({
  page,
}) => {
  await startApp(page)
  const doc = customerJourney('Owners', [
    {
      text: 'Kickoff agenda',
      stage: 'Onboarding',
      lane: 'Tasks',
      step: { ownerId: 'person_priya' },
    },
    { text: 'Data import', stage: 'Onboarding', lane: 'Tasks', step: { ownerId: 'person_priya' } },
  ])
  await openMap(page, 'Owners.journey', {
    ...doc,
    people: [
      { id: 'person_priya', name: 'Priya', role: 'CSM', departmentId: null },
      { id: 'person_tom', name: 'Tom', role: '', departmentId: null },
    ],
  })
  await page.getByRole('button', { name: 'People and departments…' }).click()
  const dialog = page.getByRole('dialog', { name: 'People and departments' })
  const name = dialog.getByRole('textbox', { name: 'New person’s name' })
  const add = dialog.getByRole('button', { name: 'Add person' })

  await add.click()
  await expect(dialog.getByRole('alert')).toHaveText('A person needs a name.')
  await name.fill('x'.repeat(500))
  await add.click()
  await expect(dialog.getByRole('alert')).toContainText('keep it to 200 or fewer')
  await name.fill('  priya ')
  await add.click()
  await expect(dialog.getByRole('alert')).toHaveText('Priya is already in the list.')
  await name.fill('Ana Costa')
  await add.click()
  await expect(dialog.getByRole('textbox', { name: 'Name of Ana Costa' })).toBeVisible()
  // A name cleared in the list is put back, and the message says so (it read as if still blank).
  const tom = dialog.getByRole('textbox', { name: 'Name of Tom' })
  await tom.fill('')
  await tom.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText('A person needs a name. Kept “Tom”.')
  await expect(tom).toHaveValue('Tom')

  await dialog.getByRole('button', { name: 'Delete Priya' }).click()
  await expect(dialog).toContainText('Priya owns 2 steps.')
  await dialog.getByRole('combobox', { name: 'Reassign them to…' }).selectOption({ label: 'Tom' })
  await dialog.getByRole('button', { name: 'Reassign' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Name of Priya' })).toBeHidden()

  await dialog.getByRole('textbox', { name: 'New department’s name' }).fill('Customer Success')
  await dialog.getByRole('spinbutton', { name: /review interval in weeks/ }).fill('0')
  await dialog.getByRole('button', { name: 'Add department' }).click()
  await expect(dialog.getByRole('alert')).toContainText('from 1 to 520')
  await dialog.getByRole('spinbutton', { name: /review interval in weeks/ }).fill('6')
  await dialog.getByRole('button', { name: 'Add department' }).click()
  await expect(
    dialog.getByRole('spinbutton', { name: 'Review interval of Customer Success in weeks' }),
  ).toHaveValue('6')
  await dialog.getByRole('button', { name: 'Done' }).click()

  await tab(page, 'Owners').click()
  await expect(page.getByRole('region', { name: 'Tom' }).getByRole('listitem')).toHaveCount(2)
})

test('the views are tabs: Ctrl+number and the arrow keys switch them; the action plan moves like a spreadsheet', async ({
  page,
}) => {
  await startApp(page)
  await openMap(
    page,
    'Keys.journey',
    customerJourney('Keys', [
      { text: 'Kickoff agenda', stage: 'Onboarding', lane: 'Tasks' },
      { text: 'Data import', stage: 'Adoption', lane: 'Tasks' },
    ]),
  )
  await page.keyboard.press('Control+2')
  await expect(tab(page, 'Journey')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('table', { name: 'Journey' })).toBeVisible()
  await tab(page, 'Journey').focus()
  await page.keyboard.press('ArrowRight')
  await expect(tab(page, 'Action plan')).toBeFocused()
  await expect(tab(page, 'Action plan')).toHaveAttribute('aria-selected', 'true')

  // Sort by step, descending: Kickoff before Data import.
  const header = actionPlan(page).getByRole('columnheader', { name: 'Step' })
  await header.getByRole('button').click()
  await expect(header).toHaveAttribute('aria-sort', 'ascending')
  await header.getByRole('button').click()
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  const rows = actionPlan(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') })
  await expect(rows.first()).toContainText('Kickoff agenda')

  // Arrow keys move between cells, Enter edits the decision, Esc takes it back, Enter keeps it.
  await rows.first().getByRole('gridcell').first().click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  const decision = actionPlan(page).getByRole('combobox', { name: /Decision of/ })
  await expect(decision).toBeFocused()
  await decision.selectOption('automate')
  await page.keyboard.press('Escape')
  await expect(rows.first()).toContainText('Undecided')
  await page.keyboard.press('Enter')
  await actionPlan(page)
    .getByRole('combobox', { name: /Decision of/ })
    .selectOption('human')
  await page.keyboard.press('Enter')
  await expect(rows.first()).toContainText('Team member')
  await page.keyboard.press('ArrowDown')
  await expect(stepDetails(page).getByLabel('Selected step')).toContainText('Data import')
  await expect(planRow(page, 'Data import')).toHaveAttribute('aria-selected', 'true')

  // Filters: Team member only.
  await page.getByRole('combobox', { name: 'Filter by decision' }).selectOption('human')
  await expect(rows).toHaveCount(1)
})
