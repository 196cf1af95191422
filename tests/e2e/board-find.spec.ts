// Find: matches are counted and highlighted, Enter goes from one to the next, filters narrow by
// colour, kind and tag, and Esc closes it.
import { expect, test, type Page } from '@playwright/test'
import { createDocument, serializeDocument, type Note } from '../../src/shared/document'
import { defaultNote } from '../../src/shared/document/defaults'
import { openThroughDialog, startApp, writeFile } from './support/app'
import {
  board,
  camera,
  outlineNotes,
  pngPixels,
  savedDocument,
  selectionBar,
} from './support/board'

/** A Customer journey map with notes spread over the grid, some pink, some tagged. */
async function openWorkshop(page: Page) {
  await startApp(page)
  const doc = createDocument('customer-journey', { title: 'Support workshop' })
  const { stages, lanes } = doc.board
  const place = (stage: number, lane: number, fields: Partial<Note>): Note => ({
    ...defaultNote(),
    x: stages[stage]!.x + 20,
    y: lanes[lane]!.y + 20,
    ...fields,
  })
  const notes = [
    place(0, 0, { text: 'Reads the welcome email' }),
    place(2, 2, { text: 'Email about the invoice bounces', color: 'pink', tags: ['billing'] }),
    place(5, 2, { text: 'Renewal email arrives too late', color: 'pink' }),
    place(3, 3, { text: 'Checklist in the app', color: 'green', tags: ['billing'] }),
  ]
  await writeFile(
    page,
    'support.journey',
    serializeDocument({ ...doc, board: { ...doc.board, notes } }),
  )
  await openThroughDialog(page, 'support.journey')
  await expect(outlineNotes(page)).toHaveCount(4)
}

/** Selects every note and opens the Tags panel from their toolbar. */
async function tagAllNotes(page: Page) {
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await selectionBar(page).getByRole('button', { name: 'Tags' }).click()
  return page.getByRole('dialog', { name: 'Tags of the selected notes' })
}

/** A note's size on a fresh map (defaultNote). */
const NOTE_BOX = { width: defaultNote().width, height: defaultNote().height }

const matches = (page: Page) => page.getByRole('search', { name: 'Find' }).getByRole('status')

test('Ctrl+F finds the notes holding the words; Enter moves to each match in turn', async ({
  page,
}) => {
  await openWorkshop(page)
  await board(page).focus()
  await page.keyboard.press('Control+f')
  const search = page.getByRole('searchbox', { name: 'Find notes' })
  await expect(search).toBeFocused()
  await search.fill('EMAIL')
  await expect(matches(page)).toHaveText('3 matches')

  const before = await camera(page)
  await page.keyboard.press('Enter')
  await expect(matches(page)).toHaveText('1 of 3')
  await expect.poll(() => camera(page)).not.toEqual(before)
  const first = await camera(page)
  await page.keyboard.press('Enter')
  await expect(matches(page)).toHaveText('2 of 3')
  await expect.poll(() => camera(page)).not.toEqual(first)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(matches(page)).toHaveText('1 of 3')
  await page.keyboard.press('Shift+Enter')
  await expect(matches(page)).toHaveText('3 of 3')

  await search.fill('nothing like this')
  await expect(matches(page)).toHaveText('No matches')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('search', { name: 'Find' })).toBeHidden()
  await expect(board(page)).toBeFocused()
})

test('Find draws a ring round each matching note, and none once it closes', async ({ page }) => {
  await openWorkshop(page)
  const { stages, lanes } = createDocument('customer-journey').board
  /** Pixels of the Find highlight (#f59e0b) in a band round the note at (stage, lane). */
  const ring = async (stage: number, lane: number) => {
    const cam = await camera(page)
    const area = (await board(page).boundingBox())!
    const x = area.x + cam.x + (stages[stage]!.x + 20) * cam.scale
    const y = area.y + cam.y + (lanes[lane]!.y + 20) * cam.scale
    const clip = {
      x: x - 10,
      y: y - 10,
      width: NOTE_BOX.width * cam.scale + 20,
      height: NOTE_BOX.height * cam.scale + 20,
    }
    const { data } = await pngPixels(page, await page.screenshot({ clip }))
    let count = 0
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!]
      if (r > 215 && g > 125 && g < 190 && b < 70) count++
    }
    return count
  }
  await board(page).focus()
  await page.keyboard.press('Control+f')
  await page.getByRole('searchbox', { name: 'Find notes' }).fill('email')
  await expect(matches(page)).toHaveText('3 matches')
  // The three notes about email, not the checklist.
  await expect.poll(() => ring(0, 0)).toBeGreaterThan(100)
  expect(await ring(2, 2)).toBeGreaterThan(100)
  expect(await ring(5, 2)).toBeGreaterThan(100)
  expect(await ring(3, 3)).toBe(0)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('search', { name: 'Find' })).toBeHidden()
  await expect.poll(() => ring(0, 0)).toBe(0)
  expect(await ring(2, 2)).toBe(0)
})

test('Find filters by colour, kind and tag', async ({ page }) => {
  await openWorkshop(page)
  await page.getByRole('button', { name: 'Find' }).click()
  const find = page.getByRole('search', { name: 'Find' })
  await find.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Pink' })
  await expect(matches(page)).toHaveText('2 matches')
  await find.getByRole('searchbox', { name: 'Find notes' }).fill('renewal')
  await expect(matches(page)).toHaveText('1 match')
  await find.getByRole('searchbox', { name: 'Find notes' }).fill('')
  await find.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Any colour' })

  // The kind of a note is its lane's: the third lane holds pain points.
  await find.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Pain point' })
  await expect(matches(page)).toHaveText('2 matches')
  await find.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Any kind' })

  await find.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'billing' })
  await expect(matches(page)).toHaveText('2 matches')
  await find.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Green' })
  await expect(matches(page)).toHaveText('1 match')
  await find.getByRole('button', { name: 'Next match' }).click()
  await expect(matches(page)).toHaveText('1 of 1')
  await find.getByRole('button', { name: 'Close find' }).click()
  await expect(find).toBeHidden()
})

test('the selected notes are tagged from their toolbar, Find filters by the tag, and undo takes it back', async ({
  page,
}) => {
  await openWorkshop(page)
  const panel = await tagAllNotes(page)
  const field = panel.getByRole('textbox', { name: 'New tag' })
  await expect(field).toBeFocused()
  // A tag's checkbox is named by the tag, then how many of the notes have it when not all do.
  const tag = (name: string) => panel.getByRole('checkbox', { name: new RegExp(`^${name}( |$)`) })
  // Two of the four notes have "billing": it is shown half ticked.
  await expect(tag('billing')).toHaveJSProperty('indeterminate', true)
  await expect(panel.getByRole('checkbox', { name: 'billing 2 of 4' })).toBeVisible()

  // Commas separate tags; a leading # is dropped; "Billing" is the board's "billing".
  await field.fill('#Urgent, Billing')
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('status')).toHaveText('Added “Urgent”, “billing” to 4 notes.')
  await expect(field).toHaveValue('')
  await expect(tag('billing')).toBeChecked()
  await expect(tag('Urgent')).toBeChecked()
  // The outline reads a note's tags after its place.
  await expect(outlineNotes(page).first()).toHaveText(
    'Reads the welcome email — Awareness, Customer actions · tags: Urgent, billing',
  )

  // What cannot be a tag says why, and changes nothing.
  await field.fill('x'.repeat(61))
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('status')).toHaveText(
    `A tag can have up to 60 characters; “${'x'.repeat(24)}…” has 61. Commas separate tags.`,
  )
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await field.fill(' , # ')
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('status')).toHaveText('Type a tag to add, such as “billing”.')
  await expect(panel.getByRole('checkbox')).toHaveCount(2)

  // Unticking takes a tag off every selected note. Delete, pressed in the panel, is not the
  // board's: the notes stay.
  await tag('billing').click()
  await expect(panel.getByRole('status')).toHaveText('Took “billing” off 4 notes.')
  await page.keyboard.press('Delete')
  await expect(outlineNotes(page)).toHaveCount(4)
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(selectionBar(page).getByRole('button', { name: 'Tags' })).toBeFocused()
  await expect(selectionBar(page)).toContainText('4 notes')

  await page.keyboard.press('Control+f')
  const find = page.getByRole('search', { name: 'Find' })
  const tagFilter = find.getByRole('combobox', { name: 'Tag' })
  await expect(tagFilter.getByRole('option')).toHaveText(['Any tag', 'Urgent'])
  await tagFilter.selectOption({ label: 'Urgent' })
  await expect(matches(page)).toHaveText('4 matches')

  // Undo gives "billing" back to the two notes that had it, then takes "Urgent" off.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(tagFilter.getByRole('option')).toHaveText(['Any tag', 'billing', 'Urgent'])
  await page.getByRole('button', { name: 'Undo' }).click()
  // "Urgent" is still chosen in Find, on no note now.
  await expect(tagFilter.getByRole('option')).toHaveText([
    'Any tag',
    'Urgent (no notes have it)',
    'billing',
  ])
  // Redo gives both tags again, each after any the note had, once.
  await page.getByRole('button', { name: 'Redo' }).click()
  const saved = await savedDocument(page, 'tagged.journey')
  expect(saved.board.notes.map((n) => n.tags)).toEqual([
    ['Urgent', 'billing'],
    ['billing', 'Urgent'],
    ['Urgent', 'billing'],
    ['billing', 'Urgent'],
  ])
})

test('the Tags panel stays open through a resized window, and closes when another control takes the focus', async ({
  page,
}) => {
  await openWorkshop(page)
  const panel = await tagAllNotes(page)
  const field = panel.getByRole('textbox', { name: 'New tag' })
  await field.fill('billin')
  // A resized window leaves it open, placed for the new size, with the typing where it was: the
  // next Backspace is the field's, not the board's (which would delete the notes).
  await page.setViewportSize({ width: 1400, height: 700 })
  await expect(panel).toBeVisible()
  await expect(field).toBeFocused()
  await page.keyboard.press('Backspace')
  await expect(field).toHaveValue('billi')
  await expect(outlineNotes(page)).toHaveCount(4)
  await expect
    .poll(async () => {
      const box = (await panel.boundingBox())!
      const area = (await board(page).boundingBox())!
      return box.y >= area.y && box.y + box.height <= area.y + area.height
    })
    .toBe(true)
  // Another control of the bar taking the focus closes it: one popup at a time.
  await selectionBar(page).getByRole('button', { name: 'Align' }).focus()
  await expect(panel).toBeHidden()
})

test('tags pasted into the field one a line become one tag each, listed in number order', async ({
  page,
}) => {
  await openWorkshop(page)
  const panel = await tagAllNotes(page)
  const field = panel.getByRole('textbox', { name: 'New tag' })
  await expect(field).toBeFocused()
  await page.evaluate(() => {
    const transfer = new DataTransfer()
    transfer.setData('text/plain', 'topic 10\r\ntopic 2\r\n\r\ntopic 1\r\n')
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    )
  })
  await expect(field).toHaveValue('topic 10, topic 2, topic 1')
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('status')).toHaveText(
    'Added “topic 10”, “topic 2”, “topic 1” to 4 notes.',
  )
  await expect(panel.getByRole('listitem')).toHaveText([
    /^billing/,
    'topic 1',
    'topic 2',
    'topic 10',
  ])
})

test('a tag taken off its last note stays chosen in Find, named as on no notes', async ({
  page,
}) => {
  await openWorkshop(page)
  await page.keyboard.press('Control+f')
  const find = page.getByRole('search', { name: 'Find' })
  const tagFilter = find.getByRole('combobox', { name: 'Tag' })
  await tagFilter.selectOption({ label: 'billing' })
  await expect(matches(page)).toHaveText('2 matches')
  const panel = await tagAllNotes(page)
  const billing = panel.getByRole('checkbox', { name: /^billing/ })
  // Half ticked: a click gives it to all four ("to 2 of 4 notes": two had it), the next takes it
  // off all.
  await billing.click()
  await expect(panel.getByRole('status')).toHaveText('Added “billing” to 2 of 4 notes.')
  await billing.click()
  await expect(panel.getByRole('status')).toHaveText('Took “billing” off 4 notes.')
  await expect(tagFilter).toHaveValue('billing')
  await expect(tagFilter.getByRole('option', { name: 'billing (no notes have it)' })).toHaveCount(1)
  await expect(matches(page)).toHaveText('No matches')
  await tagFilter.selectOption({ label: 'Any tag' })
  await expect(tagFilter.getByRole('option')).toHaveText(['No tags'])
})

test('on a small window the match Find moves to is shown below the panel, and the filters read in full', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openWorkshop(page)
  await board(page).focus()
  await page.keyboard.press('Control+f')
  const find = page.getByRole('search', { name: 'Find' })
  await find.getByRole('searchbox', { name: 'Find notes' }).fill('welcome')
  await expect(matches(page)).toHaveText('1 match')
  await page.keyboard.press('Enter')
  await expect(matches(page)).toHaveText('1 of 1')

  // Where the note is on screen, from the camera and its place on the map.
  const doc = createDocument('customer-journey')
  const note = { x: doc.board.stages[0]!.x + 20, y: doc.board.lanes[0]!.y + 20, ...NOTE_BOX }
  const area = (await board(page).boundingBox())!
  const panel = (await find.boundingBox())!
  const cam = await camera(page)
  const top = area.y + cam.y + note.y * cam.scale
  const left = area.x + cam.x + note.x * cam.scale
  expect(top).toBeGreaterThanOrEqual(panel.y + panel.height)
  expect(top + note.height * cam.scale).toBeLessThanOrEqual(area.y + area.height)
  expect(left).toBeGreaterThanOrEqual(area.x)

  // Each filter is wide enough for the words it shows ("Any colour", not "Any col").
  const cut = await find.getByRole('combobox').evaluateAll((selects: HTMLSelectElement[]) => {
    const ctx = document.createElement('canvas').getContext('2d')!
    return selects.filter((select) => {
      const style = getComputedStyle(select)
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      const text = select.selectedOptions[0]?.text ?? ''
      // The text, its padding and the drop-down arrow (~20 px).
      const needed = ctx.measureText(text).width + parseFloat(style.paddingLeft) + 24
      return needed > select.clientWidth
    }).length
  })
  expect(cut).toBe(0)
})

test('back on the board after Esc, its focus ring shows all round, over the grid too', async ({
  page,
}) => {
  await openWorkshop(page)
  await board(page).focus()
  await page.keyboard.press('+')
  await page.keyboard.press('Control+f')
  await page.keyboard.press('Escape')
  await expect(board(page)).toBeFocused()
  const area = (await board(page).boundingBox())!
  // A strip along the board's left edge, halfway down, where the grid is drawn at this zoom.
  const strip = await page.screenshot({
    clip: { x: area.x, y: area.y + area.height / 2 - 20, width: 3, height: 40 },
  })
  const { data } = await pngPixels(page, strip)
  let ring = 0
  // The accent colour, #2457c5.
  for (let i = 0; i < data.length; i += 4)
    if (
      Math.abs(data[i]! - 0x24) + Math.abs(data[i + 1]! - 0x57) + Math.abs(data[i + 2]! - 0xc5) <
      30
    )
      ring++
  expect(ring).toBe(data.length / 4)
})

test('Enter pressed at once after typing goes to a match of what was typed', async ({ page }) => {
  await openWorkshop(page)
  await board(page).focus()
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('searchbox', { name: 'Find notes' })).toBeFocused()
  // The text and Enter in one task, before the matches shown (deferred while typing) catch up.
  await page.evaluate(() => {
    const field = document.activeElement as HTMLInputElement
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
      field,
      'invoice',
    )
    field.dispatchEvent(new Event('input', { bubbles: true }))
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
  })
  await expect(matches(page)).toHaveText('1 of 1')
})

test('Esc after moving to a match leaves that note selected, so Delete removes it', async ({
  page,
}) => {
  await openWorkshop(page)
  await board(page).focus()
  await page.keyboard.press('Control+f')
  await page.keyboard.type('invoice')
  await page.keyboard.press('Enter')
  await expect(matches(page)).toHaveText('1 of 1')
  await page.keyboard.press('Escape')
  await expect(board(page)).toBeFocused()
  await expect(page.getByRole('toolbar', { name: 'Selected notes' })).toContainText('1 note')
  await page.keyboard.press('Delete')
  await expect(outlineNotes(page)).toHaveCount(3)
  await expect(outlineNotes(page).filter({ hasText: 'invoice' })).toHaveCount(0)
})

test('right after typing, the next-match button can already be clicked and goes to the first match', async ({
  page,
}) => {
  await openWorkshop(page)
  await board(page).focus()
  await page.keyboard.press('Control+f')
  const field = page.getByRole('searchbox', { name: 'Find notes' })
  await expect(field).toBeFocused()
  // The matches are worked out a render after the text changes (a deferred value, so typing stays
  // quick on a big map). Read the buttons in the same task as the typing, before that render.
  const enabled = await field.evaluate((input: HTMLInputElement) => {
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    set.call(input, 'invoice')
    input.dispatchEvent(new Event('input', { bubbles: true }))
    const next = document.querySelector<HTMLButtonElement>('button[aria-label="Next match"]')!
    return !next.disabled
  })
  expect(enabled).toBe(true)
  await page.getByRole('button', { name: 'Next match' }).click()
  await expect(matches(page)).toHaveText('1 of 1')
})

test('the selected notes’ toolbar is put away while Find shows a match far from them, and comes back with them', async ({
  page,
}) => {
  await openWorkshop(page)
  await outlineNotes(page)
    .filter({ hasText: 'Reads the welcome email' })
    .getByRole('button')
    .focus()
  const bar = page.getByRole('toolbar', { name: 'Selected notes' })
  await expect(bar).toContainText('1 note')
  await board(page).focus()
  await page.keyboard.press('Control+f')
  await page.getByRole('searchbox', { name: 'Find notes' }).fill('renewal')
  await page.keyboard.press('Enter')
  await expect(matches(page)).toHaveText('1 of 1')
  // The camera is on the match, in the Renewal column: the selected note is out of view, and its
  // toolbar does not stand over the match.
  await expect(bar).toBeHidden()
  await page.keyboard.press('Escape')
  await board(page).focus()
  await page.keyboard.press('Shift+2')
  await expect(bar).toBeVisible()
})
