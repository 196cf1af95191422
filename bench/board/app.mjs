// Driving the built app as a user does, for the board benchmark and screenshots: open a .journey
// file through the (stubbed) file picker, read the zoom level, zoom with Ctrl+wheel, fit.
// The only view into the board besides the screen is window.__journeyboardBoard, a read-only
// debug hook ({ camera(), visibleCount(), frameCount() }), used when present and never required.
/* global window, document, requestAnimationFrame -- page functions run in the browser */
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, ensureBrowser } from '../../scripts/browser.mjs'

export const VIEWPORT = { width: 1440, height: 900 }

export async function launchBrowser() {
  const executablePath = ensureBrowser()
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
  return { browser, executablePath }
}

/** A page on the start screen with the file-picker stubs and the benchmark's input stamps. */
export async function startPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  const page = await context.newPage()
  await page.addInitScript({ path: resolve('tests/e2e/support/page-stubs.js') })
  await page.addInitScript({ path: resolve('bench/board/instrument.js') })
  await page.goto(url)
  await page.getByRole('heading', { name: 'New map' }).waitFor({ timeout: 30_000 })
  return page
}

export const board = (page) => page.getByRole('application', { name: 'Board' })

/**
 * Opens `text` as `name` through Open…, as if picked in the file dialog, and waits for the first
 * painted frame that shows the notes: the outline lists all `count` notes (or the debug hook says
 * notes are on screen) and the frame after that has been painted. Returns ms from the click.
 */
export async function openBoard(page, name, text, count, timeoutMs = 180_000) {
  await page.evaluate(([n, t]) => window.__jb.writeFile(n, t), [name, text])
  await page.evaluate((n) => window.__jb.setNextOpen(n), name)
  const watcher = page.evaluate(
    ([expected, timeout]) =>
      new Promise((resolve) => {
        let clickedAt = 0
        window.addEventListener('click', () => (clickedAt = clickedAt || performance.now()), {
          capture: true,
        })
        const notesListed = () => {
          const heading = [...document.querySelectorAll('h2, h3')].find(
            (h) => h.textContent.trim() === 'Notes' && h.id,
          )
          const list = heading && document.querySelector(`[aria-labelledby="${heading.id}"]`)
          return list ? list.querySelectorAll('li').length : -1
        }
        const started = performance.now()
        const check = () => {
          const app = document.querySelector('[role="application"][aria-label="Board"]')
          const hook = window.__journeyboardBoard
          let shown = false
          if (clickedAt && app && app.querySelector('canvas')) {
            try {
              shown = hook ? hook.visibleCount() > 0 : notesListed() === expected
            } catch {
              shown = notesListed() === expected
            }
          }
          if (shown) {
            // This frame has the notes; it is painted when a task posted from its rAF runs.
            const channel = new MessageChannel()
            channel.port1.onmessage = () =>
              resolve({ ms: performance.now() - clickedAt, listed: notesListed() })
            channel.port2.postMessage(0)
          } else if (performance.now() - started > timeout)
            resolve({ ms: null, listed: notesListed() })
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    [count, timeoutMs],
  )
  await page.getByRole('button', { name: 'Open…' }).click()
  const result = await watcher
  await board(page).waitFor({ timeout: 10_000 })
  return result
}

/** The debug hook, if the board has one. */
export async function hook(page) {
  return page.evaluate(() => {
    const h = window.__journeyboardBoard
    if (!h) return null
    const read = (f) => {
      try {
        return f()
      } catch {
        return null
      }
    }
    return {
      camera: read(() => h.camera()),
      visibleCount: read(() => h.visibleCount()),
      frameCount: read(() => h.frameCount()),
    }
  })
}

/** The current zoom (1 = 100 %): the hook's camera, else the zoom level the UI shows. */
export async function zoomLevel(page) {
  const h = await hook(page)
  if (h?.camera && typeof h.camera.scale === 'number') return h.camera.scale
  return page.evaluate(() => {
    const group = document.querySelector('[role="group"][aria-label="Zoom"]')
    const match = group?.textContent.match(/(\d+(?:\.\d+)?)\s*%/)
    return match ? Number(match[1]) / 100 : null
  })
}

export async function boardBox(page) {
  const box = await board(page).boundingBox()
  if (!box) throw new Error('The board is not on screen')
  return box
}

/** Ctrl+wheel at `at` until the zoom is `target` (within 1.5 %); returns the zoom reached. */
export async function zoomTo(page, target, at) {
  let scale = await zoomLevel(page)
  if (scale === null) return null
  await page.mouse.move(at.x, at.y)
  let perUnit = 0.0015 // a first guess of ln(zoom) per wheel unit; measured below
  for (let i = 0; i < 12 && Math.abs(scale / target - 1) > 0.015; i++) {
    const want = Math.log(target / scale)
    const delta = Math.max(-400, Math.min(400, -want / perUnit))
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, delta)
    await page.keyboard.up('Control')
    await settle(page)
    const next = await zoomLevel(page)
    if (next === null) return null
    const got = Math.log(next / scale)
    if (Math.abs(got) > 1e-3 && Math.abs(delta) > 1) perUnit = Math.abs(got / delta)
    scale = next
  }
  return scale
}

/** Fit all: Shift+1 on the focused board, else the Fit button. Returns how it was done. */
export async function fitAll(page) {
  const before = await zoomLevel(page)
  await board(page).focus()
  await page.keyboard.press('Shift+Digit1')
  await settle(page, 3)
  const after = await zoomLevel(page)
  if (after !== null && before !== null && Math.abs(after - before) > 1e-3) return 'Shift+1'
  const button = page.getByRole('button', { name: /^Fit/ })
  if ((await button.count()) > 0) {
    await button.first().click()
    await settle(page, 3)
    return 'Fit button'
  }
  return null
}

/** Waits until the frames after the latest input are painted (and `extra` frames more). */
export async function settle(page, extra = 0) {
  await page.evaluate(async (n) => {
    await window.__jbBench.settle()
    if (n > 0) await window.__jbBench.frames(n)
  }, extra)
}
