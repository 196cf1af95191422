// The Host the preload hands the renderer: every call becomes one IPC message to the main
// process, which validates it. Built from a minimal IpcRenderer shape so it runs in Node tests.
import type {
  DocumentState,
  ExportRequest,
  FileRef,
  Host,
  HostResult,
  MenuCommand,
  OpenedFile,
  PdfRequest,
  RecentFile,
  RecoveryEntry,
  RecoveryOffer,
  SavedFile,
  SaveRequest,
} from '../shared/host/host'
import {
  IPC_CHANNELS,
  MENU_COMMAND_EVENT,
  NATIVE_EDIT_COMMANDS,
  type NativeEditCommand,
} from '../shared/host/ipcChannels'

/** The part of Electron's `ipcRenderer` the Host uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  send(channel: string, ...args: unknown[]): void
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

export interface IpcHostOptions {
  /**
   * True while a text field has focus. Edit menu commands (copy, paste, undo…) then go back to
   * main to be carried out natively in that field instead of reaching the board.
   */
  readonly isEditingText?: () => boolean
}

/** Menu commands that arrive before the renderer subscribes are kept, up to this many. */
const MAX_QUEUED_COMMANDS = 20

/**
 * The Electron Host. Menu commands that arrive before the renderer has subscribed (a file
 * opened from the command line is sent as soon as the page loads) are queued and handed to the
 * first subscriber.
 */
export function createIpcHost(ipc: IpcRendererLike, options: IpcHostOptions = {}): Host {
  const listeners = new Set<(command: MenuCommand) => void>()
  const queued: MenuCommand[] = []
  const isEditingText = options.isEditingText ?? (() => false)

  ipc.on(MENU_COMMAND_EVENT, (_event, command) => {
    if (!isMenuCommand(command)) return
    if (isNativeEdit(command.id) && isEditingText()) {
      ipc.send(IPC_CHANNELS.nativeEdit, command.id)
      return
    }
    if (listeners.size === 0) {
      if (queued.length < MAX_QUEUED_COMMANDS) queued.push(command)
      return
    }
    for (const listener of [...listeners]) listener(command)
  })

  const invoke = <T>(channel: string, arg?: unknown): Promise<T> =>
    (arg === undefined ? ipc.invoke(channel) : ipc.invoke(channel, arg)) as Promise<T>

  return {
    kind: 'electron',
    openDialog: () => invoke<HostResult<OpenedFile> | null>(IPC_CHANNELS.openDialog),
    openFile: (file: FileRef) => invoke<HostResult<OpenedFile>>(IPC_CHANNELS.openFile, file),
    save: (request: SaveRequest) =>
      invoke<HostResult<SavedFile> | null>(IPC_CHANNELS.save, request),
    writeRecovery: (entry: RecoveryEntry) => invoke<void>(IPC_CHANNELS.writeRecovery, entry),
    listRecovery: () => invoke<readonly RecoveryOffer[]>(IPC_CHANNELS.listRecovery),
    discardRecovery: (documentId: string) => invoke<void>(IPC_CHANNELS.discardRecovery, documentId),
    recentFiles: () => invoke<readonly RecentFile[]>(IPC_CHANNELS.recentFiles),
    addRecentFile: (file: FileRef, title: string) =>
      invoke<void>(IPC_CHANNELS.addRecentFile, { file, title }),
    getSetting: (key: string) => invoke<unknown>(IPC_CHANNELS.getSetting, key),
    setSetting: (key: string, value: unknown) =>
      invoke<void>(IPC_CHANNELS.setSetting, { key, value }),
    exportPdf: (request: PdfRequest) =>
      invoke<HostResult<SavedFile> | null>(IPC_CHANNELS.exportPdf, request),
    saveExport: (request: ExportRequest) =>
      invoke<HostResult<SavedFile> | null>(IPC_CHANNELS.saveExport, request),
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      listeners.add(listener)
      const waiting = queued.splice(0)
      if (waiting.length > 0) {
        queueMicrotask(() => {
          for (const command of waiting) if (listeners.has(listener)) listener(command)
        })
      }
      return () => {
        listeners.delete(listener)
      }
    },
    setDocumentState: (state: DocumentState) => ipc.send(IPC_CHANNELS.setDocumentState, state),
    closeWindow: () => ipc.send(IPC_CHANNELS.closeWindow),
  }
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof (value as { id: unknown }).id === 'string'
  )
}

function isNativeEdit(id: string): id is NativeEditCommand {
  return (NATIVE_EDIT_COMMANDS as readonly string[]).includes(id)
}
