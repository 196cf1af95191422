// The API the preload exposes on `window`: the Host, and only the Host. Absent when the renderer
// runs in a plain browser (the browser host is used then).
import type { Host } from '../shared/host/host'

declare global {
  interface Window {
    readonly journeyboard?: Host
  }
}

export {}
