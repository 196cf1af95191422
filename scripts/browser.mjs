// Finds the Chromium the end-to-end tests and benchmarks drive, in this order: Playwright's own
// browser, $CHROMIUM_PATH, /usr/bin/chromium. Where none exists and we run as root on Debian, it
// installs Debian's chromium; otherwise it stops with a one-line instruction.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** The first browser that exists, or null. */
export function findBrowser(env = process.env) {
  const candidates = []
  try {
    candidates.push(chromium.executablePath())
  } catch {
    // Playwright does not know a browser for this platform.
  }
  if (env.CHROMIUM_PATH) candidates.push(env.CHROMIUM_PATH)
  candidates.push('/usr/bin/chromium')
  return candidates.find((path) => path && existsSync(path)) ?? null
}

/** Finds a browser, installing Debian's chromium when that is possible; exits when it is not. */
export function ensureBrowser() {
  const found = findBrowser()
  if (found) return found
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (root && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian’s chromium package…')
    const apt = (args) =>
      execFileSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      })
    apt(['update', '-qq'])
    apt(['install', '-y', '-qq', 'chromium'])
    const installed = findBrowser()
    if (installed) return installed
  }
  console.error(
    'No Chromium for the tests: install Chromium (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  )
  process.exit(1)
}
