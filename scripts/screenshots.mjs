// Writes the README's screenshots (docs/screenshots/*.png, 1440×900) from the built renderer.
// Run `npm run build:web` first; not part of `npm test`.
//   node scripts/screenshots.mjs
import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'

const URL = 'http://127.0.0.1:4173/'
const OUT = resolve('docs/screenshots')

const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts'], {
  stdio: 'ignore',
  detached: true,
})

try {
  await waitFor(URL)
  await mkdir(OUT, { recursive: true })
  const browser = await chromium.launch({
    executablePath: process.env.JOURNEYBOARD_BROWSER || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(URL)
  await page.getByRole('heading', { name: 'New map' }).waitFor()
  await page.screenshot({ path: `${OUT}/start-screen.png` })

  await page.getByRole('button', { name: 'Customer journey', exact: true }).click()
  await page.getByRole('textbox', { name: 'Map title' }).waitFor()
  await page.mouse.move(0, 0)
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${OUT}/customer-journey-empty.png` })
  await browser.close()
  console.log(`Screenshots written to ${OUT}`)
} finally {
  process.kill(-server.pid)
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not come up`)
}
