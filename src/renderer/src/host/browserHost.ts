// The Host for a plain browser (`npm run web`, the e2e tests): files through the File System
// Access API (with an <input type=file> and a download as fallbacks), recovery copies and recent
// files in IndexedDB, settings in localStorage, menu commands from keyboard shortcuts.
import type {
  DocumentState,
  ExportRequest,
  FileRef,
  Host,
  HostResult,
  MenuCommand,
  MenuCommandId,
  OpenedFile,
  PdfRequest,
  RecentFile,
  RecoveryEntry,
  RecoveryOffer,
  SavedFile,
  SaveRequest,
} from '../../../shared/host/host'
import {
  ensurePermission,
  hostErrorFrom,
  isAbort,
  JOURNEY_PICKER_TYPES,
  pickers,
} from './fileAccess'
import { isTextField } from '../ui/textFields'
import { openKeyValueStore, type KeyValueStore } from './idb'

export interface BrowserHostOptions {
  /** IndexedDB database for recovery copies and recent files. */
  readonly databaseName?: string
  /** Prefix of the localStorage keys that hold settings. */
  readonly settingsPrefix?: string
  /** Files larger than this are refused with a `too-large` error. */
  readonly maxFileBytes?: number
  /** Listen to keyboard shortcuts and send them as menu commands. */
  readonly shortcuts?: boolean
  readonly maxRecentFiles?: number
}

/** Fired on window when `closeWindow` is called: the app returns to its start screen. */
export const CLOSE_WINDOW_EVENT = 'journeyboard:close-window'

const RECOVERY = 'recovery'
const RECENT = 'recent'
const HANDLES = 'handles'
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/**
 * Registers a file handle (from a picker, or an OPFS handle in tests) and returns the FileRef the
 * rest of the app uses for it. The same file always gets the same id.
 */
export function adoptFileHandle(handle: FileSystemFileHandle): FileRef {
  return handleRegistry.adopt(handle)
}

export function createBrowserHost(options: BrowserHostOptions = {}): Host {
  const store = openKeyValueStore(options.databaseName ?? 'journeyboard', [RECOVERY, RECENT])
  const prefix = options.settingsPrefix ?? 'journeyboard.settings.'
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES
  const maxRecent = options.maxRecentFiles ?? 10
  const menuListeners = new Set<(command: MenuCommand) => void>()
  let dirty = false

  if (options.shortcuts !== false) {
    window.addEventListener('keydown', (event) => {
      const command = shortcutCommand(event)
      if (!command || menuListeners.size === 0) return
      event.preventDefault()
      for (const listener of [...menuListeners]) listener({ id: command })
    })
  }
  window.addEventListener('beforeunload', (event) => {
    if (!dirty) return
    event.preventDefault()
    // Older Chromium needs returnValue set to show the "Leave site?" question.
    event.returnValue = ''
  })

  const readFile = async (file: FileRef): Promise<HostResult<OpenedFile>> => {
    const handle = await handleRegistry.get(file.id)
    if (!handle) return notFound(file.name)
    try {
      if (!(await ensurePermission(handle, 'read'))) {
        return {
          ok: false,
          error: hostErrorFrom(new DOMException('', 'NotAllowedError'), file.name),
        }
      }
      const blob = await handle.getFile()
      if (blob.size > maxBytes) return tooLarge(file.name, blob.size, maxBytes)
      return {
        ok: true,
        value: { file, text: await blob.text(), modifiedAt: blob.lastModified },
      }
    } catch (error) {
      return { ok: false, error: hostErrorFrom(error, file.name) }
    }
  }

  const writeHandle = async (
    file: FileRef,
    handle: FileSystemFileHandle,
    text: string,
  ): Promise<HostResult<SavedFile>> => {
    try {
      if (!(await ensurePermission(handle, 'readwrite'))) {
        return {
          ok: false,
          error: hostErrorFrom(new DOMException('', 'NotAllowedError'), file.name),
        }
      }
      // createWritable writes to a swap file and replaces the original only on close(), so the
      // file is always either the complete old or the complete new version.
      const writable = await handle.createWritable()
      try {
        await writable.write(text)
        await writable.close()
      } catch (error) {
        await writable.abort().catch(() => undefined)
        throw error
      }
      const written = await handle.getFile()
      return { ok: true, value: { file, modifiedAt: written.lastModified, notice: null } }
    } catch (error) {
      return { ok: false, error: hostErrorFrom(error, file.name) }
    }
  }

  const host: Host = {
    kind: 'browser',

    async openDialog() {
      const { showOpenFilePicker } = pickers()
      if (showOpenFilePicker) {
        let handle: FileSystemFileHandle | undefined
        try {
          ;[handle] = await showOpenFilePicker.call(window, {
            types: JOURNEY_PICKER_TYPES,
            multiple: false,
          })
        } catch (error) {
          if (isAbort(error)) return null
          return { ok: false, error: hostErrorFrom(error, 'the file') }
        }
        if (!handle) return null
        return readFile(adoptFileHandle(handle))
      }
      const picked = await pickWithInput()
      if (!picked) return null
      if (picked.size > maxBytes) return tooLarge(picked.name, picked.size, maxBytes)
      const file: FileRef = { id: `upload_${randomId()}`, name: picked.name, path: null }
      return {
        ok: true,
        value: { file, text: await picked.text(), modifiedAt: picked.lastModified },
      }
    },

    openFile: readFile,

    async save(request: SaveRequest) {
      if (request.file) {
        const handle = await handleRegistry.get(request.file.id)
        if (handle) return writeHandle(request.file, handle, request.text)
      }
      const { showSaveFilePicker } = pickers()
      if (showSaveFilePicker) {
        let handle: FileSystemFileHandle
        try {
          handle = await showSaveFilePicker.call(window, {
            types: JOURNEY_PICKER_TYPES,
            suggestedName: request.suggestedName,
          })
        } catch (error) {
          if (isAbort(error)) return null
          return { ok: false, error: hostErrorFrom(error, request.suggestedName) }
        }
        return writeHandle(adoptFileHandle(handle), handle, request.text)
      }
      return download(request.suggestedName, request.text, 'application/json')
    },

    async writeRecovery(entry: RecoveryEntry) {
      await store.put(RECOVERY, entry.documentId, entry)
    },

    async listRecovery() {
      const entries = await store.all<RecoveryEntry>(RECOVERY)
      const offers: RecoveryOffer[] = []
      for (const entry of entries) {
        const reason = await recoveryReason(entry)
        if (reason) offers.push({ ...entry, reason })
      }
      return offers.sort((a, b) => b.savedAt - a.savedAt)
    },

    async discardRecovery(documentId: string) {
      await store.delete(RECOVERY, documentId)
    },

    async recentFiles() {
      const all = await store.all<RecentFile>(RECENT)
      return all.sort((a, b) => b.openedAt - a.openedAt).slice(0, maxRecent)
    },

    async addRecentFile(file: FileRef, title: string) {
      const all = await store.all<RecentFile>(RECENT)
      // A file picked again gets a new handle; it is still the same recent map.
      for (const other of all) {
        if (other.file.id !== file.id && (await handleRegistry.sameFile(other.file.id, file.id))) {
          await store.delete(RECENT, other.file.id)
        }
      }
      await store.put(RECENT, file.id, { file, title, openedAt: Date.now() } satisfies RecentFile)
      const kept = await store.all<RecentFile>(RECENT)
      const stale = kept.sort((a, b) => b.openedAt - a.openedAt).slice(maxRecent)
      for (const old of stale) await store.delete(RECENT, old.file.id)
    },

    async getSetting(key: string) {
      const raw = localStorage.getItem(prefix + key)
      if (raw === null) return undefined
      try {
        return JSON.parse(raw) as unknown
      } catch {
        return undefined
      }
    },

    async setSetting(key: string, value: unknown) {
      if (value === undefined) localStorage.removeItem(prefix + key)
      else localStorage.setItem(prefix + key, JSON.stringify(value))
    },

    async exportPdf(request: PdfRequest) {
      printHtml(request.html, request.suggestedName)
      return null
    },

    async saveExport(request: ExportRequest) {
      return download(request.suggestedName, request.data, request.mimeType)
    },

    onMenuCommand(listener) {
      menuListeners.add(listener)
      return () => {
        menuListeners.delete(listener)
      }
    },

    setDocumentState(state: DocumentState) {
      dirty = state.dirty
      document.title =
        state.documentId === null
          ? 'Journeyboard'
          : `${state.dirty ? '• ' : ''}${state.title || 'Untitled map'} — Journeyboard`
    },

    closeWindow() {
      dirty = false
      window.dispatchEvent(new CustomEvent(CLOSE_WINDOW_EVENT))
    },
  }

  async function recoveryReason(entry: RecoveryEntry): Promise<RecoveryOffer['reason'] | null> {
    if (!entry.file) return 'never-saved'
    const handle = await handleRegistry.get(entry.file.id)
    if (!handle) return entry.file.id.startsWith('fsh_') ? 'file-missing' : 'never-saved'
    try {
      const file = await handle.getFile()
      return file.lastModified < entry.savedAt ? 'newer-than-file' : null
    } catch (error) {
      if (error instanceof DOMException && error.name === 'NotFoundError') return 'file-missing'
      // Without permission to read the file we cannot compare; offering the copy loses nothing.
      return 'newer-than-file'
    }
  }

  return host
}

/** Keeps FileSystemFileHandles under stable ids, in memory and in IndexedDB across reloads. */
class HandleRegistry {
  private readonly handles = new Map<string, FileSystemFileHandle>()
  private store: KeyValueStore | null = null
  private loaded: Promise<void> | null = null
  private pending: Promise<unknown> = Promise.resolve()

  adopt(handle: FileSystemFileHandle): FileRef {
    for (const [id, known] of this.handles) {
      if (known === handle) return { id, name: handle.name, path: null }
    }
    const id = `fsh_${randomId()}`
    this.handles.set(id, handle)
    // Persist in the background; `get` waits for it, and a failure only costs the recent list.
    this.pending = this.pending
      .then(() => this.db().put(HANDLES, id, { id, handle }))
      .catch(() => undefined)
    return { id, name: handle.name, path: null }
  }

  async get(id: string): Promise<FileSystemFileHandle | null> {
    await this.pending
    const known = this.handles.get(id)
    if (known) return known
    await this.load()
    return this.handles.get(id) ?? null
  }

  async sameFile(a: string, b: string): Promise<boolean> {
    const [first, second] = await Promise.all([this.get(a), this.get(b)])
    if (!first || !second) return false
    try {
      return await first.isSameEntry(second)
    } catch {
      return false
    }
  }

  private db(): KeyValueStore {
    this.store ??= openKeyValueStore('journeyboard-file-handles', [HANDLES])
    return this.store
  }

  private load(): Promise<void> {
    this.loaded ??= this.db()
      .all<{ id: string; handle: FileSystemFileHandle }>(HANDLES)
      .then((rows) => {
        for (const row of rows) if (!this.handles.has(row.id)) this.handles.set(row.id, row.handle)
      })
      .catch(() => undefined)
    return this.loaded
  }
}

const handleRegistry = new HandleRegistry()

const SHORTCUTS: readonly { key: string; shift: boolean; command: MenuCommandId }[] = [
  { key: 'n', shift: false, command: 'file.new' },
  { key: 'o', shift: false, command: 'file.open' },
  { key: 's', shift: false, command: 'file.save' },
  { key: 's', shift: true, command: 'file.saveAs' },
  { key: 'z', shift: false, command: 'edit.undo' },
  { key: 'z', shift: true, command: 'edit.redo' },
  { key: 'y', shift: false, command: 'edit.redo' },
]

function shortcutCommand(event: KeyboardEvent): MenuCommandId | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  const match = SHORTCUTS.find((s) => s.key === key && s.shift === event.shiftKey)
  if (!match) return null
  // In a text field, undo and redo belong to the field.
  if (match.command.startsWith('edit.') && isTextField(event.target)) return null
  return match.command
}

function notFound(name: string): HostResult<never> {
  return { ok: false, error: hostErrorFrom(new DOMException('', 'NotFoundError'), name) }
}

function tooLarge(name: string, size: number, max: number): HostResult<never> {
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 102.4) / 10} MB`
  return {
    ok: false,
    error: {
      code: 'too-large',
      message: `“${name}” is ${mb(size)}, larger than the ${mb(max)} a map may be. It is probably not a Journeyboard map.`,
    },
  }
}

function randomId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 16)
}

function pickWithInput(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.journey,application/json'
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve(null)
      input.remove()
    })
    document.body.append(input)
    input.click()
  })
}

function download(
  name: string,
  data: string | Uint8Array,
  mimeType: string,
): HostResult<SavedFile> {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data)
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return {
    ok: true,
    value: {
      file: { id: `download_${randomId()}`, name, path: null },
      modifiedAt: Date.now(),
      notice: `Your browser saved “${name}” to its downloads folder.`,
    },
  }
}

function printHtml(html: string, title: string): void {
  const frame = document.createElement('iframe')
  frame.title = title
  frame.style.position = 'fixed'
  frame.style.width = '0'
  frame.style.height = '0'
  frame.style.border = '0'
  frame.srcdoc = html
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus()
    frame.contentWindow?.print()
    setTimeout(() => frame.remove(), 60_000)
  })
  document.body.append(frame)
}
