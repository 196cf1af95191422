// How the board looks, in board units: note and header sizes, fonts and colours, shared by the
// canvas, the hit testing and the DOM overlays that must line up with it.
import type { NoteColor } from '../../../shared/document'

export const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Noto Color Emoji", "Liberation Sans", Arial, sans-serif'

/** Padding inside a note and its largest text size; text shrinks below this to fit. */
export const NOTE_PADDING = 14
export const NOTE_FONT_SIZE = 20
/** The smallest text size a note shrinks to; longer text is cut with an ellipsis. */
export const NOTE_MIN_FONT_SIZE = 6
export const NOTE_LINE_HEIGHT = 1.25
export const NOTE_RADIUS = 4

/** Room for the lane headers left of the grid and the stage headers above it. */
export { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../../../shared/document/templates'

/** Below this many screen pixels of text a note shows grey lines instead of its text. */
export const MIN_READABLE_TEXT_PX = 8
/** Below this many screen pixels of width a note is a plain coloured rectangle. */
export const MIN_DETAILED_NOTE_PX = 14

export const INK = '#1f2a37'
export const GRID_LINE = '#d5dbe3'
export const GRID_BORDER = '#c3cbd6'
/** A strip of the grid in no stage or no lane (one deleted from the middle). */
export const GRID_GAP = '#e6eaf0'
export const LANE_BANDS = ['#ffffff', '#f6f8fb'] as const
export const STAGE_HEADER_FILL = '#26364a'
export const LANE_HEADER_FILL = '#e9eef5'
export const SELECTION = '#2563eb'
export const HIGHLIGHT = '#f59e0b'
export const FOCUS = '#c2410c'

export { NOTE_FILL } from '../../../shared/document/colors'

/** The colour of a note's placeholder lines when it is too small to read. */
export const NOTE_LINES = {
  yellow: '#d6c46a',
  pink: '#d9a0b0',
  blue: '#93b6da',
  green: '#9cc895',
  orange: '#d9aa7c',
  purple: '#b3a2da',
  grey: '#b3b8c0',
} as const satisfies Record<NoteColor, string>
