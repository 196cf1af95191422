import { describe, expect, it } from 'vitest'
import type { RecentFile } from '../../../src/shared/host/host'
import { ipcMenuCommand } from '../../../src/shared/host/ipc'
import {
  buildMenuTemplate,
  MAX_RECENT_IN_MENU,
  menuActions,
  type MenuItemSpec,
  type MenuPlatform,
} from '../../../src/main/menuTemplate'

const PLATFORMS: MenuPlatform[] = ['darwin', 'win32', 'linux']

const recent = (name: string, title: string, openedAt: number): RecentFile => ({
  file: { id: `/maps/${name}`, name, path: `/maps/${name}` },
  title,
  openedAt,
})
const RECENT = [
  recent('Onboarding workshop.journey', 'Onboarding workshop', 3),
  recent('q3-support.journey', 'Support journey Q3', 2),
]

type Item = Extract<MenuItemSpec, { type: 'item' }>
type Submenu = Extract<MenuItemSpec, { type: 'submenu' }>

function menu(
  platform: MenuPlatform,
  options: { isDev?: boolean; recentFiles?: RecentFile[] } = {},
) {
  return buildMenuTemplate({
    platform,
    isDev: options.isDev ?? false,
    recentFiles: options.recentFiles ?? RECENT,
  })
}

function submenu(items: readonly MenuItemSpec[], label: string): Submenu {
  const found = items.find(
    (item): item is Submenu => item.type === 'submenu' && item.label === label,
  )
  if (found === undefined) throw new Error(`no ${label} menu`)
  return found
}

function item(items: readonly MenuItemSpec[], label: string): Item {
  const found = items.find((entry): entry is Item => entry.type === 'item' && entry.label === label)
  if (found === undefined) throw new Error(`no ${label} item`)
  return found
}

function allItems(items: readonly MenuItemSpec[]): Item[] {
  return items.flatMap((entry) =>
    entry.type === 'item' ? [entry] : entry.type === 'submenu' ? allItems(entry.submenu) : [],
  )
}

describe('the native menu', () => {
  it('has File, Edit, View and Help everywhere, and the app and Window menus on macOS', () => {
    const labels = (platform: MenuPlatform) =>
      menu(platform).map((entry) => (entry.type === 'submenu' ? entry.label : entry.type))
    expect(labels('darwin')).toEqual(['Journeyboard', 'File', 'Edit', 'View', 'Window', 'Help'])
    expect(labels('win32')).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(labels('linux')).toEqual(['File', 'Edit', 'View', 'Help'])
  })

  it.each(PLATFORMS)('uses the usual file accelerators on %s', (platform) => {
    const file = submenu(menu(platform), 'File').submenu
    expect(item(file, 'New').accelerator).toBe('CmdOrCtrl+N')
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O')
    expect(item(file, 'Save').accelerator).toBe('CmdOrCtrl+S')
    expect(item(file, 'Save As…').accelerator).toBe('Shift+CmdOrCtrl+S')
    expect(item(file, 'Close').accelerator).toBe('CmdOrCtrl+W')
    expect(item(submenu(file, 'Export').submenu, 'PDF…').action).toEqual({
      kind: 'command',
      command: { id: 'file.exportPdf' },
    })
  })

  it('uses Shift+Cmd+Z for Redo on macOS and Ctrl+Y on Windows and Linux', () => {
    expect(item(submenu(menu('darwin'), 'Edit').submenu, 'Redo').accelerator).toBe(
      'Shift+CmdOrCtrl+Z',
    )
    expect(item(submenu(menu('win32'), 'Edit').submenu, 'Redo').accelerator).toBe('Ctrl+Y')
    expect(item(submenu(menu('linux'), 'Edit').submenu, 'Redo').accelerator).toBe('Ctrl+Y')
  })

  it.each(PLATFORMS)('has the editing and zoom accelerators on %s', (platform) => {
    const edit = submenu(menu(platform), 'Edit').submenu
    expect(item(edit, 'Undo').accelerator).toBe('CmdOrCtrl+Z')
    expect(item(edit, 'Cut').accelerator).toBe('CmdOrCtrl+X')
    expect(item(edit, 'Copy').accelerator).toBe('CmdOrCtrl+C')
    expect(item(edit, 'Paste').accelerator).toBe('CmdOrCtrl+V')
    expect(item(edit, 'Select All').accelerator).toBe('CmdOrCtrl+A')
    // Delete and Backspace keep reaching text fields and the board directly.
    expect(item(edit, 'Delete').accelerator).toBeUndefined()
    const view = submenu(menu(platform), 'View').submenu
    expect(item(view, 'Zoom In').accelerator).toBe('CmdOrCtrl+=')
    expect(item(view, 'Zoom Out').accelerator).toBe('CmdOrCtrl+-')
    expect(item(view, 'Zoom to Fit').accelerator).toBe('CmdOrCtrl+0')
    expect(item(view, 'Toggle Panels').action).toEqual({
      kind: 'command',
      command: { id: 'view.togglePanels' },
    })
  })

  it('never gives two items the same accelerator', () => {
    for (const platform of PLATFORMS) {
      const accelerators = allItems(menu(platform, { isDev: true }))
        .map((entry) => entry.accelerator)
        .filter((accelerator) => accelerator !== undefined)
      expect(new Set(accelerators).size, platform).toBe(accelerators.length)
    }
  })

  it('sends only real menu commands', () => {
    for (const platform of PLATFORMS) {
      for (const action of menuActions(menu(platform, { isDev: true }))) {
        if (action.kind !== 'command') continue
        expect(
          ipcMenuCommand.safeParse(action.command).success,
          JSON.stringify(action.command),
        ).toBe(true)
      }
    }
  })

  it('lists recent maps by title with their file, then Clear Menu', () => {
    const openRecent = submenu(submenu(menu('win32'), 'File').submenu, 'Open Recent').submenu
    const first = openRecent[0]
    expect(first).toMatchObject({ type: 'item', label: 'Onboarding workshop.journey' })
    expect(first?.type === 'item' && first.action).toEqual({
      kind: 'command',
      command: { id: 'file.openRecent', file: RECENT[0]?.file },
    })
    expect(openRecent[1]).toMatchObject({ label: 'Support journey Q3 (q3-support.journey)' })
    expect(openRecent.at(-1)).toEqual({
      type: 'item',
      label: 'Clear Menu',
      action: { kind: 'clearRecent' },
    })
  })

  it('shows a disabled placeholder with no recent maps, and at most ten of many', () => {
    const empty = submenu(
      submenu(menu('linux', { recentFiles: [] }), 'File').submenu,
      'Open Recent',
    )
    expect(empty.submenu).toEqual([
      { type: 'item', label: 'No Recent Maps', action: { kind: 'clearRecent' }, enabled: false },
    ])
    const many = Array.from({ length: 15 }, (_, index) => recent(`Map ${index}.journey`, '', index))
    const full = submenu(
      submenu(menu('linux', { recentFiles: many }), 'File').submenu,
      'Open Recent',
    )
    expect(allItems(full.submenu).filter((entry) => entry.action.kind === 'command')).toHaveLength(
      MAX_RECENT_IN_MENU,
    )
  })

  it('offers Toggle Developer Tools only in development', () => {
    const hasDevTools = (isDev: boolean) =>
      menuActions(menu('linux', { isDev })).some((action) => action.kind === 'toggleDevTools')
    expect(hasDevTools(true)).toBe(true)
    expect(hasDevTools(false)).toBe(false)
  })

  it('has About Journeyboard in Help, and Quit where each platform puts it', () => {
    expect(item(submenu(menu('win32'), 'Help').submenu, 'About Journeyboard').action).toEqual({
      kind: 'command',
      command: { id: 'help.about' },
    })
    const appMenu = submenu(menu('darwin'), 'Journeyboard').submenu
    expect(appMenu).toContainEqual({ type: 'role', role: 'quit', label: 'Quit Journeyboard' })
    expect(submenu(menu('win32'), 'File').submenu).toContainEqual({
      type: 'role',
      role: 'quit',
      label: 'Exit',
    })
    expect(submenu(menu('linux'), 'File').submenu).toContainEqual({
      type: 'role',
      role: 'quit',
      label: 'Quit',
      accelerator: 'Ctrl+Q',
    })
  })
})
