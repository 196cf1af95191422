// Where the grid's lane bands fall on the canvas, in whole canvas pixels: drawGrid fills them
// there, and a frame whose canvas they cover entirely needs no clearing first. No DOM here, so
// the unit tests run it in Node.
import type { Board } from '../../../shared/document'
import { gridBounds } from '../map/geometry'
import type { Rect } from './boardView'

/** The canvas transform the board is drawn with: scale (a, d) and translation (e, f). */
export interface CanvasTransform {
  readonly a: number
  readonly d: number
  readonly e: number
  readonly f: number
}

/** A lane's band across the grid, in canvas pixels rounded to whole pixels. */
export function deviceBand(
  m: CanvasTransform,
  grid: Rect,
  lane: { y: number; height: number },
): Rect {
  const x = Math.round(m.e + grid.x * m.a)
  const y = Math.round(m.f + lane.y * m.d)
  return {
    x,
    y,
    width: Math.round(m.e + (grid.x + grid.width) * m.a) - x,
    height: Math.round(m.f + (lane.y + lane.height) * m.d) - y,
  }
}

/**
 * Whether drawGrid, drawn with transform `m`, paints every pixel of a `width` × `height` canvas
 * with an opaque colour: the view is inside a grid whose lanes leave no gap. Such a frame needs
 * no clearing first, which saves a pass over every pixel of the canvas.
 */
export function gridCoversCanvas(
  board: Board,
  m: CanvasTransform,
  width: number,
  height: number,
): boolean {
  const grid = gridBounds(board)
  if (!grid || !lanesTile(board, grid)) return false
  // The lanes tile the grid, so their bands together are the grid's rectangle on the canvas.
  const bands = board.lanes.map((lane) => deviceBand(m, grid, lane))
  const top = Math.min(...bands.map((b) => b.y))
  const bottom = Math.max(...bands.map((b) => b.y + b.height))
  const { x: left, width: across } = bands[0]!
  return left <= 0 && top <= 0 && left + across >= width && bottom >= height
}

/** Whether the lanes, top to bottom, cover the grid's height without a gap. */
export function lanesTile(board: Board, grid: Rect): boolean {
  if (board.lanes.length === 0) return false
  const lanes = [...board.lanes].sort((a, b) => a.y - b.y)
  let bottom = grid.y
  for (const lane of lanes) {
    if (lane.y > bottom) return false
    bottom = Math.max(bottom, lane.y + lane.height)
  }
  return bottom >= grid.y + grid.height
}
