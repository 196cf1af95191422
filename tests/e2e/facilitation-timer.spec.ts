// The workshop timer on a controlled clock: presets, pause, resume, +1 minute, and the end
// announced aloud and shown; mute is a setting that survives a reload.
import { expect, test } from '@playwright/test'
import { newMap, startApp } from './support/app'
import { panel, presentation, tool } from './support/facilitation'

test('the timer counts down, pauses, takes a minute more, and announces the end', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-03-02T10:00:00') })
  await startApp(page)
  await newMap(page, 'Customer journey')
  await tool(page, 'Timer').click()
  const timerPanel = panel(page, 'Timer')
  await timerPanel.getByRole('button', { name: '3 min' }).click()
  const clock = page.getByRole('timer')
  await expect(clock).toHaveText('3:00')
  await expect(clock).toHaveAccessibleName('Timer: 3 minutes left')

  await page.clock.runFor(61_000)
  await expect(clock).toHaveText('1:59')
  await timerPanel.getByRole('button', { name: 'Pause' }).click()
  await expect(clock).toHaveAccessibleName('Timer: 1 minute 59 seconds left, paused')
  await page.clock.runFor(120_000)
  await expect(clock).toHaveText('1:59')
  await timerPanel.getByRole('button', { name: 'Resume' }).click()
  await timerPanel.getByRole('button', { name: '+1 minute' }).click()
  await expect(clock).toHaveText('2:59')

  const announcement = page.getByRole('status', { name: 'Timer announcement' })
  await expect(announcement).toHaveText('')
  await page.clock.runFor(178_000)
  await expect(clock).toHaveText('0:01')
  await expect(announcement).toHaveText('')
  await page.clock.runFor(2_000)
  await expect(announcement).toHaveText('Time is up')
  await expect(clock).toHaveText('0:00')
  await expect(page.locator('.timer-display--done')).toContainText('Time is up')

  // A timebox shorter than a second is refused and says why (0.001 min started one of 0 s).
  await timerPanel.getByLabel('Minutes').fill('0.001')
  await timerPanel.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(timerPanel.getByRole('alert')).toContainText('between 1 second and 24 hours')

  // A custom timebox is remembered in the map; the countdown shows in presentation mode too.
  await timerPanel.getByLabel('Minutes').fill('7')
  await timerPanel.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(clock).toHaveText('7:00')
  await expect(announcement).toHaveText('')
  await tool(page, 'Present').click()
  await expect(presentation(page).getByRole('timer')).toHaveText('7:00')
  await page.clock.runFor(30_000)
  await expect(presentation(page).getByRole('timer')).toHaveText('6:30')
  await page.keyboard.press('Escape')
  await expect(presentation(page)).toBeHidden()
  await expect(page.getByRole('timer')).toHaveText('6:30')
})

test('the chime can be muted, and stays muted', async ({ page }) => {
  await startApp(page)
  await newMap(page, 'Blank')
  await tool(page, 'Timer').click()
  const mute = panel(page, 'Timer').getByLabel('Mute the chime')
  await expect(mute).not.toBeChecked()
  await mute.check()
  // The setting is the Host's (the browser Host keeps it in local storage).
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.endsWith('ui.timerMuted'))
          .map((k) => localStorage.getItem(k)),
      ),
    )
    .toEqual(['true'])
  await page.reload()
  await expect(page.getByRole('heading', { name: 'New map' })).toBeVisible()
  await newMap(page, 'Blank')
  await tool(page, 'Timer').click()
  await expect(panel(page, 'Timer').getByLabel('Mute the chime')).toBeChecked()
})
