// The Host the app talks to: the Electron preload's when it is there, the browser's otherwise.
import type { Host } from '../../../shared/host/host'
import { createBrowserHost } from './browserHost'

export { CLOSE_WINDOW_EVENT } from './browserHost'

let current: Host | null = null

export function getHost(): Host {
  current ??= (window as unknown as { journeyboard?: Host }).journeyboard ?? createBrowserHost()
  return current
}
