// The preload of every document window: exposes the Host as `window.journeyboard` and nothing
// else. The window is sandboxed, so this file is bundled to CommonJS and may only use `electron`.
import { contextBridge, ipcRenderer } from 'electron'
import { createIpcHost } from './ipcHost'

contextBridge.exposeInMainWorld('journeyboard', createIpcHost(ipcRenderer, { isEditingText }))

/** The preload's isolated world shares the page's DOM, so it can see which element has focus. */
function isEditingText(): boolean {
  const page = globalThis as { document?: { activeElement: unknown } }
  const element = page.document?.activeElement as
    | { tagName?: string; type?: string; isContentEditable?: boolean; readOnly?: boolean }
    | null
    | undefined
  if (element === null || element === undefined) return false
  if (element.isContentEditable === true) return true
  if (element.tagName === 'TEXTAREA') return element.readOnly !== true
  if (element.tagName !== 'INPUT') return false
  const nonText = [
    'button',
    'checkbox',
    'color',
    'file',
    'image',
    'radio',
    'range',
    'reset',
    'submit',
  ]
  return element.readOnly !== true && !nonText.includes(element.type ?? 'text')
}
