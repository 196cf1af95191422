// Native open and save dialogs, attached to the window that asked (sheets on macOS).
import { app, BrowserWindow, dialog, type WebContents } from 'electron'
import { join } from 'node:path'
import type { DialogsLike } from './ipcHandlers'

export const electronDialogs: DialogsLike = {
  async showOpen(sender, { title, filters }) {
    const parent = parentOf(sender)
    const options: Electron.OpenDialogOptions = { title, filters, properties: ['openFile'] }
    const result =
      parent === null
        ? await dialog.showOpenDialog(options)
        : await dialog.showOpenDialog(parent, options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },

  async showSave(sender, { title, defaultName, filters }) {
    const parent = parentOf(sender)
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), defaultName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }
    const result =
      parent === null
        ? await dialog.showSaveDialog(options)
        : await dialog.showSaveDialog(parent, options)
    return result.canceled || result.filePath === undefined || result.filePath === ''
      ? null
      : result.filePath
  },
}

function parentOf(sender: unknown): BrowserWindow | null {
  try {
    return BrowserWindow.fromWebContents(sender as WebContents)
  } catch {
    return null
  }
}
