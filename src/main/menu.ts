// The native menu bar: the pure template from menuTemplate.ts made into an Electron Menu, whose
// items send MenuCommands to the focused window. Rebuilt when the recent files change.
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { RecentFile } from '../shared/host/host'
import {
  buildMenuTemplate,
  type MenuAction,
  type MenuItemSpec,
  type MenuPlatform,
} from './menuTemplate'

export interface MenuDeps {
  readonly platform: MenuPlatform
  readonly isDev: boolean
  recentFiles(): readonly RecentFile[]
  run(action: MenuAction): void
}

/** Build and install the application menu; call again to rebuild it. */
export function installMenu(deps: MenuDeps): void {
  const template = buildMenuTemplate({
    platform: deps.platform,
    isDev: deps.isDev,
    recentFiles: deps.recentFiles(),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((item) => toElectron(item, deps))))
}

function toElectron(item: MenuItemSpec, deps: MenuDeps): MenuItemConstructorOptions {
  switch (item.type) {
    case 'separator':
      return { type: 'separator' }
    case 'role':
      return {
        role: item.role,
        ...(item.label === undefined ? {} : { label: item.label }),
        ...(item.accelerator === undefined ? {} : { accelerator: item.accelerator }),
      }
    case 'submenu':
      return {
        label: item.label,
        ...(item.role === undefined ? {} : { role: item.role }),
        submenu: item.submenu.map((child) => toElectron(child, deps)),
      }
    case 'item':
      return {
        label: item.label,
        enabled: item.enabled ?? true,
        ...(item.accelerator === undefined ? {} : { accelerator: item.accelerator }),
        click: () => deps.run(item.action),
      }
  }
}
