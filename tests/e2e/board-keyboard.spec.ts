// The board from the keyboard: N at the pointer, select all, delete, duplicate, arrow moves (one
// undo step per press), Esc, zoom keys, the outline as a way from note to note, and the selection
// toolbar's Align and Tidy.
import { expect, test } from '@playwright/test'
import { createDocument, serializeDocument } from '../../src/shared/document'
import { defaultNote } from '../../src/shared/document/defaults'
import { MAX_COORDINATE } from '../../src/shared/document/schema'
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../../src/renderer/src/board/style'
import { ARROW_STEP, ARROW_STEP_LARGE } from '../../src/renderer/src/overlays/boardActions'
import { addNote, journeyFile, newMap, openThroughDialog, startApp, writeFile } from './support/app'
import {
  board,
  boardMessage,
  camera,
  outlineNotes,
  pointAtCell,
  savedDocument,
  selectionBar,
} from './support/board'
import { customerJourney, mapNote, openMap, stepDetails } from './support/journey'

async function openJourney(page: import('@playwright/test').Page, texts: string[]) {
  await startApp(page)
  const file = journeyFile('Renewal workshop', texts)
  await writeFile(page, 'renewal.journey', file.text)
  await openThroughDialog(page, 'renewal.journey')
  await expect(outlineNotes(page)).toHaveCount(texts.length)
  return file
}

test('the outline reads the notes in rows, top to bottom and left to right, whatever order they were made in', async ({
  page,
}) => {
  await startApp(page)
  const doc = createDocument('customer-journey', { title: 'Order' })
  const [awareness, evaluation, purchase] = doc.board.stages
  const [actions, touchpoints] = doc.board.lanes
  const at = (text: string, x: number, y: number, minute: number) => ({
    ...defaultNote(new Date(Date.UTC(2026, 0, 1, 9, minute))),
    text,
    x,
    y,
  })
  // Made bottom right first, then top left, then top right a little lower.
  const notes = [
    at('Calls support', purchase!.x + 20, touchpoints!.y + 20, 0),
    at('Sees the ad', awareness!.x + 20, actions!.y + 20, 1),
    at('Reads reviews', evaluation!.x + 20, actions!.y + 45, 2),
  ]
  await writeFile(
    page,
    'order.journey',
    serializeDocument({ ...doc, board: { ...doc.board, notes } }),
  )
  await openThroughDialog(page, 'order.journey')
  await expect(outlineNotes(page)).toHaveText([
    /^Sees the ad — Awareness, Customer actions/,
    /^Reads reviews — Evaluation, Customer actions/,
    /^Calls support — Purchase, Touchpoints/,
  ])
  // Dragged down beside the last one, the first note reads last.
  const cam = await camera(page)
  const area = (await board(page).boundingBox())!
  const screen = (x: number, y: number) => ({
    x: area.x + cam.x + x * cam.scale,
    y: area.y + cam.y + y * cam.scale,
  })
  const from = screen(awareness!.x + 100, actions!.y + 100)
  const to = screen(purchase!.x + 100 + 176, touchpoints!.y + 100)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 4 })
  await page.mouse.up()
  await expect(outlineNotes(page)).toHaveText([
    /^Reads reviews — Evaluation, Customer actions/,
    /^Calls support — Purchase, Touchpoints/,
    /^Sees the ad — Purchase, Touchpoints/,
  ])
})

test('N writes a note where the pointer is', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  const doc = createDocument('customer-journey')
  const onboarding = doc.board.stages.find((s) => s.name === 'Onboarding')!
  const ideas = doc.board.lanes.find((l) => l.name === 'Ideas')!
  const cam = await camera(page)
  const box = (await board(page).boundingBox())!
  await page.mouse.move(
    box.x + cam.x + (onboarding.x + onboarding.width / 2) * cam.scale,
    box.y + cam.y + (ideas.y + ideas.height / 2) * cam.scale,
  )
  await board(page).focus()
  await page.keyboard.press('n')
  await expect(page.getByRole('textbox', { name: 'New note' })).toBeFocused()
  await page.keyboard.type('Checklist inside the app')
  await page.keyboard.press('Escape')
  await expect(outlineNotes(page)).toHaveText([/Checklist inside the app — Onboarding, Ideas/])
})

test('a note asked for near the edge of a cell stays inside the cell', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  const doc = createDocument('customer-journey')
  const [awareness, , purchase] = doc.board.stages
  const actions = doc.board.lanes[0]!
  const tasks = doc.board.lanes.at(-1)!
  const cam = await camera(page)
  const box = (await board(page).boundingBox())!
  const screen = (x: number, y: number) => ({
    x: box.x + cam.x + x * cam.scale,
    y: box.y + cam.y + y * cam.scale,
  })
  // N just under the Awareness header: centred there, the note would cover the header.
  const top = screen(awareness!.x + awareness!.width / 2, actions.y + 15)
  await page.mouse.move(top.x, top.y)
  await board(page).focus()
  await page.keyboard.press('n')
  await page.keyboard.type('Sees the ad')
  await page.keyboard.press('Escape')
  // A double-click just above the bottom of Purchase × Tasks: it would hang below the grid.
  const bottom = screen(purchase!.x + 30, tasks.y + tasks.height - 10)
  await page.mouse.dblclick(bottom.x, bottom.y)
  await page.keyboard.type('Send the contract')
  await page.keyboard.press('Escape')
  await expect(outlineNotes(page)).toHaveText([
    /Sees the ad — Awareness, Customer actions/,
    /Send the contract — Purchase, Tasks/,
  ])
  const saved = await savedDocument(page, 'edges.journey')
  const note = (text: string) => saved.board.notes.find((n) => n.text === text)!
  const inside = (
    n: { x: number; y: number; width: number; height: number },
    stage = awareness!,
    lane = actions,
  ) => {
    expect(n.x).toBeGreaterThanOrEqual(stage.x)
    expect(n.x + n.width).toBeLessThanOrEqual(stage.x + stage.width)
    expect(n.y).toBeGreaterThanOrEqual(lane.y)
    expect(n.y + n.height).toBeLessThanOrEqual(lane.y + lane.height)
  }
  inside(note('Sees the ad'))
  inside(note('Send the contract'), purchase, tasks)
})

test('the toolbar shows the kind a lane gives its notes, and sets the kind of a note outside the lanes', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await pointAtCell(page, 'Onboarding', 'Touchpoints')
  await board(page).focus()
  await page.keyboard.press('n')
  await page.keyboard.type('Welcome email')
  await page.keyboard.press('Escape')
  const kind = selectionBar(page).getByRole('combobox', { name: 'Kind' })
  // In a lane, the lane decides: shown, not offered (choosing one changed nothing anyone saw).
  await expect(kind).toBeDisabled()
  await expect(kind).toHaveText('Touchpoint')
  await expect(kind).toHaveAttribute('title', /takes the lane’s kind/)

  await savedDocument(page, 'lanes.journey')
  await page.getByRole('button', { name: 'Close', exact: true }).click()
  await newMap(page, 'Blank')
  await addNote(page, 'Pricing page is confusing')
  await expect(kind).toBeEnabled()
  await kind.selectOption({ label: 'Pain point' })
  await expect(outlineNotes(page)).toHaveCount(1)
  const doc = await savedDocument(page, 'kind.journey')
  expect(doc.board.notes[0]!.kind).toBe('pain-point')
  await expect(kind).toHaveValue('pain-point')
})

test('a kind chosen for notes in lanes and out of them goes to those outside alone; notes in lanes show their lanes’ kinds', async ({
  page,
}) => {
  await startApp(page)
  const doc = customerJourney('Kinds', [
    { text: 'Welcome email', stage: 'Onboarding', lane: 'Touchpoints' },
    { text: 'Login fails', stage: 'Onboarding', lane: 'Pain points' },
  ])
  const parked = mapNote({ id: 'parked', text: 'Parking lot', x: -1200, y: -600 })
  await openMap(page, 'kinds.journey', {
    ...doc,
    board: { ...doc.board, notes: [...doc.board.notes, parked] },
  })
  await board(page).focus()
  await page.keyboard.press('Control+a')
  const kind = selectionBar(page).getByRole('combobox', { name: 'Kind' })
  await expect(kind).toBeEnabled()
  await expect(kind).toHaveAttribute('title', /kind of the 1 note outside the lanes/)
  await kind.selectOption({ label: 'Idea' })
  await expect(kind).toHaveValue('idea')
  let saved = await savedDocument(page, 'kinds-1.journey')
  const kindOf = (text: string) => saved.board.notes.find((n) => n.text === text)!.kind
  expect([kindOf('Welcome email'), kindOf('Login fails'), kindOf('Parking lot')]).toEqual([
    null,
    null,
    'idea',
  ])

  // Step details does the same, and for notes all in lanes shows their kinds, not a choice.
  const details = stepDetails(page)
  const detailsKind = details.getByRole('combobox', { name: 'Kind' })
  await detailsKind.selectOption({ label: 'Evidence' })
  saved = await savedDocument(page, 'kinds-2.journey')
  expect([kindOf('Welcome email'), kindOf('Login fails'), kindOf('Parking lot')]).toEqual([
    null,
    null,
    'evidence',
  ])
  // Shift+click takes the note outside the lanes out of the selection.
  await board(page).focus()
  await page.keyboard.press('Shift+1')
  const cam = await camera(page)
  const area = (await board(page).boundingBox())!
  await page.keyboard.down('Shift')
  await page.mouse.click(
    area.x + cam.x + (parked.x + parked.width / 2) * cam.scale,
    area.y + cam.y + (parked.y + parked.height / 2) * cam.scale,
  )
  await page.keyboard.up('Shift')
  await expect(selectionBar(page)).toContainText('2 notes')
  await expect(detailsKind).toHaveCount(0)
  await expect(details.getByText('Mixed (from their lanes)')).toBeVisible()
  await expect(kind).toBeDisabled()
  await expect(kind).toHaveText('Mixed kinds')
})

test('Ctrl+A selects every note, Delete removes them in one step, and undo brings them back', async ({
  page,
}) => {
  await openJourney(page, [
    'Renewal notice too late',
    'Price rise unexplained',
    'Cancel button hidden',
  ])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await expect(selectionBar(page)).toContainText('3 notes')
  await page.keyboard.press('Delete')
  await expect(outlineNotes(page)).toHaveCount(0)
  // Notes that go unseen (off screen, or many at once) are said to have gone, until undone.
  await expect(boardMessage(page)).toHaveText('Deleted 3 notes. Undo brings them back.')
  await page.keyboard.press('Control+z')
  await expect(outlineNotes(page)).toHaveCount(3)
  await expect(boardMessage(page)).toHaveText('')
})

test('Ctrl+D duplicates the selection, and the copies are selected', async ({ page }) => {
  await openJourney(page, ['Renewal notice too late', 'Price rise unexplained'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Control+d')
  await expect(outlineNotes(page)).toHaveCount(4)
  await expect(outlineNotes(page).filter({ hasText: 'Price rise unexplained' })).toHaveCount(2)
  await expect(selectionBar(page)).toContainText('2 notes')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(outlineNotes(page)).toHaveCount(2)
})

test('Ctrl+D again and again puts each copy beside or below the last, in the same stage and lane', async ({
  page,
}) => {
  await openJourney(page, ['Renewal notice too late'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+d')
  await expect(outlineNotes(page)).toHaveCount(4)
  for (const item of await outlineNotes(page).all()) {
    await expect(item).toContainText('Awareness, Customer actions')
  }
  // The note sits 20 from the column's left edge: no room beside it, so each copy goes below the
  // last, 16 apart, the lane growing to hold them; none covers another.
  const saved = await savedDocument(page, 'copies.journey')
  const notes = saved.board.notes
  for (let i = 1; i < notes.length; i++) {
    const [above, copy] = [notes[i - 1]!, notes[i]!]
    expect([copy.x - above.x, copy.y - above.y]).toEqual([0, above.height + 16])
  }
  const lane = saved.board.lanes[0]!
  expect(lane.y + lane.height).toBeGreaterThanOrEqual(notes.at(-1)!.y + notes.at(-1)!.height + 16)
  // The last copy is selected: the board shows it.
  await expect(selectionBar(page)).toBeVisible()
})

test('each arrow key press moves the selection and is one undo step; Shift moves further', async ({
  page,
}) => {
  const file = await openJourney(page, ['Renewal notice too late'])
  const start = file.notes[0]!
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  let saved = await savedDocument(page, 'moved.journey')
  expect(saved.board.notes[0]).toMatchObject({ x: start.x + 10, y: start.y + 50 })

  await board(page).focus()
  await page.keyboard.press('Control+z')
  saved = await savedDocument(page, 'moved.journey')
  expect(saved.board.notes[0]).toMatchObject({ x: start.x + 10, y: start.y })
})

test('an arrow key held down moves the selection as far as it repeats, in one undo step', async ({
  page,
}) => {
  const file = await openJourney(page, ['Renewal notice too late'])
  const start = file.notes[0]!
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('ArrowDown')
  // Held: the first keydown, then four auto-repeats (Playwright marks them repeat: true).
  for (let i = 0; i < 5; i++) await page.keyboard.down('ArrowRight')
  await page.keyboard.up('ArrowRight')
  let saved = await savedDocument(page, 'held.journey')
  expect(saved.board.notes[0]).toMatchObject({
    x: start.x + 5 * ARROW_STEP,
    y: start.y + ARROW_STEP,
  })

  // One undo takes the whole hold back; the press before it is a step of its own.
  await board(page).focus()
  await page.keyboard.press('Control+z')
  saved = await savedDocument(page, 'held.journey')
  expect(saved.board.notes[0]).toMatchObject({ x: start.x, y: start.y + ARROW_STEP })
  await board(page).focus()
  await page.keyboard.press('Control+z')
  saved = await savedDocument(page, 'held.journey')
  expect(saved.board.notes[0]).toMatchObject({ x: start.x, y: start.y })
})

test('an arrow key held on a note that cannot move further takes back none of the steps before', async ({
  page,
}) => {
  await startApp(page)
  const doc = createDocument('customer-journey', { title: 'Edge of the board' })
  const note = { ...defaultNote(), id: 'note-edge', text: 'At the edge', x: MAX_COORDINATE }
  await writeFile(
    page,
    'edge.journey',
    serializeDocument({ ...doc, board: { ...doc.board, notes: [note] } }),
  )
  await openThroughDialog(page, 'edge.journey')
  await expect(outlineNotes(page)).toHaveCount(1)
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await selectionBar(page).getByRole('button', { name: 'Pink' }).click()
  await page.keyboard.press('ArrowDown')
  // Right is past the edge: the press and its repeats change nothing, and undo nothing.
  for (let i = 0; i < 4; i++) await page.keyboard.down('ArrowRight')
  await page.keyboard.up('ArrowRight')
  const saved = await savedDocument(page, 'edge-saved.journey')
  expect(saved.board.notes[0]).toMatchObject({
    color: 'pink',
    x: MAX_COORDINATE,
    y: note.y + ARROW_STEP,
  })
})

test('Esc clears the selection; the selection toolbar goes with it', async ({ page }) => {
  await openJourney(page, ['Renewal notice too late'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await expect(selectionBar(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(selectionBar(page)).toBeHidden()
})

test('+ and - zoom, Shift+1 fits the map and Shift+2 zooms to the selection', async ({ page }) => {
  await openJourney(page, ['Renewal notice too late', 'Price rise unexplained'])
  await board(page).focus()
  const fitted = await camera(page)
  await page.keyboard.press('+')
  await expect.poll(async () => (await camera(page)).scale).toBeCloseTo(fitted.scale * 1.25, 5)
  await page.keyboard.press('-')
  await page.keyboard.press('-')
  await expect.poll(async () => (await camera(page)).scale).toBeCloseTo(fitted.scale * 0.8, 5)
  await page.keyboard.press('Shift+Digit1')
  await expect.poll(async () => (await camera(page)).scale).toBeCloseTo(fitted.scale, 5)
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Shift+Digit2')
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(fitted.scale)
})

test('the selection toolbar recolours the selected notes in one step', async ({ page }) => {
  await openJourney(page, ['Renewal notice too late', 'Price rise unexplained'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  const pink = selectionBar(page).getByRole('button', { name: 'Pink' })
  await pink.click()
  await expect(pink).toHaveAttribute('aria-pressed', 'true')
  let saved = await savedDocument(page, 'colours.journey')
  expect(saved.board.notes.map((n) => n.color)).toEqual(['pink', 'pink'])
  await page.getByRole('button', { name: 'Undo' }).click()
  saved = await savedDocument(page, 'colours.journey')
  expect(saved.board.notes.map((n) => n.color)).toEqual(['yellow', 'yellow'])
})

test('the outline moves from note to note with the arrow keys, selects each, and Enter opens one', async ({
  page,
}) => {
  await openJourney(page, ['Renewal notice too late', 'Price rise unexplained'])
  const first = outlineNotes(page).nth(0).getByRole('button')
  const second = outlineNotes(page).nth(1).getByRole('button')
  await first.focus()
  await expect(selectionBar(page)).toContainText('1 note')
  await page.keyboard.press('ArrowDown')
  await expect(second).toBeFocused()
  await expect(second).toHaveAttribute('tabindex', '0')
  await expect(first).toHaveAttribute('tabindex', '-1')
  await page.keyboard.press('Enter')
  const editor = page.getByRole('textbox', { name: 'Note text' })
  await expect(editor).toBeFocused()
  await expect(editor).toHaveValue(await second.evaluate((b) => b.firstChild?.textContent ?? ''))
  await page.keyboard.type(' (again)')
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  // Back in the list, on the note written, so the reader keeps their place.
  await expect(outlineNotes(page).filter({ hasText: '(again)' }).getByRole('button')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(first).toBeFocused()
})

test('Delete on a note in the outline removes it and moves focus to the note that takes its place', async ({
  page,
}) => {
  await openJourney(page, ['Renewal notice too late', 'Price rise unexplained', 'Cancel hidden'])
  const texts = await outlineNotes(page).allTextContents()
  await outlineNotes(page).nth(1).getByRole('button').focus()
  await page.keyboard.press('Delete')
  await expect(outlineNotes(page)).toHaveCount(2)
  // The third note is now second, and has the focus (and the selection) the deleted one had.
  const second = outlineNotes(page).nth(1).getByRole('button')
  await expect(second).toBeFocused()
  await expect(outlineNotes(page).nth(1)).toHaveText(texts[2]!)
  await expect(selectionBar(page)).toContainText('1 note')
  // Deleting the last one moves focus to the one before it.
  await page.keyboard.press('Delete')
  await expect(outlineNotes(page)).toHaveCount(1)
  await expect(outlineNotes(page).nth(0).getByRole('button')).toBeFocused()
})

test('a fitted map sits clear of the minimap and the controls on the canvas', async ({ page }) => {
  const file = await openJourney(page, ['Renewal notice too late', 'Price rise unexplained'])
  await board(page).focus()
  await page.keyboard.press('+')
  await page.keyboard.press('Shift+Digit1')
  const doc = createDocument('customer-journey')
  const { stages, lanes } = doc.board
  // The map's extent: the grid with its lane names on the left and stage names above.
  const first = { stage: stages[0]!, lane: lanes[0]! }
  const lastStage = stages[stages.length - 1]!
  const lastLane = lanes[lanes.length - 1]!
  expect(file.notes.every((n) => n.y >= first.lane.y)).toBe(true)
  const cam = await camera(page)
  const box = (await board(page).boundingBox())!
  const left = box.x + cam.x + (first.stage.x - LANE_HEADER_WIDTH) * cam.scale
  const top = box.y + cam.y + (first.lane.y - STAGE_HEADER_HEIGHT) * cam.scale
  const right = box.x + cam.x + (lastStage.x + lastStage.width) * cam.scale
  const bottom = box.y + cam.y + (lastLane.y + lastLane.height) * cam.scale
  expect(right - left).toBeGreaterThan(box.width * 0.4)
  for (const control of [
    page.getByRole('img', { name: 'Minimap' }),
    page.getByRole('group', { name: 'Zoom' }),
    page.getByRole('group', { name: 'Stages and lanes' }),
  ]) {
    const c = (await control.boundingBox())!
    const apart = c.x >= right || c.x + c.width <= left || c.y >= bottom || c.y + c.height <= top
    expect(apart, `${await control.getAttribute('aria-label')} covers the map`).toBe(true)
  }
})

test('Align left lines the selected notes up; Tidy makes a grid in their cell, growing a lane too short for it', async ({
  page,
}) => {
  await startApp(page)
  const doc = createDocument('customer-journey', { title: 'Onboarding workshop' })
  const onboarding = doc.board.stages.find((s) => s.name === 'Onboarding')!
  const ideas = doc.board.lanes.find((l) => l.name === 'Ideas')!
  // Six notes heaped in the Onboarding × Ideas cell, as a room leaves them.
  const notes = Array.from({ length: 6 }, (_, i) => ({
    ...defaultNote(),
    id: `note-${i}`,
    text: `Idea ${i + 1}`,
    x: onboarding.x + 10 + (i % 3) * 50,
    y: ideas.y + 10 + i * 8,
  }))
  const text = serializeDocument({ ...doc, board: { ...doc.board, notes } })
  await writeFile(page, 'onboarding.journey', text)
  await openThroughDialog(page, 'onboarding.journey')
  await expect(outlineNotes(page)).toHaveCount(6)

  await board(page).focus()
  await page.keyboard.press('Control+a')
  await selectionBar(page).getByRole('button', { name: 'Align' }).click()
  await page.getByRole('menuitem', { name: 'Align left' }).click()
  let saved = await savedDocument(page, 'aligned.journey')
  expect(new Set(saved.board.notes.map((n) => n.x))).toEqual(new Set([onboarding.x + 10]))

  await selectionBar(page).getByRole('button', { name: 'Tidy' }).click()
  saved = await savedDocument(page, 'tidied.journey')
  const placed = saved.board.notes
  const overlap = (a: (typeof placed)[number], b: (typeof placed)[number]) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
  for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a, b)).toBe(false)
  // Every note is still in its cell, and the Ideas lane grew to hold three rows of two.
  await expect(outlineNotes(page)).toHaveText(Array(6).fill(/Onboarding, Ideas/))
  const grown = saved.board.lanes.find((l) => l.id === ideas.id)!
  expect(grown.height).toBeGreaterThan(ideas.height)
  const last = Math.max(...placed.map((n) => n.y + n.height))
  expect(last).toBeLessThanOrEqual(grown.y + grown.height)

  // One undo step takes the tidy back, lane and all.
  await page.getByRole('button', { name: /^Undo/ }).click()
  saved = await savedDocument(page, 'undone.journey')
  expect(saved.board.lanes.find((l) => l.id === ideas.id)!.height).toBe(ideas.height)
  expect(new Set(saved.board.notes.map((n) => n.x))).toEqual(new Set([onboarding.x + 10]))
})

test('Align lines notes up within each stage column or lane: no note changes stage or lane', async ({
  page,
}) => {
  await startApp(page)
  const places = [
    { text: 'Reads a post', stage: 'Awareness', lane: 'Customer actions' },
    { text: 'Sees an ad', stage: 'Awareness', lane: 'Touchpoints' },
    { text: 'Books a demo', stage: 'Evaluation', lane: 'Customer actions' },
    { text: 'Demo call', stage: 'Evaluation', lane: 'Touchpoints' },
  ]
  const doc = customerJourney('Align', places)
  // Each note a little further right and lower than the one before.
  const notes = doc.board.notes.map((n, i) => ({ ...n, x: n.x + i * 30, y: n.y + i * 10 }))
  await openMap(page, 'align.journey', { ...doc, board: { ...doc.board, notes } })
  const where = places.map((p) => new RegExp(`^${p.text} — ${p.stage}, ${p.lane}`))
  for (const how of ['Align left', 'Align right', 'Align top', 'Align bottom']) {
    await board(page).focus()
    await page.keyboard.press('Control+a')
    await selectionBar(page).getByRole('button', { name: 'Align' }).click()
    await page.getByRole('menuitem', { name: how }).click()
    for (const place of where)
      await expect(outlineNotes(page).filter({ hasText: place })).toHaveCount(1)
  }
  const saved = await savedDocument(page, 'aligned.journey')
  const at = (text: string) => saved.board.notes.find((n) => n.text === text)!
  // Lined up inside each column (right edges) and each lane (bottom edges), not across them.
  expect(at('Reads a post').x).toBe(at('Sees an ad').x)
  expect(at('Books a demo').x).toBe(at('Demo call').x)
  expect(at('Books a demo').x).not.toBe(at('Reads a post').x)
  expect(at('Reads a post').y).toBe(at('Books a demo').y)
  expect(at('Sees an ad').y).toBe(at('Demo call').y)
})

test('lining up two notes that stand side by side piles them, and the board says so', async ({
  page,
}) => {
  await startApp(page)
  const doc = customerJourney('Pile', [
    { text: 'Reads a post', stage: 'Awareness', lane: 'Customer actions' },
    { text: 'Sees a webinar', stage: 'Awareness', lane: 'Customer actions' },
  ])
  const [left, right] = doc.board.notes
  const notes = [left!, { ...right!, x: left!.x + 176 }]
  await openMap(page, 'pile.journey', { ...doc, board: { ...doc.board, notes } })
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await selectionBar(page).getByRole('button', { name: 'Align' }).click()
  await page.getByRole('menuitem', { name: 'Align top' }).click()
  // Their top edges are in line already: nothing changes, and the board says why.
  await expect(boardMessage(page)).toContainText('Nothing to line up')
  await selectionBar(page).getByRole('button', { name: 'Align' }).click()
  await page.getByRole('menuitem', { name: 'Align left' }).click()
  await expect(boardMessage(page)).toContainText('2 notes now lie on top of others')
  await expect(boardMessage(page)).toContainText('Undo takes it back')
})

test('on a small window the selection toolbar shows every action, and its Align menu opens whole over the board', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 640 })
  await openJourney(page, ['Renewal notice too late', 'Price rise unexplained', 'Cancel hidden'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  const area = (await board(page).boundingBox())!
  const buttons = selectionBar(page).getByRole('button')
  expect(await buttons.count()).toBeGreaterThan(8)
  for (const button of await buttons.all()) {
    // Every control can be clicked: in the window, inside the board, not scrolled out of the bar.
    const box = (await button.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(area.x)
    expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width)
    await expect(button).toBeInViewport({ ratio: 1 })
  }
  await selectionBar(page).getByRole('button', { name: 'Align' }).click()
  // The menu ends inside the window, scrolling if it must: its last item can be reached. It
  // stays inside the board sideways too, where Align ends the bar's first row.
  const menu = (await page.getByRole('menu', { name: 'Align' }).boundingBox())!
  expect(menu.y + menu.height).toBeLessThanOrEqual(640)
  expect(menu.x).toBeGreaterThanOrEqual(area.x)
  expect(menu.x + menu.width).toBeLessThanOrEqual(area.x + area.width)
  await page.getByRole('menuitem', { name: 'Distribute vertically' }).scrollIntoViewIfNeeded()
  await expect(page.getByRole('menuitem', { name: 'Distribute vertically' })).toBeInViewport()
  await page.getByRole('menuitem', { name: 'Align bottom' }).click()
  const saved = await savedDocument(page, 'aligned.journey')
  expect(new Set(saved.board.notes.map((n) => n.y + n.height)).size).toBe(1)
})

test('after a click on a toolbar button, the arrow keys move the selected notes', async ({
  page,
}) => {
  const file = await openJourney(page, ['Renewal notice too late'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await selectionBar(page).getByRole('button', { name: 'Pink' }).click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowDown')
  const saved = await savedDocument(page, 'moved.journey')
  const [before] = file.notes
  const [after] = saved.board.notes
  expect(after!.color).toBe('pink')
  expect([after!.x - before!.x, after!.y - before!.y]).toEqual([ARROW_STEP, ARROW_STEP])
})

test('a note whose text was all deleted stays, and the outline reads it as an empty note', async ({
  page,
}) => {
  await openJourney(page, ['Renewal notice too late'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Enter')
  const editor = page.getByRole('textbox', { name: 'Note text' })
  await expect(editor).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Delete')
  await page.keyboard.press('Escape')
  // Before, the outline read " — Awareness, Customer actions": nothing for a screen reader.
  await expect(outlineNotes(page)).toHaveText([/^Empty note — Awareness, Customer actions$/])
})

test('board keys do nothing while another tab is shown: Ctrl+A and Delete on the Action plan leave the notes', async ({
  page,
}) => {
  await openJourney(page, ['Renewal notice too late', 'Price rise unexplained'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await expect(selectionBar(page)).toContainText('2 notes')
  await page.getByRole('tab', { name: 'Action plan' }).click()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Delete')
  await page.keyboard.press('n')
  await page.getByRole('tab', { name: 'Journey' }).click()
  await page.keyboard.press('Delete')
  await page.getByRole('tab', { name: 'Board' }).click()
  // Before, both notes were gone (and an unseen note editor was open).
  await expect(outlineNotes(page)).toHaveCount(2)
  await expect(page.getByRole('textbox', { name: 'New note' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('Esc in a workshop panel closes the panel and keeps the selected notes', async ({ page }) => {
  await openJourney(page, ['Renewal notice too late'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await expect(selectionBar(page)).toContainText('1 note')
  const timer = page.getByRole('group', { name: 'Workshop tools' }).getByRole('button', {
    name: 'Timer',
    exact: true,
  })
  await timer.click()
  const panel = page.getByRole('region', { name: 'Timer' })
  await panel.getByRole('button').first().focus()
  await page.keyboard.press('Escape')
  // Before, the board took the Esc: the note was deselected and the panel stayed open.
  await expect(panel).toBeHidden()
  await expect(timer).toHaveAttribute('aria-expanded', 'false')
  await expect(selectionBar(page)).toContainText('1 note')
})

test('a note moved with the arrow keys past the edge of the view is followed by the board', async ({
  page,
}) => {
  const file = await openJourney(page, ['Renewal notice too late'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  // Zoomed in to the note (up to 200 %), so a few large steps reach the edge.
  await page.keyboard.press('Shift+Digit2')
  for (let i = 0; i < 40; i++) await page.keyboard.press('Shift+ArrowRight')
  const note = file.notes[0]!
  const cam = await camera(page)
  const area = (await board(page).boundingBox())!
  const left = cam.x + (note.x + 40 * ARROW_STEP_LARGE) * cam.scale
  // Before, the board stayed put and the note went off its right edge.
  expect(left).toBeGreaterThanOrEqual(0)
  expect(left + note.width * cam.scale).toBeLessThanOrEqual(area.width)
  expect(cam.scale).toBeGreaterThan(1)
})

test('Ctrl+2 and Ctrl+1 take the keyboard along: to the Journey tab, then back to the board', async ({
  page,
}) => {
  await openJourney(page, ['Renewal notice too late'])
  await board(page).focus()
  await page.keyboard.press('Control+2')
  // Before, focus was left on the page (the board it was on is hidden).
  await expect(page.getByRole('tab', { name: 'Journey' })).toBeFocused()
  await page.keyboard.press('Control+1')
  await expect(board(page)).toBeFocused()
  // And the board's keys work at once.
  await page.keyboard.press('Control+a')
  await expect(selectionBar(page)).toContainText('1 note')
})

test('an open Align menu is placed again when the window is resized, inside the board', async ({
  page,
}) => {
  await openJourney(page, ['Renewal notice too late', 'Price rise unexplained'])
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await selectionBar(page).getByRole('button', { name: 'Align' }).click()
  const menu = page.getByRole('menu', { name: 'Align' })
  await expect(menu).toBeVisible()
  await page.setViewportSize({ width: 1024, height: 640 })
  // Once, it stayed as sized for the larger window and ran past the bottom edge; then it closed,
  // taking the keyboard focus with it. Now it stays, within the board, its item still focused.
  await expect(menu).toBeVisible()
  await expect(menu.getByRole('menuitem', { name: 'Align left' })).toBeFocused()
  await expect
    .poll(async () => {
      const area = (await board(page).boundingBox())!
      const box = (await menu.boundingBox())!
      return box.y + box.height <= area.y + area.height && box.y >= area.y
    })
    .toBe(true)
})
