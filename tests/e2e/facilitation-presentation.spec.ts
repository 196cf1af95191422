// Presentation mode: full screen, large text, every stage from the customer's side and then the
// internal view, one slide after another with the keyboard; long stages go on over several
// slides rather than shrinking their text.
import { expect, test, type Page } from '@playwright/test'
import type { JourneyDocument } from '../../src/shared/document'
import { startApp } from './support/app'
import { presentation, tool } from './support/facilitation'
import { customerJourney, openMap } from './support/journey'

const STAGES = [
  'Awareness',
  'Evaluation',
  'Purchase',
  'Onboarding',
  'Adoption',
  'Renewal',
  'Advocacy',
]

function presentedMap(): JourneyDocument {
  const notes: Parameters<typeof customerJourney>[1][number][] = []
  for (const stage of STAGES) {
    notes.push({ text: `${stage}: what the customer does`, stage, lane: 'Customer actions' })
    notes.push({ text: `${stage}: where we meet them`, stage, lane: 'Touchpoints' })
    notes.push({ text: `${stage}: what hurts`, stage, lane: 'Pain points' })
    notes.push({
      text: `${stage}: the task we own`,
      stage,
      lane: 'Tasks',
      step: { decision: 'human', ownerId: 'person_priya', deadline: '2026-04-15' },
    })
  }
  // Onboarding is where the room wrote the most: far more than one slide holds.
  for (let i = 1; i <= 24; i++) {
    notes.push({
      text: `Onboarding pain ${i}: the kick-off call came two weeks after signing and nobody told us who to ask about payroll data`,
      stage: 'Onboarding',
      lane: 'Pain points',
    })
  }
  const doc = customerJourney('Payroll onboarding workshop', notes)
  return {
    ...doc,
    session: {
      ...doc.session,
      goals: [{ id: 'goal_1', text: 'Halve the time to first payroll', group: 'Leadership' }],
    },
    people: [{ id: 'person_priya', name: 'Priya Nair', role: 'CSM', departmentId: null }],
    board: {
      ...doc.board,
      notes: doc.board.notes.map((n) =>
        n.text === 'Onboarding: what hurts'
          ? {
              ...n,
              text: 'We waited two weeks for anyone to call us',
              customerWords: true,
              focus: true,
              votes: 4,
            }
          : n,
      ),
    },
  }
}

/** The smallest font size of any visible text in the presentation, in CSS pixels. */
async function smallestText(page: Page): Promise<number> {
  return presentation(page).evaluate((root) => {
    let min = Infinity
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!element || node.textContent?.trim() === '' || element.closest('.visually-hidden'))
        continue
      min = Math.min(min, parseFloat(getComputedStyle(element).fontSize))
    }
    return min
  })
}

test('presentation mode walks every stage from the customer’s side, then the internal view', async ({
  page,
}) => {
  await startApp(page)
  const doc = presentedMap()
  await openMap(page, 'Present.journey', doc)
  await tool(page, 'Present').click()
  const show = presentation(page)
  await expect(show).toBeVisible()
  const status = show.getByRole('status', { name: 'Slide' })
  await expect(status).toHaveText(/^Slide 1 of \d+$/)
  const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1])
  await expect(show.getByRole('heading', { level: 2 })).toHaveText('Payroll onboarding workshop')
  await expect(show).toContainText('Halve the time to first payroll')

  const keys = ['ArrowRight', 'Space', 'PageDown']
  const seen: string[] = []
  for (let i = 1; i <= total; i++) {
    await expect(status).toHaveText(`Slide ${i} of ${total}`)
    const kicker = (await show.locator('.presentation__kicker').textContent()) ?? ''
    const title = (await show.getByRole('heading', { level: 2 }).textContent()) ?? ''
    seen.push(`${kicker} | ${title}`)
    expect(await smallestText(page)).toBeGreaterThanOrEqual(28)
    if (kicker.includes('customer') && title.startsWith('Onboarding (1 of')) {
      const quote = show.locator('.presentation__item--quote')
      await expect(quote).toContainText('“We waited two weeks for anyone to call us”')
      await expect(quote).toContainText('★ Focus')
      await page.screenshot({ path: 'docs/screenshots/facilitation-presentation.png' })
    }
    if (i < total) await page.keyboard.press(keys[i % keys.length] as string)
  }
  // The last slide stays the last.
  await page.keyboard.press('ArrowRight')
  await expect(status).toHaveText(`Slide ${total} of ${total}`)

  // Every stage from the customer's side, in order, then every stage's internal view.
  const customer = seen.filter((s) => s.startsWith('The customer’s side'))
  const internal = seen.filter((s) => s.startsWith('The internal view'))
  expect([
    ...new Set(customer.map((s) => s.split(' | ')[1]?.replace(/ \(\d+ of \d+\)$/, ''))),
  ]).toEqual(STAGES)
  expect(internal.map((s) => s.split(' | ')[1])).toEqual(STAGES)
  expect(seen.indexOf(customer.at(-1) as string)).toBeLessThan(seen.indexOf(internal[0] as string))
  // Onboarding's 25 pain points do not fit one slide: it goes on, its text as large as ever.
  expect(customer.filter((s) => s.includes('| Onboarding (')).length).toBeGreaterThan(1)
  expect(seen).toContain('What we decided to work on | Focus areas')

  // The internal view shows owners and decisions.
  await page.keyboard.press('End')
  await expect(show).toContainText('Advocacy: the task we own')
  await expect(show).toContainText('Team member · Priya Nair · due 15 Apr 2026')
  await page.keyboard.press('Home')
  await expect(status).toHaveText(`Slide 1 of ${total}`)
  await page.keyboard.press('Escape')
  await expect(show).toBeHidden()
  // The board behind did not move or change.
  await expect(page.getByRole('application', { name: 'Board' })).toBeVisible()
})

test('on a small window the text stays at least 28 pixels and the stages take more slides', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 640 })
  await startApp(page)
  await openMap(page, 'Present.journey', presentedMap())
  await tool(page, 'Present').click()
  const show = presentation(page)
  const status = show.getByRole('status', { name: 'Slide' })
  const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1])
  for (let i = 1; i <= total; i++) {
    expect(await smallestText(page)).toBeGreaterThanOrEqual(28)
    // Nothing is cut off at the bottom of the slide.
    const overflow = await show
      .locator('.presentation__slide')
      .evaluate((el) => el.scrollHeight - el.clientHeight)
    expect(overflow).toBeLessThanOrEqual(1)
    await page.keyboard.press('ArrowRight')
  }
})
