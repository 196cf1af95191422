// What Journeyboard puts on the clipboard, and how much a paste may create.
import type { Note } from '../document/types'

/** The custom clipboard type for notes; the "web " prefix lets Chromium carry it between apps. */
export const CLIPBOARD_MIME = 'web application/x-journeyboard+json'

/** Copied notes, as JSON under `CLIPBOARD_MIME`. */
export interface ClipboardNotes {
  readonly format: 'journeyboard-notes'
  readonly version: 1
  readonly notes: readonly Note[]
}

/** Pasting more notes than this asks the facilitator first. */
export const PASTE_CONFIRM_THRESHOLD = 500
/** A paste never creates more notes than this; the rest is left out. */
export const MAX_PASTE_NOTES = 20_000
