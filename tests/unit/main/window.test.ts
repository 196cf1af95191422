// The window manager with a fake Electron: what a user sees when a map is opened, edited and
// closed. (The real BrowserWindow is covered by tests/electron where Electron is installed.)
import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '../../../src/shared/host/host'
import { MENU_COMMAND_EVENT } from '../../../src/shared/host/ipc'

const electron = vi.hoisted(() => ({
  created: [] as unknown[],
  dialogAnswers: [] as number[],
  dialogs: [] as { message: string; buttons: string[] }[],
}))

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  class FakeWebContents extends Emitter {
    readonly sent: [string, unknown][] = []
    send(channel: string, payload: unknown): void {
      this.sent.push([channel, payload])
    }
    setWindowOpenHandler(): void {}
  }
  class FakeBrowserWindow extends Emitter {
    static getFocusedWindow(): null {
      return null
    }
    readonly webContents = new FakeWebContents()
    title = ''
    edited = false
    destroyed = false
    constructor(readonly options: Record<string, unknown>) {
      super()
      electron.created.push(this)
    }
    loadFile(): Promise<void> {
      return Promise.resolve()
    }
    loadURL(): Promise<void> {
      return Promise.resolve()
    }
    setTitle(title: string): void {
      this.title = title
    }
    setDocumentEdited(edited: boolean): void {
      this.edited = edited
    }
    close(): void {
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      if (!prevented) {
        this.destroyed = true
        this.emit('closed')
      }
    }
    isDestroyed(): boolean {
      return this.destroyed
    }
    isMinimized(): boolean {
      return false
    }
    isMaximized(): boolean {
      return false
    }
    isFullScreen(): boolean {
      return false
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1200, height: 800 }
    }
    show(): void {}
    focus(): void {}
    restore(): void {}
    maximize(): void {}
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 }
  return {
    BrowserWindow: FakeBrowserWindow,
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea }),
      getAllDisplays: () => [{ id: 1, workArea }],
    },
    dialog: {
      showMessageBox: async (_window: unknown, options: { message: string; buttons: string[] }) => {
        electron.dialogs.push(options)
        return { response: electron.dialogAnswers.shift() ?? 2 }
      },
    },
  }
})

const { DocumentWindows, WINDOW_BOUNDS_KEY } = await import('../../../src/main/window')
const { KnownPaths } = await import('../../../src/main/ipcHandlers')
const { MemorySettingsStore } = await import('../../../src/main/services/settings')

interface FakeWindow extends EventEmitter {
  options: { webPreferences: Record<string, unknown>; width: number }
  webContents: EventEmitter & { sent: [string, MenuCommand][] }
  title: string
  destroyed: boolean
  close(): void
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

let discarded: string[]
let knownPaths: InstanceType<typeof KnownPaths>
let settings: InstanceType<typeof MemorySettingsStore>
let windows: InstanceType<typeof DocumentWindows>

beforeEach(() => {
  electron.created.length = 0
  electron.dialogs.length = 0
  electron.dialogAnswers.length = 0
  discarded = []
  knownPaths = new KnownPaths('linux')
  settings = new MemorySettingsStore()
  windows = new DocumentWindows({
    preloadPath: '/app/out/preload/index.cjs',
    rendererFile: '/app/out/renderer/index.html',
    devServerUrl: null,
    settings,
    journal: { discard: async (id) => void discarded.push(id) },
    knownPaths,
    platform: 'linux',
  })
})

function openWindow(file: string | null = null): FakeWindow {
  windows.open({ file })
  const window = electron.created.at(-1) as FakeWindow
  window.webContents.emit('did-finish-load')
  return window
}

const dirtyMap = {
  documentId: 'doc-onboarding',
  title: 'Onboarding',
  fileName: 'Onboarding.journey',
  dirty: true,
}

describe('document windows', () => {
  it('are sandboxed and isolated, with the preload and no Node', () => {
    const { webPreferences } = openWindow().options
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
  })

  it('open the map from the command line once the page has loaded', () => {
    const window = openWindow('/maps/Onboarding.journey')
    expect(window.webContents.sent).toEqual([
      [
        MENU_COMMAND_EVENT,
        {
          id: 'file.openRecent',
          file: {
            id: '/maps/Onboarding.journey',
            name: 'Onboarding.journey',
            path: '/maps/Onboarding.journey',
          },
        },
      ],
    ])
    expect(knownPaths.has('/maps/Onboarding.journey')).toBe(true)
    expect(windows.takeInitialFile(window.webContents)).toBeNull()
  })

  it('show the map and an unsaved marker in the title', () => {
    const window = openWindow()
    windows.setDocumentState(window.webContents, dirtyMap)
    expect(window.title).toBe('• Onboarding.journey — Journeyboard')
  })

  it('ask before closing with unsaved changes; Don’t Save drops the recovery copy', async () => {
    const window = openWindow()
    windows.setDocumentState(window.webContents, dirtyMap)
    electron.dialogAnswers.push(1)
    window.close()
    expect(window.destroyed).toBe(false)
    await settle()
    expect(electron.dialogs[0]).toMatchObject({
      message: 'Do you want to save the changes you made to “Onboarding.journey”?',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
    })
    expect(discarded).toEqual(['doc-onboarding'])
    expect(window.destroyed).toBe(true)
    expect(windows.count).toBe(0)
  })

  it('on Save ask the page to save and close, and close when it says so', async () => {
    const window = openWindow()
    windows.setDocumentState(window.webContents, dirtyMap)
    electron.dialogAnswers.push(0)
    window.close()
    await settle()
    expect(window.webContents.sent).toEqual([[MENU_COMMAND_EVENT, { id: 'file.saveAndClose' }]])
    expect(window.destroyed).toBe(false)
    windows.close(window.webContents)
    expect(window.destroyed).toBe(true)
    expect(discarded).toEqual([])
  })

  it('on Cancel stay open', async () => {
    const window = openWindow()
    windows.setDocumentState(window.webContents, dirtyMap)
    electron.dialogAnswers.push(2)
    window.close()
    await settle()
    expect(window.destroyed).toBe(false)
  })

  it('close at once when everything is saved, remembering where the window was', () => {
    const window = openWindow()
    windows.setDocumentState(window.webContents, { ...dirtyMap, dirty: false })
    window.close()
    expect(electron.dialogs).toEqual([])
    expect(window.destroyed).toBe(true)
    expect(settings.get(WINDOW_BOUNDS_KEY)).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: false,
    })
  })

  it('open a second map in a window still on its start screen', () => {
    const window = openWindow()
    windows.openFile('/maps/Support.journey')
    expect(electron.created).toHaveLength(1)
    expect(window.webContents.sent.map(([, command]) => command.id)).toEqual(['file.openRecent'])
    windows.setDocumentState(window.webContents, { ...dirtyMap, dirty: false })
    windows.openFile('/maps/Another.journey')
    expect(electron.created).toHaveLength(2)
  })
})
