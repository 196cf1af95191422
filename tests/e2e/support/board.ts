// Helpers for the board's e2e tests: the canvas, the outline's notes, a paste with given
// clipboard content, and the map as saved (the document, read back from the page's files).
import { expect, type Page } from '@playwright/test'
import { createDocument, type JourneyDocument, type Note } from '../../../src/shared/document'
import { outlineList, readFile, saveStatus, setNextSave } from './app'

export const board = (page: Page) => page.getByRole('application', { name: 'Board' })
export const outlineNotes = (page: Page) => outlineList(page, 'Notes').getByRole('listitem')
export const selectionBar = (page: Page) => page.getByRole('toolbar', { name: 'Selected notes' })
export const boardMessage = (page: Page) => page.getByRole('status', { name: 'Board message' })

/** Clicks an empty spot of the canvas (fraction of its size) without making a note. */
export async function pointAt(page: Page, at: { x: number; y: number }) {
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  return { x: box.x + box.width * at.x, y: box.y + box.height * at.y }
}

/** Fires a paste on the focused element with this clipboard content, as Ctrl+V would. */
export async function pasteContent(
  page: Page,
  data: Record<string, string>,
  options: { image?: boolean } = {},
): Promise<void> {
  await page.evaluate(
    ([entries, image]) => {
      const transfer = new DataTransfer()
      for (const [type, value] of Object.entries(entries)) transfer.setData(type, value)
      if (image) {
        const bytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])
        transfer.items.add(new File([bytes], 'screenshot.png', { type: 'image/png' }))
      }
      const target = document.activeElement ?? document.body
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      )
    },
    [data, options.image ?? false] as const,
  )
}

/** Saves the map as `name` (Save As…) and returns the document as written. */
export async function savedDocument(page: Page, name: string): Promise<JourneyDocument> {
  await setNextSave(page, name)
  await page.getByRole('button', { name: 'Save As…' }).click()
  await expect(saveStatus(page, `Saved · ${name}`)).toBeVisible()
  const text = await readFile(page, name)
  if (text === null) throw new Error(`${name} was not written`)
  return JSON.parse(text) as JourneyDocument
}

/** The saved notes in the order they were made. */
export function byCreation(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** The camera as the canvas last drew it. */
export async function camera(page: Page): Promise<{ x: number; y: number; scale: number }> {
  return page.evaluate(() => {
    const debug = (
      window as unknown as {
        __journeyboardBoard?: { camera(): { x: number; y: number; scale: number } }
      }
    ).__journeyboardBoard
    if (!debug) throw new Error('The board is not drawn')
    return debug.camera()
  })
}

/**
 * Puts the pointer in the middle of a cell of a new Customer journey map (where N writes), found
 * from the template's grid and the camera the canvas drew.
 */
export async function pointAtCell(page: Page, stageName: string, laneName: string): Promise<void> {
  const { board: grid } = createDocument('customer-journey')
  const stage = grid.stages.find((s) => s.name === stageName)
  const lane = grid.lanes.find((l) => l.name === laneName)
  if (!stage || !lane) throw new Error(`No cell ${stageName} × ${laneName} in the template`)
  const cam = await camera(page)
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  await page.mouse.move(
    box.x + cam.x + (stage.x + stage.width / 2) * cam.scale,
    box.y + cam.y + (lane.y + lane.height / 2) * cam.scale,
  )
}

/** A small screenshot's pixels, RGBA row by row (decoded by the page: the tests have no PNG reader). */
export async function pngPixels(
  page: Page,
  png: Buffer,
): Promise<{ width: number; height: number; data: number[] }> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!
    ctx.drawImage(image, 0, 0)
    const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height)
    return { width, height, data: Array.from(data) }
  }, png.toString('base64'))
}
