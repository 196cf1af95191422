// A picture of the whole board — grid, headers and every note — drawn offscreen with the board's
// own drawing functions at a chosen scale, whatever part of it the screen shows right now.
import type { Board } from '../../../shared/document'
import { drawGrid } from '../board/drawGrid'
import { drawNotes, type NoteDecor } from '../board/drawNotes'
import { contentBounds, type Rect } from '../map/geometry'

/** The widest or highest picture, in pixels: what browsers agree a canvas may be. */
export const MAX_PICTURE_SIDE = 16_384
/** The most pixels in one picture (100 megapixels, 400 MB while it is drawn). */
export const MAX_PICTURE_PIXELS = 100_000_000
/** Board units of empty board around the content. */
const MARGIN = 32
/** The board's background colour on screen. */
const BACKGROUND = '#eef1f5'

const NO_DECOR: NoteDecor = {
  selection: new Set(),
  highlight: new Set(),
  focusedId: null,
  editingId: null,
  handleId: null,
}

export interface PictureSize {
  /** The part of the board in the picture, in board units. */
  readonly bounds: Rect
  readonly width: number
  readonly height: number
}

/** The picture's size at `scale` pixels per board unit, or null when the board is empty. */
export function pictureSize(board: Board, scale: number): PictureSize | null {
  const content = contentBounds(board)
  if (content === null) return null
  const bounds = {
    x: content.x - MARGIN,
    y: content.y - MARGIN,
    width: content.width + 2 * MARGIN,
    height: content.height + 2 * MARGIN,
  }
  return {
    bounds,
    width: Math.ceil(bounds.width * scale),
    height: Math.ceil(bounds.height * scale),
  }
}

/** Why the board cannot be pictured at `scale`, in words for the user; null when it can. */
export function pictureProblem(board: Board, scale: number): string | null {
  const size = pictureSize(board, scale)
  if (size === null) return 'The board is empty: there is nothing to picture yet.'
  if (
    size.width > MAX_PICTURE_SIDE ||
    size.height > MAX_PICTURE_SIDE ||
    size.width * size.height > MAX_PICTURE_PIXELS
  ) {
    return `At ${scale}× the picture would be ${size.width.toLocaleString('en-US')} × ${size.height.toLocaleString('en-US')} pixels, more than a picture can hold (${MAX_PICTURE_SIDE.toLocaleString('en-US')} pixels on a side, ${MAX_PICTURE_PIXELS / 1_000_000} megapixels in all). Choose a smaller scale.`
  }
  return null
}

/** The board drawn on a new canvas. Throws RangeError (with `pictureProblem`'s words) when it cannot be. */
export function drawBoardPicture(board: Board, scale: number): HTMLCanvasElement {
  const problem = pictureProblem(board, scale)
  const size = pictureSize(board, scale)
  if (problem !== null || size === null) throw new RangeError(problem ?? 'Nothing to picture')
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const ctx = canvas.getContext('2d')
  if (ctx === null) throw new RangeError('This browser could not make a picture of that size.')
  ctx.fillStyle = BACKGROUND
  ctx.fillRect(0, 0, size.width, size.height)
  ctx.setTransform(scale, 0, 0, scale, -size.bounds.x * scale, -size.bounds.y * scale)
  drawGrid(ctx, board, scale, size.bounds, { activeHeader: null })
  drawNotes(ctx, board.notes, scale, NO_DECOR)
  return canvas
}

export interface BoardPng {
  readonly bytes: Uint8Array
  readonly width: number
  readonly height: number
}

/** The board as PNG bytes at `scale` (1, 2 or 4 pixels per board unit). */
export async function boardPng(board: Board, scale: number): Promise<BoardPng> {
  const canvas = drawBoardPicture(board, scale)
  try {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (blob === null) throw new RangeError('This browser could not encode the picture as PNG.')
    return {
      bytes: new Uint8Array(await blob.arrayBuffer()),
      width: canvas.width,
      height: canvas.height,
    }
  } finally {
    // Let the browser drop the bitmap now rather than whenever the canvas is collected.
    canvas.width = 0
    canvas.height = 0
  }
}

/** The longest side of the report's picture, in pixels: sharp when printed on A3. */
export const REPORT_PICTURE_SIDE = 3_200

/**
 * The board as a PNG data: URL for the report's picture page, at most `REPORT_PICTURE_SIDE`
 * pixels on its longer side (and never magnified beyond 2×). Null when the board is empty.
 */
export function boardPictureDataUrl(board: Board): string | null {
  const unit = pictureSize(board, 1)
  if (unit === null) return null
  const scale = Math.min(
    2,
    REPORT_PICTURE_SIDE / unit.bounds.width,
    REPORT_PICTURE_SIDE / unit.bounds.height,
  )
  const canvas = drawBoardPicture(board, scale)
  try {
    return canvas.toDataURL('image/png')
  } finally {
    canvas.width = 0
    canvas.height = 0
  }
}
