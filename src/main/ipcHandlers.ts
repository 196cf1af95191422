// The main-process side of the Host: one handler per IPC channel. Each handler checks that the
// request comes from one of our own windows, parses its argument against the shared contract,
// and delegates to a service. Electron is reached only through the small interfaces below, so
// the whole file runs in Node tests with a fake IPC.
import { basename, extname, resolve } from 'node:path'
import type {
  DocumentState,
  FileRef,
  HostResult,
  OpenedFile,
  PdfPageSize,
  RecentFile,
  RecoveryEntry,
  RecoveryOffer,
  SavedFile,
} from '../shared/host/host'
import {
  IPC_CHANNELS,
  parseIpcArgument,
  type IpcArgument,
  type IpcChannel,
  type NativeEditCommand,
} from '../shared/host/ipc'
import { writeFileAtomic } from './services/atomicWrite'
import { readMapFile, saveMapFile } from './services/fileStore'
import { hostErrorFrom, nodeFileSystem } from './services/fs'
import type { SettingsStore } from './services/settings'

/** The frame a request came from: Electron's WebFrameMain, or a fake in tests. */
export interface SenderFrameLike {
  readonly url: string
  /** Null for a window's top frame. */
  readonly parent?: unknown
}

export interface IpcEventLike {
  /** The WebContents that sent the request; passed back to `windows` and `dialogs` untouched. */
  readonly sender: unknown
  readonly senderFrame: SenderFrameLike | null
}

/** The part of Electron's `ipcMain` the handlers use. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, arg: unknown) => unknown): void
  on(channel: string, listener: (event: IpcEventLike, arg: unknown) => void): unknown
}

export interface DialogFilter {
  readonly name: string
  readonly extensions: string[]
}

/** Native file dialogs, attached to the sender's window. Null when the user cancels. */
export interface DialogsLike {
  showOpen(
    sender: unknown,
    options: { title: string; filters: DialogFilter[] },
  ): Promise<string | null>
  showSave(
    sender: unknown,
    options: { title: string; defaultName: string; filters: DialogFilter[] },
  ): Promise<string | null>
}

/** What the handlers ask of the window that sent a request. */
export interface HostWindowsLike {
  setDocumentState(sender: unknown, state: DocumentState): void
  /** Close without asking about unsaved changes again. */
  close(sender: unknown): void
  /** Let Chromium carry out an edit command in the focused text field. */
  nativeEdit(sender: unknown, command: NativeEditCommand): void
  /** The path the window was opened for (command line, Finder), handed out once; else null. */
  takeInitialFile(sender: unknown): string | null
}

export interface JournalLike {
  write(entry: RecoveryEntry): Promise<void>
  list(): Promise<readonly RecoveryOffer[]>
  discard(documentId: string): Promise<void>
}

export interface RecentFilesLike {
  list(): readonly RecentFile[]
  add(file: FileRef, title: string): unknown
}

export interface PdfPrintRequest {
  readonly html: string
  readonly pageSize: PdfPageSize
  readonly landscape: boolean
}

export interface HostHandlerDeps {
  readonly dialogs: DialogsLike
  readonly journal: JournalLike
  readonly recent: RecentFilesLike
  readonly settings: SettingsStore
  readonly windows: HostWindowsLike
  /** The paths the main process has handed out; shared with the menu and the window manager. */
  readonly knownPaths: KnownPaths
  isTrustedSender(frame: SenderFrameLike | null): boolean
  /** Render report HTML to PDF bytes (a hidden window in Electron). */
  printToPdf(request: PdfPrintRequest): Promise<Uint8Array>
  /** Called after the recent files changed, so the Open Recent menu can be rebuilt. */
  onRecentFilesChanged?(): void
}

export const MAP_FILTERS: DialogFilter[] = [{ name: 'Journeyboard maps', extensions: ['journey'] }]
const PDF_FILTERS: DialogFilter[] = [{ name: 'PDF documents', extensions: ['pdf'] }]

/**
 * The set of files the renderer may open or save by path: only those the main process itself
 * handed out (from a dialog, recent files, the command line or the recovery journal). A
 * compromised renderer therefore cannot read or overwrite arbitrary files.
 */
export class KnownPaths {
  readonly #paths = new Set<string>()
  readonly #caseInsensitive: boolean

  constructor(platform: NodeJS.Platform = process.platform) {
    this.#caseInsensitive = platform === 'win32' || platform === 'darwin'
  }

  allow(path: string): void {
    this.#paths.add(this.#key(path))
  }

  has(path: string): boolean {
    return this.#paths.has(this.#key(path))
  }

  #key(path: string): string {
    const absolute = resolve(path)
    return this.#caseInsensitive ? absolute.toLowerCase() : absolute
  }
}

/** The FileRef the renderer gets for a path: the path is also its id. */
export function fileRefFor(path: string): FileRef {
  return { id: path, name: basename(path), path }
}

/**
 * The sender check for our windows: the request must come from a top frame showing the app's own
 * renderer page (`rendererUrl`, a file:// URL), or in development a page of the dev server.
 */
export function appSenderCheck(options: {
  readonly rendererUrl: string
  readonly devServerUrl: string | null
}): (frame: SenderFrameLike | null) => boolean {
  const renderer = withoutQueryAndHash(options.rendererUrl)
  const devOrigin = options.devServerUrl === null ? null : originOf(options.devServerUrl)
  return (frame) => {
    if (frame === null) return false
    try {
      if (frame.parent !== undefined && frame.parent !== null) return false
      const url = frame.url
      if (withoutQueryAndHash(url) === renderer) return true
      return devOrigin !== null && devOrigin !== 'null' && originOf(url) === devOrigin
    } catch {
      return false // a destroyed frame
    }
  }
}

/** Register every Host channel on `ipc`. */
export function registerHostHandlers(ipc: IpcMainLike, deps: HostHandlerDeps): void {
  const { dialogs, journal, recent, settings, windows, knownPaths } = deps

  /** Check the sender and the argument; throws a refusal the renderer sees as a rejection. */
  const accept = <C extends IpcChannel>(
    channel: C,
    event: IpcEventLike,
    arg: unknown,
  ): IpcArgument<C> => {
    if (!deps.isTrustedSender(event.senderFrame)) {
      throw new Error(`Refused ${channel}: the request did not come from a Journeyboard window.`)
    }
    const parsed = parseIpcArgument(channel, arg)
    if (!parsed.ok) throw new Error(`Refused ${parsed.message}`)
    return parsed.value
  }

  const requireKnownPath = (channel: IpcChannel, file: FileRef): string => {
    if (file.path === null) throw new Error(`Refused ${channel}: “${file.name}” has no path.`)
    if (!knownPaths.has(file.path)) {
      throw new Error(
        `Refused ${channel}: “${file.name}” was not opened through Journeyboard in this session.`,
      )
    }
    return resolve(file.path)
  }

  const handle = <C extends IpcChannel>(
    channel: C,
    run: (arg: IpcArgument<C>, event: IpcEventLike) => unknown,
  ): void => {
    ipc.handle(channel, (event, arg) => run(accept(channel, event, arg), event))
  }

  /** One-way messages have nobody to reject to: a refusal is logged and dropped. */
  const listen = <C extends IpcChannel>(
    channel: C,
    run: (arg: IpcArgument<C>, event: IpcEventLike) => void,
  ): void => {
    ipc.on(channel, (event, arg) => {
      try {
        run(accept(channel, event, arg), event)
      } catch (error) {
        console.warn(error instanceof Error ? error.message : error)
      }
    })
  }

  const open = async (path: string): Promise<HostResult<OpenedFile>> => {
    knownPaths.allow(path)
    const read = await readMapFile(path)
    if (!read.ok) return read
    return { ok: true, value: { file: fileRefFor(path), ...read.value } }
  }

  handle(IPC_CHANNELS.openDialog, async (_arg, event) => {
    const path = await dialogs.showOpen(event.sender, { title: 'Open map', filters: MAP_FILTERS })
    return path === null ? null : open(path)
  })

  handle(IPC_CHANNELS.openFile, (file) => open(requireKnownPath(IPC_CHANNELS.openFile, file)))

  handle(IPC_CHANNELS.save, async (request, event): Promise<HostResult<SavedFile> | null> => {
    let path: string
    if (request.file === null) {
      const chosen = await dialogs.showSave(event.sender, {
        title: 'Save map',
        defaultName: withExtension(request.suggestedName, '.journey'),
        filters: MAP_FILTERS,
      })
      if (chosen === null) return null
      path = withExtension(chosen, '.journey')
      knownPaths.allow(path)
    } else {
      path = requireKnownPath(IPC_CHANNELS.save, request.file)
    }
    const saved = await saveMapFile(path, request.text, { expectedToExist: request.file !== null })
    if (!saved.ok) return saved
    return { ok: true, value: { file: fileRefFor(path), ...saved.value } }
  })

  handle(IPC_CHANNELS.writeRecovery, async (entry) => {
    // The journal's file paths become known paths at the next start, so only known ones go in.
    if (entry.file !== null) requireKnownPath(IPC_CHANNELS.writeRecovery, entry.file)
    await journal.write(entry)
  })

  handle(IPC_CHANNELS.listRecovery, async () => {
    const offers = await journal.list()
    for (const offer of offers) if (offer.file?.path) knownPaths.allow(offer.file.path)
    return offers
  })

  handle(IPC_CHANNELS.discardRecovery, (documentId) => journal.discard(documentId))

  handle(IPC_CHANNELS.recentFiles, () => {
    const files = recent.list()
    for (const item of files) if (item.file.path !== null) knownPaths.allow(item.file.path)
    return files
  })

  handle(IPC_CHANNELS.addRecentFile, async ({ file, title }) => {
    const path = requireKnownPath(IPC_CHANNELS.addRecentFile, file)
    await recent.add(fileRefFor(path), title)
    deps.onRecentFilesChanged?.()
  })

  handle(IPC_CHANNELS.getSetting, (key) => settings.get(key))

  handle(IPC_CHANNELS.setSetting, ({ key, value }) => {
    settings.set(key, value)
  })

  handle(IPC_CHANNELS.exportPdf, async (request, event): Promise<HostResult<SavedFile> | null> => {
    const chosen = await dialogs.showSave(event.sender, {
      title: 'Export PDF',
      defaultName: withExtension(request.suggestedName, '.pdf'),
      filters: PDF_FILTERS,
    })
    if (chosen === null) return null
    const path = withExtension(chosen, '.pdf')
    let bytes: Uint8Array
    try {
      bytes = await deps.printToPdf({
        html: request.html,
        pageSize: request.pageSize,
        landscape: request.landscape,
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return {
        ok: false,
        error: { code: 'io', message: `Could not make the PDF: ${reason}. Nothing was written.` },
      }
    }
    return writeExport(path, bytes)
  })

  handle(IPC_CHANNELS.saveExport, async (request, event): Promise<HostResult<SavedFile> | null> => {
    const extension = extname(request.suggestedName).slice(1)
    const chosen = await dialogs.showSave(event.sender, {
      title: 'Export',
      defaultName: request.suggestedName,
      filters:
        extension === ''
          ? []
          : [{ name: `${extension.toUpperCase()} files`, extensions: [extension] }],
    })
    if (chosen === null) return null
    return writeExport(chosen, request.data)
  })

  handle(IPC_CHANNELS.initialFile, (_arg, event) => {
    const path = windows.takeInitialFile(event.sender)
    if (path === null) return null
    knownPaths.allow(path)
    return fileRefFor(path)
  })

  listen(IPC_CHANNELS.setDocumentState, (state, event) =>
    windows.setDocumentState(event.sender, state),
  )
  listen(IPC_CHANNELS.closeWindow, (_arg, event) => windows.close(event.sender))
  listen(IPC_CHANNELS.nativeEdit, (command, event) => windows.nativeEdit(event.sender, command))
}

async function writeExport(
  path: string,
  data: string | Uint8Array,
): Promise<HostResult<SavedFile>> {
  try {
    await writeFileAtomic(path, data)
    const stats = await nodeFileSystem.stat(path)
    return { ok: true, value: { file: fileRefFor(path), modifiedAt: stats.mtimeMs, notice: null } }
  } catch (error) {
    return { ok: false, error: hostErrorFrom(error, path, 'save') }
  }
}

/** `name` ending in `extension`, e.g. "Q3 review 1.5" → "Q3 review 1.5.journey". */
function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`
}

function withoutQueryAndHash(url: string): string {
  const parsed = new URL(url)
  parsed.hash = ''
  parsed.search = ''
  return parsed.href
}

function originOf(url: string): string {
  return new URL(url).origin
}
