// The board's extent on the canvas: the grid's bounds, everything worth seeing (for Fit, the
// minimap and the PNG export), and reading order. Which stage and lane hold a note is decided in
// src/shared/journey/geometry.ts, the same rule the journey and the exports use.
import type { Board, Note } from '../../../shared/document'
import { readingOrder as inRows } from '../../../shared/commands/board/readingOrder'
import { laneLocator, stageLocator } from '../../../shared/journey'
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../board/style'

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Whether `inner` lies wholly inside `outer` (edges may touch). */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

/** The grid of stages and lanes, or null on a board that has neither. */
export function gridBounds(board: Board): Rect | null {
  const { stages, lanes } = board
  if (stages.length === 0 && lanes.length === 0) return null
  const left = stages.length ? Math.min(...stages.map((s) => s.x)) : 0
  const right = stages.length ? Math.max(...stages.map((s) => s.x + s.width)) : left + 1600
  const top = lanes.length ? Math.min(...lanes.map((l) => l.y)) : 0
  const bottom = lanes.length ? Math.max(...lanes.map((l) => l.y + l.height)) : top + 1000
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/** Everything worth seeing: the grid with its headers, and every note. */
export function contentBounds(board: Board): Rect | null {
  let x = Infinity
  let y = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const n of board.notes) {
    if (n.x < x) x = n.x
    if (n.y < y) y = n.y
    if (n.x + n.width > right) right = n.x + n.width
    if (n.y + n.height > bottom) bottom = n.y + n.height
  }
  const grid = gridBounds(board)
  if (grid) {
    x = Math.min(x, grid.x - (board.lanes.length ? LANE_HEADER_WIDTH : 0))
    y = Math.min(y, grid.y - (board.stages.length ? STAGE_HEADER_HEIGHT : 0))
    right = Math.max(right, grid.x + grid.width)
    bottom = Math.max(bottom, grid.y + grid.height)
  }
  if (!Number.isFinite(x)) return null
  return { x, y, width: right - x, height: bottom - y }
}

/**
 * Notes in the order a reader takes them: lane by lane, stage by stage, then inside each cell in
 * rows, left to right (the board's reading order, where notes a little higher or lower are still
 * in the same row).
 */
export function readingOrder(board: Board): Note[] {
  const laneOf = laneLocator(board.lanes)
  const stageOf = stageLocator(board.stages)
  const cells = new Map<number, Note[]>()
  const stride = board.stages.length + 1
  for (const note of board.notes) {
    const lane = laneOf(note)
    const stage = stageOf(note)
    const laneRank = lane ? board.lanes.indexOf(lane) : board.lanes.length
    const stageRank = stage ? board.stages.indexOf(stage) : board.stages.length
    const key = laneRank * stride + stageRank
    const cell = cells.get(key)
    if (cell) cell.push(note)
    else cells.set(key, [note])
  }
  return [...cells.keys()].sort((a, b) => a - b).flatMap((key) => inRows(cells.get(key) ?? []))
}
