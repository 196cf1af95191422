// Document windows: one BrowserWindow per map, locked down (sandboxed, isolated, no navigation,
// no pop-ups, no webviews), with the title bar and unsaved marker the renderer reports, the
// Save / Don't Save / Cancel question on close, and the window's size and place remembered.
import { BrowserWindow, dialog, screen, type WebContents } from 'electron'
import type { DocumentState, MenuCommand } from '../shared/host/host'
import { MENU_COMMAND_EVENT, type NativeEditCommand } from '../shared/host/ipc'
import { fileRefFor, type HostWindowsLike, type JournalLike, type KnownPaths } from './ipcHandlers'
import type { MenuPlatform } from './menuTemplate'
import type { SettingsStore } from './services/settings'
import {
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  restoreBounds,
  type WindowBounds,
} from './services/windowBounds'
import { APP_NAME, windowTitle } from './windowTitle'

export const WINDOW_BOUNDS_KEY = 'windowBounds'
const DEFAULT_SIZE = { width: 1440, height: 900 }
const SAVE_BOUNDS_AFTER_MS = 500
/** How far each new window is moved from the one in front, so both stay visible. */
const CASCADE_OFFSET = 28

export interface DocumentWindowsOptions {
  readonly preloadPath: string
  /** The built renderer page (production). */
  readonly rendererFile: string
  /** The renderer dev server (development); takes precedence over `rendererFile`. */
  readonly devServerUrl: string | null
  readonly settings: SettingsStore
  readonly journal: Pick<JournalLike, 'discard'>
  readonly knownPaths: KnownPaths
  readonly platform: MenuPlatform
  /** The user chose Cancel when asked about unsaved changes (so a quit stops). */
  readonly onCloseCancelled?: () => void
  /** A window has closed. */
  readonly onClosed?: () => void
}

interface DocumentWindow {
  readonly window: BrowserWindow
  state: DocumentState | null
  /** The map this window was opened for; handed to the renderer once. */
  initialFile: string | null
  /** Commands to send once the page has loaded. */
  pending: MenuCommand[]
  loaded: boolean
  /** Set once the user has answered the unsaved-changes question (or there was nothing to ask). */
  closeConfirmed: boolean
  asking: boolean
}

export class DocumentWindows implements HostWindowsLike {
  readonly #options: DocumentWindowsOptions
  readonly #entries = new Map<WebContents, DocumentWindow>()
  #lastFocused: DocumentWindow | null = null

  constructor(options: DocumentWindowsOptions) {
    this.#options = options
  }

  get count(): number {
    return this.#entries.size
  }

  /** Whether `contents` belongs to one of the document windows. */
  owns(contents: WebContents | null): boolean {
    return contents !== null && this.#entries.has(contents)
  }

  /** The window a menu command is for: the focused document window, else the last one used. */
  focused(): BrowserWindow | null {
    const focused = BrowserWindow.getFocusedWindow()
    if (focused !== null && this.#entries.has(focused.webContents)) return focused
    const last = this.#lastFocused
    return last !== null && !last.window.isDestroyed() ? last.window : null
  }

  /** Open a new window, optionally for a map file and with commands for it once loaded. */
  open(options: { file?: string | null; commands?: readonly MenuCommand[] } = {}): BrowserWindow {
    const { settings, platform } = this.#options
    const saved = this.#besideFront() ?? settings.get(WINDOW_BOUNDS_KEY)
    const bounds = restoreBounds(saved, this.#displays(), DEFAULT_SIZE)
    const window = new BrowserWindow({
      x: bounds.x,
      y: bounds.y,
      width: bounds.width,
      height: bounds.height,
      minWidth: MIN_WINDOW_WIDTH,
      minHeight: MIN_WINDOW_HEIGHT,
      show: false,
      title: APP_NAME,
      backgroundColor: '#f6f5f1',
      ...(platform === 'darwin' ? { tabbingIdentifier: 'journeyboard' } : {}),
      webPreferences: {
        preload: this.#options.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: true,
      },
    })
    const file = options.file ?? null
    if (file !== null) this.#options.knownPaths.allow(file)
    const entry: DocumentWindow = {
      window,
      state: null,
      initialFile: file,
      pending: [...(options.commands ?? [])],
      loaded: false,
      closeConfirmed: false,
      asking: false,
    }
    const contents = window.webContents
    this.#entries.set(contents, entry)
    this.#lastFocused = entry
    this.#lockDown(contents)
    this.#trackBounds(window)

    window.once('ready-to-show', () => {
      if (bounds.maximized) window.maximize()
      window.show()
    })
    window.on('focus', () => {
      this.#lastFocused = entry
    })
    window.on('page-title-updated', (event) => event.preventDefault())
    window.on('close', (event) => this.#onClose(entry, event))
    window.on('closed', () => {
      this.#entries.delete(contents)
      if (this.#lastFocused === entry) this.#lastFocused = null
      this.#options.onClosed?.()
    })
    contents.on('did-finish-load', () => {
      entry.loaded = true
      this.#flush(entry)
    })
    contents.on('render-process-gone', (_event, details) => {
      if (details.reason !== 'clean-exit') void this.#offerReload(entry)
    })

    if (this.#options.devServerUrl !== null) void window.loadURL(this.#options.devServerUrl)
    else void window.loadFile(this.#options.rendererFile)
    return window
  }

  /**
   * Show a map from the command line, the Finder or a second instance: in a window still on its
   * start screen if there is one, otherwise in a new window.
   */
  openFile(path: string): void {
    this.#options.knownPaths.allow(path)
    const idle = [...this.#entries.values()].find((entry) => isIdle(entry))
    if (idle === undefined) {
      this.open({ file: path })
      return
    }
    this.#send(idle, { id: 'file.openRecent', file: fileRefFor(path) })
    focus(idle.window)
  }

  /** Send a menu command to the focused window; with no window, open one for it. */
  dispatch(command: MenuCommand): void {
    const window = this.focused()
    const entry = window === null ? undefined : this.#entries.get(window.webContents)
    if (entry === undefined) {
      this.open({ commands: command.id === 'file.new' ? [] : [command] })
      return
    }
    this.#send(entry, command)
  }

  /** Bring a window to the front (a second instance was started without maps). */
  focusAny(): void {
    const window = this.focused()
    if (window === null) this.open()
    else focus(window)
  }

  setDocumentState(sender: unknown, state: DocumentState): void {
    const entry = this.#entryOf(sender)
    if (entry === undefined) return
    entry.state = state
    entry.window.setTitle(windowTitle(state, this.#options.platform))
    if (this.#options.platform === 'darwin') entry.window.setDocumentEdited(state.dirty)
  }

  close(sender: unknown): void {
    const entry = this.#entryOf(sender)
    if (entry === undefined) return
    entry.closeConfirmed = true
    entry.window.close()
  }

  nativeEdit(sender: unknown, command: NativeEditCommand): void {
    const contents = this.#entryOf(sender)?.window.webContents
    if (contents === undefined) return
    switch (command) {
      case 'edit.undo':
        return contents.undo()
      case 'edit.redo':
        return contents.redo()
      case 'edit.cut':
        return contents.cut()
      case 'edit.copy':
        return contents.copy()
      case 'edit.paste':
        return contents.paste()
      case 'edit.delete':
        return contents.delete()
      case 'edit.selectAll':
        return contents.selectAll()
    }
  }

  takeInitialFile(sender: unknown): string | null {
    const entry = this.#entryOf(sender)
    if (entry === undefined) return null
    const file = entry.initialFile
    entry.initialFile = null
    return file
  }

  #entryOf(sender: unknown): DocumentWindow | undefined {
    const entry = this.#entries.get(sender as WebContents)
    return entry === undefined || entry.window.isDestroyed() ? undefined : entry
  }

  #send(entry: DocumentWindow, command: MenuCommand): void {
    entry.pending.push(command)
    if (entry.loaded) this.#flush(entry)
  }

  /** Hand the page its map and any waiting commands (the preload queues them until subscribed). */
  #flush(entry: DocumentWindow): void {
    const contents = entry.window.webContents
    if (entry.initialFile !== null) {
      const file = fileRefFor(entry.initialFile)
      entry.initialFile = null
      contents.send(MENU_COMMAND_EVENT, { id: 'file.openRecent', file } satisfies MenuCommand)
    }
    for (const command of entry.pending.splice(0)) contents.send(MENU_COMMAND_EVENT, command)
  }

  #lockDown(contents: WebContents): void {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  }

  #onClose(entry: DocumentWindow, event: Electron.Event): void {
    this.#saveBounds(entry.window)
    if (entry.closeConfirmed || entry.state?.dirty !== true) return
    event.preventDefault()
    if (entry.asking) return
    entry.asking = true
    void this.#askToSave(entry).finally(() => {
      entry.asking = false
    })
  }

  async #askToSave(entry: DocumentWindow): Promise<void> {
    const state = entry.state
    const name = state?.fileName ?? (state?.title.trim() || 'Untitled map')
    focus(entry.window)
    const { response } = await dialog.showMessageBox(entry.window, {
      type: 'warning',
      message: `Do you want to save the changes you made to “${name}”?`,
      detail: 'Your changes will be lost if you don’t save them.',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    })
    if (entry.window.isDestroyed()) return
    if (response === 0) {
      // The renderer saves, then calls closeWindow; a cancelled Save As leaves the window open.
      this.#send(entry, { id: 'file.saveAndClose' })
    } else if (response === 1) {
      if (state?.documentId) await this.#options.journal.discard(state.documentId).catch(() => {})
      entry.closeConfirmed = true
      entry.window.close()
    } else {
      this.#options.onCloseCancelled?.()
    }
  }

  async #offerReload(entry: DocumentWindow): Promise<void> {
    if (entry.window.isDestroyed()) return
    const { response } = await dialog.showMessageBox(entry.window, {
      type: 'error',
      message: 'This Journeyboard window stopped unexpectedly.',
      detail: 'Your recent changes are kept as a recovery copy; reload to get them back.',
      buttons: ['Reload', 'Close Window'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    })
    if (entry.window.isDestroyed()) return
    entry.loaded = false
    if (response === 0) entry.window.webContents.reload()
    else {
      entry.closeConfirmed = true
      entry.window.close()
    }
  }

  #trackBounds(window: BrowserWindow): void {
    let timer: ReturnType<typeof setTimeout> | undefined
    const later = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => this.#saveBounds(window), SAVE_BOUNDS_AFTER_MS)
    }
    window.on('resize', later)
    window.on('move', later)
    window.on('closed', () => clearTimeout(timer))
  }

  #saveBounds(window: BrowserWindow): void {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return
    const { x, y, width, height } = window.getNormalBounds()
    this.#options.settings.set(WINDOW_BOUNDS_KEY, {
      x,
      y,
      width,
      height,
      maximized: window.isMaximized(),
    })
  }

  /** The work areas of all displays, the primary first (a lost window is centred on it). */
  #displays(): { x: number; y: number; width: number; height: number }[] {
    const primary = screen.getPrimaryDisplay()
    const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
    return [primary, ...others].map((display) => display.workArea)
  }

  /** Bounds just below and right of the window in front, when there is one. */
  #besideFront(): WindowBounds | null {
    const front = this.focused()
    if (front === null || front.isDestroyed()) return null
    const { x, y, width, height } = front.getNormalBounds()
    return { x: x + CASCADE_OFFSET, y: y + CASCADE_OFFSET, width, height, maximized: false }
  }
}

/** A window on its start screen, with nothing on its way to it. */
function isIdle(entry: DocumentWindow): boolean {
  if (entry.window.isDestroyed() || entry.initialFile !== null || entry.pending.length > 0)
    return false
  return (
    entry.loaded &&
    (entry.state === null || (entry.state.documentId === null && !entry.state.dirty))
  )
}

function focus(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
