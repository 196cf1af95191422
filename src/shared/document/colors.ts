// What each note colour looks like: one table for the board, the minimap, the note editor, the
// PNG export and the PDF, so a pink note is the same pink everywhere.
import type { NoteColor } from './types'

export const NOTE_FILL = {
  yellow: '#fff1a8',
  pink: '#ffd3de',
  blue: '#cfe6ff',
  green: '#d4f2cf',
  orange: '#ffdcb8',
  purple: '#e4d8ff',
  grey: '#e6e8ec',
} as const satisfies Record<NoteColor, string>
