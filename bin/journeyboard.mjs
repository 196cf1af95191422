#!/usr/bin/env node
// The journeyboard command line (docs/cli.md). The TypeScript in src/cli is built into
// out/cli/journeyboard.mjs by `npm run cli` (or `npx vite build --config src/cli/vite.config.ts`).
import { existsSync } from 'node:fs'

const built = new URL('../out/cli/journeyboard.mjs', import.meta.url)
if (!existsSync(built)) {
  process.stderr.write(
    'journeyboard: the command line is not built yet; run "npm run cli" in the Journeyboard folder first.\n',
  )
  process.exit(2)
}
const { main } = await import(built.href)
process.exitCode = await main(process.argv.slice(2))
