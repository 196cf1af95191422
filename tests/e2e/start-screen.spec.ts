// The start screen: a new map from a template, Open…, recent and recovered maps.
import { expect, test } from '@playwright/test'
import { startApp } from './support/app'

test('the start screen offers a new map from a template, and Open…', async ({ page }) => {
  await startApp(page)
  const newMap = page.getByRole('group', { name: 'New map' })
  await expect(newMap.getByRole('button', { name: 'Blank', exact: true })).toBeVisible()
  await expect(newMap.getByRole('button', { name: 'Customer journey', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open…' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recent maps' })).toBeVisible()
  await expect(page).toHaveTitle('Journeyboard')
})

test('the page allows no inline scripts and loads nothing from other origins', async ({ page }) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:4173/')) foreign.push(request.url())
  })
  await startApp(page)
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(foreign).toEqual([])
})
