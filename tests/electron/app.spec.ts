// The built Electron app, launched as a user would: the start screen appears, and the window is
// locked down (sandboxed, isolated, no Node in the page). Skipped where Electron is not installed.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const electronBinary = installedElectron()

/**
 * The Electron executable the `electron` package points at, or null when it is not installed.
 * Mirrors the package's own lookup without `require('electron')`, which would try to download
 * the binary when it is missing.
 */
function installedElectron(): string | null {
  try {
    const packageDir = dirname(
      createRequire(join(root, 'package.json')).resolve('electron/package.json'),
    )
    const pathFile = join(packageDir, 'path.txt')
    const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
    const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(packageDir, 'dist')
    const binary = join(distDir, executable)
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

let app: ElectronApplication

test.beforeAll(async () => {
  test.skip(
    electronBinary === null,
    'Electron binary not installed: node_modules/electron has no dist/ executable (offline install).',
  )
  test.skip(
    !existsSync(join(root, 'out', 'main', 'index.js')),
    'App not built: run `npm run build` first.',
  )
  app = await electron.launch({
    executablePath: electronBinary ?? undefined,
    args: [join(root, 'out', 'main', 'index.js')],
    cwd: root,
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  })
})

test.afterAll(async () => {
  await app?.close()
})

test('the start screen offers a new map', async () => {
  const window = await app.firstWindow()
  await expect(window.getByRole('button', { name: /New map/ })).toBeVisible()
  await expect(window).toHaveTitle(/Journeyboard/)
})

test('the window is sandboxed and isolated, with only the Host exposed', async () => {
  const window = await app.firstWindow()
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const [first] = BrowserWindow.getAllWindows()
    const prefs = (
      first?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }
    ).getLastWebPreferences()
    return {
      contextIsolation: prefs['contextIsolation'],
      sandbox: prefs['sandbox'],
      nodeIntegration: prefs['nodeIntegration'],
      webSecurity: prefs['webSecurity'],
      webviewTag: prefs['webviewTag'],
    }
  })
  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
  })
  const page = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    host: Object.keys((globalThis as { journeyboard?: object }).journeyboard ?? {}).sort(),
  }))
  expect(page.require).toBe('undefined')
  expect(page.process).toBe('undefined')
  expect(page.host).toContain('openDialog')
  expect(page.host).not.toContain('invoke')
})

test('the page cannot open other windows or navigate away', async () => {
  const window = await app.firstWindow()
  await window.evaluate(() => {
    ;(globalThis as unknown as { open(url: string): unknown }).open('https://example.com/')
  })
  expect(app.windows()).toHaveLength(1)
  const before = window.url()
  await window
    .evaluate(() => {
      ;(globalThis as unknown as { location: { href: string } }).location.href =
        'https://example.com/'
    })
    .catch(() => undefined)
  await window.waitForTimeout(300)
  expect(window.url()).toBe(before)
})
