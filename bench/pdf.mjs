// The PDF benchmark: the report of a 1,000-step Customer journey map, every section, A4
// landscape, from the map to PDF bytes — the shipped fonts read as data: URLs (as the main
// process does before printing), reportHtml, and Chromium's page.pdf (the print engine behind
// Electron's printToPDF). Target: 5 s including printing. Writes bench/results/pdf.json.
//   node bench/pdf.mjs            5 timed runs after one warm-up
//   node bench/pdf.mjs --quick    2 timed runs
// The board's picture is drawn by the renderer's canvas in the app; here a PNG of the same size
// (REPORT_PICTURE_SIDE pixels wide, a screenshot of the printed map) stands in for it.
/* global document -- page.evaluate runs in the browser */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { runnerImport } from 'vite'
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs'

const STEPS = 1_000
const TARGET_MS = 5_000
const runs = process.argv.includes('--quick') ? 2 : 5

if (import.meta.url === `file://${process.argv[1]}`) await main()

async function main() {
  const load = async (path) =>
    (await runnerImport(resolve(path), { configFile: false, logLevel: 'error' })).module
  const exporter = await load('src/shared/export/index.ts')
  const { largeMap } = await load('tests/unit/helpers/boards.ts')
  const { reportFontCss } = await load('src/main/services/reportFonts.ts')

  const executablePath = findBrowser()
  if (!executablePath) {
    console.error('PDF benchmark: no Chromium found (install chromium or set CHROMIUM_PATH)')
    process.exit(1)
  }
  const map = largeMap(STEPS)
  const options = {
    sections: exporter.REPORT_SECTIONS.filter((s) => s !== 'changes' && s !== 'board'),
    pageSize: 'A4',
    landscape: true,
    today: '2026-03-02',
  }
  const folder = mkdtempSync(join(tmpdir(), 'journeyboard-pdf-bench-'))
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })

  /** One report from the map to PDF bytes, timed in its parts. */
  async function printOnce(boardImage) {
    const started = performance.now()
    const html0 = exporter.reportHtml(map, {
      ...options,
      ...(boardImage ? { boardImage } : {}),
      sections: boardImage ? [...options.sections, 'board'] : options.sections,
    })
    const htmlMs = performance.now() - started
    const fonts = performance.now()
    const html = exporter.withFontCss(html0, await reportFontCss(html0, resolve('resources/fonts')))
    const fontsMs = performance.now() - fonts
    const printing = performance.now()
    const page = await browser.newPage()
    await page.route(/^(?!data:)/, (route) => route.abort())
    try {
      await page.setContent(html, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true })
      const printMs = performance.now() - printing
      return {
        totalMs: performance.now() - started,
        htmlMs,
        fontsMs,
        printMs,
        bytes: pdf.length,
        pdf,
        htmlBytes: html.length,
      }
    } finally {
      await page.close()
    }
  }

  /** A stand-in for the board's picture: the printed map, REPORT_PICTURE_SIDE pixels wide. */
  async function standInPicture() {
    const page = await browser.newPage({ viewport: { width: 3_200, height: 1_400 } })
    try {
      await page.setContent(exporter.reportHtml(map, { ...options, sections: ['journey'] }))
      const png = await page.screenshot({ type: 'png' })
      return `data:image/png;base64,${png.toString('base64')}`
    } finally {
      await page.close()
    }
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

  try {
    const picture = await standInPicture()
    const rows = []
    for (const [label, image] of [
      ['every section but the board picture', undefined],
      ['with the board picture (3,200 px stand-in)', picture],
    ]) {
      await printOnce(image) // warm-up: Chromium's first page and font caches
      const timed = []
      for (let i = 0; i < runs; i++) timed.push(await printOnce(image))
      const last = timed.at(-1)
      const path = join(folder, 'report.pdf')
      writeFileSync(path, last.pdf)
      const pages = Number(
        /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? NaN,
      )
      rows.push({
        label,
        runs,
        medianMs: median(timed.map((t) => t.totalMs)),
        maxMs: Math.max(...timed.map((t) => t.totalMs)),
        htmlMs: median(timed.map((t) => t.htmlMs)),
        fontsMs: median(timed.map((t) => t.fontsMs)),
        printMs: median(timed.map((t) => t.printMs)),
        pages,
        pdfBytes: last.bytes,
        htmlBytes: last.htmlBytes,
      })
    }
    const results = {
      steps: STEPS,
      pageSize: 'A4 landscape',
      targetMs: TARGET_MS,
      browser: { path: executablePath, version: browser.version() },
      cpus: cpus().length,
      rows,
    }
    mkdirSync('bench/results', { recursive: true })
    writeFileSync('bench/results/pdf.json', `${JSON.stringify(results, null, 2)}\n`)
    console.log(
      `\nPDF report of a ${STEPS.toLocaleString('en-US')}-step map (${results.pageSize}, Chromium ${results.browser.version}, ${results.cpus} CPUs)`,
    )
    for (const line of pdfTable(results)) console.log(`  ${line}`)
  } finally {
    await browser.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The results as table lines, for this script and bench/run.mjs. */
export function pdfTable(results) {
  return results.rows.map((r) => {
    const verdict = r.medianMs <= results.targetMs ? 'ok' : 'MISS'
    return `${r.label.padEnd(44)} ${(r.medianMs / 1000).toFixed(2).padStart(6)} s median (max ${(r.maxMs / 1000).toFixed(2)} s; html ${Math.round(r.htmlMs)} ms, fonts ${Math.round(r.fontsMs)} ms, print ${Math.round(r.printMs)} ms) · ${r.pages} pages, ${(r.pdfBytes / 1e6).toFixed(1)} MB · target ${results.targetMs / 1000} s ${verdict}`
  })
}
