// Writing notes: one gesture to start, typing at once, Tab for the next one, Esc to end — and
// text of any script or length survives.
import { expect, test } from '@playwright/test'
import { addNote, newMap, startApp, startNote } from './support/app'
import { board, outlineNotes, pointAt, pointAtCell, savedDocument } from './support/board'

test('a note made by double-click holds the typed text; undo removes it in one step and redo brings it back', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await addNote(page, 'Welcome email lands in spam')
  await expect(outlineNotes(page)).toHaveText([/^Welcome email lands in spam — /])

  const undo = page.getByRole('button', { name: 'Undo' })
  await undo.click()
  await expect(outlineNotes(page)).toHaveCount(0)
  // Making and writing the note was one step: there is nothing left to undo.
  await expect(undo).toBeDisabled()
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(outlineNotes(page)).toHaveText([/^Welcome email lands in spam — /])
})

test("the note being written and the outline's notes each sit in a form, so Chromium's autofill does not go through every note at each key", async ({
  page,
}) => {
  // Autofill looks at every form control outside a form whenever a text field outside a form
  // changes: 2 ms a key at 10,000 notes (docs/architecture.md). Enter still ends the note; nothing
  // is submitted.
  await startApp(page)
  await newMap(page, 'Customer journey')
  await addNote(page, 'Kick-off call')
  await addNote(page, 'Welcome pack', { x: 0.3, y: 0.55 })
  const editor = await startNote(page, { x: 0.7, y: 0.55 })
  const forms = await editor.evaluate((area: HTMLTextAreaElement) => ({
    editorAlone: area.form?.elements.length === 1,
    outline: [...document.querySelectorAll<HTMLButtonElement>('.outline button')].map(
      (button) => button.form !== null,
    ),
  }))
  expect(forms).toEqual({ editorAlone: true, outline: [true, true] })
  await page.keyboard.type('Onboarding survey')
  await page.keyboard.press('Enter')
  await expect(outlineNotes(page)).toHaveCount(3)
  await expect(page).toHaveURL(/^[^?]*$/)
})

test('while a note is written its text shrinks to fit the note, key by key, and never overflows it', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  const editor = await startNote(page)
  const look = () =>
    editor.evaluate((area: HTMLTextAreaElement) => ({
      size: parseFloat(area.style.fontSize),
      overflows: area.scrollHeight > area.clientHeight + 1,
    }))
  await page.keyboard.type('Call')
  const short = await look()
  await page.keyboard.type(
    ' back every customer who left the onboarding survey half done, within a day',
  )
  const long = await look()
  expect(long.size).toBeLessThan(short.size * 0.8)
  expect(long.overflows).toBe(false)
  await page.keyboard.press('Escape')
  await expect(outlineNotes(page)).toHaveText([/^Call back every customer who left/])
})

test('Esc on a new note left empty adds nothing to the map', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Blank')
  const at = await pointAt(page, { x: 0.4, y: 0.5 })
  await page.mouse.dblclick(at.x, at.y)
  const editor = page.getByRole('textbox', { name: 'New note' })
  await expect(editor).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  await expect(outlineNotes(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('Tab ends a note and starts the next one beside it, so three notes chain in a row', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Blank')
  const at = await pointAt(page, { x: 0.25, y: 0.4 })
  await page.mouse.dblclick(at.x, at.y)
  await page.keyboard.type('Sees the ad')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'New note' })).toBeFocused()
  await page.keyboard.type('Visits the site')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Starts a trial')
  await page.keyboard.press('Escape')
  await expect(outlineNotes(page)).toHaveCount(3)

  const doc = await savedDocument(page, 'chain.journey')
  const row = [...doc.board.notes].sort((a, b) => a.x - b.x)
  expect(row.map((n) => n.text)).toEqual(['Sees the ad', 'Visits the site', 'Starts a trial'])
  expect(new Set(row.map((n) => n.y)).size).toBe(1)
  expect(row[1]!.x).toBeGreaterThan(row[0]!.x + row[0]!.width - 1)
  expect(row[2]!.x).toBeGreaterThan(row[1]!.x + row[1]!.width - 1)
})

test('Tab chains notes in a row in the same lane of a Customer journey map', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Customer journey')
  await board(page).focus()
  await pointAtCell(page, 'Purchase', 'Pain points')
  await page.keyboard.press('n')
  await page.keyboard.type('Invoice is confusing')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Card declined')
  await page.keyboard.press('Tab')
  await page.keyboard.type('No receipt')
  await page.keyboard.press('Escape')
  await expect(outlineNotes(page)).toHaveCount(3)
  for (const note of await outlineNotes(page).all()) await expect(note).toContainText('Pain points')
})

test('Enter edits the selected note, Shift+Enter is a new line, and the edit is one undo step', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await addNote(page, 'Pricing page')
  await board(page).focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Enter')
  const editor = page.getByRole('textbox', { name: 'Note text' })
  await expect(editor).toBeFocused()
  await expect(editor).toHaveValue('Pricing page')
  await page.keyboard.type(' is unclear')
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.type('(3 interviews)')
  await page.keyboard.press('Enter')
  await expect(editor).toBeHidden()
  await expect(board(page)).toBeFocused()
  await expect(outlineNotes(page)).toHaveText([/^Pricing page is unclear\n?\(3 interviews\)/])

  await page.keyboard.press('Control+z')
  await expect(outlineNotes(page)).toHaveText([/^Pricing page — /])
})

test('emoji, right-to-left and CJK text in notes survive writing and saving', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Blank')
  const texts = [
    'Onboarding 👩🏽‍💻 feels slow 🐢🎉',
    'הלקוח לא מוצא את החשבונית',
    '客户找不到发票 請求書が見つからない',
  ]
  for (const [i, text] of texts.entries()) {
    await addNote(page, text, { x: 0.2 + i * 0.25, y: 0.5 })
  }
  await expect(outlineNotes(page)).toHaveCount(3)
  for (const text of texts)
    await expect(outlineNotes(page).filter({ hasText: text })).toHaveCount(1)
  const doc = await savedDocument(page, 'scripts.journey')
  expect(doc.board.notes.map((n) => n.text).sort()).toEqual([...texts].sort())

  // Editing keeps the text exactly, right-to-left included.
  await outlineNotes(page).filter({ hasText: texts[1]! }).getByRole('button').focus()
  await page.keyboard.press('Enter')
  const editor = page.getByRole('textbox', { name: 'Note text' })
  await expect(editor).toHaveValue(texts[1]!)
  await expect(editor).toHaveAttribute('dir', 'auto')
  await page.keyboard.press('Escape')
})

test('a note of 10,000 characters stays usable: it saves whole, and its editor scrolls', async ({
  page,
}) => {
  await startApp(page)
  await newMap(page, 'Blank')
  const at = await pointAt(page, { x: 0.5, y: 0.5 })
  await page.mouse.dblclick(at.x, at.y)
  const long = 'The customer calls support again. '.repeat(300).slice(0, 10_000)
  await page.keyboard.insertText(long)
  await page.keyboard.press('Escape')
  await expect(outlineNotes(page)).toHaveCount(1)

  await board(page).focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Enter')
  const editor = page.getByRole('textbox', { name: 'Note text' })
  await expect(editor).toBeFocused()
  await expect(editor).toHaveValue(long)
  const scrolls = await editor.evaluate((area) => area.scrollHeight > area.clientHeight + 10)
  expect(scrolls).toBe(true)
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' END')
  await page.keyboard.press('Escape')
  const doc = await savedDocument(page, 'long.journey')
  expect(doc.board.notes[0]!.text).toBe(long + ' END')
})
