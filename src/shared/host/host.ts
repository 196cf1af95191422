// The Host: everything the renderer may ask of the world outside the page (files, dialogs,
// recovery copies, settings, menus, the window). Implemented by the preload (IPC to the Electron
// main process) and by the browser host (File System Access API, IndexedDB, localStorage); both
// pass the same contract tests.

/**
 * A file the user chose. `path` is set in Electron; in a browser the file is reached through a
 * handle the browser host keeps under `id`, and `path` is null.
 */
export interface FileRef {
  readonly id: string
  /** The file's name as the user sees it, e.g. "Onboarding workshop.journey". */
  readonly name: string
  readonly path: string | null
}

export const HOST_ERROR_CODES = [
  'not-found',
  'permission',
  'too-large',
  'no-space',
  'is-directory',
  'io',
] as const
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number]

/** A failure the user must be told about; `message` is a complete sentence for them. */
export interface HostError {
  readonly code: HostErrorCode
  readonly message: string
}

export type HostResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError }

export interface OpenedFile {
  readonly file: FileRef
  readonly text: string
  /** The file's modification time (ms since the epoch) when it was read. */
  readonly modifiedAt: number
}

export interface SavedFile {
  readonly file: FileRef
  readonly modifiedAt: number
  /** Something the user should know about a save that worked, e.g. the file had been moved. */
  readonly notice: string | null
}

export interface SaveRequest {
  /** Where to save; null asks the user where (Save As). */
  readonly file: FileRef | null
  readonly text: string
  /** The name offered in the Save As dialog. */
  readonly suggestedName: string
}

/** An unsaved copy of a map, written a few seconds after each edit. */
export interface RecoveryEntry {
  readonly documentId: string
  readonly title: string
  /** The file the map was last opened from or saved to; null if it never had one. */
  readonly file: FileRef | null
  /** ms since the epoch. */
  readonly savedAt: number
  /** The serialized document. */
  readonly text: string
}

export type RecoveryReason = 'never-saved' | 'newer-than-file' | 'file-missing'

export interface RecoveryOffer extends RecoveryEntry {
  readonly reason: RecoveryReason
}

export interface RecentFile {
  readonly file: FileRef
  readonly title: string
  readonly openedAt: number
}

export const PDF_PAGE_SIZES = ['A4', 'A3', 'Letter', 'Tabloid'] as const
export type PdfPageSize = (typeof PDF_PAGE_SIZES)[number]

export interface PdfRequest {
  readonly html: string
  readonly pageSize: PdfPageSize
  readonly landscape: boolean
  readonly suggestedName: string
}

export interface ExportRequest {
  readonly suggestedName: string
  readonly data: string | Uint8Array
  readonly mimeType: string
}

/** Commands the native menu (or the browser's keyboard shortcuts) send to the renderer. */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.close',
  'file.exportPdf',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.fit',
  'view.togglePanels',
  'help.about',
] as const
export type MenuCommandId = (typeof MENU_COMMANDS)[number]

export type MenuCommand =
  | { readonly id: MenuCommandId }
  | { readonly id: 'file.openRecent'; readonly file: FileRef }
  /** The window is closing and the user chose Save: save, then call `closeWindow`. */
  | { readonly id: 'file.saveAndClose' }

/** What the window shows in its title bar and whether closing it needs a question. */
export interface DocumentState {
  readonly documentId: string | null
  readonly title: string
  readonly fileName: string | null
  readonly dirty: boolean
}

export interface Host {
  readonly kind: 'electron' | 'browser'
  /** Ask the user for a map to open. Resolves to null when they cancel. */
  openDialog(): Promise<HostResult<OpenedFile> | null>
  /** Open a file the app already knows (a recent map, a recovery copy's file). */
  openFile(file: FileRef): Promise<HostResult<OpenedFile>>
  /**
   * Save atomically: the file on disk is always either the complete old or the complete new
   * version, and the previous version is kept beside it as a backup where the host can.
   * Resolves to null when the user cancels Save As.
   */
  save(request: SaveRequest): Promise<HostResult<SavedFile> | null>
  writeRecovery(entry: RecoveryEntry): Promise<void>
  /** Recovery copies worth offering: never saved, newer than their file, or their file is gone. */
  listRecovery(): Promise<readonly RecoveryOffer[]>
  discardRecovery(documentId: string): Promise<void>
  recentFiles(): Promise<readonly RecentFile[]>
  addRecentFile(file: FileRef, title: string): Promise<void>
  getSetting(key: string): Promise<unknown>
  setSetting(key: string, value: unknown): Promise<void>
  /** Print report HTML to a PDF file the user picks. Null when cancelled. */
  exportPdf(request: PdfRequest): Promise<HostResult<SavedFile> | null>
  /** Save an exported file (CSV, Markdown, ICS…) where the user picks. Null when cancelled. */
  saveExport(request: ExportRequest): Promise<HostResult<SavedFile> | null>
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Tell the window what it shows (title bar, unsaved marker, the veto on close). */
  setDocumentState(state: DocumentState): void
  /** Close the window (after a save that the close asked for). */
  closeWindow(): void
}
