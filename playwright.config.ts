// End-to-end tests: the built renderer (out/web, served by `vite preview`) with the browser Host,
// driven in Chromium. `npm run test:e2e` builds first; scripts/ensure-browser.mjs points
// JOURNEYBOARD_BROWSER at a Chromium when Playwright's own is not installed.
import { defineConfig } from '@playwright/test'

const executablePath = process.env.JOURNEYBOARD_BROWSER || '/usr/bin/chromium'
const ci = Boolean(process.env.CI)

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  fullyParallel: false,
  workers: ci ? 1 : 2,
  retries: 0,
  forbidOnly: ci,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'npx vite preview --config vite.web.config.ts',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !ci,
    timeout: 60_000,
  },
})
