// The map screen on the windows a workshop room has: a 1,280 × 720 projector and a 1,024 × 640
// laptop. The bars above the board keep to one row each, and the controls on the
// canvas leave Fit room for the map, so the board gets the height.
import { expect, test, type Page } from '@playwright/test'
import { createDocument } from '../../src/shared/document'
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../../src/renderer/src/board/style'
import { addNote, newMap, startApp } from './support/app'
import {
  board,
  camera,
  outlineNotes,
  pointAtCell,
  savedDocument,
  selectionBar,
} from './support/board'

async function openTemplate(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size)
  await startApp(page)
  await newMap(page, 'Customer journey')
  const title = page.getByRole('textbox', { name: 'Map title' })
  await title.fill('B2B onboarding workshop')
  await title.press('Enter')
}

/** The top of each element, rounded to the pixel. */
const tops = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((elements) => elements.map((e) => Math.round(e.getBoundingClientRect().top)))

test('on a 1,280 × 720 projector the map toolbar is one row: Undo and Redo show arrows and keep their names', async ({
  page,
}) => {
  await openTemplate(page, { width: 1280, height: 720 })
  const toolbar = page.locator('header.toolbar')
  // Every group of buttons on the title's row (Save, Save As…, Export… wrapped to a second row).
  const rows = new Set(await tops(page, 'header.toolbar [role="group"]'))
  expect(rows.size).toBe(1)
  // The title is whole, not cut.
  const title = page.getByRole('textbox', { name: 'Map title' })
  expect(
    await title.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth),
  ).toBe(true)
  // Undo and Redo keep their names for screen readers and say them in their tooltips.
  const undo = toolbar.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeVisible()
  await expect(undo).toHaveAttribute('title', 'Undo Rename map')
  // The arrow alone: the word "Undo" is not on screen.
  expect((await undo.boundingBox())!.width).toBeLessThan(60)
  await expect(undo.locator('.toolbar__label')).toHaveCSS('position', 'absolute')
  await undo.click()
  await expect(title).toHaveValue('Customer journey')
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeEnabled()
  // The six workshop steps are written out in full at this width.
  const steps = page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button')
  await expect(steps).toHaveText(['1Goals', '2Homework', '3Map', '4Decide', '5Assign', '6Review'])
})

test('on a 1,024 × 640 laptop the steps show numbers beside the current one, and the minimap leaves Fit room for the map', async ({
  page,
}) => {
  await openTemplate(page, { width: 1024, height: 640 })
  // The map toolbar is one row too: its buttons beside the title (Save, Save As…, Export… and
  // Close wrapped to a second row, taking the board 52 px of its height), the title cut short
  // on screen but whole in its field.
  expect(new Set(await tops(page, 'header.toolbar [role="group"]')).size).toBe(1)
  const title = page.getByRole('textbox', { name: 'Map title' })
  const titleBox = (await title.boundingBox())!
  const save = (await page.getByRole('button', { name: 'Save', exact: true }).boundingBox())!
  expect(Math.abs(save.y + save.height / 2 - (titleBox.y + titleBox.height / 2))).toBeLessThan(24)
  await expect(title).toHaveValue('B2B onboarding workshop')
  const phases = page.getByRole('navigation', { name: 'Workshop phases' })
  const tools = page.getByRole('group', { name: 'Workshop tools' })
  // The steps and the tools share a row (the tools wrapped below the steps).
  const stepsBox = (await phases.boundingBox())!
  const toolsBox = (await tools.boundingBox())!
  expect(
    Math.abs(toolsBox.y + toolsBox.height / 2 - (stepsBox.y + stepsBox.height / 2)),
  ).toBeLessThan(8)
  // The current step is written out; the others show their numbers, keep their names for screen
  // readers and tooltips, and still go to their step.
  await expect(phases.getByRole('button', { name: 'Goals' })).toHaveText('1Goals')
  const homework = phases.getByRole('button', { name: 'Homework' })
  await expect(homework).toHaveText('2Homework')
  expect((await homework.boundingBox())!.width).toBeLessThan(40)
  await expect(homework).toHaveAttribute('title', 'Step 2: Homework')
  await homework.click()
  await expect(homework).toHaveAttribute('aria-current', 'step')
  expect((await homework.boundingBox())!.width).toBeGreaterThan(80)

  // The minimap is at most a fifth of the board's width (it was 228 px of 704).
  const area = (await board(page).boundingBox())!
  const minimap = (await page.getByRole('img', { name: 'Minimap' }).boundingBox())!
  expect(minimap.width).toBeLessThanOrEqual(area.width / 5)
  // Fit shows the template's grid, lane names and all, across more than a third of the board.
  await board(page).focus()
  await page.keyboard.press('Shift+Digit1')
  const doc = createDocument('customer-journey')
  const { stages } = doc.board
  const last = stages[stages.length - 1]!
  const mapWidth = last.x + last.width - (stages[0]!.x - LANE_HEADER_WIDTH)
  await expect
    .poll(async () => (mapWidth * (await camera(page)).scale) / area.width)
    .toBeGreaterThan(0.33)
})

test('on a 1,280 × 720 projector the selection toolbar sits beside the selected note, so a double-click near the top of the board opens it', async ({
  page,
}) => {
  await openTemplate(page, { width: 1280, height: 720 })
  await addNote(page, 'Welcome email lands in spam', { x: 0.5, y: 0.5 })
  await expect(outlineNotes(page)).toHaveCount(1)
  await page.keyboard.press('Escape')
  const area = (await board(page).boundingBox())!
  const written = (await savedDocument(page, 'workshop.journey')).board.notes[0]!
  /** Where the note is on the page. */
  const note = async () => {
    const cam = await camera(page)
    return {
      x: area.x + cam.x + written.x * cam.scale,
      y: area.y + cam.y + written.y * cam.scale,
      width: written.width * cam.scale,
      height: written.height * cam.scale,
    }
  }
  const apart = (a: Box, b: Box) =>
    a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height

  for (const top of [area.y + 24, area.y + area.height - 140]) {
    // Scroll the note to near the top of the board (where the bar used to sit), then near the
    // bottom.
    const before = await note()
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
    await page.mouse.wheel(0, before.y - top)
    await expect.poll(async () => Math.round((await note()).y)).toBe(Math.round(top))
    const shown = await note()
    await page.mouse.click(shown.x + shown.width / 2, shown.y + shown.height / 2)
    const bar = selectionBar(page)
    await expect(bar).toContainText('1 note')
    const barBox = (await bar.boundingBox())!
    expect(apart(barBox, shown), 'the toolbar covers the selected note').toBe(true)
    // Inside the board.
    expect(barBox.y).toBeGreaterThanOrEqual(area.y)
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(area.y + area.height)
    await page.keyboard.press('Escape')
  }

  // Near the top, a double-click (select, then open) opens the note for writing.
  const before = await note()
  await page.mouse.wheel(0, before.y - (area.y + 24))
  await expect.poll(async () => Math.round((await note()).y)).toBe(Math.round(area.y + 24))
  const shown = await note()
  await page.mouse.dblclick(shown.x + shown.width / 2, shown.y + 30)
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(outlineNotes(page)).toHaveText([/^Welcome email lands in spam — /])
})

interface Box {
  x: number
  y: number
  width: number
  height: number
}

test('on a 1,280 × 720 projector with Step details open, the selection toolbar is one row', async ({
  page,
}) => {
  await openTemplate(page, { width: 1280, height: 720 })
  await expect(
    page.getByRole('complementary', { name: 'Step details and readiness' }),
  ).toBeVisible()
  const area = (await board(page).boundingBox())!
  expect(area.width).toBeLessThan(1000)
  // Two notes in the Customer actions lane, whose kind has the longest name the bar shows.
  await board(page).focus()
  for (const [stage, text] of [
    ['Awareness', 'Sees an ad'],
    ['Evaluation', 'Reads a review'],
  ] as const) {
    await pointAtCell(page, stage, 'Customer actions')
    await page.keyboard.press('n')
    await page.keyboard.type(text)
    await page.keyboard.press('Escape')
  }
  await expect(outlineNotes(page)).toHaveCount(2)
  await board(page).focus()
  // Two notes: "2 notes", and Align is offered.
  await page.keyboard.press('Control+a')
  const bar = selectionBar(page)
  await expect(bar).toContainText('2 notes')
  await expect(bar.getByRole('combobox', { name: 'Kind' })).toHaveText('Customer action')
  // Every control of the bar on one line: the same middle, within a pixel.
  const middles = await bar.locator(':scope > *').evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect()
      return Math.round(r.top + r.height / 2)
    }),
  )
  expect(middles.length).toBeGreaterThan(6)
  for (const m of middles) expect(Math.abs(m - middles[0]!)).toBeLessThanOrEqual(1)
  const box = (await bar.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width)
  await expect(bar.getByRole('button', { name: 'Delete' })).toBeVisible()
})

test('Shift+2 zooms to the selected notes and leaves the selection toolbar room above them', async ({
  page,
}) => {
  await openTemplate(page, { width: 1280, height: 720 })
  // One above the other: the zoom is then as tall as the view allows.
  await addNote(page, 'Sees an ad', { x: 0.45, y: 0.3 })
  await page.keyboard.press('Escape')
  await addNote(page, 'Reads a review', { x: 0.45, y: 0.75 })
  await page.keyboard.press('Escape')
  await expect(outlineNotes(page)).toHaveCount(2)
  const written = (await savedDocument(page, 'workshop.journey')).board.notes
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await expect(selectionBar(page)).toContainText('2 notes')
  const fitted = (await camera(page)).scale
  await page.keyboard.press('Shift+Digit2')
  const area = (await board(page).boundingBox())!
  // The bar shows again once the camera rests; then it is clear of both notes.
  await expect
    .poll(async () => {
      const bar = await selectionBar(page).boundingBox()
      if (!bar || !(await selectionBar(page).isVisible())) return 'hidden'
      const cam = await camera(page)
      const covered = written.filter((n) => {
        const x = area.x + cam.x + n.x * cam.scale
        const y = area.y + cam.y + n.y * cam.scale
        return !(
          bar.x >= x + n.width * cam.scale ||
          x >= bar.x + bar.width ||
          bar.y >= y + n.height * cam.scale ||
          y >= bar.y + bar.height
        )
      })
      return covered.map((n) => n.text)
    })
    .toEqual([])
  // Zoomed in to the notes.
  expect((await camera(page)).scale).toBeGreaterThan(fitted)
})

test('a running timer and the Find panel: Fit keeps the map below the timer, and the selection toolbar keeps clear of both', async ({
  page,
}) => {
  await openTemplate(page, { width: 1280, height: 720 })
  const tools = page.getByRole('group', { name: 'Workshop tools' })
  await tools.getByRole('button', { name: 'Timer', exact: true }).click()
  await page.getByRole('region', { name: 'Timer' }).getByRole('button', { name: '3 min' }).click()
  await tools.getByRole('button', { name: 'Timer', exact: true }).click()
  const timer = page.locator('.timer-display')
  await expect(timer).toBeVisible()
  const area = (await board(page).boundingBox())!
  const hanging = (await timer.boundingBox())!
  expect(hanging.y + hanging.height).toBeGreaterThan(area.y)

  // Fit: the stage names are below the timer (it covered Onboarding to Advocacy).
  await board(page).focus()
  await page.keyboard.press('Shift+Digit1')
  const { board: grid } = createDocument('customer-journey')
  const top = grid.lanes[0]!.y - STAGE_HEADER_HEIGHT
  await expect
    .poll(async () => area.y + (await camera(page)).y + top * (await camera(page)).scale)
    .toBeGreaterThanOrEqual(hanging.y + hanging.height)

  // A note in the top lane under the timer, selected: the bar is clear of the timer and the note.
  const cam = await camera(page)
  const onboarding = grid.stages[3]!
  const at = {
    x: area.x + cam.x + (onboarding.x + onboarding.width / 2) * cam.scale,
    y: area.y + cam.y + (grid.lanes[0]!.y + 40) * cam.scale,
  }
  await page.mouse.dblclick(at.x, at.y)
  await page.keyboard.type('Kick-off call is booked too late')
  await page.keyboard.press('Escape')
  await expect(selectionBar(page)).toBeVisible()
  const clear = async (other: Box) => {
    const bar = (await selectionBar(page).boundingBox())!
    return (
      bar.x >= other.x + other.width ||
      other.x >= bar.x + bar.width ||
      bar.y >= other.y + other.height ||
      other.y >= bar.y + bar.height
    )
  }
  expect(await clear((await timer.boundingBox())!), 'the toolbar is under the timer').toBe(true)

  // With Find open too, the bar keeps clear of its panel.
  await page.keyboard.press('Control+f')
  const find = page.getByRole('search', { name: 'Find' })
  await expect(find).toBeVisible()
  await page.mouse.click(at.x, at.y)
  await expect(selectionBar(page)).toBeVisible()
  expect(await clear((await find.boundingBox())!), 'the toolbar is under Find').toBe(true)
  expect(await clear((await timer.boundingBox())!), 'the toolbar is under the timer').toBe(true)
})

test('on a 1,024 × 640 laptop a map with unsorted notes keeps its tabs and tools on one row', async ({
  page,
}) => {
  await openTemplate(page, { width: 1024, height: 640 })
  // Right of the fitted grid: a note in no stage column.
  await addNote(page, 'Refer a colleague', { x: 0.92, y: 0.5 })
  const suggest = page.getByRole('button', { name: 'Suggest a stage for 1 unsorted note' })
  await expect(suggest).toBeVisible()
  await expect(suggest).toHaveText('Suggest a stage (1)', { useInnerText: true })
  // It wrapped the tools onto a row of their own above the tabs, taking the board 33 px.
  const tab = (await page.getByRole('tab', { name: 'Board' }).boundingBox())!
  for (const tool of [suggest, page.getByRole('button', { name: 'People and departments…' })]) {
    const box = (await tool.boundingBox())!
    expect(Math.abs(box.y + box.height / 2 - (tab.y + tab.height / 2))).toBeLessThan(12)
  }
})

for (const size of [
  { width: 1024, height: 640 },
  { width: 1280, height: 720 },
]) {
  test(`at ${size.width} × ${size.height} the dot-voting banner leaves the minimap and the zoom buttons clear, its message on a line of its own`, async ({
    page,
  }) => {
    await openTemplate(page, size)
    await addNote(page, 'Kick-off call is booked too late', { x: 0.5, y: 0.4 })
    await page.keyboard.press('Escape')
    await page
      .getByRole('navigation', { name: 'Workshop phases' })
      .getByRole('button', { name: 'Decide' })
      .click()
    const voting = page.getByRole('region', { name: 'Dot voting' })
    const form = voting.getByRole('form', { name: 'New voting round' })
    await form.getByLabel('Dots per person').fill('3')
    await form.getByLabel('Voters').fill('3')
    await form.getByRole('button', { name: 'Start voting round' }).click()
    await page.getByRole('button', { name: 'Close Dot voting' }).click()
    const banner = page.locator('.vote-banner')
    await expect(banner).toContainText('Voter 1 of 3')
    // Voter 1 places all three dots on the note, then tries a fourth: the banner says so.
    const area = (await board(page).boundingBox())!
    for (let i = 0; i < 4; i++)
      await page.mouse.click(area.x + area.width * 0.5 + 10, area.y + area.height * 0.4 + 10)
    await expect(banner).toContainText('all dots placed')
    const message = page.getByRole('status', { name: 'Voting message' })
    await expect(message).toHaveText('Voter 1 has placed all 3 dots.')
    // The message is one line under the voter's line (it was a four-line column beside it).
    const line = (await banner.locator('strong').boundingBox())!
    const said = (await message.boundingBox())!
    expect(said.y).toBeGreaterThanOrEqual(line.y + line.height - 1)
    expect(said.height).toBeLessThan(line.height * 1.6)
    const box = (await banner.boundingBox())!
    for (const control of [
      page.getByRole('img', { name: 'Minimap' }),
      page.getByRole('group', { name: 'Zoom' }),
      page.getByRole('button', { name: '+ Stage' }),
    ]) {
      const c = (await control.boundingBox())!
      const apart =
        box.x >= c.x + c.width ||
        c.x >= box.x + box.width ||
        box.y >= c.y + c.height ||
        c.y >= box.y + box.height
      expect(apart, `the banner covers ${await control.textContent()}`).toBe(true)
    }
  })
}

test('a fitted board stays fitted when the window changes size, until it is moved; a panel beside it leaves it be', async ({
  page,
}) => {
  await openTemplate(page, { width: 1280, height: 720 })
  const grid = async () => {
    const doc = createDocument('customer-journey')
    const cam = await camera(page)
    const box = (await board(page).boundingBox())!
    const first = doc.board.stages[0]!
    const last = doc.board.stages.at(-1)!
    return {
      scale: cam.scale,
      left: cam.x + (first.x - LANE_HEADER_WIDTH) * cam.scale,
      right: cam.x + (last.x + last.width) * cam.scale,
      width: box.width,
    }
  }
  const atOpen = await grid()
  // A panel opened or closed beside the board leaves the notes where they are on screen.
  await page.getByRole('button', { name: 'Hide details' }).click()
  await expect
    .poll(async () => (await board(page).boundingBox())!.width)
    .toBeGreaterThan(atOpen.width)
  await page.waitForTimeout(300)
  expect((await grid()).scale).toBe(atOpen.scale)
  await page.getByRole('button', { name: 'Show details' }).click()
  // A bigger window: the map is fitted to it, whole.
  await page.setViewportSize({ width: 1440, height: 900 })
  await expect.poll(async () => (await grid()).scale).toBeGreaterThan(atOpen.scale)
  const wide = await grid()
  expect(wide.left).toBeGreaterThanOrEqual(0)
  expect(wide.right).toBeLessThanOrEqual(wide.width)
  // A smaller window: fitted again, still whole.
  await page.setViewportSize({ width: 1024, height: 640 })
  await expect.poll(async () => (await grid()).scale).toBeLessThan(wide.scale)
  const small = await grid()
  expect(small.left).toBeGreaterThanOrEqual(0)
  expect(small.right).toBeLessThanOrEqual(small.width)
  // Once the user zooms, the camera is theirs: a resize leaves it where it is.
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(small.scale)
  const zoomed = await camera(page)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.waitForTimeout(300)
  expect(await camera(page)).toEqual(zoomed)
})
