// Helpers for the journey e2e tests: maps written as files and opened, the workspace's tabs and
// panels, and today's date as the page sees it.
import { expect, type Page } from '@playwright/test'
import {
  createDocument,
  serializeDocument,
  type JourneyDocument,
  type Note,
} from '../../../src/shared/document'
import { defaultNote } from '../../../src/shared/document/defaults'
import { openThroughDialog, writeFile } from './app'

export const tab = (page: Page, name: 'Board' | 'Journey' | 'Action plan' | 'Owners') =>
  page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true })
export const stepDetails = (page: Page) => page.getByRole('region', { name: 'Step details' })
export const readiness = (page: Page) => page.getByRole('region', { name: 'Readiness' })
export const actionPlan = (page: Page) => page.getByRole('grid', { name: 'Action plan' })
export const planRow = (page: Page, text: string | RegExp) =>
  actionPlan(page).getByRole('row').filter({ hasText: text })

/** A note of a test map with realistic defaults. */
export function mapNote(overrides: Partial<Note> & Pick<Note, 'id' | 'text' | 'x' | 'y'>): Note {
  return { ...defaultNote(new Date('2026-03-02T10:00:00Z')), ...overrides }
}

/** Writes the map to the page's files and opens it as the user would. */
export async function openMap(page: Page, name: string, doc: JourneyDocument): Promise<void> {
  await writeFile(page, name, serializeDocument(doc))
  await openThroughDialog(page, name)
  // Waits for the title field to be there before reading it: `expect(…).toHaveValue` polled
  // while a 10,000-note map opened held the open for 30 s and more on a busy 2-core machine (the
  // map opens in 2–3 s), where `waitFor` does not.
  const timeout = doc.board.notes.length > 1000 ? 30_000 : 5_000
  const title = page.locator('input[aria-label="Map title"]')
  await title.waitFor({ timeout })
  await expect(title).toHaveValue(doc.title)
}

/** A Customer journey map with the given notes placed by stage and lane name. */
export function customerJourney(
  title: string,
  notes: readonly { text: string; stage: string; lane: string; step?: Partial<Note['step']> }[],
): JourneyDocument {
  const doc = createDocument('customer-journey', { title })
  const placed = notes.map((n, i) => {
    const stage = doc.board.stages.find((s) => s.name === n.stage)
    const lane = doc.board.lanes.find((l) => l.name === n.lane)
    if (!stage || !lane) throw new Error(`no ${n.stage} / ${n.lane}`)
    const base = mapNote({ id: `note_${i}`, text: n.text, x: stage.x + 20, y: lane.y + 20 })
    return { ...base, step: { ...base.step, ...n.step } }
  })
  return { ...doc, board: { ...doc.board, notes: placed } }
}

/** Today and a date `days` later, as the page's clock and time zone give them. */
export async function pageDates(page: Page, days = 0): Promise<{ today: string; later: string }> {
  return page.evaluate((d) => {
    const iso = (date: Date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
    const now = new Date()
    const later = new Date(now.getFullYear(), now.getMonth(), now.getDate() + d)
    return { today: iso(now), later: iso(later) }
  }, days)
}

/** "16 Mar 2026", as the views write a deadline. */
export function shown(iso: string): string {
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ]
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${months[m - 1]} ${y}`
}
