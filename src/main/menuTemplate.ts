// The native menu as plain data, one description per platform: labels, the platform's usual
// accelerators, and what each item does. menu.ts turns it into an Electron Menu; keeping it pure
// lets tests check every accelerator and command without Electron.
import type { MenuCommand, RecentFile } from '../shared/host/host'

export type MenuPlatform = 'darwin' | 'win32' | 'linux'

/** What choosing an item does. Commands go to the focused window's renderer. */
export type MenuAction =
  | { readonly kind: 'command'; readonly command: MenuCommand }
  | { readonly kind: 'clearRecent' }
  | { readonly kind: 'toggleDevTools' }

/** Items that Electron (or the OS) implements itself. */
export type MenuRole =
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'togglefullscreen'

export type MenuItemSpec =
  | { readonly type: 'separator' }
  | {
      readonly type: 'item'
      readonly label: string
      readonly accelerator?: string
      readonly action: MenuAction
      readonly enabled?: boolean
    }
  | {
      readonly type: 'role'
      readonly role: MenuRole
      readonly label?: string
      readonly accelerator?: string
    }
  | {
      readonly type: 'submenu'
      readonly label: string
      readonly submenu: readonly MenuItemSpec[] /** Marks the macOS Window and Help menus. */
      readonly role?: 'window' | 'help'
    }

export interface MenuTemplateOptions {
  readonly platform: MenuPlatform
  readonly recentFiles: readonly RecentFile[]
  /** Development builds get Toggle Developer Tools. */
  readonly isDev: boolean
  readonly appName?: string
}

/** How many recent maps Open Recent lists. */
export const MAX_RECENT_IN_MENU = 10

/**
 * The whole menu bar for one platform, e.g. on macOS: Journeyboard, File, Edit, View, Window,
 * Help; on Windows and Linux: File, Edit, View, Help.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemSpec[] {
  const mac = options.platform === 'darwin'
  const appName = options.appName ?? 'Journeyboard'
  const menus: MenuItemSpec[] = []
  if (mac) menus.push(appMenu(appName))
  menus.push(fileMenu(options), editMenu(options.platform), viewMenu(options))
  if (mac) menus.push({ type: 'submenu', label: 'Window', role: 'window', submenu: windowItems() })
  menus.push({
    type: 'submenu',
    label: 'Help',
    role: 'help',
    submenu: [command(`About ${appName}`, { id: 'help.about' })],
  })
  return menus
}

/** Every action in a template, depth first: for tests and for looking an item up. */
export function menuActions(items: readonly MenuItemSpec[]): MenuAction[] {
  return items.flatMap((item) => {
    if (item.type === 'item') return [item.action]
    if (item.type === 'submenu') return menuActions(item.submenu)
    return []
  })
}

function appMenu(appName: string): MenuItemSpec {
  return {
    type: 'submenu',
    label: appName,
    submenu: [
      command(`About ${appName}`, { id: 'help.about' }),
      separator,
      { type: 'submenu', label: 'Services', submenu: [{ type: 'role', role: 'services' }] },
      separator,
      { type: 'role', role: 'hide', label: `Hide ${appName}` },
      { type: 'role', role: 'hideOthers' },
      { type: 'role', role: 'unhide' },
      separator,
      { type: 'role', role: 'quit', label: `Quit ${appName}` },
    ],
  }
}

function fileMenu(options: MenuTemplateOptions): MenuItemSpec {
  const items: MenuItemSpec[] = [
    command('New', { id: 'file.new' }, 'CmdOrCtrl+N'),
    command('Open…', { id: 'file.open' }, 'CmdOrCtrl+O'),
    { type: 'submenu', label: 'Open Recent', submenu: recentItems(options.recentFiles) },
    separator,
    command('Save', { id: 'file.save' }, 'CmdOrCtrl+S'),
    command('Save As…', { id: 'file.saveAs' }, 'Shift+CmdOrCtrl+S'),
    separator,
    {
      type: 'submenu',
      label: 'Export',
      submenu: [command('PDF…', { id: 'file.exportPdf' }, 'Shift+CmdOrCtrl+E')],
    },
    separator,
    command('Close', { id: 'file.close' }, 'CmdOrCtrl+W'),
  ]
  if (options.platform === 'win32')
    items.push(separator, { type: 'role', role: 'quit', label: 'Exit' })
  if (options.platform === 'linux') {
    items.push(separator, { type: 'role', role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' })
  }
  return { type: 'submenu', label: 'File', submenu: items }
}

function recentItems(recentFiles: readonly RecentFile[]): MenuItemSpec[] {
  const shown = recentFiles.slice(0, MAX_RECENT_IN_MENU)
  if (shown.length === 0) {
    return [
      { type: 'item', label: 'No Recent Maps', action: { kind: 'clearRecent' }, enabled: false },
    ]
  }
  return [
    ...shown.map((recent): MenuItemSpec =>
      command(recentLabel(recent), { id: 'file.openRecent', file: recent.file }),
    ),
    separator,
    { type: 'item', label: 'Clear Menu', action: { kind: 'clearRecent' } },
  ]
}

/** The map's title, and the file name when it says something the title does not. */
function recentLabel(recent: RecentFile): string {
  const title = recent.title.trim()
  if (title === '' || recent.file.name.startsWith(title)) return recent.file.name
  return `${title} (${recent.file.name})`
}

function editMenu(platform: MenuPlatform): MenuItemSpec {
  return {
    type: 'submenu',
    label: 'Edit',
    submenu: [
      command('Undo', { id: 'edit.undo' }, 'CmdOrCtrl+Z'),
      command('Redo', { id: 'edit.redo' }, platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y'),
      separator,
      command('Cut', { id: 'edit.cut' }, 'CmdOrCtrl+X'),
      command('Copy', { id: 'edit.copy' }, 'CmdOrCtrl+C'),
      command('Paste', { id: 'edit.paste' }, 'CmdOrCtrl+V'),
      // No accelerator: Delete and Backspace must keep reaching text fields and the board directly.
      command('Delete', { id: 'edit.delete' }),
      separator,
      command('Select All', { id: 'edit.selectAll' }, 'CmdOrCtrl+A'),
    ],
  }
}

function viewMenu(options: MenuTemplateOptions): MenuItemSpec {
  const mac = options.platform === 'darwin'
  const items: MenuItemSpec[] = [
    command('Zoom In', { id: 'view.zoomIn' }, 'CmdOrCtrl+='),
    command('Zoom Out', { id: 'view.zoomOut' }, 'CmdOrCtrl+-'),
    command('Zoom to Fit', { id: 'view.fit' }, 'CmdOrCtrl+0'),
    separator,
    command('Toggle Panels', { id: 'view.togglePanels' }, 'CmdOrCtrl+\\'),
    separator,
    {
      type: 'role',
      role: 'togglefullscreen',
      label: mac ? 'Enter Full Screen' : 'Toggle Full Screen',
    },
  ]
  if (options.isDev) {
    items.push(separator, {
      type: 'item',
      label: 'Toggle Developer Tools',
      accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
      action: { kind: 'toggleDevTools' },
    })
  }
  return { type: 'submenu', label: 'View', submenu: items }
}

function windowItems(): MenuItemSpec[] {
  return [
    { type: 'role', role: 'minimize' },
    { type: 'role', role: 'zoom' },
    separator,
    { type: 'role', role: 'front' },
  ]
}

const separator: MenuItemSpec = { type: 'separator' }

function command(label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemSpec {
  const action: MenuAction = { kind: 'command', command: menuCommand }
  return accelerator === undefined
    ? { type: 'item', label, action }
    : { type: 'item', label, accelerator, action }
}
