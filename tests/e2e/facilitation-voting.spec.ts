// Dot voting on one laptop: three voters take turns clicking notes on the board, each voter's dots
// stay hidden from the next until the reveal, and the result is a tally on the notes, a ranked
// list kept in the map, and focus areas.
import { expect, test, type Page } from '@playwright/test'
import type { JourneyDocument } from '../../src/shared/document'
import { startApp } from './support/app'
import { board, camera, savedDocument, selectionBar } from './support/board'
import { clickNote, panel, phase, shownDots } from './support/facilitation'
import { customerJourney, openMap } from './support/journey'

const NOTES = [
  { text: 'Kick-off call comes two weeks late', stage: 'Onboarding', lane: 'Pain points' },
  { text: 'Nobody answers the chat', stage: 'Adoption', lane: 'Pain points' },
  { text: 'Invoices in the wrong currency', stage: 'Renewal', lane: 'Pain points' },
  { text: 'Book the kick-off at signature', stage: 'Onboarding', lane: 'Ideas' },
  { text: 'A status page', stage: 'Adoption', lane: 'Ideas' },
  { text: 'Write the welcome mail', stage: 'Purchase', lane: 'Tasks' },
]
const [KICKOFF, CHAT, INVOICES, BOOK, STATUS] = NOTES.map((n) => n.text) as [
  string,
  string,
  string,
  string,
  string,
]

test('a three-voter round gives the expected tally and ranking, with dots hidden until the reveal', async ({
  page,
}) => {
  await startApp(page)
  const doc = customerJourney('Voting workshop', NOTES)
  await openMap(page, 'Voting.journey', doc)
  await phase(page, 'Decide').click()
  const voting = panel(page, 'Dot voting')
  const form = voting.getByRole('form', { name: 'New voting round' })
  await form.getByLabel('Dots per person').fill('3')
  await form.getByLabel('Voters').fill('3')
  await form.getByLabel('At most one dot per note').check()
  await form.getByLabel('All notes').check()
  await form.getByRole('button', { name: 'Start voting round' }).click()

  const turn = voting.getByRole('status', { name: 'Voting turn' })
  await expect(turn).toContainText('Voter 1 of 3')
  await expect(turn).toContainText('3 dots left')

  // Voter 1
  await clickNote(page, doc, CHAT)
  await clickNote(page, doc, INVOICES)
  await expect(turn).toContainText('1 dot left')
  // One dot per note: a second click on the same note is refused and says why.
  await clickNote(page, doc, CHAT)
  await expect(page.getByRole('status', { name: 'Voting message' })).toHaveText(
    'One dot per note in this round: Voter 1 already voted for that note.',
  )
  await clickNote(page, doc, BOOK)
  await expect(turn).toContainText('0 dots left')
  expect(await shownDots(page)).toEqual({ [CHAT]: 1, [INVOICES]: 1, [BOOK]: 1 })

  // Voter 2 does not see voter 1's dots.
  await voting.getByRole('button', { name: 'Next voter' }).click()
  await expect(turn).toContainText('Voter 2 of 3')
  expect(await shownDots(page)).toEqual({})
  await clickNote(page, doc, CHAT)
  await clickNote(page, doc, STATUS)
  await clickNote(page, doc, KICKOFF)
  // A change of mind: Shift+click takes the dot back, and it goes elsewhere.
  await clickNote(page, doc, KICKOFF, { shift: true })
  await expect(turn).toContainText('1 dot left')
  await clickNote(page, doc, KICKOFF)
  expect(await shownDots(page)).toEqual({ [CHAT]: 1, [STATUS]: 1, [KICKOFF]: 1 })

  // Voter 3
  await voting.getByRole('button', { name: 'Next voter' }).click()
  await expect(turn).toContainText('Voter 3 of 3')
  expect(await shownDots(page)).toEqual({})
  await clickNote(page, doc, INVOICES)
  await clickNote(page, doc, CHAT)
  await clickNote(page, doc, STATUS)
  await expect(voting.getByRole('button', { name: 'Next voter' })).toBeDisabled()

  // The reveal shows every dot.
  await voting.getByRole('button', { name: 'Reveal votes' }).click()
  await expect
    .poll(() => shownDots(page))
    .toEqual({ [CHAT]: 3, [INVOICES]: 2, [STATUS]: 2, [KICKOFF]: 1, [BOOK]: 1 })

  // Each note's dots sit on the note at every zoom, never over its neighbour: as many dots as the
  // note is wide enough for, else one dot and the count (3 dots ran 40 px past a note at 15 %).
  const chat = page.getByRole('img', { name: new RegExp(`^3 dots on “${CHAT}`) })
  for (const zoomOut of [0, 3, 3]) {
    for (let i = 0; i < zoomOut; i++) await page.getByRole('button', { name: 'Zoom out' }).click()
    await expect.poll(() => dotsOutsideNotes(page, doc)).toEqual([])
  }
  await expect(chat.locator('.vote-dot')).toHaveCount(1)
  await expect(chat).toContainText('3')
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect(chat.locator('.vote-dot')).toHaveCount(3)
  await expect.poll(() => dotsOutsideNotes(page, doc)).toEqual([])
  await page.getByRole('button', { name: 'Fit' }).click()

  // Ending the round keeps the ranking: ties in board order.
  await voting.getByRole('button', { name: 'End round' }).click()
  const ranking = voting.getByRole('list', { name: 'Result of Round 1' })
  await expect(ranking.getByRole('listitem')).toHaveText([
    `1.${CHAT}3 votes`,
    `2.${INVOICES}2 votes`,
    `2.${STATUS}2 votes`,
    `4.${KICKOFF}1 vote`,
    `4.${BOOK}1 vote`,
  ])
  await voting.getByRole('button', { name: 'Mark top pain points as focus areas' }).click()
  await expect(voting.getByRole('status', { name: 'Voting notice' })).toHaveText(
    '3 pain points are now focus areas.',
  )
  // The picture: the details panel out of the way, zoomed in until the notes can be read.
  await page.getByRole('button', { name: 'Hide details' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await voting.evaluate((el) => el.parentElement?.scrollTo(0, 0))
  await page.screenshot({ path: 'docs/screenshots/facilitation-vote-result.png' })

  const saved = await savedDocument(page, 'Voting.journey')
  const votes = Object.fromEntries(saved.board.notes.map((n) => [n.text, n.votes]))
  expect(votes).toEqual({
    [KICKOFF]: 1,
    [CHAT]: 3,
    [INVOICES]: 2,
    [BOOK]: 1,
    [STATUS]: 2,
    'Write the welcome mail': 0,
  })
  expect(saved.board.notes.filter((n) => n.focus).map((n) => n.text)).toEqual([
    KICKOFF,
    CHAT,
    INVOICES,
  ])
  const [round] = saved.session.voting.rounds
  expect(saved.session.voting.currentRoundId).toBeNull()
  expect(round?.ballots.map((b) => b.voter)).toEqual(['Voter 1', 'Voter 2', 'Voter 3'])
  expect(round?.results.map((r) => r.votes)).toEqual([3, 2, 2, 1, 1])
})

test('a round on one lane takes dots only there', async ({ page }) => {
  await startApp(page)
  const doc = customerJourney('Lane round', NOTES)
  await openMap(page, 'Lane.journey', doc)
  await phase(page, 'Decide').click()
  const voting = panel(page, 'Dot voting')
  const form = voting.getByRole('form', { name: 'New voting round' })
  // A note selected before the round: its toolbar goes while people vote (it covered the lane).
  await clickNote(page, doc, KICKOFF)
  await expect(selectionBar(page)).toBeVisible()
  await form.getByLabel('Voters').fill('1')
  await form.getByLabel('One lane').check()
  await expect(form.getByLabel('Lane to vote on')).toHaveValue(
    doc.board.lanes.find((l) => l.kind === 'pain-point')?.id ?? '',
  )
  await form.getByRole('button', { name: 'Start voting round' }).click()
  await expect(voting).toContainText('on the notes in Pain points')
  await expect(selectionBar(page)).toBeHidden()
  await clickNote(page, doc, BOOK)
  await expect(page.getByRole('status', { name: 'Voting message' })).toHaveText(
    'That note is not part of this round: it is about the notes in Pain points.',
  )
  await clickNote(page, doc, KICKOFF)
  expect(await shownDots(page)).toEqual({ [KICKOFF]: 1 })
  // Once the votes are out, the selected note has its toolbar again.
  await voting.getByRole('button', { name: 'Reveal votes' }).click()
  await expect(selectionBar(page)).toBeVisible()
})

/** The notes whose dots reach past the note's edges on screen (more than half a pixel). */
async function dotsOutsideNotes(page: Page, doc: JourneyDocument): Promise<string[]> {
  const area = (await board(page).boundingBox())!
  const cam = await camera(page)
  const out: string[] = []
  for (const dots of await page.locator('.vote-layer__dots').all()) {
    const label = (await dots.getAttribute('aria-label')) ?? ''
    const note = doc.board.notes.find((n) => label.endsWith(`on “${n.text.slice(0, 60)}”`))
    const box = await dots.boundingBox()
    if (!note || !box) continue
    const left = area.x + cam.x + note.x * cam.scale
    const top = area.y + cam.y + note.y * cam.scale
    const inside =
      box.x >= left - 0.5 &&
      box.y >= top - 0.5 &&
      box.x + box.width <= left + note.width * cam.scale + 0.5 &&
      box.y + box.height <= top + note.height * cam.scale + 0.5
    if (!inside) out.push(`${note.text} at ${Math.round(cam.scale * 100)} %`)
  }
  return out
}
