// Camera moves the keyboard, the find panel and the zoom buttons ask for: fit everything, zoom to
// the selection, centre one note, bring something just made into view.
import type { JourneyDocument, Note } from '../../../shared/document'
import { contentBounds } from '../map/geometry'
import { laneNamesReach } from './drawGrid'
import { NOTE_FONT_SIZE } from './style'
import {
  CONTROL_GAP,
  FIT_MARGIN,
  overlaps,
  type BoardView,
  type Camera,
  type Point,
  type Rect,
} from './boardView'

/**
 * Shows the whole map, never magnified beyond 100 % (Shift+1), with room on its left for the lane
 * names, which reach past the lane headers when zoomed far out.
 */
export function fitAll(view: BoardView, doc: JourneyDocument): void {
  const { viewport } = view.getState()
  if (viewport.width === 0 || viewport.height === 0) return
  const hasLanes = doc.board.lanes.length > 0
  view.fitBounds(contentBounds(doc.board), 1, FIT_MARGIN, (scale) =>
    hasLanes ? FIT_MARGIN / 4 + laneNamesReach(scale) : 0,
  )
  fits.set(view, view.getState().camera)
}

/** The camera each view's last fitAll set. */
const fits = new WeakMap<BoardView, Camera>()

/** Whether the view was fitted yet: the board fits the map once, when it first has a size. */
export function everFitted(view: BoardView): boolean {
  return fits.has(view)
}

/**
 * Whether the view still shows what fitAll last fitted: the camera has not moved since. When the
 * window then changes size, the board is fitted again (Board.tsx).
 */
export function stillFitted(view: BoardView): boolean {
  const fitted = fits.get(view)
  return fitted !== undefined && fitted === view.getState().camera
}

/**
 * Shows the selected notes, up to 200 %; with nothing selected it fits all (Shift+2). `barRoom`
 * (screen pixels) is kept above them for the selection toolbar, which sits there.
 */
export function zoomToSelection(view: BoardView, doc: JourneyDocument, barRoom = 0): void {
  const { selection } = view.getState()
  const bounds = notesBounds(doc.board.notes.filter((n) => selection.has(n.id)))
  if (bounds) view.fitBounds(bounds, 2, Math.max(FIT_MARGIN, barRoom))
  else fitAll(view, doc)
}

/** Moves the camera so `note` is in the middle of the view, zooming in if it would be unreadable. */
export function centreOn(view: BoardView, note: Note): void {
  const { camera, viewport } = view.getState()
  const readable = camera.scale * NOTE_FONT_SIZE >= 12
  const fits =
    note.width * camera.scale <= viewport.width && note.height * camera.scale <= viewport.height
  const scale = readable && fits ? camera.scale : 1
  view.setCamera({
    x: viewport.width / 2 - (note.x + note.width / 2) * scale,
    y: viewport.height / 2 - (note.y + note.height / 2) * scale,
    scale,
  })
}

/**
 * Pans the camera the least that shows `rect` (board units) whole, `margin` screen pixels inside
 * the view's edges (`top` from the top edge), and out from under the controls on the canvas
 * (minimap, zoom and stage buttons) where the view leaves room for that; a rect too big for the
 * view is centred on that axis. Used for the note being written, a new stage or lane, and Find's
 * match below its panel.
 */
export function keepInView(view: BoardView, rect: Rect, margin = 32, top = margin): void {
  const { x, y } = panToShow(view, rect, margin, top)
  if (x !== 0 || y !== 0) view.panBy(x, y)
}

/**
 * The pan, in screen pixels, that `keepInView` would make; 0 on an axis that needs none. Moving
 * `rect` by the same amount (divided by the scale) instead puts it where that pan would show it.
 */
export function panToShow(view: BoardView, rect: Rect, margin = 32, top = margin): Point {
  const { camera, viewport } = view.getState()
  const s = camera.scale
  // The band [low, high] of the view that rect should be in.
  const along = (start: number, size: number, low: number, high: number) => {
    if (size > high - low) return (low + high - size) / 2 - start
    if (start < low) return low - start
    if (start + size > high) return high - (start + size)
    return 0
  }
  const shown = { x: camera.x + rect.x * s, y: camera.y + rect.y * s }
  const size = { width: rect.width * s, height: rect.height * s }
  let dx = along(shown.x, size.width, margin, viewport.width - margin)
  let dy = along(shown.y, size.height, top, viewport.height - margin)
  // Then out from under a control it lands on: up, or sideways away from it, whichever is less
  // (and still in view).
  for (const control of view.controls()) {
    const at = { x: shown.x + dx, y: shown.y + dy, ...size }
    if (!overlaps(control, at)) continue
    const onLeft = control.x + control.width / 2 < viewport.width / 2
    const moves = [
      { dx: 0, dy: control.y - CONTROL_GAP - (at.y + at.height) },
      onLeft
        ? { dx: control.x + control.width + CONTROL_GAP - at.x, dy: 0 }
        : { dx: control.x - CONTROL_GAP - (at.x + at.width), dy: 0 },
    ].filter(
      (move) =>
        at.y + move.dy >= top &&
        at.x + move.dx >= margin &&
        at.x + move.dx + at.width <= viewport.width - margin,
    )
    const least = moves.sort((a, b) => Math.abs(a.dx + a.dy) - Math.abs(b.dx + b.dy))[0]
    if (least) {
      dx += least.dx
      dy += least.dy
    }
  }
  // Less than half a pixel is rounding, not a rect out of view.
  return { x: Math.abs(dx) < 0.5 ? 0 : dx, y: Math.abs(dy) < 0.5 ? 0 : dy }
}

/** The box around `notes`, or null when there are none. */
export function notesBounds(notes: readonly Note[]): Rect | null {
  if (notes.length === 0) return null
  let x = Infinity
  let y = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const n of notes) {
    x = Math.min(x, n.x)
    y = Math.min(y, n.y)
    right = Math.max(right, n.x + n.width)
    bottom = Math.max(bottom, n.y + n.height)
  }
  return { x, y, width: right - x, height: bottom - y }
}
