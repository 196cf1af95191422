// `npm run bench`: the document benchmarks (vitest bench → bench/results/document.json), the
// board benchmark in headless Chromium (bench/board.mjs → bench/results/board.json) and the PDF
// benchmark (bench/pdf.mjs → bench/results/pdf.json), then one combined table. Targets are reported, never asserted: the exit code is non-zero only when a
// benchmark could not run.
//   npm run bench                 full run (120 frames per board row, about 10 minutes)
//   npm run bench -- --quick      smoke run (30 frames per row)
//   npm run bench -- --counts=1000   only some board sizes (with or without --quick)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const args = process.argv.slice(2)
mkdirSync('bench/results', { recursive: true })
const failures = []

const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'bench',
    '--run',
    '--config',
    'vitest.bench.config.ts',
    '--outputJson',
    'bench/results/document.json',
  ],
  { stdio: 'inherit' },
)
if (vitest.status !== 0) failures.push(`document benchmarks (vitest exited ${vitest.status})`)

const boardArgs = args.filter((a) => a === '--quick' || a.startsWith('--counts='))
const boardRun = spawnSync(process.execPath, ['bench/board.mjs', ...boardArgs], {
  stdio: 'inherit',
})
if (boardRun.status !== 0) failures.push(`board benchmark (exited ${boardRun.status})`)

// One table of everything this run measured.
console.log('\n══ Journeyboard benchmarks ══')
const documentJson = 'bench/results/document.json'
if (vitest.status === 0 && existsSync(documentJson)) {
  const report = JSON.parse(readFileSync(documentJson, 'utf8'))
  console.log('\nDocument (Node, ms per call: mean / p99)')
  for (const file of report.files ?? [])
    for (const group of file.groups ?? []) {
      const name = group.fullName.replace(/^.*? > /, '')
      for (const b of group.benchmarks ?? [])
        console.log(
          `  ${`${name} · ${b.name}`.padEnd(70)} ${b.mean.toFixed(2).padStart(9)} / ${b.p99.toFixed(2)}`,
        )
    }
}
const boardJson = 'bench/results/board.json'
if (existsSync(boardJson)) {
  const { boardTable } = await import('./board.mjs')
  const results = JSON.parse(readFileSync(boardJson, 'utf8'))
  console.log(
    `\nBoard (headless Chromium ${results.browser?.version ?? '?'}, software rendering, ${results.cpus} CPUs, ${results.framesPerRow} frames per row${results.quick ? ', quick' : ''})`,
  )
  for (const line of boardTable(results)) console.log(`  ${line}`)
  console.log(
    '\n  MISS = p95 over the target; n/a = the step cannot be done with the current UI (reason given).',
  )
}
// The PDF report of a 1,000-step map, printed by Chromium; it prints its own lines of the table.
const pdfRun = spawnSync(
  process.execPath,
  ['bench/pdf.mjs', ...args.filter((a) => a === '--quick')],
  { stdio: 'inherit' },
)
if (pdfRun.status !== 0) failures.push(`PDF benchmark (exited ${pdfRun.status})`)
if (failures.length) {
  console.error(`\nCould not run: ${failures.join('; ')}`)
  process.exit(1)
}
