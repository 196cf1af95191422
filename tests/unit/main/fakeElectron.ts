// Stand-ins for the Electron objects the IPC handlers talk to, so the main process's side of the
// Host runs in Node: an IPC that copies messages as Electron does, dialogs, windows.
import type { DocumentState } from '../../../src/shared/host/host'
import type {
  DialogsLike,
  HostWindowsLike,
  IpcEventLike,
  IpcMainLike,
} from '../../../src/main/ipcHandlers'
import type { IpcRendererLike } from '../../../src/preload/ipcHost'

type Listener = (event: IpcEventLike, arg: unknown) => unknown

/** ipcMain and ipcRenderer in one object, copying every message as Electron's IPC does. */
export class FakeIpc implements IpcMainLike {
  readonly handlers = new Map<string, Listener>()
  readonly listeners = new Map<string, Listener>()
  readonly #toRenderer = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>()

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, listener)
  }

  on(channel: string, listener: Listener): void {
    this.listeners.set(channel, listener)
  }

  /** The renderer side, for a page at `url` in web contents `sender`. */
  renderer(url: string, sender: object = {}, parent: unknown = null): IpcRendererLike {
    const event = (): IpcEventLike => ({ sender, senderFrame: { url, parent } })
    return {
      invoke: async (channel, ...args) => {
        const handler = this.handlers.get(channel)
        if (handler === undefined) throw new Error(`No handler registered for '${channel}'`)
        return structuredClone(await handler(event(), structuredClone(args[0])))
      },
      send: (channel, ...args) => {
        this.listeners.get(channel)?.(event(), structuredClone(args[0]))
      },
      on: (channel, listener) => {
        this.#toRenderer.set(channel, [...(this.#toRenderer.get(channel) ?? []), listener])
      },
    }
  }

  /** Main sends an event to the renderer (webContents.send). */
  sendToRenderer(channel: string, payload: unknown): void {
    for (const listener of this.#toRenderer.get(channel) ?? [])
      listener({}, structuredClone(payload))
  }
}

export class FakeDialogs implements DialogsLike {
  nextOpen: string | null = null
  nextSave: string | null = null
  readonly shown: string[] = []

  async showOpen(_sender: unknown, options: { title: string }): Promise<string | null> {
    this.shown.push(options.title)
    return this.nextOpen
  }

  async showSave(
    _sender: unknown,
    options: { title: string; defaultName: string },
  ): Promise<string | null> {
    this.shown.push(`${options.title}: ${options.defaultName}`)
    return this.nextSave
  }
}

export class FakeWindows implements HostWindowsLike {
  readonly states: DocumentState[] = []
  readonly closed: unknown[] = []
  readonly edits: string[] = []
  initialFile: string | null = null

  setDocumentState(_sender: unknown, state: DocumentState): void {
    this.states.push(state)
  }
  close(sender: unknown): void {
    this.closed.push(sender)
  }
  nativeEdit(_sender: unknown, command: string): void {
    this.edits.push(command)
  }
  takeInitialFile(): string | null {
    const file = this.initialFile
    this.initialFile = null
    return file
  }
}
