// Helpers for the end-to-end tests: start the app with stubbed file pickers, manage files in the
// page's private file system, and read the board through its accessible outline.
import { resolve } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'
import { createDocument, serializeDocument, type Note } from '../../../src/shared/document'
import { defaultNote } from '../../../src/shared/document/defaults'

interface StubbedPage {
  __jb: {
    state: { saveDialogs: number }
    writeFile(name: string, text: string): Promise<void>
    readFile(name: string): Promise<string | null>
    removeFile(name: string): Promise<void>
    setNextOpen(name: string): void
    setNextSave(name: string): void
  }
}
// Page functions are serialized, so each one reaches the stubs itself.

export async function startApp(page: Page): Promise<void> {
  await page.addInitScript({ path: resolve('tests/e2e/support/page-stubs.js') })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
}

export async function writeFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(([n, t]) => (globalThis as unknown as StubbedPage).__jb.writeFile(n, t), [
    name,
    text,
  ] as const)
}

export async function readFile(page: Page, name: string): Promise<string | null> {
  return page.evaluate((n) => (globalThis as unknown as StubbedPage).__jb.readFile(n), name)
}

export async function removeFile(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => (globalThis as unknown as StubbedPage).__jb.removeFile(n), name)
}

export async function saveDialogsShown(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as StubbedPage).__jb.state.saveDialogs)
}

export async function setNextSave(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => (globalThis as unknown as StubbedPage).__jb.setNextSave(n), name)
}

/** Opens a file through the Open… button, as if the user picked it in the dialog. */
export async function openThroughDialog(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => (globalThis as unknown as StubbedPage).__jb.setNextOpen(n), name)
  const open = page.getByRole('button', { name: 'Open…' })
  if (await open.isVisible()) {
    await open.click()
  } else {
    await page.keyboard.press('Control+o')
  }
}

export async function newMap(page: Page, template: 'Blank' | 'Customer journey'): Promise<void> {
  await page
    .getByRole('group', { name: 'New map' })
    .getByRole('button', { name: template, exact: true })
    .click()
  await expect(page.getByRole('textbox', { name: 'Map title' })).toBeVisible()
}

export const outline = (page: Page) => page.getByRole('region', { name: 'Board outline' })
export const outlineList = (page: Page, name: 'Stages' | 'Lanes' | 'Notes') =>
  outline(page).getByRole('list', { name })

/**
 * Double-clicks an empty spot of the board (`at`: fractions of its width and height) and waits
 * for the new note's editor to take the keyboard; returns the editor.
 */
export async function startNote(page: Page, at = { x: 0.5, y: 0.55 }): Promise<Locator> {
  const board = page.getByRole('application', { name: 'Board' })
  const box = await board.boundingBox()
  if (!box) throw new Error('The board is not on screen')
  await page.mouse.dblclick(box.x + box.width * at.x, box.y + box.height * at.y)
  const editor = page.getByRole('textbox', { name: 'New note' })
  await expect(editor).toBeFocused()
  return editor
}

/** Double-clicks an empty spot of the board, types a note and ends editing with Esc. */
export async function addNote(page: Page, text: string, at = { x: 0.5, y: 0.55 }): Promise<void> {
  const editor = await startNote(page, at)
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
}

/** A saved Customer journey map with the given notes in its first cells, as file text. */
export function journeyFile(
  title: string,
  texts: readonly string[],
): {
  text: string
  notes: Note[]
} {
  const doc = createDocument('customer-journey', { title })
  const notes = texts.map((text, i) => {
    const stage = doc.board.stages[i % doc.board.stages.length]
    const lane = doc.board.lanes[0]
    return {
      ...defaultNote(),
      text,
      x: (stage?.x ?? 0) + 20,
      y: (lane?.y ?? 0) + 20,
    }
  })
  const text = serializeDocument({ ...doc, board: { ...doc.board, notes } })
  return { text, notes }
}

/** The toolbar's save status ("Unsaved changes", "Saved · name"), showing `text`. */
export const saveStatus = (page: Page, text: string) =>
  page.getByRole('status', { name: 'Save status' }).filter({ hasText: text })
