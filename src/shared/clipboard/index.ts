// The clipboard module's public face: what Journeyboard copies, and how pasted content becomes notes.
export {
  CLIPBOARD_MIME,
  MAX_PASTE_NOTES,
  PASTE_CONFIRM_THRESHOLD,
  type ClipboardNotes,
} from './format'
export { notesToClipboard, parseClipboardNotes } from './notes'
export { linesFromText } from './lines'
export { textFromHtml } from './html'
