// The board's keyboard shortcuts, its menu commands and the system clipboard. Keys reach the board
// while it is shown, when focus is not in a text field, a dialog, the step details or the workshop
// bar; Ctrl/Cmd+Z and Y stay with the Host's shortcuts (the browser Host's keydown or Electron's
// menu), which already undo and redo the map.
import { useEffect } from 'react'
import { CLIPBOARD_MIME } from '../../../shared/clipboard'
import {
  ARROW_STEP,
  ARROW_STEP_LARGE,
  type BoardActions,
  type ClipboardContent,
} from './boardActions'
import { MENU_COMMAND_EVENT, menuCommandOf } from '../session/menuCommandEvent'
import { isTextField } from '../ui/textFields'

export function useBoardInput(actions: BoardActions): void {
  useEffect(() => {
    // Set by our copy/paste listeners, so a menu command knows whether execCommand reached them.
    let copied = false
    let pasted = false

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const key = event.key
      const mod = event.ctrlKey || event.metaKey
      const find = mod && !event.altKey && !event.shiftKey && key.toLowerCase() === 'f'
      const target = event.target instanceof Element ? event.target : null
      // Typing in a field (a note, a title) is most keys: leave before looking through the whole
      // page for an open dialog, which costs ~0.5 ms a key with 10,000 notes in the outline.
      if (!find && isTextField(target)) return
      if (modalOpen() || !forBoard(target)) return
      if (find) {
        event.preventDefault()
        actions.ui.openFind()
        return
      }
      if (mod) {
        if (event.altKey || event.shiftKey) return
        const lower = key.toLowerCase()
        if (lower === 'a') actions.selectAll()
        else if (lower === 'd') actions.duplicateSelected()
        else return
        event.preventDefault()
        return
      }
      if (event.altKey) return
      // A focused button, option or menu item keeps Enter, Space and the arrows for itself.
      const onControl = target !== null && isControl(target)
      const step = event.shiftKey ? ARROW_STEP_LARGE : ARROW_STEP
      let handled = true
      if (event.shiftKey && event.code === 'Digit1') actions.fitAll()
      else if (event.shiftKey && event.code === 'Digit2') actions.zoomToSelection()
      else if (key === '+' || key === '=') actions.zoomIn()
      else if (key === '-' || key === '_') actions.zoomOut()
      else if (key === 'n' || key === 'N') actions.newNote()
      else if (key === 'Delete' || key === 'Backspace') actions.deleteSelected()
      else if (key === 'Escape') actions.clearSelection()
      else if (onControl) handled = false
      else if (key === 'ArrowLeft') actions.moveSelected(-step, 0, event.repeat)
      else if (key === 'ArrowRight') actions.moveSelected(step, 0, event.repeat)
      else if (key === 'ArrowUp') actions.moveSelected(0, -step, event.repeat)
      else if (key === 'ArrowDown') actions.moveSelected(0, step, event.repeat)
      else if (key === 'Enter') actions.editSelected()
      else handled = false
      if (handled) event.preventDefault()
    }

    const onCopy = (event: ClipboardEvent) => cutOrCopy(event, false)
    const onCut = (event: ClipboardEvent) => cutOrCopy(event, true)
    const cutOrCopy = (event: ClipboardEvent, cut: boolean) => {
      const focused = document.activeElement
      if (isTextField(focused) || modalOpen() || !forBoard(focused) || !event.clipboardData) return
      const data = actions.copyData()
      if (!data) return
      event.preventDefault()
      event.clipboardData.setData('text/plain', data.text)
      event.clipboardData.setData(CLIPBOARD_MIME, data.json)
      copied = true
      if (cut) actions.removeCut()
    }
    const onPaste = (event: ClipboardEvent) => {
      const focused = document.activeElement
      if (isTextField(focused) || modalOpen() || !forBoard(focused) || !event.clipboardData) return
      event.preventDefault()
      pasted = true
      void actions.paste(fromDataTransfer(event.clipboardData))
    }

    // Electron's menu (and its Ctrl+C/X/V accelerators) sends commands instead of key presses. The
    // View menu's zoom commands are the Board's own.
    // execCommand raises the DOM events where the app may use the clipboard (Electron); elsewhere
    // the async clipboard API is the way.
    const onCommand = (event: Event) => {
      const id = menuCommandOf(event)
      if (modalOpen() || !forBoard(document.activeElement)) return
      switch (id) {
        case 'edit.delete':
          return actions.deleteSelected()
        case 'edit.selectAll':
          return actions.selectAll()
        case 'edit.copy':
        case 'edit.cut': {
          const cut = id === 'edit.cut'
          copied = false
          document.execCommand(cut ? 'cut' : 'copy')
          if (!copied) void writeClipboard(actions, cut)
          return
        }
        case 'edit.paste': {
          pasted = false
          document.execCommand('paste')
          if (!pasted) void readClipboard().then((content) => content && actions.paste(content))
          return
        }
      }
    }

    window.addEventListener('keydown', onKeyDown)
    document.addEventListener('copy', onCopy)
    document.addEventListener('cut', onCut)
    document.addEventListener('paste', onPaste)
    window.addEventListener(MENU_COMMAND_EVENT, onCommand)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('copy', onCopy)
      document.removeEventListener('cut', onCut)
      document.removeEventListener('paste', onPaste)
      window.removeEventListener(MENU_COMMAND_EVENT, onCommand)
    }
  }, [actions])
}

/** What a paste event's data holds. */
export function fromDataTransfer(data: DataTransfer): ClipboardContent {
  const get = (type: string) => {
    const value = data.getData(type)
    return value === '' ? null : value
  }
  const hasImage =
    [...data.items].some((item) => item.type.startsWith('image/')) ||
    [...data.files].some((file) => file.type.startsWith('image/'))
  return { json: get(CLIPBOARD_MIME), text: get('text/plain'), html: get('text/html'), hasImage }
}

const WEB_MIME = `web ${CLIPBOARD_MIME}`

async function writeClipboard(actions: BoardActions, cut: boolean): Promise<void> {
  const data = actions.copyData()
  if (!data) return
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([data.text], { type: 'text/plain' }),
        [WEB_MIME]: new Blob([data.json], { type: CLIPBOARD_MIME }),
      }),
    ])
  } catch {
    try {
      await navigator.clipboard.writeText(data.text)
    } catch {
      actions.ui.say('The clipboard could not be reached. Use Ctrl+C in the board instead.')
      return
    }
  }
  if (cut) actions.removeCut()
}

async function readClipboard(): Promise<ClipboardContent | null> {
  try {
    const items = await navigator.clipboard.read()
    let json: string | null = null
    let text: string | null = null
    let html: string | null = null
    let hasImage = false
    for (const item of items) {
      for (const type of item.types) {
        if (type.startsWith('image/')) hasImage = true
        else if (type === WEB_MIME) json ??= await (await item.getType(type)).text()
        else if (type === 'text/plain') text ??= await (await item.getType(type)).text()
        else if (type === 'text/html') html ??= await (await item.getType(type)).text()
      }
    }
    return { json, text, html, hasImage }
  } catch {
    try {
      return { json: null, text: await navigator.clipboard.readText(), html: null, hasImage: false }
    } catch {
      return null
    }
  }
}

function isControl(target: Element): boolean {
  return (
    target.closest(
      'button, a[href], input, select, summary, [role="option"], [role="menuitem"], [role="button"], [role="tab"]',
    ) !== null
  )
}

/**
 * Whether a key pressed (or a clipboard or menu command given) with focus on `target` is for the
 * board: the board is on screen (not behind the Journey, Action plan or Owners tab, where Ctrl+A
 * and Delete would empty it unseen), and focus is not in the step details beside it, in the
 * workshop bar and its panels, or in a menu or panel open over the board (the selected notes'
 * Align menu and Tags panel), whose own keys (Esc closes a panel) come first: Delete on a tag's
 * checkbox is not the board's.
 */
function forBoard(target: Element | null): boolean {
  const board = document.querySelector('.board')
  if (!board || board.closest('[hidden]')) return false
  return target?.closest('.workspace__side, .facilitation, [role="dialog"], [role="menu"]') == null
}

function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null
}
