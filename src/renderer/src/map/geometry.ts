// Where things are on the board: which stage and lane hold a note, the grid's bounds, reading
// order, and the conversions between screen and board coordinates.
import type { Board, Lane, Note, NoteColor, NoteKind, Stage } from '../../../shared/document'
import { clampScale } from '../board/boardView'
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../board/style'

export { clampScale, MAX_SCALE, MIN_SCALE } from '../board/boardView'
export { LANE_HEADER_WIDTH, NOTE_FILL, STAGE_HEADER_HEIGHT } from '../board/style'

export interface View {
  readonly x: number
  readonly y: number
  readonly scale: number
}

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export function toBoard(view: View, screenX: number, screenY: number) {
  return { x: (screenX - view.x) / view.scale, y: (screenY - view.y) / view.scale }
}

export function stageAt(stages: readonly Stage[], x: number): Stage | null {
  return stages.find((s) => x >= s.x && x < s.x + s.width) ?? null
}

export function laneAt(lanes: readonly Lane[], y: number): Lane | null {
  return lanes.find((l) => y >= l.y && y < l.y + l.height) ?? null
}

export function noteCentre(note: Note) {
  return { x: note.x + note.width / 2, y: note.y + note.height / 2 }
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

/** A view that shows `bounds` inside a viewport, not magnified beyond 1. */
export function fitView(bounds: Rect | null, width: number, height: number, margin = 32): View {
  if (!bounds || width <= 0 || height <= 0) return { x: width / 2, y: height / 2, scale: 1 }
  const scale = clampScale(
    Math.min(1, (width - margin * 2) / bounds.width, (height - margin * 2) / bounds.height),
  )
  return {
    x: (width - bounds.width * scale) / 2 - bounds.x * scale,
    y: Math.max(margin, (height - bounds.height * scale) / 2) - bounds.y * scale,
    scale,
  }
}

/** Notes in the order a reader takes them: lane by lane, stage by stage, then top-left first. */
export function readingOrder(board: Board): Note[] {
  const rank = (note: Note) => {
    const c = noteCentre(note)
    const lane = laneAt(board.lanes, c.y)
    const stage = stageAt(board.stages, c.x)
    return [
      lane ? board.lanes.indexOf(lane) : board.lanes.length,
      stage ? board.stages.indexOf(stage) : board.stages.length,
      note.y,
      note.x,
    ]
  }
  const ranks = new Map(board.notes.map((n) => [n.id, rank(n)]))
  return [...board.notes].sort((a, b) => {
    const ra = ranks.get(a.id) ?? []
    const rb = ranks.get(b.id) ?? []
    for (let i = 0; i < ra.length; i++) {
      const d = (ra[i] ?? 0) - (rb[i] ?? 0)
      if (d !== 0) return d
    }
    return 0
  })
}

const KIND_COLORS = {
  'customer-action': 'yellow',
  touchpoint: 'blue',
  'pain-point': 'pink',
  idea: 'green',
  task: 'orange',
  evidence: 'purple',
  metric: 'grey',
  other: 'yellow',
} as const satisfies Record<NoteKind, NoteColor>

/** The colour a new note takes from the lane it is dropped in. */
export function colorForKind(kind: NoteKind | null): NoteColor {
  return kind ? KIND_COLORS[kind] : 'yellow'
}
