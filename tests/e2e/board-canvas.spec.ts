// The board's canvas: dragging notes into stages, marquee selection, one undo step per drag, a drag
// that ends outside the window, zoom limits, and renaming, reordering and deleting stages from
// their headers. The canvas is read back through the accessible outline.
import { expect, test, type CDPSession, type Page } from '@playwright/test'
import { addNote, newMap, outlineList, startApp } from './support/app'
import { boardMessage, savedDocument, selectionBar } from './support/board'

// The Customer journey template's grid (src/shared/document/templates.ts).
const GRID = { x: 200, y: 80, stageWidth: 360, laneHeight: 220, headerHeight: 76 }
const stageMiddle = (i: number) => GRID.x + GRID.stageWidth * i + GRID.stageWidth / 2
const laneMiddle = (i: number) => GRID.y + GRID.laneHeight * i + GRID.laneHeight / 2
const headerMiddle = GRID.y - GRID.headerHeight / 2

interface Camera {
  x: number
  y: number
  scale: number
}

const board = (page: Page) => page.getByRole('application', { name: 'Board' })

async function camera(page: Page): Promise<Camera> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __journeyboardBoard: { camera(): Camera } })
      .__journeyboardBoard
    return hook.camera()
  })
}

type Counter =
  | 'frameCount'
  | 'unclearedFrames'
  | 'copiedNotes'
  | 'visibleCount'
  | 'movedFrames'
  | 'overviewFrames'
  | 'pannedFrames'
  | 'restFrames'
  | 'stillShown'
  | 'liveMovedFrames'

/** One of the board's frame counters (window.__journeyboardBoard, read-only). */
function counter(page: Page, name: Counter): Promise<number> {
  return page.evaluate(
    (which) =>
      (
        window as unknown as { __journeyboardBoard: Record<Counter, () => number> }
      ).__journeyboardBoard[which](),
    name,
  )
}

/** How much the notes canvas is scaled on the page (1 at rest: drawn at the camera's scale). */
function canvasScale(page: Page): Promise<number> {
  return board(page)
    .locator('canvas')
    .first()
    .evaluate((canvas) => new DOMMatrix(getComputedStyle(canvas).transform).a)
}

/** Whether the canvas shows a pan or a zoom by being moved, and its exact frame is still to come. */
function exactFrameDue(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    (
      window as unknown as { __journeyboardBoard: { exactFrameDue(): boolean } }
    ).__journeyboardBoard.exactFrameDue(),
  )
}

/** Resolves once the board rests: the frame a pan or zoom leaves to come when it stops is painted. */
async function atRest(page: Page) {
  // The frame of the input just sent first: it is the one that makes the rest frame due.
  await nextFrames(page)
  await expect.poll(() => exactFrameDue(page)).toBe(false)
  await nextFrames(page)
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/**
 * Once the frame of the input just sent is painted, one of the board's readings (in the same
 * call, so that the next input follows at once): where what the notes canvas validly holds is on
 * the board, or whether the frame drawn at rest is still to come.
 */
function readOnceShown(page: Page, which: 'drawnOnScreen'): Promise<Box>
function readOnceShown(page: Page, which: 'exactFrameDue'): Promise<boolean>
function readOnceShown(page: Page, which: 'drawnOnScreen' | 'exactFrameDue'): Promise<unknown> {
  return page.evaluate(
    (name) =>
      new Promise((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            done(
              (window as unknown as { __journeyboardBoard: Record<string, () => unknown> })
                .__journeyboardBoard[name]!(),
            ),
          ),
        ),
      ),
    which,
  )
}

/**
 * A wheel step sent straight to the browser at `at` (Ctrl held when `ctrl`): Playwright's trace
 * takes a snapshot of the page at each of its own actions (~100 ms here), longer than the 150 ms
 * after which the board rests, and a gesture's steps must come as close together as a touchpad's.
 */
async function wheelStep(
  cdp: CDPSession,
  at: { x: number; y: number },
  deltaX: number,
  deltaY: number,
  ctrl = false,
) {
  await cdp.send('Input.dispatchMouseEvent', {
    type: 'mouseWheel',
    x: at.x,
    y: at.y,
    deltaX,
    deltaY,
    modifiers: ctrl ? 2 : 0,
  })
}

/**
 * Writes seven notes, one per stage, down the first `lanes` lanes in turn, and leaves nothing
 * selected: the selection toolbar, hidden while the camera moves and shown again once it rests,
 * is then not in the frames compared.
 */
async function sevenNotesNoneSelected(page: Page, lanes: number) {
  for (let i = 0; i < 7; i++) {
    await noteAt(
      page,
      `Note ${i + 1} with enough words to wrap`,
      stageMiddle(i),
      laneMiddle(i % lanes),
    )
  }
  await expect(notes(page)).toHaveCount(7)
  await board(page).focus()
  await page.keyboard.press('Escape')
  await expect(selectionBar(page)).toBeHidden()
}

/** Draws the board on fresh canvases at the same camera: the window resized and back. */
async function drawnAfresh(page: Page) {
  const at = await camera(page)
  await page.setViewportSize({ width: 1300, height: 860 })
  await nextFrames(page)
  await page.setViewportSize({ width: 1440, height: 900 })
  await atRest(page)
  expect(await camera(page)).toEqual(at)
}

/** Whether `drawn` (from the board's top-left corner) covers the board `area` (on the page). */
function covers(drawn: Box, area: Box): boolean {
  return (
    drawn.x <= 0.5 &&
    drawn.y <= 0.5 &&
    drawn.x + drawn.width >= area.width - 0.5 &&
    drawn.y + drawn.height >= area.height - 0.5
  )
}

/** Whether a wheel or pinch zoom is in progress, or its exact frame is still to come. */
function zoomInProgress(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    (
      window as unknown as { __journeyboardBoard: { zoomInProgress(): boolean } }
    ).__journeyboardBoard.zoomInProgress(),
  )
}

/**
 * Clicks Zoom out until the zoom is at most `most`; returns it once the board is drawn exactly at
 * that scale (the canvas read, not a picture scaled or moved while a zoom is in progress).
 */
async function zoomOutTo(page: Page, most: number): Promise<number> {
  const zoomOut = page.getByRole('button', { name: 'Zoom out' })
  for (let i = 0; i < 40 && (await camera(page)).scale > most; i++) {
    await zoomOut.click()
    await nextFrames(page)
  }
  await expect.poll(() => zoomInProgress(page)).toBe(false)
  await nextFrames(page)
  return (await camera(page)).scale
}

/** Resolves once the next two frames have been painted. */
function nextFrames(page: Page) {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
}

/**
 * How many pixels of two screenshots of the same size differ by more than 8 levels in a channel:
 * the antialiased edges of the same shapes, blended in another order, differ by a few levels;
 * anything moved, missing or drawn another width differs by far more.
 */
function differentPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(image.width, image.height)
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(image, 0, 0)
        return ctx.getImageData(0, 0, image.width, image.height).data
      }
      const [pa, pb] = [await pixels(a), await pixels(b)]
      if (pa.length !== pb.length) return Infinity
      let count = 0
      for (let i = 0; i < pa.length; i += 4) {
        for (let k = 0; k < 3; k++) {
          if (Math.abs(pa[i + k]! - pb[i + k]!) > 8) {
            count++
            break
          }
        }
      }
      return count
    },
    { a: a.toString('base64'), b: b.toString('base64') },
  )
}

/** Where a board point is on the page. */
async function onScreen(page: Page, x: number, y: number) {
  const cam = await camera(page)
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  return { x: box.x + cam.x + x * cam.scale, y: box.y + cam.y + y * cam.scale }
}

/** Writes a note centred on a board point, by double-clicking there. */
async function noteAt(page: Page, text: string, x: number, y: number) {
  const at = await onScreen(page, x, y)
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  await addNote(page, text, { x: (at.x - box.x) / box.width, y: (at.y - box.y) / box.height })
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 4 })
  await page.mouse.up()
}

const notes = (page: Page) => outlineList(page, 'Notes').getByRole('listitem')

test.beforeEach(async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
})

test('space and drag, or a drag with the middle button, pans the board by the drag and changes nothing', async ({
  page,
}) => {
  await noteAt(page, 'Sees the ad', stageMiddle(1), laneMiddle(1))
  const area = (await board(page).boundingBox())!
  const start = {
    x: Math.round(area.x + area.width * 0.6),
    y: Math.round(area.y + area.height * 0.5),
  }
  const before = await camera(page)
  await board(page).focus()
  await page.keyboard.down('Space')
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x - 60, start.y - 30, { steps: 3 })
  await page.mouse.move(start.x - 120, start.y - 80, { steps: 3 })
  await page.mouse.up()
  await page.keyboard.up('Space')
  await expect
    .poll(() => camera(page))
    .toEqual({
      x: before.x - 120,
      y: before.y - 80,
      scale: before.scale,
    })
  // Some text selected elsewhere on the page: on Linux, releasing the middle button pastes it
  // (the primary selection) where the focus is, unless the board keeps it from doing so.
  await page.getByLabel('Facilitator prompt').getByText('anyone', { exact: false }).dblclick()
  expect(await page.evaluate(() => String(getSelection()))).toBe('anyone')
  await page.mouse.move(start.x, start.y)
  await page.mouse.down({ button: 'middle' })
  await page.mouse.move(start.x + 50, start.y + 20, { steps: 3 })
  await page.mouse.move(start.x + 90, start.y + 40, { steps: 3 })
  await page.mouse.up({ button: 'middle' })
  await expect
    .poll(() => camera(page))
    .toEqual({
      x: before.x - 30,
      y: before.y - 40,
      scale: before.scale,
    })
  // A middle click that does not move pans by nothing, and pastes nothing either.
  await page.mouse.click(start.x, start.y, { button: 'middle' })
  // Nothing was selected, moved or made: the note is where it was, and there is nothing to undo
  // but the note itself.
  await expect(notes(page)).toHaveCount(1)
  await expect(notes(page).first()).toContainText('Evaluation, Touchpoints')
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    'Undo Add note',
  )
})

test('Ctrl+wheel zooms around the pointer: the point under it stays put', async ({ page }) => {
  const area = (await board(page).boundingBox())!
  const pointer = { x: area.x + area.width * 0.3, y: area.y + area.height * 0.7 }
  const boardPoint = (cam: Camera) => ({
    x: (pointer.x - area.x - cam.x) / cam.scale,
    y: (pointer.y - area.y - cam.y) / cam.scale,
  })
  const before = await camera(page)
  await page.mouse.move(pointer.x, pointer.y)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -120)
  await page.mouse.wheel(0, -120)
  await page.keyboard.up('Control')
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(before.scale * 1.3)
  const after = await camera(page)
  const was = boardPoint(before)
  const is = boardPoint(after)
  // Within a screen pixel.
  expect(Math.abs(is.x - was.x) * after.scale).toBeLessThanOrEqual(1)
  expect(Math.abs(is.y - was.y) * after.scale).toBeLessThanOrEqual(1)
})

test('a note resized by its corner handle keeps its new size, and one undo takes it back', async ({
  page,
}) => {
  await noteAt(page, 'Sees the ad', stageMiddle(1), laneMiddle(1))
  await expect(selectionBar(page)).toContainText('1 note')
  const doc = await savedDocument(page, 'before-resize.journey')
  const note = doc.board.notes[0]!
  const cam = await camera(page)
  const corner = await onScreen(page, note.x + note.width, note.y + note.height)
  await page.mouse.move(corner.x, corner.y)
  await page.mouse.down()
  await page.mouse.move(corner.x + 20, corner.y + 10, { steps: 2 })
  // Wider and less tall: it stays inside its cell (a note made bigger stops short of its edges).
  await page.mouse.move(corner.x + 40 * cam.scale, corner.y - 20 * cam.scale, { steps: 2 })
  await page.mouse.up()
  const resized = (await savedDocument(page, 'resized.journey')).board.notes[0]!
  expect(resized.width).toBeCloseTo(note.width + 40, 0)
  expect(resized.height).toBeCloseTo(note.height - 20, 0)
  expect([resized.x, resized.y]).toEqual([note.x, note.y])
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    'Undo Resize note',
  )
  await board(page).focus()
  await page.keyboard.press('Control+z')
  const undone = (await savedDocument(page, 'undone.journey')).board.notes[0]!
  expect([undone.width, undone.height]).toEqual([note.width, note.height])
})

test('a note made bigger than its cell stops a gap short of its edges, keeping its stage and lane', async ({
  page,
}) => {
  await noteAt(page, 'Sees the ad', stageMiddle(1), laneMiddle(1))
  await expect(notes(page).first()).toContainText('Evaluation, Touchpoints')
  const doc = await savedDocument(page, 'before-resize.journey')
  const note = doc.board.notes[0]!
  const corner = await onScreen(page, note.x + note.width, note.y + note.height)
  // Far past the cell's corner, into the next stage and lane.
  await drag(page, corner, { x: corner.x + 500, y: corner.y + 400 })
  const resized = (await savedDocument(page, 'resized.journey')).board
  const stage = resized.stages[1]!
  const lane = resized.lanes[1]!
  const after = resized.notes[0]!
  expect(after.x + after.width).toBe(stage.x + stage.width - 16)
  expect(after.y + after.height).toBe(lane.y + lane.height - 16)
  await expect(notes(page).first()).toContainText('Evaluation, Touchpoints')
})

test('a lane dragged by its header moves below the next one, its notes with it', async ({
  page,
}) => {
  await noteAt(page, 'Welcome email', stageMiddle(2), laneMiddle(1))
  const laneHeader = (lane: number) => onScreen(page, GRID.x - 98, laneMiddle(lane))
  const from = await laneHeader(1)
  const to = await onScreen(page, GRID.x - 98, laneMiddle(2) + GRID.laneHeight * 0.3)
  await drag(page, from, to)
  await expect(outlineList(page, 'Lanes').getByRole('listitem')).toHaveText([
    'Customer actions',
    'Pain points',
    'Touchpoints',
    'Ideas',
    'Tasks',
  ])
  await expect(notes(page).first()).toContainText('Purchase, Touchpoints')
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    'Undo Move lane',
  )
})

test("a stage's header edge dragged makes the stage wider, and the stages after it move along", async ({
  page,
}) => {
  const cam = await camera(page)
  const edge = await onScreen(page, GRID.x + GRID.stageWidth, headerMiddle)
  await drag(page, edge, { x: edge.x + 100 * cam.scale, y: edge.y })
  const doc = await savedDocument(page, 'wider.journey')
  const [awareness, evaluation] = doc.board.stages
  expect(awareness!.width).toBeCloseTo(GRID.stageWidth + 100, -1)
  expect(evaluation!.x).toBe(awareness!.x + awareness!.width)
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    'Undo Resize stage',
  )
})

test("a stage's header edge dragged far in stops where its widest note still fits, as drawn while dragged", async ({
  page,
}) => {
  await noteAt(page, 'Compares plans', stageMiddle(2), laneMiddle(1))
  const cam = await camera(page)
  const edge = await onScreen(page, GRID.x + 3 * GRID.stageWidth, headerMiddle)
  await drag(page, edge, { x: edge.x - 300 * cam.scale, y: edge.y })
  const doc = await savedDocument(page, 'narrower.journey')
  const purchase = doc.board.stages[2]!
  const note = doc.board.notes[0]!
  // The 160-wide note and half a gap each side: not 120, which left it reaching into the next
  // column.
  expect(purchase.width).toBe(176)
  expect(note.x).toBeGreaterThanOrEqual(purchase.x)
  expect(note.x + note.width).toBeLessThanOrEqual(purchase.x + purchase.width)
  await expect(notes(page).first()).toContainText('Purchase, Touchpoints')
})

/** Whether the notes canvas (the board's first) is hidden for its still copy. */
function stillCopyShown(page: Page): Promise<boolean> {
  return board(page)
    .locator('canvas')
    .first()
    .evaluate((canvas) => getComputedStyle(canvas).visibility === 'hidden')
}

/** Where the notes canvas and its still copy are moved to on the page (their CSS transforms). */
function transforms(page: Page): Promise<{ canvas: string; copy: string }> {
  return board(page).evaluate((element) => {
    const [canvas, copy] = element.querySelectorAll('canvas')
    return { canvas: canvas!.style.transform, copy: copy!.style.transform }
  })
}

/** The board's pixels with the notes canvas itself shown instead of its still copy, then put back. */
async function boardShotFromCanvas(page: Page): Promise<Buffer> {
  const swap = (live: boolean) =>
    board(page).evaluate((element, show) => {
      const [canvas, copy] = element.querySelectorAll('canvas')
      canvas!.style.visibility = show ? '' : 'hidden'
      copy!.style.visibility = show ? 'hidden' : ''
    }, live)
  await swap(true)
  await nextFrames(page)
  const shot = await board(page).screenshot()
  await swap(false)
  await nextFrames(page)
  return shot
}

test('at rest the board shows a still copy of its canvas, the same to the pixel, moved with a pan and never stale', async ({
  page,
}) => {
  await noteAt(page, 'Sees the ad', stageMiddle(1), laneMiddle(1))
  await page.mouse.move(5, 5)
  // Once the board rests, the copy stands in for the canvas (in software rendering the browser
  // copies a visible canvas to the compositor on every frame of the page, ~1 ms a key typed).
  await expect.poll(() => stillCopyShown(page)).toBe(true)
  const shown = await counter(page, 'stillShown')
  expect((await board(page).screenshot()).equals(await boardShotFromCanvas(page))).toBe(true)

  // A pan within what the canvas holds only moves it on the page: the copy goes with it. Each
  // frame of the pan records where the two are and which one shows.
  const atRest = (await transforms(page)).canvas
  await board(page).evaluate((element) => {
    const [canvas, copy] = element.querySelectorAll('canvas')
    const seen: { copyShown: boolean; canvas: string; copy: string }[] = []
    ;(window as unknown as { __seen: typeof seen }).__seen = seen
    const record = () => {
      seen.push({
        copyShown: copy!.style.visibility !== 'hidden' && canvas!.style.visibility === 'hidden',
        canvas: canvas!.style.transform,
        copy: copy!.style.transform,
      })
      if (seen.length < 600) requestAnimationFrame(record)
    }
    requestAnimationFrame(record)
  })
  const box = (await board(page).boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(16, 6)
    await nextFrames(page)
  }
  const seen = await page.evaluate(
    () =>
      (window as unknown as { __seen: { copyShown: boolean; canvas: string; copy: string }[] })
        .__seen,
  )
  const movedCopy = seen.filter((frame) => frame.copyShown && frame.canvas !== atRest)
  expect(movedCopy.length).toBeGreaterThan(0)
  for (const frame of seen.filter((f) => f.copyShown)) expect(frame.copy).toBe(frame.canvas)
  // Once the pan is over the canvas is drawn again, then copied again.
  await page.mouse.move(5, 5)
  await expect.poll(() => counter(page, 'stillShown')).toBeGreaterThan(shown)
  expect((await board(page).screenshot()).equals(await boardShotFromCanvas(page))).toBe(true)

  // A new note is drawn on the canvas: the copy from before it is not shown.
  const again = await counter(page, 'stillShown')
  await noteAt(page, 'Reads a review', stageMiddle(2), laneMiddle(1))
  await expect(notes(page)).toHaveCount(2)
  await page.mouse.move(5, 5)
  await expect.poll(() => counter(page, 'stillShown')).toBeGreaterThan(again)
  expect((await board(page).screenshot()).equals(await boardShotFromCanvas(page))).toBe(true)
})

test('a note dragged into the Onboarding column belongs to Onboarding, and the drag is one undo step', async ({
  page,
}) => {
  await noteAt(page, 'Kick-off call is booked', stageMiddle(1), laneMiddle(1))
  await expect(notes(page).first()).toContainText('Evaluation, Touchpoints')

  await drag(
    page,
    await onScreen(page, stageMiddle(1), laneMiddle(1)),
    await onScreen(page, stageMiddle(3), laneMiddle(1)),
  )
  await expect(notes(page).first()).toContainText('Onboarding, Touchpoints')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(notes(page)).toHaveCount(1)
  await expect(notes(page).first()).toContainText('Evaluation, Touchpoints')
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(notes(page).first()).toContainText('Onboarding, Touchpoints')
})

test('a marquee on empty space selects the notes inside it', async ({ page }) => {
  await noteAt(page, 'Welcome email', stageMiddle(0), laneMiddle(1))
  await noteAt(page, 'Setup checklist', stageMiddle(1), laneMiddle(1))
  await noteAt(page, 'Invoice', stageMiddle(4), laneMiddle(1))
  await expect(notes(page)).toHaveCount(3)

  // From the top-left of Awareness to the bottom-right of Evaluation, over the first two notes.
  await drag(
    page,
    await onScreen(page, GRID.x + 5, GRID.y + GRID.laneHeight + 5),
    await onScreen(page, GRID.x + GRID.stageWidth * 2 - 5, GRID.y + GRID.laneHeight * 2 - 5),
  )
  await page.keyboard.press('Delete')
  await expect(notes(page)).toHaveCount(1)
  await expect(notes(page).first()).toContainText('Invoice')
})

test('Shift+click adds a note to the selection; dragging moves them together in one step', async ({
  page,
}) => {
  await noteAt(page, 'Welcome email', stageMiddle(0), laneMiddle(0))
  await noteAt(page, 'Setup checklist', stageMiddle(0), laneMiddle(2))
  const first = await onScreen(page, stageMiddle(0), laneMiddle(0))
  const second = await onScreen(page, stageMiddle(0), laneMiddle(2))
  await page.mouse.click(first.x, first.y)
  await page.keyboard.down('Shift')
  await page.mouse.click(second.x, second.y)
  await page.keyboard.up('Shift')
  await drag(page, first, await onScreen(page, stageMiddle(2), laneMiddle(0)))
  await expect(notes(page).filter({ hasText: 'Purchase' })).toHaveCount(2)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(notes(page).filter({ hasText: 'Awareness' })).toHaveCount(2)
})

test('a note held against the edge of the board scrolls it, and lands where it was let go', async ({
  page,
}) => {
  await noteAt(page, 'Renewal call booked', stageMiddle(1), laneMiddle(2))
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  const start = await camera(page)
  // The board's right edge, on the board, before the drag: nothing past it is in view.
  const rightEdge = (box.width - start.x) / start.scale
  const from = await onScreen(page, stageMiddle(1), laneMiddle(2))
  const edge = { x: box.x + box.width - 6, y: from.y }
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(edge.x, edge.y, { steps: 8 })
  // Held there, the board keeps scrolling.
  await expect.poll(async () => (await camera(page)).x).toBeLessThan(start.x - 400)
  await page.mouse.up()
  const after = await camera(page)
  expect(after.scale).toBe(start.scale)

  const doc = await savedDocument(page, 'scrolled.journey')
  const note = doc.board.notes[0]!
  // Dropped under the pointer: past what the board showed when the drag began.
  expect(note.x + note.width / 2).toBeGreaterThan(rightEdge)
  const dropped = (edge.x - box.x - after.x) / after.scale
  expect(Math.abs(note.x + note.width / 2 - dropped)).toBeLessThan(note.width)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(notes(page).first()).toContainText('Evaluation')
})

test('a click on the minimap moves the view there, and its frame follows the view', async ({
  page,
}) => {
  await noteAt(page, 'Renewal call booked', stageMiddle(5), laneMiddle(3))
  // Zoomed in, the view is a small part of the map.
  await board(page).focus()
  for (let i = 0; i < 6; i++) await page.keyboard.press('+')
  const minimap = page.getByRole('img', { name: 'Minimap' })
  const map = (await minimap.boundingBox())!
  const before = await camera(page)
  const target = { x: map.x + map.width * 0.75, y: map.y + map.height * 0.7 }
  await page.mouse.click(target.x, target.y)
  await expect.poll(async () => (await camera(page)).x).toBeLessThan(before.x)
  expect((await camera(page)).scale).toBe(before.scale)
  // The frame is centred where the click was.
  const box = await minimapFrame(page)
  expect(Math.abs(box.x + box.width / 2 - target.x)).toBeLessThan(3)
  expect(Math.abs(box.y + box.height / 2 - target.y)).toBeLessThan(3)
  expect(box.width).toBeLessThan(map.width / 2)

  // Panning the board moves the frame the other way, in proportion.
  await board(page).hover({ position: { x: 300, y: 200 } })
  await page.mouse.wheel(300, 0)
  await expect.poll(async () => (await minimapFrame(page)).x).toBeGreaterThan(box.x)
})

test("with the view panned wholly off the map, the minimap shows it at the map's nearest edge", async ({
  page,
}) => {
  await noteAt(page, 'Renewal call booked', stageMiddle(5), laneMiddle(3))
  const map = (await page.getByRole('img', { name: 'Minimap' }).boundingBox())!
  await board(page).hover({ position: { x: 300, y: 200 } })
  // Far right and below the map: the frame sits in the minimap's bottom-right corner.
  for (let i = 0; i < 8; i++) await page.mouse.wheel(2000, 2000)
  await expect
    .poll(async () => {
      const frame = await minimapFrame(page)
      return [
        frame.x + frame.width > map.x + map.width - 12,
        frame.y + frame.height > map.y + map.height - 12,
      ]
    })
    .toEqual([true, true])
  // Far left and above it: in the top-left corner.
  for (let i = 0; i < 16; i++) await page.mouse.wheel(-2000, -2000)
  await expect
    .poll(async () => {
      const frame = await minimapFrame(page)
      return [frame.x < map.x + 12, frame.y < map.y + 12]
    })
    .toEqual([true, true])
})

test('a drag that leaves the minimap holds the view at its edge, not far off the board', async ({
  page,
}) => {
  await noteAt(page, 'Renewal call booked', stageMiddle(5), laneMiddle(3))
  await board(page).focus()
  for (let i = 0; i < 6; i++) await page.keyboard.press('+')
  const map = (await page.getByRole('img', { name: 'Minimap' }).boundingBox())!
  const corner = { x: map.x, y: map.y }
  // Pressed inside, dragged up and left, out of the minimap: 200 px past its corner, then 400.
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2)
  await page.mouse.down()
  await page.mouse.move(corner.x - 200, corner.y - 200, { steps: 4 })
  await expect.poll(async () => (await minimapFrame(page)).x).toBeLessThan(map.x + 4)
  const held = await camera(page)
  await page.mouse.move(corner.x - 400, corner.y - 400, { steps: 4 })
  await page.mouse.up()
  // Further out changes nothing: the view stays where the minimap's corner put it, and the
  // frame is still on the minimap.
  expect(await camera(page)).toEqual(held)
  const frame = await minimapFrame(page)
  expect(frame.x + frame.width / 2).toBeGreaterThanOrEqual(map.x - 1)
  expect(frame.y + frame.height / 2).toBeGreaterThanOrEqual(map.y - 1)
})

/** Where the minimap's view frame is on the page: the box its blue edge draws on its canvas. */
async function minimapFrame(page: Page) {
  return page.locator('.minimap__view').evaluate((canvas: HTMLCanvasElement) => {
    const { data, width, height } = canvas
      .getContext('2d')!
      .getImageData(0, 0, canvas.width, canvas.height)
    let [left, top, right, bottom] = [width, height, -1, -1]
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        // The edge is opaque; the tint inside it is not.
        if (data[(y * width + x) * 4 + 3]! < 200) continue
        left = Math.min(left, x)
        right = Math.max(right, x)
        top = Math.min(top, y)
        bottom = Math.max(bottom, y)
      }
    }
    if (right < 0) throw new Error('The minimap shows no view frame')
    const at = canvas.getBoundingClientRect()
    const ratio = canvas.width / at.width
    return {
      x: at.x + left / ratio,
      y: at.y + top / ratio,
      width: (right - left + 1) / ratio,
      height: (bottom - top + 1) / ratio,
    }
  })
}

test('a single wheel step zooms by moving and scaling the canvas; a zoom button draws the board in full at once', async ({
  page,
}) => {
  await noteAt(page, 'Kick-off call booked', stageMiddle(2), laneMiddle(1))
  const box = (await board(page).boundingBox())!
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5)
  const scaled = () => counter(page, 'movedFrames')
  const start = await scaled()
  const scale = (await camera(page)).scale
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -60)
  await page.keyboard.up('Control')
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(scale)
  await expect.poll(scaled).toBe(start + 1)
  // Well after the zoom: the + button is a single jump, drawn in full.
  await page.waitForTimeout(400)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(scale * 1.2)
  await nextFrames(page)
  expect(await scaled()).toBe(start + 1)
})

test('panned inside the grid, each frame is drawn over the last and shows what a fresh canvas shows', async ({
  page,
}) => {
  // Where the lanes cover the whole canvas the board skips clearing it before a frame: every
  // pixel of the last frame (here: the lane headers and the space left of the grid) must still
  // be painted over.
  await sevenNotesNoneSelected(page, 5)
  // At 150 % the grid is taller than the canvas, which reaches past the board's edges.
  while ((await camera(page)).scale < 1.5) await page.keyboard.press('+')
  const box = (await board(page).boundingBox())!
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5)
  const uncleared = () => counter(page, 'unclearedFrames')
  // The grid's left edge 120 px into the board (lane headers in view), its top 300 px above it.
  const cam = await camera(page)
  await page.mouse.wheel(cam.x + GRID.x * cam.scale - 120, cam.y + GRID.y * cam.scale + 300)
  await atRest(page)
  const gridLeft = async () => {
    const c = await camera(page)
    return c.x + GRID.x * c.scale
  }
  expect(Math.round(await gridLeft())).toBe(120)
  const before = await uncleared()
  // Further than the canvas reaches: drawn again, now wholly inside the grid.
  await page.mouse.wheel(600, 0)
  await atRest(page)
  expect(Math.round(await gridLeft())).toBe(-480)
  expect(await uncleared()).toBeGreaterThan(before)
  const drawnOver = await board(page).screenshot()
  await drawnAfresh(page)
  expect((await board(page).screenshot()).equals(drawnOver)).toBe(true)
})

test('a pan moves the canvas without drawing it, showing what a draw shows; past its reach, or once the board rests, it is drawn', async ({
  page,
}) => {
  await sevenNotesNoneSelected(page, 4)
  const box = (await board(page).boundingBox())!
  const middle = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.5 }
  await page.mouse.move(middle.x, middle.y)
  await atRest(page)
  const panned = () => counter(page, 'pannedFrames')

  // Four touchpad steps, 30 px left and 20 px up each: each only moves the canvas. After each,
  // once its frame is painted, whether the frame drawn at rest is still to come.
  const cdp = await page.context().newCDPSession(page)
  const start = await panned()
  let due = false
  let steps = start
  // Until four steps have each only moved the canvas, the last of them included. A step that
  // reaches the page just as the board comes to rest (ZOOM_SETTLE_MS after the step before, on a
  // busy machine) is drawn in that rest frame instead: a pause is a rest. At most four of those.
  for (let tries = 0; steps < start + 4 && tries < 8; tries++) {
    const rests = await counter(page, 'restFrames')
    await wheelStep(cdp, middle, 30, 20)
    due = await readOnceShown(page, 'exactFrameDue')
    const now = await panned()
    if (now === steps) expect(await counter(page, 'restFrames')).toBeGreaterThan(rests)
    else expect(now).toBe(steps + 1)
    steps = now
  }
  expect(steps).toBe(start + 4)
  expect(due).toBe(true)
  expect(await canvasScale(page)).toBe(1)
  const moved = await board(page).screenshot()
  // Once the board rests it is drawn where the camera is: the same picture.
  await atRest(page)
  expect(await differentPixels(page, await board(page).screenshot(), moved)).toBe(0)

  // A step further than the canvas reaches is drawn at once.
  await page.mouse.wheel(box.width, 0)
  await nextFrames(page)
  expect(await panned()).toBe(steps)

  // A step of a fraction of a pixel: the canvas moves by whole pixels, then, once the board
  // rests, it is drawn exactly where the camera is, as a fresh canvas shows it.
  await atRest(page)
  await page.mouse.wheel(20.5, 0)
  await nextFrames(page)
  expect(await panned()).toBe(steps + 1)
  expect((await camera(page)).x % 1).not.toBe(0)
  await atRest(page)
  const rested = await board(page).screenshot()
  await drawnAfresh(page)
  expect((await board(page).screenshot()).equals(rested)).toBe(true)
})

/**
 * Once the browser is idle the board keeps a copy of each note on screen and copies it in later
 * frames instead of drawing it. A copy must land on the same pixels as the note drawn, and an
 * edited note must never show its old copy.
 */
async function copiesLookAsDrawn(page: Page) {
  await noteAt(page, 'First note with enough words to wrap', stageMiddle(1), laneMiddle(1))
  await noteAt(page, 'Second note with enough words to wrap', stageMiddle(2), laneMiddle(1))
  // A note far away: the board is then too big at 200 % to be drawn as one picture.
  await noteAt(page, 'Far away', stageMiddle(6), laneMiddle(4))
  await board(page).focus()
  // Nothing selected: the selection toolbar, hidden while the camera moves and shown again once
  // it rests, is not in the frames compared.
  await page.keyboard.press('Escape')
  await expect(selectionBar(page)).toBeHidden()
  while ((await camera(page)).scale < 2) await page.keyboard.press('+')
  const box = (await board(page).boundingBox())!
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5)
  // The first two notes in the middle of the board. (With an emulated pixel ratio of 2 a wheel
  // event arrives with a fraction of its delta: pan until there.)
  for (let i = 0; i < 6; i++) {
    const middle = await onScreen(page, GRID.x + GRID.stageWidth * 2, laneMiddle(1))
    const dx = middle.x - box.x - box.width / 2
    const dy = middle.y - box.y - box.height / 2
    if (Math.hypot(dx, dy) < 2) break
    await page.mouse.wheel(dx, dy)
    await nextFrames(page)
  }
  expect(await counter(page, 'visibleCount')).toBe(2)

  /**
   * A frame drawn from the copies: a pan there and back (which only moves the canvas), until the
   * frame drawn once the board rests copies both notes.
   */
  const fromCopies = async () => {
    await expect
      .poll(async () => {
        await page.mouse.wheel(1, 0)
        await page.mouse.wheel(-1, 0)
        await atRest(page)
        return counter(page, 'copiedNotes')
      })
      .toBe(2)
    return board(page).screenshot()
  }
  /**
   * The same camera with every note drawn: a zoom step in and out drops the copies. The frame
   * drawn in full once the zoom is over (it scales a picture while in progress) is the one read.
   */
  const drawn = async () => {
    const at = await camera(page)
    await page.keyboard.press('+')
    await nextFrames(page)
    await page.keyboard.press('-')
    await nextFrames(page)
    await expect.poll(() => zoomInProgress(page)).toBe(false)
    await nextFrames(page)
    // The same camera, but for rounding: a zoom step in and out need not return the exact float.
    const back = await camera(page)
    for (const key of ['x', 'y', 'scale'] as const) expect(back[key]).toBeCloseTo(at[key], 6)
    expect(await counter(page, 'copiedNotes')).toBe(0)
    return board(page).screenshot()
  }
  const copied = await fromCopies()
  expect(await differentPixels(page, await drawn(), copied)).toBe(0)

  const second = await onScreen(page, stageMiddle(2), laneMiddle(1))
  await page.mouse.dblclick(second.x, second.y)
  const editor = page.getByRole('textbox', { name: 'Note text' })
  await expect(editor).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Rewritten')
  await page.keyboard.press('Escape')
  await expect(notes(page).filter({ hasText: 'Rewritten' })).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(selectionBar(page)).toBeHidden()
  const edited = await fromCopies()
  expect(await differentPixels(page, edited, copied)).toBeGreaterThan(100)
  expect(await differentPixels(page, await drawn(), edited)).toBe(0)

  // Undo brings the old text back without the note being opened: its copy must follow.
  await board(page).focus()
  await page.keyboard.press('ControlOrMeta+Z')
  await expect(notes(page).filter({ hasText: 'Rewritten' })).toHaveCount(0)
  const undone = await fromCopies()
  expect(await differentPixels(page, await drawn(), undone)).toBe(0)
}

test('notes copied from the copies the board keeps of them look exactly as drawn, and an edit redraws its note', async ({
  page,
}) => {
  await copiesLookAsDrawn(page)
})

test.describe('on a screen of twice the pixel ratio', () => {
  test.use({ deviceScaleFactor: 2 })
  test('copied notes look exactly as drawn, edges as wide', async ({ page }) => {
    await copiesLookAsDrawn(page)
  })
})

test('the selection toolbar steps aside while its notes are dragged and shows again beside them', async ({
  page,
}) => {
  await noteAt(page, 'Contract signed', stageMiddle(1), laneMiddle(2))
  await page.keyboard.press('Escape')
  const from = await onScreen(page, stageMiddle(1), laneMiddle(2))
  await page.mouse.click(from.x, from.y)
  await expect(selectionBar(page)).toBeVisible()
  const to = await onScreen(page, stageMiddle(3), laneMiddle(1))
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 })
  // Mid-drag: out of the way of the notes and of where they go.
  await expect(selectionBar(page)).toBeHidden()
  await page.mouse.move(to.x, to.y, { steps: 5 })
  await page.mouse.up()
  await expect(notes(page).first()).toContainText('Onboarding, Touchpoints')
  await expect(selectionBar(page)).toBeVisible()
  // Beside the note where it was dropped: above it, not over it.
  const bar = (await selectionBar(page).boundingBox())!
  expect(bar.y + bar.height).toBeLessThan(to.y)
  expect(bar.x).toBeLessThan(to.x)
  expect(bar.x + bar.width).toBeGreaterThan(to.x)
})

/**
 * Where along one row of the page a Touchpoints note shows (its green fill, also as dragged notes
 * are drawn, slightly see-through): its first and last pixel from `left` to `right`, page x.
 */
async function greenNoteExtent(page: Page, y: number, left: number, right: number) {
  const shot = await page.screenshot({
    clip: { x: left, y: Math.round(y), width: right - left, height: 1 },
  })
  const columns = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(image.width, image.height)
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(image, 0, 0)
    const { data } = ctx.getImageData(0, 0, image.width, 1)
    const found: number[] = []
    for (let x = 0; x < image.width; x++) {
      const [r, g, b] = [data[x * 4]!, data[x * 4 + 1]!, data[x * 4 + 2]!]
      if (g > 230 && g - r > 15 && g - b > 15) found.push(x)
    }
    return found
  }, shot.toString('base64'))
  if (columns.length === 0) return null
  return { left: left + columns[0]!, right: left + columns.at(-1)! + 1 }
}

test('a dragged note is moved on the page, not drawn again each frame, and shows whole where it goes, even from half out of view', async ({
  page,
}) => {
  await noteAt(page, 'Sees the ad', stageMiddle(1), laneMiddle(1))
  await page.keyboard.press('Escape')
  // Near 100 %, where notes are drawn in full.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click()
  await atRest(page)
  const box = (await board(page).boundingBox())!
  const zoomed = await onScreen(page, stageMiddle(1), laneMiddle(1))
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(zoomed.x - (box.x + 300), zoomed.y - (box.y + box.height / 2))
  await atRest(page)
  const { scale } = await camera(page)
  const from = await onScreen(page, stageMiddle(1), laneMiddle(1))
  // A row across the note's top, above its text.
  const row = from.y - 70 * scale
  const extent = (y: number, left: number, right: number) =>
    greenNoteExtent(page, y, Math.max(0, Math.round(left)), Math.round(right))
  const before = (await extent(row, from.x - 300, from.x + 500))!
  expect(before.right - before.left).toBeCloseTo(160 * scale, -1)

  const moved = await counter(page, 'liveMovedFrames')
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 60, from.y, { steps: 6 })
  await page.mouse.move(from.x + 150, from.y, { steps: 6 })
  await nextFrames(page)
  // The note left its place for where the pointer took it, drawn once and moved after that.
  expect(await counter(page, 'liveMovedFrames')).toBeGreaterThan(moved)
  const during = (await extent(row, from.x - 300, from.x + 500))!
  // To the pixel, give or take the edge's antialiasing (the dragged notes are drawn see-through).
  expect(Math.abs(during.left - (before.left + 150))).toBeLessThanOrEqual(2)
  expect(Math.abs(during.right - (before.right + 150))).toBeLessThanOrEqual(2)
  await page.mouse.up()
  await expect(notes(page).first()).toContainText('Evaluation, Touchpoints')

  // Half out of view on the left when the drag starts: the part out of view was not on the layer
  // drawn for the drag, so that layer is drawn again, not moved, until the note is whole on it.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel((during.left + during.right) / 2 - (box.x + 20), 0)
  await atRest(page)
  const cut = (await extent(row, box.x, box.x + 400))!
  expect(cut.left).toBeLessThanOrEqual(box.x + 4)
  expect(cut.right - cut.left).toBeLessThan(120 * scale)
  await page.mouse.move(cut.left + 40, from.y)
  await page.mouse.down()
  await page.mouse.move(cut.left + 140, from.y, { steps: 6 })
  const drawnWhole = await counter(page, 'liveMovedFrames')
  await page.mouse.move(cut.left + 300, from.y, { steps: 6 })
  await nextFrames(page)
  const whole = (await extent(row, box.x, box.x + 700))!
  expect(whole.right - whole.left).toBeCloseTo(160 * scale, -1)
  expect(Math.abs(whole.right - (cut.right + 260))).toBeLessThanOrEqual(2)
  // Whole on the layer once it was drawn in view, the note is moved again, not drawn.
  expect(await counter(page, 'liveMovedFrames')).toBeGreaterThan(drawnWhole)
  await page.mouse.up()
})

test('a drag released outside the window ends cleanly', async ({ page }) => {
  await noteAt(page, 'Contract signed', stageMiddle(1), laneMiddle(2))
  const from = await onScreen(page, stageMiddle(1), laneMiddle(2))
  const inside = await onScreen(page, stageMiddle(2), laneMiddle(2))
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(inside.x, inside.y, { steps: 5 })
  await page.mouse.move(inside.x, -40, { steps: 3 })
  await page.mouse.up()
  // The drag is over: moving back over the board does not carry the note along.
  await page.mouse.move(from.x, from.y, { steps: 5 })
  await page.mouse.move(from.x + 10, from.y + 10)
  await expect(notes(page)).toHaveCount(1)
  await expect(notes(page).first()).not.toContainText('Evaluation')

  // The window losing focus mid-drag ends the drag too. (Held past the edge, the drag scrolled
  // the board: fit it again and find the note on screen again.)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(notes(page).first()).toContainText('Evaluation')
  await page.getByRole('button', { name: 'Fit' }).click()
  const again = await onScreen(page, stageMiddle(1), laneMiddle(2))
  const next = await onScreen(page, stageMiddle(2), laneMiddle(2))
  await page.mouse.move(again.x, again.y)
  await page.mouse.down()
  await page.mouse.move(next.x, next.y, { steps: 5 })
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await page.mouse.move(again.x, again.y, { steps: 5 })
  await page.mouse.up()
  await expect(notes(page).first()).toContainText('Purchase')

  // And the board still works as before.
  await noteAt(page, 'Kick-off', stageMiddle(5), laneMiddle(3))
  await expect(notes(page)).toHaveCount(2)
})

test('the zoom level read out catches up once a zoom followed at once by a pan stops', async ({
  page,
}) => {
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  const level = page.getByRole('group', { name: 'Zoom' }).locator('.visually-hidden')
  const before = await level.textContent()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.keyboard.down('Control')
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120)
  await page.keyboard.up('Control')
  // No pause: the pan's frames come while the zoom is still settling.
  for (let i = 0; i < 12; i++) await page.mouse.wheel(40, 10)
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(1.2)
  const shown = `${Math.round((await camera(page)).scale * 100)}%`
  expect(shown).not.toBe(before)
  await expect(level).toHaveText(shown)
})

test('zooming far in or far out stops at 800 % and 2 %', async ({ page }) => {
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.keyboard.down('Control')
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, -1000)
  await page.keyboard.up('Control')
  await expect.poll(async () => (await camera(page)).scale).toBe(8)
  await expect(page.getByRole('group', { name: 'Zoom' })).toContainText('800%')
  // The number on screen is drawn on a canvas (the text above is for screen readers).
  const shown = page.locator('.zoom__number')
  const inked = () =>
    shown.evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      return data.filter((_, i) => i % 4 === 3 && data[i]! > 0).length
    })
  const at800 = await shown.screenshot()
  expect(await inked()).toBeGreaterThan(40)

  await page.keyboard.down('Control')
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 1000)
  await page.keyboard.up('Control')
  await expect.poll(async () => (await camera(page)).scale).toBe(0.02)
  await expect(page.getByRole('group', { name: 'Zoom' })).toContainText('2%')
  expect((await shown.screenshot()).equals(at800)).toBe(false)
  expect(await inked()).toBeGreaterThan(20)

  // Plain scrolling pans without zooming.
  const before = await camera(page)
  await page.mouse.wheel(0, 200)
  await expect.poll(async () => (await camera(page)).y).toBe(before.y - 200)
  expect((await camera(page)).scale).toBe(0.02)
})

for (const [way, delta] of [
  ['in', -60],
  ['out', 60],
] as const) {
  test(`after a wheel zoom ${way} stops, the board is drawn again exactly as it is at that zoom`, async ({
    page,
  }) => {
    // While a zoom is in progress the board moves and scales what its canvas holds (zooming out,
    // drawn further out than the camera); once the wheel stops it must draw every note again at
    // the new size, by itself.
    await sevenNotesNoneSelected(page, 4)
    const box = await board(page).boundingBox()
    if (!box) throw new Error('The board is not on screen')
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5)
    const start = (await camera(page)).scale
    const frames = () => counter(page, 'frameCount')
    const movedBefore = await counter(page, 'movedFrames')
    await page.keyboard.down('Control')
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, delta)
      await nextFrames(page)
    }
    const before = await frames()
    await page.mouse.wheel(0, delta)
    await page.keyboard.up('Control')
    // The last wheel's frame, and then one more the board draws on its own.
    await expect.poll(frames).toBeGreaterThanOrEqual(before + 2)
    const settled = await board(page).screenshot()
    // The zoom did go through moving and scaling the canvas (else this test shows nothing): it
    // must be back at its own size, drawn in full, covering the board.
    expect(await counter(page, 'movedFrames')).toBeGreaterThan(movedBefore)
    expect(await canvasScale(page)).toBe(1)
    expect(covers(await readOnceShown(page, 'drawnOnScreen'), box)).toBe(true)

    // The same camera drawn from scratch: a pan there and back, each further than the canvas
    // reaches, and the frame drawn once the board rests.
    const zoom = (await camera(page)).scale
    await page.mouse.wheel(0, box.height * 2)
    await nextFrames(page)
    await page.mouse.wheel(0, -box.height * 2)
    await atRest(page)
    expect((await camera(page)).scale).toBe(zoom)
    if (way === 'in') expect(zoom).toBeGreaterThan(start * 1.5)
    else expect(zoom).toBeLessThan(start / 1.5)
    expect((await board(page).screenshot()).equals(settled)).toBe(true)
  })
}

test('a wheel zoom out draws the board once every halving of the zoom; its other frames move the canvas, which covers the board', async ({
  page,
}) => {
  for (let i = 0; i < 7; i++) await noteAt(page, `Note ${i + 1}`, stageMiddle(i), laneMiddle(i % 4))
  const box = (await board(page).boundingBox())!
  const pointer = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.6 }
  await page.mouse.move(pointer.x, pointer.y)
  const start = (await camera(page)).scale
  const cdp = await page.context().newCDPSession(page)
  const overviewBefore = await counter(page, 'overviewFrames')
  const movedBefore = await counter(page, 'movedFrames')
  const restsBefore = await counter(page, 'restFrames')
  // 30 steps of a touchpad's pinch, 3 % each: the zoom falls to ~41 % of where it was. After
  // each, once its frame is painted, where what the canvas validly holds is on the board.
  const shown: Box[] = []
  for (let i = 0; i < 30; i++) {
    await wheelStep(cdp, pointer, 0, 12, true)
    shown.push(await readOnceShown(page, 'drawnOnScreen'))
  }
  // Mid-zoom, what the canvas validly holds (moved and scaled, or drawn) covered the whole board
  // after every step: nothing around the picture was left blank.
  for (const drawn of shown) expect(covers(drawn, box)).toBe(true)
  expect((await camera(page)).scale).toBeLessThan(start * 0.45)
  // Drawn half as far out at the first step, and again at the 25th, past half of that: the
  // other 28 steps only move the canvas. (A busy machine may let the zoom settle between two
  // steps, 150 ms: the board is then drawn in full, and the next step starts again from there.)
  const overviews = (await counter(page, 'overviewFrames')) - overviewBefore
  const moved = (await counter(page, 'movedFrames')) - movedBefore
  const rests = (await counter(page, 'restFrames')) - restsBefore
  expect(overviews + moved).toBe(30)
  expect(overviews).toBeGreaterThanOrEqual(2)
  expect(overviews).toBeLessThanOrEqual(4 + rests)
})

type ScreenPoint = { x: number; y: number }

/**
 * The notes canvas's pixels (RGBA, a row at a time) under the part of the page from `from` to
 * `to`, and `k`, canvas pixels per page pixel.
 */
async function canvasPixels(page: Page, from: ScreenPoint, to: ScreenPoint) {
  return page.evaluate(
    ({ from, to }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.konvajs-content canvas')!
      const r = canvas.getBoundingClientRect()
      const k = canvas.width / r.width
      const width = Math.round((to.x - from.x) * k)
      const height = Math.round((to.y - from.y) * k)
      const { data } = canvas
        .getContext('2d')!
        .getImageData(
          Math.round((from.x - r.left) * k),
          Math.round((from.y - r.top) * k),
          width,
          height,
        )
      return { width, height, k, data: Array.from(data) }
    },
    { from, to },
  )
}

/** Whether the pixel at `i` (its red byte) is text: dark ink, or light ink on a dark header. */
const dark = (data: number[], i: number) =>
  data[i + 3]! > 128 && data[i]! + data[i + 1]! + data[i + 2]! < 300
const light = (data: number[], i: number) =>
  data[i + 3]! > 128 && data[i]! + data[i + 1]! + data[i + 2]! > 600

/** How many pixels of `pixels` pass `ink`. */
function inkCount({ data }: { data: number[] }, ink: (data: number[], i: number) => boolean) {
  let count = 0
  for (let i = 0; i < data.length; i += 4) if (ink(data, i)) count++
  return count
}

/** Dark (text) pixels the board draws in a strip just left of a lane header's own box. */
async function inkLeftOfHeader(page: Page, lane: number) {
  // The lane header column: board x 4…200 (196 wide), its label box from x 10.
  const left = await onScreen(page, GRID.x - 196 + 6, laneMiddle(lane))
  const strip = await canvasPixels(
    page,
    { x: left.x - 30, y: left.y - 8 },
    { x: left.x - 2, y: left.y + 8 },
  )
  return inkCount(strip, dark)
}

/**
 * Screen pixels between the board's left edge and the leftmost dark (text) pixel drawn beside the
 * lanes, or null when there is none.
 */
async function inkFromLeftEdge(page: Page) {
  const top = await onScreen(page, 0, GRID.y)
  const bottom = await onScreen(page, 0, GRID.y + 5 * GRID.laneHeight)
  const box = (await board(page).boundingBox())!
  const { width, height, k, data } = await canvasPixels(
    page,
    { x: box.x, y: top.y },
    { x: box.x + 120, y: bottom.y },
  )
  for (let x = 0; x < width; x++)
    for (let y = 0; y < height; y++) if (dark(data, (y * width + x) * 4)) return x / k
  return null
}

test('Fit on a board far wider than the view keeps room on its left for the lane names, written whole', async ({
  page,
}) => {
  // A note far right of the grid: the board is then fitted by its width, at ~5 %.
  expect(await zoomOutTo(page, 0.03)).toBeLessThanOrEqual(0.03)
  await addNote(page, 'Parked far right', { x: 0.9, y: 0.45 })
  await page.getByRole('button', { name: 'Fit' }).click()
  await expect.poll(() => zoomInProgress(page)).toBe(false)
  await nextFrames(page)
  const scale = (await camera(page)).scale
  expect(scale).toBeLessThan(0.08)
  // The names are written (below ~8 % they were left out)…
  for (const lane of [0, 1, 2]) expect(await inkLeftOfHeader(page, lane)).toBeGreaterThan(10)
  // …and the widest reaches no nearer than 8 px to the board's edge (before, "Customer actions"
  // and "Touchpoints" ran past it, cut to "ustomer" and "chpoints").
  const gap = await inkFromLeftEdge(page)
  expect(gap).not.toBeNull()
  expect(gap!).toBeGreaterThanOrEqual(8)
})

test('zoomed far out, lane names are written in full: the lane headers widen to the left to hold them', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Fit' }).click()
  // Out to between 15 and 25 %, where a header is ~35 px wide and names are 11 px text.
  const scale = await zoomOutTo(page, 0.25)
  expect(scale).toBeLessThanOrEqual(0.25)
  expect(scale).toBeGreaterThan(0.15)
  // "Customer actions" (lane 1) and "Touchpoints" (lane 2) run out to the left of the header
  // they no longer fit, rather than being cut to "Cu…" and "Tou…".
  expect(await inkLeftOfHeader(page, 0)).toBeGreaterThan(10)
  expect(await inkLeftOfHeader(page, 1)).toBeGreaterThan(10)

  // Out to ~10 %, as Fit leaves a full workshop board on a 1,024 × 640 laptop with Step details
  // open: the names are still written (below 12.5 % they were left out).
  expect(await zoomOutTo(page, 0.11)).toBeGreaterThan(0.09)
  expect(await inkLeftOfHeader(page, 0)).toBeGreaterThan(10)
  expect(await inkLeftOfHeader(page, 1)).toBeGreaterThan(10)
})

test('zoomed far out, stage names are still written: the stage headers grow upward to hold them', async ({
  page,
}) => {
  /** Light (text) pixels inside stage `i`'s header, where the header itself is dark. */
  const inkInStageHeader = async (i: number) => {
    const from = await onScreen(page, GRID.x + GRID.stageWidth * i + 20, GRID.y - 66)
    const to = await onScreen(page, GRID.x + GRID.stageWidth * (i + 1) - 20, GRID.y - 12)
    return inkCount(await canvasPixels(page, from, to), light)
  }

  // Out to between 12.5 and 16 %, as Fit leaves the template's grid on a projector's 1280×720:
  // a header is ~10 px high there, lower than the smallest name drawn (8 px and up).
  const scale = await zoomOutTo(page, 0.16)
  expect(scale).toBeLessThanOrEqual(0.16)
  expect(scale).toBeGreaterThanOrEqual(0.125)
  // Every stage name is drawn (before, the headers were plain dark bars below ~16 %).
  for (let i = 0; i < 7; i++) expect(await inkInStageHeader(i)).toBeGreaterThan(10)

  // At ~10 % (a full workshop board fitted on a 1,024 × 640 laptop) the names are cut short
  // ("Onbo…"), but written: before, the headers were plain dark bars below 12.5 %.
  expect(await zoomOutTo(page, 0.11)).toBeGreaterThan(0.09)
  for (let i = 0; i < 7; i++) expect(await inkInStageHeader(i)).toBeGreaterThan(5)
})

test('a stage renamed and dragged by its header moves with its notes; its delete button removes it', async ({
  page,
}) => {
  await noteAt(page, 'Order form', stageMiddle(2), laneMiddle(1))
  await expect(notes(page).first()).toContainText('Purchase, Touchpoints')

  const header = await onScreen(page, stageMiddle(3), headerMiddle)
  await page.mouse.dblclick(header.x, header.y)
  const name = page.getByRole('textbox', { name: 'Stage name' })
  await expect(name).toBeFocused()
  await name.fill('First week')
  await name.press('Enter')
  await expect(outlineList(page, 'Stages').getByRole('listitem').nth(3)).toHaveText('First week')

  // Drag Purchase to the right of First week.
  await drag(
    page,
    await onScreen(page, stageMiddle(2), headerMiddle),
    await onScreen(page, stageMiddle(2) + GRID.stageWidth * 1.5, headerMiddle),
  )
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveText([
    'Awareness',
    'Evaluation',
    'First week',
    'Purchase',
    'Adoption',
    'Renewal',
    'Advocacy',
  ])
  await expect(notes(page).first()).toContainText('Purchase, Touchpoints')

  // While a header is dragged its delete button is hidden (it stayed where the header was).
  const adoption = await onScreen(page, stageMiddle(4), headerMiddle)
  await page.mouse.move(adoption.x, adoption.y)
  const deleteAdoption = page.getByRole('button', { name: 'Delete stage Adoption' })
  await expect(deleteAdoption).toBeVisible()
  await page.mouse.down()
  await page.mouse.move(adoption.x + 60, adoption.y, { steps: 4 })
  await expect(deleteAdoption).toBeHidden()
  await page.mouse.move(adoption.x, adoption.y, { steps: 4 })
  await page.mouse.up()
  await expect(outlineList(page, 'Stages').getByRole('listitem').nth(4)).toHaveText('Adoption')

  const renewal = await onScreen(page, stageMiddle(5), headerMiddle)
  await page.mouse.move(renewal.x, renewal.y)
  await page.getByRole('button', { name: 'Delete stage Renewal' }).click()
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveCount(6)
  await expect(outlineList(page, 'Stages').getByRole('listitem')).not.toContainText(['Renewal'])
})

test("a header's delete button goes when the pointer leaves the board in one quick move", async ({
  page,
}) => {
  const awareness = await onScreen(page, stageMiddle(0), headerMiddle)
  await page.mouse.move(awareness.x, awareness.y)
  const deleteAwareness = page.getByRole('button', { name: 'Delete stage Awareness' })
  await expect(deleteAwareness).toBeVisible()
  // Straight up onto the map's toolbar: no move is left over the canvas on the way.
  const toolbar = (await page.locator('header.toolbar').boundingBox())!
  await page.mouse.move(awareness.x, toolbar.y + toolbar.height / 2)
  await expect(deleteAwareness).toBeHidden()
  // Zoomed out, it would have stayed its size over the first cells (a click there deleted the
  // stage); nothing is there now.
  await page.keyboard.press('Escape')
  await board(page).focus()
  await page.keyboard.press('-')
  await page.keyboard.press('-')
  await expect(page.getByRole('button', { name: /^Delete stage/ })).toHaveCount(0)
})

test("a stage's delete button stays inside its header at any zoom, clear of the notes in its first cell", async ({
  page,
}) => {
  // A note at the very top of Evaluation × Customer actions (the cell starts at y 80).
  await noteAt(page, 'Sees the ad', stageMiddle(1), GRID.y + 85)
  const button = page.getByRole('button', { name: 'Delete stage Evaluation' })
  const expectInsideHeader = async () => {
    const box = (await button.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual((await onScreen(page, 0, GRID.y - GRID.headerHeight)).y)
    expect(box.y + box.height).toBeLessThanOrEqual((await onScreen(page, 0, GRID.y)).y)
  }
  // Zoomed out to fit the map: a smaller button, inside the header. A press on the header keeps
  // it while the pointer is elsewhere.
  await expect.poll(async () => (await camera(page)).scale).toBeLessThan(0.5)
  // (A click on empty board first: the new note's toolbar sits over the headers.)
  const away = (await board(page).boundingBox())!
  await page.mouse.click(away.x + away.width - 20, away.y + away.height / 2)
  const header = await onScreen(page, stageMiddle(1), headerMiddle)
  await page.mouse.click(header.x, header.y)
  await page.mouse.move(away.x + away.width - 20, away.y + away.height / 2)
  await expect(button).toBeVisible()
  await expectInsideHeader()

  // Further out, the header is too short for a button to click: none, and a click at the top of
  // the cell, where the button used to hang over it, selects the note.
  await board(page).focus()
  await page.keyboard.press('-')
  await page.keyboard.press('-')
  await expect.poll(async () => (await camera(page)).scale).toBeLessThan(0.26)
  const small = await onScreen(page, stageMiddle(1), headerMiddle)
  // (Empty board first: two clicks on the header in a row would be a double-click, a rename.)
  await page.mouse.click(away.x + away.width - 20, away.y + away.height / 2)
  await page.mouse.click(small.x, small.y)
  // The header is pinned, so its button is in the page, but hidden: the header is too short.
  const hiddenButton = page.getByRole('button', {
    name: 'Delete stage Evaluation',
    includeHidden: true,
  })
  await expect(hiddenButton).toHaveCount(1)
  await expect(hiddenButton).toBeHidden()
  const noteTop = await onScreen(page, GRID.x + GRID.stageWidth * 2 - 125, GRID.y + 33)
  await page.mouse.click(noteTop.x, noteTop.y)
  await expect(page.locator('.selection-bar')).toContainText('1 note')
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveCount(7)
  // (The note put away again: its toolbar, above it, would lie over the header hovered next.)
  await page.keyboard.press('Escape')
  await expect(page.locator('.selection-bar')).toHaveCount(0)

  // Closer, it is full size in the header's corner.
  const far = await onScreen(page, stageMiddle(1), headerMiddle)
  await page.mouse.move(far.x, far.y)
  await page.keyboard.down('Control')
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100)
  await page.keyboard.up('Control')
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(0.55)
  const closer = await onScreen(page, stageMiddle(1), headerMiddle)
  await page.mouse.move(closer.x, closer.y + 1)
  await expect(button).toBeVisible()
  // The button follows the camera from the frame after it moved.
  await expect.poll(async () => (await button.boundingBox())!.height).toBe(28)
  await expectInsideHeader()
})

test('a stage renamed to nothing on the board says why and keeps its name', async ({ page }) => {
  const header = await onScreen(page, stageMiddle(1), headerMiddle)
  await page.mouse.dblclick(header.x, header.y)
  const name = page.getByRole('textbox', { name: 'Stage name' })
  await name.fill('   ')
  // Enter leaves the field open, saying why, to type a name or press Esc.
  await name.press('Enter')
  await expect(boardMessage(page)).toHaveText(
    'A stage needs a name. Press Esc to keep “Evaluation”.',
  )
  await expect(name).toBeFocused()
  // Leaving the field keeps the old name, and says so.
  await board(page).focus()
  await expect(name).toBeHidden()
  await expect(boardMessage(page)).toHaveText(
    'A stage needs a name. It keeps its name, “Evaluation”.',
  )
  await expect(outlineList(page, 'Stages').getByRole('listitem').nth(1)).toHaveText('Evaluation')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  // Esc keeps the old name, even after a usable one was typed.
  await page.mouse.dblclick(header.x, header.y)
  await name.fill('Consideration')
  await name.press('Escape')
  await expect(name).toBeHidden()
  await expect(outlineList(page, 'Stages').getByRole('listitem').nth(1)).toHaveText('Evaluation')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('deleting the first stage moves its notes clear of the lane names', async ({ page }) => {
  await noteAt(page, 'Sees the ad', stageMiddle(0), laneMiddle(1))
  const header = await onScreen(page, stageMiddle(0), headerMiddle)
  await page.mouse.move(header.x, header.y)
  await page.getByRole('button', { name: 'Delete stage Awareness' }).click()
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveCount(6)
  await expect(notes(page)).toHaveCount(1)
  const doc = await savedDocument(page, 'deleted.journey')
  const [note] = doc.board.notes
  const laneNamesStart = doc.board.stages[0]!.x - 196
  // Before, the note stayed at the left of where Awareness was: under the lane names.
  expect(note!.x + note!.width).toBeLessThanOrEqual(laneNamesStart)
  expect(note!.y).toBeGreaterThan(GRID.y + GRID.laneHeight)
})

test('the strip a stage or lane deleted from the middle leaves is shaded, not part of its neighbour', async ({
  page,
}) => {
  const colourAt = async (x: number, y: number) => {
    const at = await onScreen(page, x, y)
    const { data } = await canvasPixels(page, at, { x: at.x + 1, y: at.y + 1 })
    return data.slice(0, 3)
  }
  // Lane 0 is white, lane 1 the lighter grey of the bands.
  expect(await colourAt(stageMiddle(4), laneMiddle(0))).toEqual([255, 255, 255])
  const header = await onScreen(page, stageMiddle(4), headerMiddle)
  await page.mouse.move(header.x, header.y)
  await page.getByRole('button', { name: 'Delete stage Adoption' }).click()
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveCount(6)
  await page.mouse.move(0, 0)
  const gap = [230, 234, 240]
  await expect.poll(() => colourAt(stageMiddle(4), laneMiddle(0))).toEqual(gap)
  expect(await colourAt(stageMiddle(4), laneMiddle(3))).toEqual(gap)
  // Its neighbours are still cells.
  expect(await colourAt(stageMiddle(3), laneMiddle(0))).toEqual([255, 255, 255])
  expect(await colourAt(stageMiddle(5), laneMiddle(0))).toEqual([255, 255, 255])
  // A lane deleted from the middle (from the keyboard's dialog) leaves a shaded strip across.
  await page.getByRole('button', { name: 'Edit stages and lanes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Stages and lanes' })
  await dialog.getByRole('button', { name: 'Delete lane Pain points' }).click()
  await page.keyboard.press('Escape')
  await expect(outlineList(page, 'Lanes').getByRole('listitem')).toHaveCount(4)
  await expect.poll(() => colourAt(stageMiddle(1), laneMiddle(2))).toEqual(gap)
  expect(await colourAt(stageMiddle(1), laneMiddle(0))).toEqual([255, 255, 255])
})

test('a stage or lane added out of view is brought into view, its name field whole on the board', async ({
  page,
}) => {
  // Zoomed in on the middle of the map: the new stage goes past its right end, the new lane
  // below its last lane, both off screen.
  await board(page).focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('+')
  const area = (await board(page).boundingBox())!
  const inside = async (kind: 'Stage' | 'Lane') => {
    const name = page.getByRole('textbox', { name: `${kind} name` })
    await expect(name).toBeFocused()
    const box = (await name.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(area.x)
    expect(box.y).toBeGreaterThanOrEqual(area.y)
    expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width)
    expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height)
    await name.fill(`Added ${kind.toLowerCase()}`)
    await name.press('Enter')
  }
  await page.getByRole('button', { name: '+ Stage' }).click()
  await inside('Stage')
  await page.getByRole('button', { name: '+ Lane' }).click()
  await inside('Lane')
  await expect(outlineList(page, 'Stages').getByRole('listitem').last()).toHaveText('Added stage')
  await expect(outlineList(page, 'Lanes').getByRole('listitem').last()).toHaveText('Added lane')
})

test('on a fitted map, a lane or stage added from its button is fitted in with the rest', async ({
  page,
}) => {
  const area = (await board(page).boundingBox())!
  const wholeGridInView = async (stages: number, lanes: number) => {
    const topLeft = await onScreen(page, GRID.x, GRID.y - GRID.headerHeight)
    const bottomRight = await onScreen(
      page,
      GRID.x + GRID.stageWidth * stages,
      GRID.y + GRID.laneHeight * lanes,
    )
    expect(topLeft.y).toBeGreaterThanOrEqual(area.y)
    expect(topLeft.x).toBeGreaterThanOrEqual(area.x)
    expect(bottomRight.y).toBeLessThanOrEqual(area.y + area.height)
    expect(bottomRight.x).toBeLessThanOrEqual(area.x + area.width)
  }
  await wholeGridInView(7, 5)
  await page.getByRole('button', { name: '+ Lane' }).click()
  await page.getByRole('textbox', { name: 'Lane name' }).fill('Emotions')
  await page.getByRole('textbox', { name: 'Lane name' }).press('Enter')
  // Before, the board panned down to the new lane and cut the stage names off at the top.
  await wholeGridInView(7, 6)
  await page.getByRole('button', { name: '+ Stage' }).click()
  await page.getByRole('textbox', { name: 'Stage name' }).fill('Expansion')
  await page.getByRole('textbox', { name: 'Stage name' }).press('Enter')
  await wholeGridInView(8, 6)
})

test('a blank board gets its first stage and lane from the + buttons, each named as it is made', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Close', exact: true }).click()
  await newMap(page, 'Blank')
  await page.getByRole('button', { name: '+ Stage' }).click()
  const stageName = page.getByRole('textbox', { name: 'Stage name' })
  await expect(stageName).toBeFocused()
  await stageName.fill('Discovery')
  await stageName.press('Enter')
  await page.getByRole('button', { name: '+ Stage' }).click()
  await page.getByRole('textbox', { name: 'Stage name' }).fill('Sign-up')
  await page.getByRole('textbox', { name: 'Stage name' }).press('Enter')
  await page.getByRole('button', { name: '+ Lane' }).click()
  await page.getByRole('textbox', { name: 'Lane name' }).fill('Pain points')
  await page.getByRole('textbox', { name: 'Lane name' }).press('Enter')
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveText([
    'Discovery',
    'Sign-up',
  ])
  await expect(outlineList(page, 'Lanes').getByRole('listitem')).toHaveText(['Pain points'])

  // Adding and naming are one gesture: one Undo takes the named lane away, one Redo brings it
  // back with its name.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    'Undo Add lane',
  )
  await page.keyboard.press('Control+z')
  await expect(outlineList(page, 'Lanes').getByRole('listitem')).toHaveCount(0)
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveCount(2)
  await page.keyboard.press('Control+Shift+z')
  await expect(outlineList(page, 'Lanes').getByRole('listitem')).toHaveText(['Pain points'])
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(outlineList(page, 'Stages').getByRole('listitem')).toHaveText(['Discovery'])

  // Renaming later is a step of its own.
  await page.getByRole('button', { name: '+ Lane' }).click()
  await page.getByRole('textbox', { name: 'Lane name' }).press('Enter')
  await expect(outlineList(page, 'Lanes').getByRole('listitem')).toHaveText(['New lane'])
})

test('stages and lanes are renamed, moved and deleted from the keyboard, one undo step each', async ({
  page,
}) => {
  const stagesList = outlineList(page, 'Stages').getByRole('listitem')
  const lanesList = outlineList(page, 'Lanes').getByRole('listitem')
  await noteAt(page, 'Asks for a demo', stageMiddle(1), laneMiddle(2))
  const edit = page.getByRole('button', { name: 'Edit stages and lanes' })
  await edit.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Stages and lanes' })
  await expect(dialog).toBeVisible()

  // Rename the second stage: type, Enter.
  const name = dialog.getByRole('textbox', { name: 'Stage 2 name' })
  await name.focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('Consideration')
  await page.keyboard.press('Enter')
  await expect(stagesList.nth(1)).toHaveText('Consideration')
  await expect(notes(page).first()).toContainText('Consideration, Pain points')

  // An empty name is refused and says why; the stage keeps its name.
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText('A stage needs a name.')
  await expect(stagesList.nth(1)).toHaveText('Consideration')
  await page.keyboard.type('Consideration')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toBeHidden()

  // Move it right: its notes travel with it.
  await dialog.getByRole('button', { name: 'Move Consideration right' }).focus()
  await page.keyboard.press('Enter')
  await expect(stagesList).toHaveText([
    'Awareness',
    'Purchase',
    'Consideration',
    'Onboarding',
    'Adoption',
    'Renewal',
    'Advocacy',
  ])
  await expect(notes(page).first()).toContainText('Consideration, Pain points')

  // Delete a lane: its notes stay on the board.
  await dialog.getByRole('button', { name: 'Delete lane Ideas' }).focus()
  await page.keyboard.press('Enter')
  await expect(lanesList).toHaveCount(4)
  await expect(lanesList).not.toContainText(['Ideas'])
  await expect(notes(page)).toHaveCount(1)

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  // Undo takes back the delete, then the move, then the rename.
  const undo = page.getByRole('button', { name: 'Undo' })
  await undo.click()
  await expect(lanesList).toHaveCount(5)
  await undo.click()
  await expect(stagesList.nth(1)).toHaveText('Consideration')
  await undo.click()
  await expect(stagesList.nth(1)).toHaveText('Evaluation')
})

test('a stage and a lane are resized from the keyboard; a size that cannot be used says why and changes nothing', async ({
  page,
}) => {
  await noteAt(page, 'Compares plans', stageMiddle(2), laneMiddle(1))
  const before = await savedDocument(page, 'before.journey')
  await page.getByRole('button', { name: 'Edit stages and lanes' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Stages and lanes' })
  const width = dialog.getByRole('textbox', { name: 'Stage 2 width in pixels' })
  const height = dialog.getByRole('textbox', { name: 'Lane 2 height in pixels' })
  await expect(width).toHaveValue(String(GRID.stageWidth))
  await expect(height).toHaveValue(String(GRID.laneHeight))

  await width.focus()
  for (const [text, problem] of [
    ['wide', "A stage's width is a number of pixels, such as 360."],
    ['50', "A stage's width can be 120 to 10,000 pixels."],
    ['1e9', "A stage's width is a number of pixels, such as 360."],
  ] as const) {
    await page.keyboard.press('Control+a')
    await page.keyboard.type(text)
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('alert')).toHaveText(problem)
    await expect(width).toHaveAttribute('aria-invalid', 'true')
  }
  await page.keyboard.press('Control+a')
  await page.keyboard.type(String(GRID.stageWidth))
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toBeHidden()
  // The third stage holds the note: it cannot be made narrower than the note and a gap.
  const holding = dialog.getByRole('textbox', { name: 'Stage 3 width in pixels' })
  await holding.focus()
  for (const text of ['150', '100']) {
    await page.keyboard.press('Control+a')
    await page.keyboard.type(text)
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('alert')).toHaveText(
      'This stage holds a note 160 pixels wide: its width can be 176 or more.',
    )
    await expect(holding).toHaveAttribute('aria-invalid', 'true')
  }
  await page.keyboard.press('Control+a')
  await page.keyboard.type(String(GRID.stageWidth))
  await page.keyboard.press('Enter')
  await expect(holding).toHaveAttribute('aria-invalid', 'false')
  await width.focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('500px')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toBeHidden()
  await expect(width).toHaveValue('500')
  // The same size typed another way changes nothing and reads as the map has it.
  await page.keyboard.press('Control+a')
  await page.keyboard.type(' 500 px')
  await page.keyboard.press('Enter')
  await expect(width).toHaveValue('500')
  // Leaving the field applies it too.
  await height.focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('300')
  await page.keyboard.press('Tab')
  await expect(height).toHaveValue('300')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The stages right of the wider one and the lanes below the taller one moved, with their notes.
  const after = await savedDocument(page, 'after.journey')
  expect(after.board.stages[1]!.width).toBe(500)
  expect(after.board.stages[2]!.x).toBe(before.board.stages[2]!.x + 140)
  expect(after.board.lanes[1]!.height).toBe(300)
  expect(after.board.lanes[2]!.y).toBe(before.board.lanes[2]!.y + 80)
  expect(after.board.notes[0]!.x).toBe(before.board.notes[0]!.x + 140)
  expect(after.board.notes[0]!.y).toBe(before.board.notes[0]!.y)
  await expect(notes(page)).toHaveText([/Compares plans/])

  // One undo step each, and none for the sizes refused: the third undo takes back the note.
  const undo = page.getByRole('button', { name: 'Undo' })
  const edit = page.getByRole('button', { name: 'Edit stages and lanes' })
  await undo.click()
  await edit.click()
  await expect(height).toHaveValue(String(GRID.laneHeight))
  await expect(width).toHaveValue('500')
  await page.keyboard.press('Escape')
  await undo.click()
  await edit.click()
  await expect(width).toHaveValue(String(GRID.stageWidth))
  await page.keyboard.press('Escape')
  await undo.click()
  await expect(notes(page)).toHaveCount(0)
})
