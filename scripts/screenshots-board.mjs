// Writes the board screenshots (1440×900) of a 120-note workshop board: the 84 notes of the B2B
// onboarding workshop (tests/fixtures/workshop-b2b-onboarding.csv) in their stage and lane cells
// plus 36 ideas and customer quotes, opened in the built web renderer as a user opens a file.
//   node scripts/screenshots-board.mjs
// → docs/screenshots/board-workshop-zoom1.png (100 %, the first stages with their headers)
// → docs/screenshots/board-workshop-fit.png   (zoomed out to fit the whole board)
// Builds out/web first when it is missing or older than src/. Not part of `npm test`.
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { runnerImport } from 'vite'
import {
  boardBox,
  fitAll,
  launchBrowser,
  openBoard,
  settle,
  startPage,
  zoomLevel,
  zoomTo,
} from '../bench/board/app.mjs'
import { ensureWebBuild, serveWeb } from '../bench/board/server.mjs'

const OUT = resolve('docs/screenshots')

ensureWebBuild()
const { module: gen } = await runnerImport(resolve('bench/board/generate.ts'), {
  configFile: false,
  logLevel: 'error',
})
const workshop = gen.workshopBoard(resolve('tests/fixtures/workshop-b2b-onboarding.csv'))
if (workshop.count !== 120) throw new Error(`expected 120 notes, generated ${workshop.count}`)

const server = await serveWeb()
const { browser } = await launchBrowser()
try {
  await mkdir(OUT, { recursive: true })
  const page = await startPage(browser, server.url)
  const opened = await openBoard(
    page,
    'B2B onboarding workshop.journey',
    workshop.text,
    workshop.count,
  )
  if (opened.ms === null) throw new Error('the workshop board did not show its notes')

  await fitAll(page)
  await page.mouse.move(0, 0)
  await settle(page, 5)
  await page.screenshot({ path: `${OUT}/board-workshop-fit.png` })
  const fitZoom = await zoomLevel(page)

  // Zoom to 100 % around a point near the grid's top-left corner, so the stage and lane headers
  // stay in view.
  const box = await boardBox(page)
  const zoom = await zoomTo(page, 1, { x: box.x + box.width * 0.12, y: box.y + box.height * 0.08 })
  await page.mouse.move(0, 0)
  await settle(page, 5)
  await page.screenshot({ path: `${OUT}/board-workshop-zoom1.png` })
  console.log(
    `Board screenshots written to ${OUT} (fit at ${Math.round((fitZoom ?? 0) * 100)} %, then ${Math.round((zoom ?? 0) * 100)} %)`,
  )
} finally {
  await browser.close()
  await server.close()
}
