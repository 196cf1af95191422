// `npm test`: unit tests in Node, then the end-to-end tests in Chromium against the built renderer
// (browser Host), then the Electron tests, which report themselves skipped where the Electron
// binary is not installed. Stops at the first suite that fails.
import { spawnSync } from 'node:child_process'
import { ensureBrowser } from './browser.mjs'

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit code ${result.status ?? result.signal}).`)
    process.exit(result.status || 1)
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
// The PDF tests among the unit tests print with Chromium too, so the browser comes first.
const browser = ensureBrowser()
run('Unit tests (Node)', npx, ['vitest', 'run'], { JOURNEYBOARD_BROWSER: browser })
run('Build the renderer for the browser', npx, [
  'vite',
  'build',
  '--config',
  'vite.web.config.ts',
  '--logLevel',
  'warn',
])
run(`End-to-end tests (Chromium: ${browser})`, npx, ['playwright', 'test'], {
  JOURNEYBOARD_BROWSER: browser,
})
run('Electron tests (skipped where the Electron binary is missing)', npx, [
  'playwright',
  'test',
  '--config',
  'playwright.electron.config.ts',
])
