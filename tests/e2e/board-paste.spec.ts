// Pasting: notes copied in Journeyboard come back as notes, in the same map or another; plain
// text makes one note per line; HTML gives its text without the markup; an image alone is
// refused with a message; a very large paste asks first and keeps the page responsive.
import { expect, test, type Page } from '@playwright/test'
import { journeyFile, newMap, openThroughDialog, startApp, writeFile } from './support/app'
import {
  board,
  boardMessage,
  camera,
  outlineNotes,
  pasteContent,
  pointAtCell,
  savedDocument,
} from './support/board'

/** Pastes `count` lines ("Survey answer 1"…) as a spreadsheet column, where the pointer is. */
async function pasteColumn(page: Page, count: number, word = 'Survey answer') {
  const lines = Array.from({ length: count }, (_, i) => `${word} ${i + 1}`)
  await pasteContent(page, { 'text/plain': `${lines.join('\n')}\n` })
}

/** A new Customer journey map, the board focused and the pointer on one of its cells. */
async function newJourneyAt(page: Page, stage: string, lane: string) {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await board(page).focus()
  await pointAtCell(page, stage, lane)
}

/** The place ("Onboarding, Touchpoints") of every note the outline lists. */
function outlinePlaces(page: Page) {
  return outlineNotes(page).evaluateAll((notes) =>
    notes.map((note) => note.textContent?.split(' — ')[1]),
  )
}

test('pasting three lines of text makes three notes in one undo step', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await board(page).focus()
  await pasteContent(page, {
    'text/plain': 'Sees the ad\r\nVisits the pricing page\n\nStarts a trial\n',
  })
  await expect(outlineNotes(page)).toHaveCount(3)
  for (const text of ['Sees the ad', 'Visits the pricing page', 'Starts a trial']) {
    await expect(outlineNotes(page).filter({ hasText: text })).toHaveCount(1)
  }
  await page.keyboard.press('Control+z')
  await expect(outlineNotes(page)).toHaveCount(0)
})

test('lines pasted into a cell all land in its stage and lane', async ({ page }) => {
  await newJourneyAt(page, 'Onboarding', 'Touchpoints')
  await pasteContent(page, {
    'text/plain': 'Welcome email\nLogin details\nHelp centre\nFirst call with support\n',
  })
  await expect(outlineNotes(page)).toHaveCount(4)
  for (const note of await outlineNotes(page).all()) {
    await expect(note).toContainText('Onboarding, Touchpoints')
  }
})

test('a spreadsheet column too long for its lane still lands in the cell it was pasted into', async ({
  page,
}) => {
  await newJourneyAt(page, 'Onboarding', 'Touchpoints')
  // Two to a row, 120 would make the lane over 10,000 units tall.
  await pasteColumn(page, 120)
  await expect(outlineNotes(page)).toHaveCount(120)
  expect(new Set(await outlinePlaces(page))).toEqual(new Set(['Onboarding, Touchpoints']))
  // The column was widened for them (seven across, eighteen down), and the board moved to show
  // where they start (they are more than the view holds at this zoom).
  const doc = await savedDocument(page, 'long-column.journey')
  const cam = await camera(page)
  const box = (await board(page).boundingBox())!
  const at = (text: string) => doc.board.notes.find((n) => n.text === text)!
  const [first, seventh, eighth] = [
    at('Survey answer 1'),
    at('Survey answer 7'),
    at('Survey answer 8'),
  ]
  expect(seventh.y).toBe(first.y)
  expect(seventh.x).toBe(first.x + 6 * 176)
  expect(eighth).toMatchObject({ x: first.x, y: first.y + 176 })
  const left = cam.x + first.x * cam.scale
  const top = cam.y + first.y * cam.scale
  expect(left).toBeGreaterThanOrEqual(0)
  expect(top).toBeGreaterThanOrEqual(0)
  expect(left + first.width * cam.scale).toBeLessThanOrEqual(box.width)
  expect(top + first.height * cam.scale).toBeLessThanOrEqual(box.height)
  // One undo takes it all back.
  const onboarding = doc.board.stages.find((stage) => stage.name === 'Onboarding')
  expect(onboarding?.width).toBeGreaterThan(360)
  await board(page).focus()
  await page.keyboard.press('Control+z')
  await expect(outlineNotes(page)).toHaveCount(0)
  const undone = await savedDocument(page, 'long-column-undone.journey')
  expect(undone.board.stages.find((stage) => stage.name === 'Onboarding')?.width).toBe(360)
})

test("a paste too large for the view lands under the cell's notes and its first lines are shown", async ({
  page,
}) => {
  await newJourneyAt(page, 'Onboarding', 'Touchpoints')
  await pasteColumn(page, 85)
  await expect(outlineNotes(page)).toHaveCount(85)
  // Closer, with the pointer on the cell's first answers, a second column of answers is pasted:
  // it goes under the first, out of the view, and is larger than the view.
  for (let i = 0; i < 6; i++) await page.keyboard.press('+')
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(1.2)
  const box = (await board(page).boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const zoom = (await camera(page)).scale
  await pasteColumn(page, 40, 'Second answer')
  await expect(outlineNotes(page)).toHaveCount(125)
  expect(new Set(await outlinePlaces(page))).toEqual(new Set(['Onboarding, Touchpoints']))
  const doc = await savedDocument(page, 'two-pastes.journey')
  const cam = await camera(page)
  const at = (text: string) => doc.board.notes.find((n) => n.text === text)!
  const onScreen = (text: string) => {
    const note = at(text)
    const left = cam.x + note.x * cam.scale
    const top = cam.y + note.y * cam.scale
    return (
      left >= 0 &&
      top >= 0 &&
      left + note.width * cam.scale <= box.width &&
      top + note.height * cam.scale <= box.height
    )
  }
  expect(at('Second answer 1').y).toBeGreaterThan(at('Survey answer 85').y)
  // The zoom is the user's: kept. Where the paste starts is on screen.
  expect(cam.scale).toBe(zoom)
  expect(onScreen('Second answer 1')).toBe(true)
  expect(onScreen('Second answer 2')).toBe(true)
  expect(onScreen('Second answer 40')).toBe(false)
  // The selection toolbar has room above them rather than covering their text.
  const bar = (await page.locator('.selection-bar').boundingBox())!
  const firstTop = box.y + cam.y + at('Second answer 1').y * cam.scale
  expect(bar.y + bar.height).toBeLessThanOrEqual(firstTop)
})

test('copy and paste within a map and into another map keep the notes', async ({ page }) => {
  await startApp(page)
  const file = journeyFile('Renewal workshop', [
    'Renewal notice too late',
    'Price rise unexplained',
  ])
  await writeFile(page, 'renewal.journey', file.text)
  await openThroughDialog(page, 'renewal.journey')
  await expect(outlineNotes(page)).toHaveCount(2)

  await board(page).focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Control+c')
  await page.keyboard.press('Control+v')
  await expect(outlineNotes(page)).toHaveCount(4)
  await expect(outlineNotes(page).filter({ hasText: 'Renewal notice too late' })).toHaveCount(2)

  // Cut takes them away; the clipboard still holds them for the next map.
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Control+x')
  await expect(outlineNotes(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: 'Don’t save' }).click()
  await newMap(page, 'Blank')
  await board(page).focus()
  await page.keyboard.press('Control+v')
  await expect(outlineNotes(page)).toHaveCount(4)
  const doc = await savedDocument(page, 'pasted.journey')
  expect(doc.board.notes.map((n) => n.text).sort()).toEqual([
    'Price rise unexplained',
    'Price rise unexplained',
    'Renewal notice too late',
    'Renewal notice too late',
  ])
})

test('copied notes are on the clipboard as plain text too, one line per note in reading order', async ({
  page,
}) => {
  await startApp(page)
  // Written to the file last note first: the clipboard's order is the board's, not the file's.
  const file = journeyFile('Renewal workshop', [
    'Renewal notice too late',
    'Price rise\nunexplained',
    'Cancel button hidden',
  ])
  const doc = JSON.parse(file.text) as { board: { notes: unknown[] } }
  doc.board.notes.reverse()
  await writeFile(page, 'renewal.journey', JSON.stringify(doc, null, 2))
  await openThroughDialog(page, 'renewal.journey')
  await expect(outlineNotes(page)).toHaveCount(3)
  await board(page).focus()
  await page.keyboard.press('Control+a')
  // What a copy puts on the clipboard, read from the event the app fills in.
  const copied = await page.evaluate(() => {
    const transfer = new DataTransfer()
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }),
    )
    return { text: transfer.getData('text/plain'), types: [...transfer.types] }
  })
  // A note of two lines is one line on the clipboard, so a spreadsheet gets one row per note.
  expect(copied.text.split(/\r?\n/)).toEqual([
    'Renewal notice too late',
    'Price rise unexplained',
    'Cancel button hidden',
  ])
  expect(copied.types.length).toBeGreaterThan(1)
})

test('pasting rich HTML keeps the text and drops the markup', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await board(page).focus()
  await pasteContent(page, {
    'text/html':
      '<meta charset="utf-8"><style>p{color:red}</style><ul><li><b>Invoice</b> is <i>confusing</i></li>' +
      '<li>Card &amp; PayPal declined</li></ul><script>alert(1)</script><p>No <a href="https://x.test">receipt</a></p>',
  })
  await expect(outlineNotes(page)).toHaveCount(3)
  const doc = await savedDocument(page, 'html.journey')
  expect(doc.board.notes.map((n) => n.text).sort()).toEqual([
    'Card & PayPal declined',
    'Invoice is confusing',
    'No receipt',
  ])
})

test('pasting an image alone says that only text can be pasted', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await board(page).focus()
  await pasteContent(page, {}, { image: true })
  await expect(boardMessage(page)).toHaveText('Only text can be pasted as notes.')
  await expect(outlineNotes(page)).toHaveCount(0)
})

test('pasting 20,000 lines asks first, says it is creating them, then makes them all', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await startApp(page)
  await newMap(page, 'Blank')
  await board(page).focus()
  const lines = Array.from({ length: 20_000 }, (_, i) => `Idea ${i + 1} from the wall`).join('\n')
  await pasteContent(page, { 'text/plain': lines })
  const question = page.getByRole('alertdialog', { name: 'Create 20,000 notes?' })
  await expect(question).toBeVisible()
  // Record every message the board shows, to see what it said while it worked.
  await page.evaluate(() => {
    const status = document.querySelector('[role="status"][aria-label="Board message"]')
    const said: string[] = ((window as unknown as { __said: string[] }).__said = [])
    if (status) {
      new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      })
    }
  })
  await question.getByRole('button', { name: 'Create 20,000 notes' }).click()

  // The board says what it is doing before the work starts, then what it did. How long the work
  // takes is measured in the bench (bench/clipboard.bench.ts), not here.
  await expect(boardMessage(page)).toHaveText('Created 20,000 notes.', { timeout: 30_000 })
  const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said)
  expect(said.filter((text) => text !== '')).toEqual([
    'Creating 20,000 notes…',
    'Created 20,000 notes.',
  ])
  // The outline lists them all once React has rendered 20,000 items: seconds on a loaded 2-core
  // machine (two tests at once), so it gets the same time as the message.
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.querySelectorAll('[aria-labelledby="outline-notes"] > li').length,
        ),
      { timeout: 30_000 },
    )
    .toBe(20_000)
})

test('up to 500 lines are pasted at once; 501 ask first, and Cancel makes none', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await board(page).focus()
  await pasteColumn(page, 500, 'Answer')
  await expect(outlineNotes(page)).toHaveCount(500)
  await expect(page.getByRole('alertdialog')).toHaveCount(0)

  await board(page).focus()
  await pasteColumn(page, 501, 'Comment')
  const question = page.getByRole('alertdialog', { name: 'Create 501 notes?' })
  await expect(question).toBeVisible()
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(question).toBeHidden()
  await expect(outlineNotes(page)).toHaveCount(500)
  await expect(outlineNotes(page).filter({ hasText: 'Comment 1' })).toHaveCount(0)
  // The last step is still the first paste: one undo takes its 500 notes away.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    'Undo Paste notes',
  )
  await board(page).focus()
  await page.keyboard.press('Control+z')
  await expect(outlineNotes(page)).toHaveCount(0)
})

test('more than 500 lines pasted on a cell ask first, saying they go outside the stages and lanes, and go there', async ({
  page,
}) => {
  await newJourneyAt(page, 'Onboarding', 'Touchpoints')
  await pasteColumn(page, 600, 'Comment')
  const question = page.getByRole('alertdialog', { name: 'Create 600 notes?' })
  await expect(question).toContainText(
    'The clipboard holds 600 lines of text; each line becomes a note. So many go in a block outside the stages and lanes, to sort from there.',
  )
  await question.getByRole('button', { name: 'Create 600 notes' }).click()
  await expect(boardMessage(page)).toHaveText('Created 600 notes outside the stages and lanes.')
  await expect(outlineNotes(page)).toHaveCount(600)
  // In no stage and no lane: none sorted into a cell no one chose, nor given a lane's kind.
  expect(new Set(await outlinePlaces(page))).toEqual(new Set(['unsorted']))
  const doc = await savedDocument(page, 'comments.journey')
  expect(new Set(doc.board.notes.map((note) => note.kind))).toEqual(new Set([null]))
})

test('pasting more lines than one paste may make is refused with a clear message', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await board(page).focus()
  await pasteContent(page, { 'text/plain': 'x\n'.repeat(20_001) })
  await expect(boardMessage(page)).toContainText('at most 20,000 notes')
  await expect(outlineNotes(page)).toHaveCount(0)
})
