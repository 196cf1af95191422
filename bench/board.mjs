// The board benchmark: generated Customer journey boards of 1,000, 5,000 and 10,000 notes opened
// in the built web renderer in headless Chromium (software rendering, as CI), driven only as a
// user drives it — open a file, wheel, Ctrl+wheel, drag, Shift+click, keys — with real input
// events, one per frame. See bench/README.md for what each figure means.
//   node bench/board.mjs [--quick] [--counts=1000,5000]
// Writes bench/results/board.json. Exits non-zero only when the benchmark could not run at all.
/* global window, document -- page functions run in the browser */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { runnerImport } from 'vite'
import {
  board as boardLocator,
  boardBox,
  fitAll,
  hook,
  launchBrowser,
  openBoard,
  settle,
  startPage,
  VIEWPORT,
  zoomLevel,
  zoomTo,
} from './board/app.mjs'
import { notesOnScreen } from './board/screen.mjs'
import { ensureWebBuild, serveWeb } from './board/server.mjs'
import { TRACE_CATEGORIES, workPerInput } from './board/trace.mjs'

const argv = process.argv.slice(2)
const QUICK = argv.includes('--quick')
const COUNTS = (argv.find((a) => a.startsWith('--counts='))?.slice(9) ?? '1000,5000,10000')
  .split(',')
  .map(Number)
const FRAMES = QUICK ? 30 : 120
const KEYSTROKES = QUICK ? 30 : FRAMES
/** A row stops early (and says so) when the board is too slow to give all its frames in time. */
const ROW_BUDGET_MS = QUICK ? 20_000 : 60_000
const OUT = resolve('bench/results/board.json')
/** More than the app's recovery copy waits for (a one-second pause in input). */
const PAUSE_MS = 1500

export const ROWS = [
  ['pan-zoom-1', 'pan at zoom 1'],
  ['pan-fit', 'pan, zoomed out to fit'],
  ['zoom', 'zoom (Ctrl+wheel)'],
  ['drag-1', 'drag 1 note'],
  ['drag-50', 'drag 50 notes'],
  ['keystroke', 'keystroke in a note'],
]

/** p95 target in ms for a board of `count` notes, or null where the issue sets none. */
export function targetFor(count) {
  if (count <= 1_000) return 8
  if (count >= 10_000) return 16
  return null
}

function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return null
  const at = (q) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))]
  const round = (x) => Math.round(x * 100) / 100
  return { n: v.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(v[v.length - 1]) }
}

/**
 * Records one action: tracing on, inputs stamped in the page, `step(i)` sent and settled one
 * input per frame until `frames` inputs or the time budget; returns the figures.
 */
async function measure(browser, page, frames, step, { kind = 'frame' } = {}) {
  // A pause before each action, as people make between actions: what the app saves for a pause
  // (the recovery copy after an edit) happens here, not inside the action measured.
  await page.waitForTimeout(PAUSE_MS)
  await settle(page)
  await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  await page.evaluate(() => window.__jbBench.start())
  const started = Date.now()
  let sent = 0
  let cut = false
  for (let i = 0; i < frames; i++) {
    if (Date.now() - started > ROW_BUDGET_MS && sent >= 10) {
      cut = true
      break
    }
    await step(i)
    await settle(page)
    sent++
  }
  const record = await page.evaluate(() => window.__jbBench.stop())
  const trace = await browser.stopTracing()
  const { work, cpu, after, harness } = workPerInput(trace)
  const inputs = record.inputs
  const latency = inputs.filter((r) => r.painted > 0).map((r) => r.painted - r.at)
  return {
    kind,
    inputsSent: sent,
    inputsSeen: inputs.length,
    cutShort: cut ? `stopped after ${sent} inputs (${ROW_BUDGET_MS / 1000} s budget)` : null,
    work: stats(work),
    // The first input after the pause: what starting a gesture on a board at rest costs.
    firstWork: work.length > 0 ? Math.round(work[0] * 100) / 100 : null,
    cpu: cpu ? stats(cpu) : null,
    afterSettle: stats(after),
    harness: stats(harness),
    latencyToPaint: stats(latency),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  }
}

const na = (reason) => ({ na: reason })

/** The keys typed into a note, one per frame. */
const LETTERS = 'the kick-off call came too late '
const typeKey = (page, i) => {
  const key = LETTERS[i % LETTERS.length]
  return page.keyboard.press(key === ' ' ? 'Space' : key)
}

/**
 * A textarea like the note editor (a 160-unit note at 100 %, the same font, padding and
 * wrapping) alone on an empty page: what a key press costs the browser itself, before any app.
 */
const BARE_TEXTAREA = `<!doctype html><meta charset="utf-8"><title>bare textarea</title>
<body style="margin:0"><textarea dir="auto" spellcheck="true" style="position:absolute;left:640px;
top:370px;width:160px;height:160px;box-sizing:border-box;padding:14px;border:0;margin:0;
font:20px/1.25 system-ui,'Noto Sans',sans-serif;white-space:pre-wrap;overflow-wrap:anywhere;
overflow-y:auto;resize:none;outline:2px solid #4f46e5;background:#fff3a8"></textarea></body>`

/**
 * Opens `html` as the only thing on a page of its own, stamped like the app's pages
 * (instrument.js), runs `use(page)` on it and closes it.
 */
async function onBarePage(browser, name, html, use) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    await page.addInitScript({ path: resolve('bench/board/instrument.js') })
    const url = `http://bench.invalid/${name}`
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }))
    await page.goto(url)
    return await use(page)
  } finally {
    await context.close().catch(() => {})
  }
}

/** The keystroke row's reference: the same keys typed the same way into BARE_TEXTAREA. */
function bareTextareaRow(browser) {
  return onBarePage(browser, 'bare-textarea', BARE_TEXTAREA, async (page) => {
    await page.locator('textarea').click()
    const row = await measure(browser, page, KEYSTROKES, (i) => typeKey(page, i), {
      kind: 'keystroke',
    })
    const typed = await page.locator('textarea').inputValue()
    return typed.length === row.inputsSent
      ? row
      : na(`typed ${typed.length} of ${row.inputsSent} keys`)
  })
}

/**
 * The board's notes canvas and nothing else: a canvas of its size (the 1120 × 695 board area at
 * 1440 × 900, and 160 px past each side), where the board area is, with a thousand filled notes
 * drawn on it once, alone on an empty page. Each wheel event moves it, or with Ctrl scales it
 * around the pointer by the board's factor per event, with a CSS transform set in the next
 * animation frame — what the board does in a pan or zoom frame that draws nothing. Like the
 * board's, it always covers the board area: where the board would draw its canvas again (a pan
 * past the 160 px, a zoom past twice or below once the scale it was drawn at) it is set back by
 * that much instead, drawing nothing.
 */
const BARE_CANVAS = `<!doctype html><meta charset="utf-8"><title>bare canvas</title>
<body style="margin:0;overflow:hidden"><div style="position:absolute;left:0;top:205px;width:1120px;
height:695px;overflow:hidden"><canvas width="1440" height="1015" style="position:absolute;left:-160px;
top:-160px;will-change:transform;transform-origin:0 0"></canvas></div><script>
const canvas = document.querySelector('canvas')
const ctx = canvas.getContext('2d')
ctx.fillStyle = '#f4f4f5'
ctx.fillRect(0, 0, canvas.width, canvas.height)
ctx.font = '12px sans-serif'
for (let i = 0; i < 1000; i++) {
  const x = (i * 97) % 1380
  const y = (i * 53) % 950
  ctx.fillStyle = ['#fde68a', '#bfdbfe', '#fecaca', '#bbf7d0', '#e9d5ff', '#fed7aa'][i % 6]
  ctx.fillRect(x, y, 56, 56)
  ctx.fillStyle = '#1f2937'
  ctx.fillText('note ' + i, x + 4, y + 18)
}
// A pan's offset, within the 160 px past each side; a zoom's scale, between 1 and 2, around the
// pointer (the canvas's own pixels under it).
let x = 0
let y = 0
let k = 1
let at = { x: 0, y: 0 }
let pending = false
const wrap = (v) => ((((v + 160) % 320) + 320) % 320) - 160
addEventListener('wheel', (event) => {
  event.preventDefault()
  if (event.ctrlKey) {
    at = { x: event.clientX + 160, y: event.clientY - 205 + 160 }
    k *= Math.min(2, Math.max(0.5, Math.exp(-event.deltaY * 0.0025)))
    while (k > 2) k /= 2
    while (k < 1) k *= 2
  } else {
    x = wrap(x - event.deltaX)
    y = wrap(y - event.deltaY)
  }
  if (pending) return
  pending = true
  requestAnimationFrame(() => {
    pending = false
    canvas.style.transform = k === 1
      ? 'translate(' + Math.round(x) + 'px, ' + Math.round(y) + 'px)'
      : 'translate(' + at.x * (1 - k) + 'px, ' + at.y * (1 - k) + 'px) scale(' + k + ')'
  })
}, { passive: false })
</script></body>`

/** The pan and zoom rows' reference: the same wheel events sent the same way to BARE_CANVAS. */
function bareCanvasRows(browser) {
  return onBarePage(browser, 'bare-canvas', BARE_CANVAS, async (page) => {
    // Where the board's rows point: the board area's centre to pan, 80 and 40 px off it to zoom.
    await page.mouse.move(560, 552)
    const transform = () => page.evaluate(() => document.querySelector('canvas').style.transform)
    const pan = await measure(browser, page, FRAMES, (i) => panWheel(page, i))
    const panned = await transform()
    await page.mouse.move(640, 592)
    await page.keyboard.down('Control')
    const zoom = await measure(browser, page, FRAMES, (i) => zoomWheel(page, i))
    await page.keyboard.up('Control')
    const zoomed = await transform()
    return {
      pan: panned.startsWith('translate') ? pan : na(`the canvas did not move (${panned})`),
      zoom: zoomed.includes('scale') ? zoom : na(`the canvas was not scaled (${zoomed})`),
    }
  })
}

/** The wheel events of the pan rows: right, then back, a little up and down. */
const panWheel = (page, i) =>
  page.mouse.wheel(i < FRAMES / 2 ? 6 : -6, Math.round(4 * Math.sin(i / 6)))

/** The wheel events of the zoom row (Ctrl held): half the frames out, half back in. */
const zoomWheel = (page, i) => page.mouse.wheel(0, i < Math.floor(FRAMES / 2) ? 12 : -12)

/** The notes on screen now, read from a screenshot of the board. */
async function visibleNotes(page) {
  const box = await boardBox(page)
  return notesOnScreen(page, box)
}

const containsPoint = (rects, x, y) =>
  rects.some((r) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height)

async function undoOnce(page) {
  const undo = page.getByRole('button', { name: /Undo/ })
  if ((await undo.count()) > 0 && (await undo.first().isEnabled())) {
    await undo.first().click()
    await settle(page, 2)
  }
}

async function undoTitle(page) {
  const undo = page.getByRole('button', { name: /Undo/ })
  if ((await undo.count()) === 0) return null
  return `${await undo.first().getAttribute('title')}|${await undo.first().isEnabled()}`
}

/** Drags the note at `grab` right by ~400 px, one mouse move per frame, and measures it. */
async function dragRow(browser, page, grab, probe) {
  const step = Math.max(3, Math.ceil(400 / FRAMES))
  await page.mouse.move(grab.x, grab.y - 1)
  const before = await undoTitle(page)
  await page.mouse.move(grab.x, grab.y)
  await page.mouse.down()
  await page.mouse.move(grab.x + 2, grab.y + 1)
  await page.mouse.move(grab.x + 4, grab.y + 2)
  await settle(page)
  let x = grab.x + 4
  const result = await measure(browser, page, FRAMES, async (i) => {
    x += step
    await page.mouse.move(x, grab.y + 2 + Math.round(2 * Math.sin(i / 4)))
  })
  await page.mouse.up()
  await settle(page, 2)
  const after = await undoTitle(page)
  const notes = await visibleNotes(page)
  const moved = !containsPoint(notes, probe.x, probe.y)
  result.changedDocument = before !== after
  result.probeMoved = moved
  return result
}

async function runBoard(browser, url, generated) {
  const { count, text } = generated
  const out = { notes: count, fileMB: Math.round(text.length / 1e5) / 10, rows: {} }
  const page = await startPage(browser, url)
  try {
    const first = await openBoard(page, `bench-${count}.journey`, text, count)
    out.firstFrame =
      first.ms === null
        ? na(`the board did not show its notes within 180 s (outline lists ${first.listed})`)
        : { ms: Math.round(first.ms), outlineListed: first.listed }
    out.hookAtOpen = await hook(page)
    const box = await boardBox(page)
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const fitted = await zoomLevel(page)
    out.zoomAtOpen = fitted

    // Pan at zoom 1: two-finger scroll (wheel without Ctrl), one wheel event per frame.
    const z1 = await zoomTo(page, 1, centre)
    out.zoom1Reached = z1
    if (z1 === null || Math.abs(z1 - 1) > 0.05) {
      const reason = `could not reach zoom 1 with Ctrl+wheel (at ${z1})`
      out.rows['pan-zoom-1'] = na(reason)
    } else {
      await page.mouse.move(centre.x, centre.y)
      out.rows['pan-zoom-1'] = await measure(browser, page, FRAMES, (i) => panWheel(page, i))
    }

    // Drag 1 note at zoom 1: press on a note left of the centre, drag it right.
    {
      const notes = await visibleNotes(page)
      const aim = { x: box.x + box.width * 0.3, y: centre.y }
      const pick = notes
        .filter((n) => n.width > 40)
        .sort(
          (a, b) => Math.hypot(a.cx - aim.x, a.cy - aim.y) - Math.hypot(b.cx - aim.x, b.cy - aim.y),
        )[0]
      if (!pick) out.rows['drag-1'] = na('no note found on screen to grab')
      else {
        const row = await dragRow(
          browser,
          page,
          { x: pick.cx, y: pick.cy },
          { x: pick.cx, y: pick.cy },
        )
        if (!row.probeMoved)
          out.rows['drag-1'] = {
            ...na('the pressed note did not move (the drag panned or did nothing)'),
            measured: row,
          }
        else out.rows['drag-1'] = row
        if (row.changedDocument) await undoOnce(page)
      }
    }

    // Zoom: Ctrl+wheel around the pointer, half the frames out, half back in.
    {
      await zoomTo(page, 1, centre)
      await page.mouse.move(centre.x + 80, centre.y + 40)
      const before = await zoomLevel(page)
      await page.keyboard.down('Control')
      const row = await measure(browser, page, FRAMES, (i) => zoomWheel(page, i))
      await page.keyboard.up('Control')
      const after = await zoomLevel(page)
      row.zoomBeforeAfter = [before, after]
      out.rows.zoom = row
    }

    // Drag 50 notes at zoom 0.5: click one, Shift+click 49 more, drag them right.
    {
      const aim = { x: box.x + box.width * 0.3, y: centre.y }
      // Only notes the pointer can reach on the board itself: the minimap (a canvas of its own,
      // where a click moves the camera) and the zoom controls sit on top of the board's canvas,
      // and the selection toolbar appears along its top with the first click.
      const onCanvas = (n) =>
        page.evaluate(
          ([x, y]) => {
            const hit = document.elementFromPoint(x, y)
            return hit?.tagName === 'CANVAS' && hit.closest('.konvajs-content') !== null
          },
          [n.cx, n.cy],
        )
      let z = null
      let chosen = []
      // 50 %, or further out when fewer than 50 notes can be clicked there.
      for (const level of [0.5, 0.35]) {
        z = await zoomTo(page, level, centre)
        const seen = (await visibleNotes(page))
          .filter((n) => n.width > 16 && n.x > box.x + 4 && n.y > box.y + 80)
          .filter(
            (n) => n.x + n.width < box.x + box.width - 4 && n.y + n.height < box.y + box.height - 4,
          )
          .sort(
            (a, b) =>
              Math.hypot(a.cx - aim.x, a.cy - aim.y) - Math.hypot(b.cx - aim.x, b.cy - aim.y),
          )
        chosen = []
        for (const n of seen) {
          if (chosen.length === 50) break
          if (await onCanvas(n)) chosen.push(n)
        }
        if (chosen.length === 50) break
      }
      const t0 = Date.now()
      if (z === null || chosen.length < 50)
        out.rows['drag-50'] = na(`only ${chosen.length} notes can be clicked at zoom ${z}`)
      else {
        // Each note is looked at again just before its click: the selection toolbar, shown
        // above the notes selected so far, moves as they grow and can come to lie over the next
        // one. A covered note gives way to the next nearest one the pointer can reach.
        const spare = (await visibleNotes(page)).filter(
          (n) =>
            n.width > 16 &&
            n.x > box.x + 4 &&
            n.y > box.y + 80 &&
            n.x + n.width < box.x + box.width - 4 &&
            n.y + n.height < box.y + box.height - 4 &&
            !chosen.some((c) => c.cx === n.cx && c.cy === n.cy),
        )
        const queue = [...chosen, ...spare]
        chosen = []
        for (const n of queue) {
          if (chosen.length === 50) break
          if (chosen.length > 0 && !(await onCanvas(n))) continue
          if (chosen.length === 1) await page.keyboard.down('Shift')
          await page.mouse.click(n.cx, n.cy)
          await settle(page)
          chosen.push(n)
        }
        await page.keyboard.up('Shift')
        if (chosen.length < 50)
          out.rows['drag-50'] = na(`only ${chosen.length} notes clear of the toolbar at zoom ${z}`)
      }
      if (chosen.length === 50 && !out.rows['drag-50']) {
        const selectSeconds = Math.round((Date.now() - t0) / 100) / 10
        const leftmost = [...chosen].sort((a, b) => a.cx - b.cx)[0]
        const grab = chosen[0] === leftmost ? chosen[1] : chosen[0]
        const row = await dragRow(
          browser,
          page,
          { x: grab.cx, y: grab.cy },
          { x: leftmost.cx, y: leftmost.cy },
        )
        row.selectSeconds = selectSeconds
        row.zoom = z
        if (!row.probeMoved)
          out.rows['drag-50'] = {
            ...na(
              'Shift+click does not add to the selection (a selected note that was not pressed stayed put)',
            ),
            measured: row,
          }
        else out.rows['drag-50'] = row
        if (row.changedDocument) await undoOnce(page)
      }
    }

    // Pan zoomed out to fit all.
    {
      const how = await fitAll(page)
      const z = await zoomLevel(page)
      if (!how) out.rows['pan-fit'] = na('neither Shift+1 nor a Fit button fits the board')
      else {
        await page.mouse.move(centre.x, centre.y)
        const row = await measure(browser, page, FRAMES, (i) => panWheel(page, i))
        row.fitBy = how
        row.zoom = z
        out.rows['pan-fit'] = row
      }
    }

    // Keystroke latency: double-click a note at zoom 1 to edit it, type one key per frame.
    {
      await zoomTo(page, 1, centre)
      const notes = await visibleNotes(page)
      const pick = notes
        .filter((n) => n.width > 40)
        .sort(
          (a, b) =>
            Math.hypot(a.cx - centre.x, a.cy - centre.y) -
            Math.hypot(b.cx - centre.x, b.cy - centre.y),
        )[0]
      let editing = false
      if (pick) {
        await page.mouse.dblclick(pick.cx, pick.cy)
        await settle(page, 2)
        editing = await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA')
      }
      if (!editing) {
        await boardLocator(page).focus()
        await page.keyboard.press('n')
        await settle(page, 2)
        editing = await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA')
      }
      if (!editing) out.rows.keystroke = na('no note editor opened (double-click on a note, or N)')
      else {
        const row = await measure(browser, page, KEYSTROKES, (i) => typeKey(page, i), {
          kind: 'keystroke',
        })
        out.rows.keystroke = row
        await page.keyboard.press('Escape')
      }
    }
    out.hookAtEnd = await hook(page)
  } catch (error) {
    await page.screenshot({ path: `bench/results/board-${count}-failure.png` }).catch(() => {})
    throw error
  } finally {
    await page
      .context()
      .close()
      .catch(() => {})
  }
  return out
}

function fmt(row, count) {
  const none = { cpu: '', target: '', verdict: '', extra: '' }
  if (!row) return { ...none, figure: 'n/a (not run)' }
  if (row.na) return { ...none, figure: `n/a (${row.na})` }
  const target = targetFor(count)
  const s = row.work
  if (!s) return { ...none, figure: 'n/a (no frames recorded)' }
  const miss = target !== null && s.p95 > target
  const cut = row.cutShort ? ` [${s.n} inputs]` : ''
  return {
    figure: `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}${cut}`,
    cpu: row.cpu ? `${row.cpu.median.toFixed(1)} / ${row.cpu.p95.toFixed(1)}` : '–',
    target: target === null ? '–' : `≤ ${target}`,
    verdict: target === null ? '' : miss ? 'MISS' : 'ok',
    extra:
      row.kind === 'keystroke' && row.latencyToPaint
        ? `key→paint p95 ${row.latencyToPaint.p95}`
        : '',
  }
}

/** The board results as printable lines. */
export function boardTable(results) {
  const lines = []
  const running = (cpu) => (cpu ? ` (running ${cpu.median} / ${cpu.p95})` : '')
  if (results.floor?.work)
    lines.push(
      `Harness floor (idle page): ${results.floor.work.median} / ${results.floor.work.p95} ms median / p95${running(results.floor.cpu)} — included in every figure below`,
    )
  if (results.floor?.harness)
    lines.push(
      `Harness's DevTools calls (settle): ${results.floor.harness.median} / ${results.floor.harness.p95} ms median / p95 per input — counted apart, in no figure below`,
    )
  const bare = results.bareTextarea?.work
  if (bare)
    lines.push(
      `A bare textarea on an empty page, typed into the same way: ${bare.median} / ${bare.p95} ms median / p95 per key${running(results.bareTextarea.cpu)} — the browser's own part of every keystroke row`,
    )
  const canvas = results.bareCanvas
  if (canvas?.pan?.work && canvas?.zoom?.work)
    lines.push(
      `A bare canvas on an empty page, moved by a CSS transform per wheel event: pan ${canvas.pan.work.median} / ${canvas.pan.work.p95}${running(canvas.pan.cpu)}, zoom ${canvas.zoom.work.median} / ${canvas.zoom.work.p95}${running(canvas.zoom.cpu)} ms median / p95 — the browser's own part of a pan or zoom frame`,
    )
  lines.push(
    "ms per frame: the page's main-thread tasks per input, median / p95 (the figure the targets apply to); of it running: the same tasks' thread time, without waiting for a core",
  )
  const w = [26, 24, 18, 8, 6]
  const line = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(w[i] ?? 0))
      .join(' ')
      .trimEnd()
  for (const b of results.boards) {
    if (b.error) {
      lines.push(`${b.notes.toLocaleString('en')} notes: could not run — ${b.error}`)
      continue
    }
    const ff = b.firstFrame?.na ? `n/a (${b.firstFrame.na})` : `${b.firstFrame.ms} ms`
    lines.push(`Board, ${b.notes.toLocaleString('en')} notes (${b.fileMB} MB): first frame ${ff}`)
    lines.push(line(['  action', 'ms per frame', 'of it running', 'target', '']))
    for (const [key, label] of ROWS) {
      const f = fmt(b.rows[key], b.notes)
      lines.push(line([`  ${label}`, f.figure, f.cpu, f.target, f.verdict, f.extra]))
    }
  }
  return lines
}

async function main() {
  const started = new Date()
  let server
  let browser
  const results = {
    date: started.toISOString(),
    quick: QUICK,
    framesPerRow: FRAMES,
    keystrokes: KEYSTROKES,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    node: process.version,
    viewport: { width: 1440, height: 900 },
    targets: { 1000: 8, 10000: 16, metric: 'p95 of main-thread work per frame, ms' },
    boards: [],
  }
  try {
    const built = ensureWebBuild()
    results.webBuild = built ? 'built for this run' : 'out/web up to date'
    const { module: gen } = await runnerImport(resolve('bench/board/generate.ts'), {
      configFile: false,
      logLevel: 'error',
    })
    server = await serveWeb()
    const launched = await launchBrowser()
    browser = launched.browser
    results.browser = { executable: launched.executablePath, version: browser.version() }
    // The harness's own cost: the same stamping and settling on the start screen, where a wheel
    // event does nothing.
    {
      const page = await startPage(browser, server.url)
      await page.mouse.move(700, 300)
      const row = await measure(browser, page, 60, () => page.mouse.wheel(0, 1))
      results.floor = {
        work: row.work,
        cpu: row.cpu,
        afterSettle: row.afterSettle,
        harness: row.harness,
      }
      await page.context().close()
    }
    results.bareTextarea = await bareTextareaRow(browser)
    results.bareCanvas = await bareCanvasRows(browser)
    for (const count of COUNTS) {
      const t = Date.now()
      process.stdout.write(`board bench: ${count.toLocaleString('en')} notes… `)
      try {
        const generated = gen.journeyBoard(count)
        const result = await runBoard(browser, server.url, generated)
        result.seconds = Math.round((Date.now() - t) / 1000)
        results.boards.push(result)
        console.log(`done in ${result.seconds} s`)
      } catch (error) {
        console.log('failed')
        console.error(error)
        console.error(`(what the page showed: bench/results/board-${count}-failure.png)`)
        results.boards.push({ notes: count, error: String(error?.message ?? error).split('\n')[0] })
      }
    }
  } finally {
    await browser?.close()
    await server?.close()
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`)
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const results = await main()
    console.log('')
    for (const l of boardTable(results)) console.log(l)
    console.log(`\nWritten to ${OUT}`)
    process.exit(results.boards.some((b) => b.error) || results.boards.length === 0 ? 1 : 0)
  } catch (error) {
    console.error(error)
    process.exit(1)
  }
}
