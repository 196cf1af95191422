// `npm run bench`: runs every benchmark, prints the tables and writes the figures to
// bench/results/ as JSON.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

mkdirSync('bench/results', { recursive: true })
const result = spawnSync(
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
process.exit(result.status ?? 1)
