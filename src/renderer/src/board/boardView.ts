// The board's view state: camera, selection, the note being edited, find highlights. It is not
// part of the document (nothing here is saved or undone); the canvas, the overlays (note editor,
// find, minimap, outline) and the keyboard all read and change it through this one store.
import type { Rect } from '../map/geometry'

export type { Rect }

export interface Camera {
  /** Screen position of the board's origin, in CSS pixels. */
  readonly x: number
  readonly y: number
  /** Screen pixels per board unit. */
  readonly scale: number
}

export interface Point {
  readonly x: number
  readonly y: number
}

export interface EditTarget {
  readonly noteId: string
  /** A note made by this gesture: Esc on an empty new note removes it again. */
  readonly isNew: boolean
}

export interface BoardViewState {
  readonly camera: Camera
  /** Size of the canvas in CSS pixels. */
  readonly viewport: { readonly width: number; readonly height: number }
  readonly selection: ReadonlySet<string>
  readonly editing: EditTarget | null
  /** Notes matched by Find. */
  readonly highlight: ReadonlySet<string>
  /** The current Find match or the note keyboard focus is on. */
  readonly focusedId: string | null
}

/** Zoom is clamped to this range (1 = 100 %). */
export const MIN_SCALE = 0.02
export const MAX_SCALE = 8

export type SelectMode = 'replace' | 'add' | 'toggle'

export interface BoardView {
  getState(): BoardViewState
  subscribe(listener: () => void): () => void
  setViewport(width: number, height: number): void
  setCamera(camera: Camera): void
  panBy(dx: number, dy: number): void
  /** Zooms by `factor` keeping the board point under `screenPoint` (default: the centre) still. */
  zoomAt(factor: number, screenPoint?: Point): void
  /**
   * Shows `bounds` (board units) with a margin (`top` screen pixels above them, by default the
   * same as at the other edges, and at least `left(scale)` on the left), never magnifying beyond
   * `maxScale`, and clear of the controls on the canvas (see setKeepClear).
   */
  fitBounds(bounds: Rect | null, maxScale?: number, top?: number, left?: LeftRoom): void
  /**
   * Where the controls that sit on the canvas (minimap, zoom buttons) are, as rects in viewport
   * pixels, asked at each fit: fitting keeps the board out from under them.
   */
  setKeepClear(controls: () => readonly Rect[]): void
  /** Where those controls are now (viewport pixels); none before the board sets them. */
  controls(): readonly Rect[]
  select(ids: Iterable<string>, mode?: SelectMode): void
  clearSelection(): void
  startEditing(target: EditTarget): void
  stopEditing(): void
  setHighlight(ids: Iterable<string>, focusedId: string | null): void
  setFocused(id: string | null): void
  toBoard(screen: Point): Point
  toScreen(board: Point): Point
}

/** Room left around a fitted board, in screen pixels. */
export const FIT_MARGIN = 48
/** Room between a fitted board and a control it is kept clear of. */
export const CONTROL_GAP = 16
/**
 * Room between the selection toolbar and the selected notes it sits above or below, and between
 * it and the board's edge (SelectionToolbar.tsx).
 */
export const SELECTION_BAR_GAP = 12

/**
 * Screen pixels to keep left of the fitted bounds at a given scale, when what is drawn there
 * reaches past them (the lane names of a board zoomed far out).
 */
export type LeftRoom = (scale: number) => number

/**
 * The camera that shows `bounds` whole, centred, with a margin (`top` at the top, at least
 * `leftRoom(scale)` on the left) and no larger than `maxScale`, below the `keepClear` rects in the
 * top half of the view (the running timer).
 * When the board would then lie under one of those in the bottom half (the controls in the bottom
 * corners), it is fitted instead above the controls or between the left and the right ones,
 * whichever leaves it larger.
 */
export function fitCamera(
  bounds: Rect,
  viewport: { readonly width: number; readonly height: number },
  keepClear: readonly Rect[],
  maxScale: number,
  top = FIT_MARGIN,
  leftRoom: LeftRoom = () => 0,
): Camera {
  const place = (left: number, top: number, right: number, bottom: number): Camera => {
    const width = Math.max(1, viewport.width - left - right)
    const height = Math.max(1, viewport.height - top - bottom)
    const scale = clampScale(
      Math.min(maxScale, width / Math.max(bounds.width, 1), height / Math.max(bounds.height, 1)),
    )
    return {
      x: left + width / 2 - (bounds.x + bounds.width / 2) * scale,
      y: top + height / 2 - (bounds.y + bounds.height / 2) * scale,
      scale,
    }
  }
  /**
   * Fitted inside the margins; what reaches left of the bounds (`leftRoom`) stays right of `edge`:
   * the view's edge, or the control on the left the map is fitted beside.
   */
  const fitInto = (left: number, top: number, right: number, bottom: number, edge = 0): Camera => {
    let camera = place(left, top, right, bottom)
    // The room wanted grows as the scale falls, and making it falls the scale a little: two
    // pixels more, and a second look, cover that.
    for (let tries = 0; tries < 3; tries++) {
      const room = leftRoom(camera.scale)
      if (camera.x + bounds.x * camera.scale - room >= edge) break
      camera = place(Math.max(left, edge + room + 2), top, right, bottom)
    }
    return camera
  }
  const m = FIT_MARGIN
  const high = (r: Rect) => r.y + r.height / 2 < viewport.height / 2
  top = Math.max(top, ...keepClear.filter(high).map((r) => r.y + r.height + CONTROL_GAP))
  keepClear = keepClear.filter((r) => !high(r))
  const centred = fitInto(m, top, m, m)
  const shown = (c: Camera): Rect => ({
    x: c.x + bounds.x * c.scale,
    y: c.y + bounds.y * c.scale,
    width: bounds.width * c.scale,
    height: bounds.height * c.scale,
  })
  if (!keepClear.some((r) => overlaps(r, shown(centred)))) return centred
  const middle = viewport.width / 2
  const onLeft = keepClear.filter((r) => r.x + r.width / 2 < middle)
  const onRight = keepClear.filter((r) => r.x + r.width / 2 >= middle)
  const bottom = Math.max(m, ...keepClear.map((r) => viewport.height - r.y + CONTROL_GAP))
  const left = Math.max(m, ...onLeft.map((r) => r.x + r.width + CONTROL_GAP))
  const right = Math.max(m, ...onRight.map((r) => viewport.width - r.x + CONTROL_GAP))
  const above = fitInto(m, top, m, bottom)
  const between = fitInto(left, top, right, m, left > m ? left - CONTROL_GAP : 0)
  return above.scale >= between.scale ? above : between
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function clampScale(scale: number): number {
  if (!Number.isFinite(scale)) return 1
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

/** `camera` at `scale`, around the point `at` on screen: the board point under it stays there. */
export function zoomCamera(camera: Camera, scale: number, at: Point): Camera {
  const x = (at.x - camera.x) / camera.scale
  const y = (at.y - camera.y) / camera.scale
  return { x: at.x - x * scale, y: at.y - y * scale, scale }
}

const EMPTY: ReadonlySet<string> = new Set()

/**
 * The focused note once the selection becomes `next`: a note focused from a view or the outline
 * (selected with it) lets go when the selection moves on, else two notes looked selected; Find's
 * current match (a highlight) stays.
 */
function focusAfter(state: BoardViewState, next: ReadonlySet<string>): string | null {
  const id = state.focusedId
  if (id === null || next.has(id) || state.highlight.has(id) || !state.selection.has(id)) return id
  return null
}

/** Creates the view store for one open map. */
export function createBoardView(initial?: Partial<BoardViewState>): BoardView {
  let keepClear: () => readonly Rect[] = () => []
  let state: BoardViewState = {
    camera: { x: 0, y: 0, scale: 1 },
    viewport: { width: 0, height: 0 },
    selection: new Set(),
    editing: null,
    highlight: new Set(),
    focusedId: null,
    ...initial,
  }
  const listeners = new Set<() => void>()
  const set = (patch: Partial<BoardViewState>) => {
    state = { ...state, ...patch }
    for (const listener of [...listeners]) listener()
  }
  const view: BoardView = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setViewport(width, height) {
      if (width === state.viewport.width && height === state.viewport.height) return
      set({ viewport: { width, height } })
    },
    setCamera(camera) {
      const scale = clampScale(camera.scale)
      if (!Number.isFinite(camera.x) || !Number.isFinite(camera.y)) return
      set({ camera: { x: camera.x, y: camera.y, scale } })
    },
    panBy(dx, dy) {
      const { camera } = state
      view.setCamera({ ...camera, x: camera.x + dx, y: camera.y + dy })
    },
    zoomAt(factor, screenPoint) {
      const { camera, viewport } = state
      const at = screenPoint ?? { x: viewport.width / 2, y: viewport.height / 2 }
      view.setCamera(zoomCamera(camera, clampScale(camera.scale * factor), at))
    },
    fitBounds(bounds, maxScale = 1, top = FIT_MARGIN, left) {
      const { viewport } = state
      if (!bounds || viewport.width === 0 || viewport.height === 0) return
      view.setCamera(fitCamera(bounds, viewport, keepClear(), maxScale, top, left))
    },
    setKeepClear(controls) {
      keepClear = controls
    },
    controls: () => keepClear(),
    select(ids, mode = 'replace') {
      const next = mode === 'replace' ? new Set<string>() : new Set(state.selection)
      for (const id of ids) {
        if (mode === 'toggle' && next.has(id)) next.delete(id)
        else next.add(id)
      }
      set({ selection: next, focusedId: focusAfter(state, next) })
    },
    clearSelection() {
      if (state.selection.size > 0)
        set({ selection: new Set(), focusedId: focusAfter(state, EMPTY) })
    },
    startEditing(target) {
      set({ editing: target, selection: new Set([target.noteId]) })
    },
    stopEditing() {
      if (state.editing) set({ editing: null })
    },
    setHighlight(ids, focusedId) {
      set({ highlight: new Set(ids), focusedId })
    },
    setFocused(id) {
      set({ focusedId: id })
    },
    toBoard: (p) => ({
      x: (p.x - state.camera.x) / state.camera.scale,
      y: (p.y - state.camera.y) / state.camera.scale,
    }),
    toScreen: (p) => ({
      x: p.x * state.camera.scale + state.camera.x,
      y: p.y * state.camera.scale + state.camera.y,
    }),
  }
  return view
}
