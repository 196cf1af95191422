// The Host contract (tests/contract/hostContract.ts), run in Chromium against the browser host
// with files in the origin private file system.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'

interface ContractPage {
  JourneyboardContract: {
    caseNames: string[]
    runCase(name: string): Promise<{ ok: boolean; message: string }>
  }
}

// The case list is read from the source, so each case is its own Playwright test.
const source = readFileSync(resolve('tests/contract/hostContract.ts'), 'utf8')
const names = [...source.matchAll(/^ {4}name: '([^']+)',$/gm)].map((m) => m[1] ?? '')

// The bundle is injected as a script tag, which the app's CSP would refuse.
test.use({ bypassCSP: true })

test.describe('browser host contract', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/')
    await page.addScriptTag({ path: resolve('out/contract/contract.js') })
  })

  test('the spec knows every case of the suite', async ({ page }) => {
    const inPage = await page.evaluate(
      () => (globalThis as unknown as ContractPage).JourneyboardContract.caseNames,
    )
    expect(names).toEqual(inPage)
  })

  for (const name of names) {
    test(name, async ({ page }) => {
      const outcome = await page.evaluate(
        (caseName) =>
          (globalThis as unknown as ContractPage).JourneyboardContract.runCase(caseName),
        name,
      )
      expect(outcome.message).toBe('')
      expect(outcome.ok).toBe(true)
    })
  }
})
