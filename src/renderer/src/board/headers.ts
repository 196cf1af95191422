// Where the stage and lane headers are, and which part of one a point is on: the body (drag to
// reorder, double-click to rename) or the far edge (drag to resize).
import type { Board } from '../../../shared/document'
import { gridBounds } from '../map/geometry'
import type { Point, Rect } from './boardView'
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from './style'

export type HeaderKind = 'stage' | 'lane'

export interface HeaderHit {
  readonly kind: HeaderKind
  readonly id: string
  readonly index: number
  readonly part: 'body' | 'edge'
}

/** Screen pixels either side of a header's far edge that grab the edge. */
const EDGE_PX = 7

export function stageHeaderRect(board: Board, index: number): Rect | null {
  const grid = gridBounds(board)
  const stage = board.stages[index]
  if (!grid || !stage) return null
  return {
    x: stage.x,
    y: grid.y - STAGE_HEADER_HEIGHT,
    width: stage.width,
    height: STAGE_HEADER_HEIGHT,
  }
}

export function laneHeaderRect(board: Board, index: number): Rect | null {
  const grid = gridBounds(board)
  const lane = board.lanes[index]
  if (!grid || !lane) return null
  return { x: grid.x - LANE_HEADER_WIDTH, y: lane.y, width: LANE_HEADER_WIDTH, height: lane.height }
}

export function headerRect(board: Board, kind: HeaderKind, id: string): Rect | null {
  if (kind === 'stage')
    return stageHeaderRect(
      board,
      board.stages.findIndex((s) => s.id === id),
    )
  return laneHeaderRect(
    board,
    board.lanes.findIndex((l) => l.id === id),
  )
}

/** The header under `point` (board units), if any. */
export function headerAt(board: Board, point: Point, scale: number): HeaderHit | null {
  const edge = EDGE_PX / scale
  for (let i = 0; i < board.stages.length; i++) {
    const r = stageHeaderRect(board, i)
    const stage = board.stages[i]
    if (!r || !stage) continue
    if (point.y < r.y || point.y > r.y + r.height) continue
    if (Math.abs(point.x - (r.x + r.width)) <= edge) {
      return { kind: 'stage', id: stage.id, index: i, part: 'edge' }
    }
    if (point.x >= r.x && point.x < r.x + r.width) {
      return { kind: 'stage', id: stage.id, index: i, part: 'body' }
    }
  }
  for (let i = 0; i < board.lanes.length; i++) {
    const r = laneHeaderRect(board, i)
    const lane = board.lanes[i]
    if (!r || !lane) continue
    if (point.x < r.x || point.x > r.x + r.width) continue
    if (Math.abs(point.y - (r.y + r.height)) <= edge) {
      return { kind: 'lane', id: lane.id, index: i, part: 'edge' }
    }
    if (point.y >= r.y && point.y < r.y + r.height) {
      return { kind: 'lane', id: lane.id, index: i, part: 'body' }
    }
  }
  return null
}

/**
 * The index a header dragged to `at` (board x for stages, y for lanes) lands on: the number of
 * other headers whose middle lies before it.
 */
export function dropIndex(board: Board, kind: HeaderKind, id: string, at: number): number {
  const bands =
    kind === 'stage'
      ? board.stages.map((s) => ({ id: s.id, mid: s.x + s.width / 2 }))
      : board.lanes.map((l) => ({ id: l.id, mid: l.y + l.height / 2 }))
  return bands.filter((b) => b.id !== id && b.mid < at).length
}
