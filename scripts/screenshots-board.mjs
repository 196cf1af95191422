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
  hook,
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
// Room for the lane names left of the grid and the stage names above it.
const {
  module: { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT },
} = await runnerImport(resolve('src/renderer/src/board/style.ts'), {
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

  // Zoom to 100 % around the map's top-left corner (the first lane and stage names), then scroll
  // that corner to the board's top-left, as a facilitator starting at the first stage would.
  const box = await boardBox(page)
  const { board: map } = JSON.parse(workshop.text)
  const corner = { x: map.stages[0].x - LANE_HEADER_WIDTH, y: map.lanes[0].y - STAGE_HEADER_HEIGHT }
  const onScreen = async () => {
    const { camera } = await hook(page)
    return {
      x: box.x + camera.x + corner.x * camera.scale,
      y: box.y + camera.y + corner.y * camera.scale,
    }
  }
  const zoom = await zoomTo(page, 1, await onScreen())
  const at = await onScreen()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(Math.round(at.x - box.x - 16), Math.round(at.y - box.y - 16))
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
