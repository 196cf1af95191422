// Helpers for the facilitation e2e tests: the phase stepper, the workshop tools, and clicking a
// note on the canvas by its text.
import { expect, type Page } from '@playwright/test'
import type { JourneyDocument } from '../../../src/shared/document'
import { board } from './board'

export const phases = (page: Page) => page.getByRole('navigation', { name: 'Workshop phases' })
export const phase = (page: Page, name: string) =>
  phases(page).getByRole('button', { name: new RegExp(`${name}$`) })
export const tool = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Workshop tools' }).getByRole('button', { name, exact: true })
export const panel = (page: Page, name: 'Goals' | 'Dot voting' | 'Timer') =>
  page.getByRole('region', { name })
export const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' })

/** Clicks the centre of the note with this text on the canvas. */
export async function clickNote(
  page: Page,
  doc: JourneyDocument,
  text: string,
  options: { shift?: boolean } = {},
): Promise<void> {
  const note = doc.board.notes.find((n) => n.text === text)
  if (!note) throw new Error(`no note “${text}”`)
  const cam = await page.evaluate(() =>
    (
      window as unknown as {
        __journeyboardBoard: { camera(): { x: number; y: number; scale: number } }
      }
    ).__journeyboardBoard.camera(),
  )
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  const x = box.x + cam.x + (note.x + note.width / 2) * cam.scale
  const y = box.y + cam.y + (note.y + note.height / 2) * cam.scale
  if (options.shift) await page.keyboard.down('Shift')
  await page.mouse.click(x, y)
  if (options.shift) await page.keyboard.up('Shift')
}

/** The dots the board shows, note text → count. */
export async function shownDots(page: Page): Promise<Record<string, number>> {
  const labels = await page
    .locator('.vote-layer__dots')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''))
  const out: Record<string, number> = {}
  for (const label of labels) {
    const match = /^(\d+) dots? on “(.*)”$/.exec(label)
    if (match) out[match[2] as string] = Number(match[1])
  }
  return out
}

export async function expectPhase(page: Page, name: string): Promise<void> {
  await expect(phases(page).locator('[aria-current="step"]')).toHaveText(new RegExp(`${name}$`))
}
