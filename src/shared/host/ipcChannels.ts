// The IPC channel names, without the schemas: the sandboxed preload imports this file only, so
// its bundle needs nothing but `electron` (see ipc.ts for the argument schemas).

/** Channels the preload calls with `invoke` (request and reply) or `send` (one way). */
export const IPC_CHANNELS = {
  openDialog: 'host:openDialog',
  openFile: 'host:openFile',
  save: 'host:save',
  writeRecovery: 'host:writeRecovery',
  listRecovery: 'host:listRecovery',
  discardRecovery: 'host:discardRecovery',
  recentFiles: 'host:recentFiles',
  addRecentFile: 'host:addRecentFile',
  getSetting: 'host:getSetting',
  setSetting: 'host:setSetting',
  exportPdf: 'host:exportPdf',
  saveExport: 'host:saveExport',
  initialFile: 'host:initialFile',
  /** One way: the title bar, the unsaved marker and the veto on close. */
  setDocumentState: 'host:setDocumentState',
  /** One way: close the sender's window without asking again. */
  closeWindow: 'host:closeWindow',
  /** One way: an Edit menu command arrived while a text field had focus; let Chromium do it. */
  nativeEdit: 'host:nativeEdit',
} as const satisfies Record<string, `host:${string}`>

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS]

/** Channels the main process answers with `handle`; the rest it listens to with `on`. */
export const ONE_WAY_CHANNELS: readonly IpcChannel[] = [
  IPC_CHANNELS.setDocumentState,
  IPC_CHANNELS.closeWindow,
  IPC_CHANNELS.nativeEdit,
]

/** The event main sends to a window when a menu item is chosen; its payload is a MenuCommand. */
export const MENU_COMMAND_EVENT = 'host:menuCommand'

/** Edit commands that Chromium can carry out itself inside a text field. */
export const NATIVE_EDIT_COMMANDS = [
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
] as const
export type NativeEditCommand = (typeof NATIVE_EDIT_COMMANDS)[number]
