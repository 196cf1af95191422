// The minimap: the whole board in a corner, notes as small rectangles and the view as a frame;
// click or drag on it to move the camera. The canvas is drawn again only when the board, the
// highlights or the minimap's own scale change, so it stays cheap with 10,000 notes. The view's
// frame is drawn on a small canvas of its own on top: a pan or zoom frame redraws a rectangle there
// and changes nothing in the page, so the browser does not lay out and repaint the page for it
// (an element moved and resized on every zoom frame cost ~0.7 ms a frame in software rendering).
import { useEffect, useRef, useSyncExternalStore } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { Board, NoteColor } from '../../../shared/document'
import type { BoardView, Rect } from '../board/boardView'
import { clearCanvas } from '../board/canvas'
import { HIGHLIGHT, NOTE_FILL } from '../board/style'
import { contentBounds, gridBounds } from '../map/geometry'

/** The minimap's largest size (px), on a board at least 1,100 px wide and 494 high. */
const WIDTH = 220
const HEIGHT = 148
/** Its smallest width: below, the notes in it are too small to tell apart. */
const MIN_WIDTH = 120
const PAD = 8

/**
 * How wide the minimap is on a board of this size: at most a fifth of its width and about a
 * third of its height, so that on a small window (a 1,024 × 640 laptop, say) it leaves Fit room for
 * the map rather than covering a third of the board.
 */
export function minimapWidth(viewport: { readonly width: number; readonly height: number }) {
  if (viewport.width <= 0 || viewport.height <= 0) return WIDTH
  const fits = Math.min(viewport.width / 5, ((viewport.height * 0.3) / HEIGHT) * WIDTH)
  return Math.floor(Math.max(MIN_WIDTH, Math.min(WIDTH, fits)))
}

/** Board units to minimap pixels. */
interface Mapping {
  readonly scale: number
  readonly x: number
  readonly y: number
}

export function Minimap({ editor, view }: { editor: Editor; view: BoardView }) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const frameRef = useRef<HTMLCanvasElement>(null)
  const width = useSyncExternalStore(view.subscribe, () => minimapWidth(view.getState().viewport))
  const height = Math.round((width * HEIGHT) / WIDTH)

  useEffect(() => {
    const canvas = canvasRef.current
    const context = canvas?.getContext('2d')
    const frameContext = frameRef.current?.getContext('2d')
    if (!canvas || !context || !frameContext) return
    const ratio = window.devicePixelRatio || 1
    for (const c of [canvas, frameContext.canvas]) {
      c.width = width * ratio
      c.height = height * ratio
    }
    let placed = ''

    let frame = 0
    let frozen: Mapping | null = null
    let mapping: Mapping = { scale: 1, x: 0, y: 0 }
    let drawn: { board: Board; highlight: ReadonlySet<string>; key: string } | null = null
    let boundsFor: { board: Board; bounds: Rect | null } | null = null

    const content = (board: Board) => {
      if (boundsFor?.board !== board) boundsFor = { board, bounds: contentBounds(board) }
      return boundsFor.bounds
    }

    const draw = () => {
      frame = 0
      const board = editor.getState().board
      const { camera, viewport, highlight } = view.getState()
      const seen: Rect = {
        x: -camera.x / camera.scale,
        y: -camera.y / camera.scale,
        width: viewport.width / camera.scale,
        height: viewport.height / camera.scale,
      }
      // The map's scale follows the content only, so panning never redraws the notes: only the
      // viewport box moves (and is clipped at the minimap's edge when the view is off the board).
      mapping = frozen ?? fit(content(board) ?? seen, width, height)
      const key = `${mapping.scale},${mapping.x},${mapping.y}`
      if (drawn?.board !== board || drawn.highlight !== highlight || drawn.key !== key) {
        drawBoard(context, board, highlight, mapping, ratio)
        drawn = { board, highlight, key }
      }
      // The view's frame, cut to the minimap's edges; written only when it moves.
      const left = Math.max(0, mapping.x + seen.x * mapping.scale)
      const top = Math.max(0, mapping.y + seen.y * mapping.scale)
      const right = Math.min(width, mapping.x + (seen.x + seen.width) * mapping.scale)
      const bottom = Math.min(height, mapping.y + (seen.y + seen.height) * mapping.scale)
      // A view wholly off the map still shows where it is: a sliver at the map's nearest edge.
      const shown = {
        x: Math.min(left, width - 3),
        y: Math.min(top, height - 3),
        width: Math.max(3, right - left),
        height: Math.max(3, bottom - top),
      }
      const box = [shown.x, shown.y, shown.width, shown.height].map((v) => v.toFixed(1)).join()
      if (box === placed) return
      placed = box
      drawViewFrame(frameContext, shown, ratio)
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw)
    }

    // Click or drag: the point under the pointer becomes the middle of the view. A drag that
    // leaves the minimap holds the view at its edge, as a scroll bar does, rather than sending it
    // off the board as far as the pointer goes.
    const moveTo = (event: PointerEvent) => {
      const box = canvas.getBoundingClientRect()
      const inside = (value: number, from: number, size: number) =>
        Math.min(Math.max(value, from), from + size)
      const at = {
        x: (inside(event.clientX, box.left, box.width) - box.left - mapping.x) / mapping.scale,
        y: (inside(event.clientY, box.top, box.height) - box.top - mapping.y) / mapping.scale,
      }
      const { camera, viewport } = view.getState()
      view.setCamera({
        x: viewport.width / 2 - at.x * camera.scale,
        y: viewport.height / 2 - at.y * camera.scale,
        scale: camera.scale,
      })
    }
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return
      event.preventDefault()
      canvas.setPointerCapture(event.pointerId)
      frozen = mapping
      moveTo(event)
    }
    const onMove = (event: PointerEvent) => {
      if (frozen && canvas.hasPointerCapture(event.pointerId)) moveTo(event)
    }
    const onUp = (event: PointerEvent) => {
      if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId)
      frozen = null
      schedule()
    }
    canvas.addEventListener('pointerdown', onDown)
    canvas.addEventListener('pointermove', onMove)
    canvas.addEventListener('pointerup', onUp)
    canvas.addEventListener('pointercancel', onUp)
    const unsubscribeEditor = editor.subscribe(schedule)
    const unsubscribeView = view.subscribe(schedule)
    schedule()
    return () => {
      cancelAnimationFrame(frame)
      unsubscribeEditor()
      unsubscribeView()
      canvas.removeEventListener('pointerdown', onDown)
      canvas.removeEventListener('pointermove', onMove)
      canvas.removeEventListener('pointerup', onUp)
      canvas.removeEventListener('pointercancel', onUp)
    }
  }, [editor, view, width, height])

  return (
    <div className="minimap" data-keep-clear>
      <canvas
        ref={canvasRef}
        className="minimap__canvas"
        role="img"
        aria-label="Minimap"
        title="Click or drag to move the view"
        style={{ width, height }}
      />
      <canvas
        ref={frameRef}
        className="minimap__view"
        aria-hidden="true"
        style={{ width, height }}
      />
    </div>
  )
}

function fit(world: Rect, width: number, height: number): Mapping {
  const scale = Math.min(
    (width - PAD * 2) / Math.max(world.width, 1),
    (height - PAD * 2) / Math.max(world.height, 1),
  )
  return {
    scale,
    x: (width - world.width * scale) / 2 - world.x * scale,
    y: (height - world.height * scale) / 2 - world.y * scale,
  }
}

/** The part of the board in view, as a tinted box with a blue edge. */
function drawViewFrame(context: CanvasRenderingContext2D, view: Rect, ratio: number): void {
  clearCanvas(context)
  context.setTransform(ratio, 0, 0, ratio, 0, 0)
  context.fillStyle = VIEW_FILL
  context.fillRect(view.x, view.y, view.width, view.height)
  context.strokeStyle = VIEW_EDGE
  context.lineWidth = 1.5
  context.strokeRect(view.x + 0.75, view.y + 0.75, view.width - 1.5, view.height - 1.5)
}

const VIEW_FILL = 'rgb(36 87 197 / 8%)'
const VIEW_EDGE = '#2457c5'

function drawBoard(
  context: CanvasRenderingContext2D,
  board: Board,
  highlight: ReadonlySet<string>,
  mapping: Mapping,
  ratio: number,
): void {
  clearCanvas(context)
  context.setTransform(ratio, 0, 0, ratio, 0, 0)
  const { scale, x: ox, y: oy } = mapping
  const grid = gridBounds(board)
  if (grid) {
    context.fillStyle = '#ffffff'
    context.fillRect(
      ox + grid.x * scale,
      oy + grid.y * scale,
      grid.width * scale,
      grid.height * scale,
    )
    context.strokeStyle = '#d5dbe3'
    context.lineWidth = 1
    context.beginPath()
    for (const stage of board.stages) {
      const sx = Math.round(ox + stage.x * scale) + 0.5
      context.moveTo(sx, oy + grid.y * scale)
      context.lineTo(sx, oy + (grid.y + grid.height) * scale)
    }
    for (const lane of board.lanes) {
      const ly = Math.round(oy + lane.y * scale) + 0.5
      context.moveTo(ox + grid.x * scale, ly)
      context.lineTo(ox + (grid.x + grid.width) * scale, ly)
    }
    context.stroke()
  }
  // One fill style per colour: a few thousand rectangles of one colour draw in one go.
  const byColor = new Map<NoteColor, number[]>()
  for (const note of board.notes) {
    let list = byColor.get(note.color)
    if (!list) byColor.set(note.color, (list = []))
    list.push(ox + note.x * scale, oy + note.y * scale, note.width * scale, note.height * scale)
  }
  const darker: Record<NoteColor, string> = {
    yellow: '#e8cf4f',
    pink: '#f29ab1',
    blue: '#86b9f0',
    green: '#8fd284',
    orange: '#f5ad66',
    purple: '#b8a1f5',
    grey: '#b7bcc6',
  }
  for (const [color, rects] of byColor) {
    context.fillStyle = scale < 0.02 ? darker[color] : NOTE_FILL[color]
    context.beginPath()
    for (let i = 0; i < rects.length; i += 4) {
      context.rect(
        rects[i] ?? 0,
        rects[i + 1] ?? 0,
        Math.max(1.5, rects[i + 2] ?? 0),
        Math.max(1.5, rects[i + 3] ?? 0),
      )
    }
    context.fill()
    if (scale >= 0.02) {
      context.strokeStyle = darker[color]
      context.lineWidth = 0.5
      context.stroke()
    }
  }
  if (highlight.size > 0) {
    context.fillStyle = HIGHLIGHT
    for (const note of board.notes) {
      if (!highlight.has(note.id)) continue
      context.fillRect(
        ox + note.x * scale - 1,
        oy + note.y * scale - 1,
        Math.max(3, note.width * scale + 2),
        Math.max(3, note.height * scale + 2),
      )
    }
  }
}
