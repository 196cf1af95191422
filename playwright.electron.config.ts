// Playwright for the Electron app itself (`npx playwright test -c playwright.electron.config.ts`
// after `npm run build`). Runs only where the Electron binary is installed; elsewhere the tests
// report themselves as skipped.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/electron',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
})
