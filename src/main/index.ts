// The Electron main process: one instance per user, a window per map, the Host's IPC handlers,
// the native menu, and the app-wide security settings (CSP, permissions, no navigation).
import { app, dialog, ipcMain, session, type WebContents } from 'electron'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { mapPathsFromArgv } from './commandLine'
import { contentSecurityPolicy } from '../shared/csp'
import { electronDialogs } from './dialogs'
import { ElectronSettingsStore } from './electronSettings'
import { appSenderCheck, KnownPaths, registerHostHandlers } from './ipcHandlers'
import { installMenu } from './menu'
import type { MenuAction, MenuPlatform } from './menuTemplate'
import { printHtmlToPdf } from './pdfWindow'
import { RecentFiles } from './services/recentFiles'
import { RecoveryJournal } from './services/recoveryJournal'
import { DocumentWindows } from './window'
import { APP_NAME } from './windowTitle'

/** Permissions a document window may use; every other request is denied. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'fullscreen'])

const platform = toMenuPlatform(process.platform)
const isDev = !app.isPackaged
const devServerUrl = isDev ? process.env['ELECTRON_RENDERER_URL'] || null : null
const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

app.setName(APP_NAME)
app.enableSandbox()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  start()
}

function start(): void {
  /** Maps asked for before the app was ready (command line, macOS open-file). */
  const waiting = mapPathsFromArgv(process.argv, process.cwd())
  let windows: DocumentWindows | null = null
  let quitting = false

  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (windows === null) waiting.push(path)
    else windows.openFile(path)
  })

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (windows === null) return
    const paths = mapPathsFromArgv(argv, workingDirectory)
    if (paths.length === 0) windows.focusAny()
    for (const path of paths) windows.openFile(path)
  })

  app.on('web-contents-created', (_event, contents) => lockDown(contents))

  app.on('before-quit', () => {
    quitting = true
  })

  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit()
  })

  void app.whenReady().then(() => {
    const settings = new ElectronSettingsStore()
    const journal = new RecoveryJournal(join(app.getPath('userData'), 'recovery'))
    const recent = new RecentFiles(settings)
    const knownPaths = new KnownPaths()
    const open = new DocumentWindows({
      preloadPath,
      rendererFile,
      devServerUrl,
      settings,
      journal,
      knownPaths,
      platform,
      onCloseCancelled: () => {
        quitting = false
      },
      onClosed: () => {
        // A window that asked about unsaved changes held the quit up; carry on with it.
        if (quitting && open.count > 0) app.quit()
      },
    })
    windows = open

    secureSession(open)

    const rebuildMenu = (): void =>
      installMenu({ platform, isDev, recentFiles: () => recent.list(), run: runMenuAction })
    const runMenuAction = (action: MenuAction): void => {
      switch (action.kind) {
        case 'command':
          if (action.command.id === 'help.about') {
            void dialog.showMessageBox({
              type: 'info',
              title: `About ${APP_NAME}`,
              message: `${APP_NAME} ${app.getVersion()}`,
              detail:
                'Turns a workshop’s sticky notes into a customer-journey map with owners, deadlines ' +
                'and a PDF. Works offline; your maps are .journey files you own.\n\n' +
                `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
            })
            return
          }
          if (action.command.id === 'file.openRecent' && action.command.file.path !== null) {
            knownPaths.allow(action.command.file.path)
          }
          return open.dispatch(action.command)
        case 'clearRecent':
          recent.clear()
          if (platform !== 'linux') app.clearRecentDocuments()
          return rebuildMenu()
        case 'toggleDevTools':
          return open.focused()?.webContents.toggleDevTools()
      }
    }

    registerHostHandlers(ipcMain, {
      dialogs: electronDialogs,
      journal,
      recent,
      settings,
      windows: open,
      knownPaths,
      isTrustedSender: appSenderCheck({
        rendererUrl: pathToFileURL(rendererFile).href,
        devServerUrl,
      }),
      printToPdf: printHtmlToPdf,
      onRecentFilesChanged: () => {
        const latest = recent.list()[0]?.file.path
        if (latest && platform !== 'linux') app.addRecentDocument(latest)
        rebuildMenu()
      },
    })
    rebuildMenu()

    app.on('activate', () => {
      if (open.count === 0) open.open()
    })

    const paths = waiting.splice(0)
    if (paths.length === 0) open.open()
    for (const path of paths) open.open({ file: path })
  })
}

/** The default session: the CSP header on every response, and permissions denied by default. */
function secureSession(windows: DocumentWindows): void {
  const policy = contentSecurityPolicy(devServerUrl)
  const defaultSession = session.defaultSession
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    )
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } })
  })
  defaultSession.setPermissionRequestHandler((contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && windows.owns(contents))
  })
  defaultSession.setPermissionCheckHandler((contents, permission) => {
    return ALLOWED_PERMISSIONS.has(permission) && windows.owns(contents)
  })
}

/** For every web contents the app creates: no navigation, no pop-ups, no webviews. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

function toMenuPlatform(value: NodeJS.Platform): MenuPlatform {
  return value === 'darwin' || value === 'win32' ? value : 'linux'
}
