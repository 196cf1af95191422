// What the pointer does on the canvas. Click selects (Shift toggles), a drag on empty space draws
// a marquee, a drag on a note moves the selection, the corner handle resizes; headers reorder,
// resize and rename. Space+drag, the middle button and the wheel pan; Ctrl/Cmd+wheel and pinch
// zoom. A gesture previews on the renderer's live layer and becomes one command on release, and
// it always ends — released outside the window, cancelled, or the window losing focus. Dragging
// notes or a marquee near the board's edge scrolls the board that way.
import {
  BAND_COMMANDS,
  largestNoteSize,
  MIN_NOTE_SIZE,
  placeNotes,
  resizeNote,
} from '../../../shared/commands/board'
import type { Editor } from '../../../shared/commands/editor'
import { containsRect } from '../map/geometry'
import { beginNewNote } from '../overlays/noteEditing'
import { isTextField } from '../ui/textFields'
import type { BoardView, Point, Rect } from './boardView'
import { HANDLE_PX } from './drawNotes'
import { dropIndex, headerAt, headerRect, type HeaderHit, type HeaderKind } from './headers'
import type { BoardRenderer, Preview } from './renderer'

export interface GestureHost {
  readonly editor: Editor
  readonly view: BoardView
  readonly renderer: BoardRenderer
  readOnly(): boolean
  /** A header was double-clicked: show its rename field. */
  renameHeader(kind: HeaderKind, id: string): void
  /** The header whose actions (delete) to show: hovered or clicked; null for none. */
  showHeader(header: { kind: HeaderKind; id: string } | null): void
}

/** Screen pixels the pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 3
/** Screen pixels from the board's edge where dragging notes or a marquee scrolls the board. */
const EDGE_ZONE = 40
/** Screen pixels per second the board scrolls with the pointer at (or past) its edge. */
const EDGE_SPEED = 1200

type Gesture =
  | { kind: 'pan'; last: Point }
  | {
      kind: 'marquee'
      start: Point
      /** Where the marquee started, on the board (the board may scroll under it). */
      from: Point
      base: ReadonlySet<string>
      active: boolean
    }
  | {
      kind: 'notes'
      start: Point
      /** The point pressed, on the board: the notes move by how far the pointer is from it. */
      from: Point
      ids: ReadonlySet<string>
      /** The note pressed: a click without a drag selects it alone. */
      pressed: string | null
      active: boolean
      dx: number
      dy: number
    }
  | {
      kind: 'resize'
      start: Point
      id: string
      width: number
      height: number
      w0: number
      h0: number
      /** The largest the note may be made where it is (largestNoteSize: it stays in its cell). */
      largest: { width: number; height: number }
    }
  | {
      kind: 'band'
      start: Point
      hit: HeaderHit
      active: boolean
      delta: number
      size: number
      /** The smallest the band can be made (120, or its largest note and a gap). */
      smallest: number
    }

/**
 * Attaches the pointer gestures to the canvas element, and the wheel to the board `area` around it
 * (which is marked `data-dragging` while notes are dragged); returns the function that detaches
 * them.
 */
export function attachGestures(canvas: HTMLElement, area: HTMLElement, host: GestureHost) {
  const { editor, view, renderer } = host
  let gesture: Gesture | null = null
  let pointerId: number | null = null
  let spaceDown = false
  let pinnedHeader: { kind: HeaderKind; id: string } | null = null
  /** The pointer's last place during a drag, and the frame that scrolls the board at its edge. */
  let lastPoint: Point | null = null
  let scrollFrame = 0
  /** Edge scrolling waits until the drag has been away from the edges (a press near one). */
  let edgeArmed = false

  const local = (event: { clientX: number; clientY: number }): Point => {
    const r = canvas.getBoundingClientRect()
    return { x: event.clientX - r.left, y: event.clientY - r.top }
  }
  const scale = () => view.getState().camera.scale
  const board = () => editor.getState().board

  const setCursor = (cursor: string) => {
    if (canvas.style.cursor !== cursor) canvas.style.cursor = cursor
  }

  const begin = (event: PointerEvent, next: Gesture) => {
    gesture = next
    pointerId = event.pointerId
    try {
      canvas.setPointerCapture(event.pointerId)
    } catch {
      // The pointer is already gone; window listeners still end the gesture.
    }
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('pointercancel', onCancel)
  }

  const finish = (commit: boolean) => {
    const g = gesture
    gesture = null
    cancelAnimationFrame(scrollFrame)
    scrollFrame = 0
    lastPoint = null
    edgeArmed = false
    window.removeEventListener('pointermove', onMove)
    window.removeEventListener('pointerup', onUp)
    window.removeEventListener('pointercancel', onCancel)
    if (pointerId !== null && canvas.hasPointerCapture(pointerId)) {
      canvas.releasePointerCapture(pointerId)
    }
    pointerId = null
    renderer.setPreview({ kind: 'none' })
    setCursor(spaceDown ? 'grab' : '')
    delete area.dataset.dragging
    if (!g || !commit) return
    commitGesture(g)
  }

  const commitGesture = (g: Gesture) => {
    const readOnly = host.readOnly()
    switch (g.kind) {
      case 'pan':
        return
      case 'marquee':
        if (!g.active) {
          if (g.base.size === 0) view.clearSelection()
          pinHeader(null)
        }
        return
      case 'notes': {
        if (!g.active && g.pressed && g.ids.size > 1) view.select([g.pressed])
        if (!g.active || readOnly || (g.dx === 0 && g.dy === 0)) return
        const positions = new Map<string, { x: number; y: number }>()
        for (const id of g.ids) {
          const note = renderer.index.byId.get(id)
          if (note)
            positions.set(id, { x: Math.round(note.x + g.dx), y: Math.round(note.y + g.dy) })
        }
        editor.run(positions.size === 1 ? 'Move note' : 'Move notes', placeNotes(positions))
        return
      }
      case 'resize':
        if (readOnly || (g.width === g.w0 && g.height === g.h0)) return
        editor.run('Resize note', resizeNote(g.id, Math.round(g.width), Math.round(g.height)))
        return
      case 'band': {
        if (!g.active || readOnly) return
        const doc = editor.getState()
        const { kind, id, index, part } = g.hit
        const band = BAND_COMMANDS[kind]
        if (part === 'edge') {
          const size = Math.round(g.size)
          editor.run(`Resize ${band.noun}`, band.resize(doc, id, size))
          return
        }
        const to = dropIndex(doc.board, kind, id, bandMiddle(g))
        if (to === index) return
        editor.run(`Move ${band.noun}`, band.move(doc, id, to))
        return
      }
    }
  }

  /** Where the middle of a dragged header is now, along its axis. */
  const bandMiddle = (g: Extract<Gesture, { kind: 'band' }>) => {
    const r = headerRect(board(), g.hit.kind, g.hit.id)
    if (!r) return 0
    return g.hit.kind === 'stage' ? r.x + r.width / 2 + g.delta : r.y + r.height / 2 + g.delta
  }

  const pinHeader = (header: { kind: HeaderKind; id: string } | null) => {
    pinnedHeader = header
    renderer.setActiveHeader(header)
    host.showHeader(header)
  }

  const onDown = (event: PointerEvent) => {
    if (gesture) finish(true)
    const p = local(event)
    if (event.button === 1 || (event.button === 0 && spaceDown)) {
      event.preventDefault()
      setCursor('grabbing')
      begin(event, { kind: 'pan', last: p })
      return
    }
    if (event.button !== 0) return
    const state = view.getState()
    const b = view.toBoard(p)
    const readOnly = host.readOnly()
    const s = scale()

    // The resize handle of the one selected note.
    if (!readOnly && state.selection.size === 1 && !state.editing) {
      const id = [...state.selection][0] ?? ''
      const note = renderer.index.byId.get(id)
      const reach = (HANDLE_PX / 2 + 3) / s
      if (
        note &&
        Math.abs(b.x - (note.x + note.width)) <= reach &&
        Math.abs(b.y - (note.y + note.height)) <= reach
      ) {
        begin(event, {
          kind: 'resize',
          start: p,
          id,
          width: note.width,
          height: note.height,
          w0: note.width,
          h0: note.height,
          largest: largestNoteSize(editor.getState().board, note),
        })
        return
      }
    }

    const note = renderer.index.hit(b)
    if (note) {
      pinHeader(null)
      const alreadySelected = state.selection.has(note.id)
      if (event.shiftKey) {
        view.select([note.id], 'toggle')
        if (!view.getState().selection.has(note.id)) return
      } else if (!alreadySelected) {
        view.select([note.id])
      }
      begin(event, {
        kind: 'notes',
        start: p,
        from: b,
        pressed: alreadySelected && !event.shiftKey ? note.id : null,
        ids: new Set(view.getState().selection),
        active: false,
        dx: 0,
        dy: 0,
      })
      return
    }

    const header = headerAt(board(), b, s)
    if (header) {
      pinHeader({ kind: header.kind, id: header.id })
      const band =
        header.kind === 'stage'
          ? board().stages[header.index]?.width
          : board().lanes[header.index]?.height
      begin(event, {
        kind: 'band',
        start: p,
        hit: header,
        active: false,
        delta: 0,
        size: band ?? 0,
        smallest:
          header.part === 'edge'
            ? BAND_COMMANDS[header.kind].smallest(editor.getState(), header.id).size
            : 0,
      })
      return
    }

    begin(event, {
      kind: 'marquee',
      start: p,
      from: b,
      base: event.shiftKey ? new Set(state.selection) : new Set(),
      active: false,
    })
  }

  /** Shows a notes drag or a marquee for the pointer at `p` (screen), from its board start. */
  const track = (g: Extract<Gesture, { kind: 'notes' | 'marquee' }>, p: Point) => {
    const at = view.toBoard(p)
    if (g.kind === 'notes') {
      g.dx = at.x - g.from.x
      g.dy = at.y - g.from.y
      renderer.setPreview({ kind: 'drag', ids: g.ids, dx: g.dx, dy: g.dy })
      return
    }
    const rect: Rect = {
      x: Math.min(g.from.x, at.x),
      y: Math.min(g.from.y, at.y),
      width: Math.abs(at.x - g.from.x),
      height: Math.abs(at.y - g.from.y),
    }
    renderer.setPreview({ kind: 'marquee', rect })
    const inside = renderer.index
      .query(rect)
      .filter((n) => containsRect(rect, n))
      .map((n) => n.id)
    const next = new Set([...g.base, ...inside])
    const current = view.getState().selection
    if (next.size !== current.size || [...next].some((id) => !current.has(id))) {
      view.select(next)
    }
  }

  /**
   * Which way, and how hard (-1 to 1 on each axis), the board scrolls with the pointer at `p`:
   * harder the nearer it is to the edge, and past it.
   */
  const edgeVelocity = (p: Point): Point => {
    const { width, height } = canvas.getBoundingClientRect()
    const along = (v: number, size: number) => {
      if (v < EDGE_ZONE) return -Math.min(1, (EDGE_ZONE - v) / EDGE_ZONE)
      if (v > size - EDGE_ZONE) return Math.min(1, (v - (size - EDGE_ZONE)) / EDGE_ZONE)
      return 0
    }
    return { x: along(p.x, width), y: along(p.y, height) }
  }

  /**
   * Keeps the board scrolling while the drag holds the pointer at an edge, at a speed in pixels
   * per second (the same on any display's frame rate).
   */
  const scrollAtEdge = (p: Point) => {
    lastPoint = p
    const atEdge = (v: Point) => v.x !== 0 || v.y !== 0
    if (!edgeArmed) {
      edgeArmed = !atEdge(edgeVelocity(p))
      return
    }
    if (scrollFrame !== 0 || !atEdge(edgeVelocity(p))) return
    let last = performance.now()
    const step = (now: number) => {
      scrollFrame = 0
      const g = gesture
      if (!lastPoint || (g?.kind !== 'notes' && g?.kind !== 'marquee') || !g.active) return
      const v = edgeVelocity(lastPoint)
      if (!atEdge(v)) return
      // At most a tenth of a second's worth at once (a stalled frame must not jump the board).
      const seconds = Math.min(0.1, Math.max(0, now - last) / 1000)
      last = now
      view.panBy(-v.x * EDGE_SPEED * seconds, -v.y * EDGE_SPEED * seconds)
      track(g, lastPoint)
      scrollFrame = requestAnimationFrame(step)
    }
    scrollFrame = requestAnimationFrame(step)
  }

  const onMove = (event: PointerEvent) => {
    if (!gesture || event.pointerId !== pointerId) return
    // A release we never heard of (outside the window, or eaten by the system) ends the drag.
    if (event.buttons === 0) {
      finish(true)
      return
    }
    const p = local(event)
    const s = scale()
    const g = gesture
    if (g.kind === 'pan') {
      view.panBy(p.x - g.last.x, p.y - g.last.y)
      g.last = p
      return
    }
    const moved = Math.hypot(p.x - g.start.x, p.y - g.start.y) >= DRAG_THRESHOLD
    switch (g.kind) {
      case 'marquee':
        if (!g.active && !moved) return
        g.active = true
        track(g, p)
        scrollAtEdge(p)
        return
      case 'notes':
        if (host.readOnly() || (!g.active && !moved)) return
        if (!g.active) area.dataset.dragging = 'notes'
        g.active = true
        setCursor('grabbing')
        track(g, p)
        scrollAtEdge(p)
        return
      case 'resize': {
        const size = (from: number, by: number, largest: number) =>
          Math.min(largest, Math.max(MIN_NOTE_SIZE, from + by / s))
        g.width = size(g.w0, p.x - g.start.x, g.largest.width)
        g.height = size(g.h0, p.y - g.start.y, g.largest.height)
        renderer.setPreview({ kind: 'resize', id: g.id, width: g.width, height: g.height })
        return
      }
      case 'band': {
        if (host.readOnly() || (!g.active && !moved)) return
        // The header's delete button would stay where the header was: hidden while it is dragged
        // or resized, until the pointer next hovers a header.
        if (!g.active) host.showHeader(null)
        g.active = true
        const stage = g.hit.kind === 'stage'
        const along = stage ? (p.x - g.start.x) / s : (p.y - g.start.y) / s
        const doc = editor.getState()
        if (g.hit.part === 'edge') {
          const band = stage
            ? doc.board.stages[g.hit.index]?.width
            : doc.board.lanes[g.hit.index]?.height
          // As small as the command makes it: the outline drawn is the band dropped.
          g.size = Math.max(g.smallest, (band ?? 0) + along)
          const preview: Preview = {
            kind: 'band-resize',
            header: g.hit.kind,
            id: g.hit.id,
            size: g.size,
          }
          renderer.setPreview(preview)
          return
        }
        g.delta = along
        const to = dropIndex(doc.board, g.hit.kind, g.hit.id, bandMiddle(g))
        renderer.setPreview({
          kind: 'band-move',
          header: g.hit.kind,
          id: g.hit.id,
          delta: along,
          at: insertionLine(doc.board, g.hit.kind, g.hit.id, to),
        })
        return
      }
    }
  }

  const onUp = (event: PointerEvent) => {
    if (event.pointerId !== pointerId) return
    // On Linux, releasing the middle button pastes the text last selected anywhere (the primary
    // selection) where the focus is: on the board, a pan would drop it in as a note.
    if (event.button === 1) event.preventDefault()
    finish(true)
  }
  const onCancel = (event: PointerEvent) => {
    if (event.pointerId === pointerId) finish(false)
  }
  // Losing the window mid-drag (Alt+Tab, a dialog) ends the drag where it was dropped.
  const onBlur = () => {
    spaceDown = false
    if (gesture) finish(true)
  }

  const onHover = (event: PointerEvent) => {
    if (gesture) return
    if (spaceDown) {
      setCursor('grab')
      return
    }
    const p = local(event)
    const b = view.toBoard(p)
    const s = scale()
    const state = view.getState()
    if (!host.readOnly() && state.selection.size === 1) {
      const note = renderer.index.byId.get([...state.selection][0] ?? '')
      const reach = (HANDLE_PX / 2 + 3) / s
      if (
        note &&
        Math.abs(b.x - (note.x + note.width)) <= reach &&
        Math.abs(b.y - (note.y + note.height)) <= reach
      ) {
        setCursor('nwse-resize')
        return
      }
    }
    if (renderer.index.hit(b)) {
      setCursor('move')
      return
    }
    const header = headerAt(board(), b, s)
    if (header) {
      setCursor(
        header.part === 'edge' ? (header.kind === 'stage' ? 'ew-resize' : 'ns-resize') : 'grab',
      )
      renderer.setActiveHeader({ kind: header.kind, id: header.id })
      host.showHeader({ kind: header.kind, id: header.id })
      return
    }
    setCursor('')
    renderer.setActiveHeader(pinnedHeader)
    host.showHeader(pinnedHeader)
  }

  // A pointer that leaves the board in one quick move sends no last move over the canvas: the
  // header it was over would keep its delete button, which the camera could then carry over the
  // grid.
  const onLeave = () => {
    if (gesture) return
    renderer.setActiveHeader(pinnedHeader)
    host.showHeader(pinnedHeader)
  }

  const onDoubleClick = (event: MouseEvent) => {
    if (host.readOnly()) return
    const b = view.toBoard(local(event))
    const note = renderer.index.hit(b)
    if (note) {
      view.startEditing({ noteId: note.id, isNew: false })
      return
    }
    const header = headerAt(board(), b, scale())
    if (header) {
      if (header.part === 'body') host.renameHeader(header.kind, header.id)
      return
    }
    beginNewNote(editor, view, b, { nearView: true })
  }

  const onWheel = (event: WheelEvent) => {
    const target = event.target
    if (target instanceof HTMLTextAreaElement && target.scrollHeight > target.clientHeight) return
    event.preventDefault()
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1
    const dx = event.deltaX * unit
    const dy = event.deltaY * unit
    if (event.ctrlKey || event.metaKey) {
      const factor = Math.min(2, Math.max(0.5, Math.exp(-dy * 0.0025)))
      renderer.wheelZoom()
      view.zoomAt(factor, local(event))
    } else if (event.shiftKey && dx === 0) {
      view.panBy(-dy, 0)
    } else {
      view.panBy(-dx, -dy)
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== ' ' || isTextField(event.target)) return
    if (!spaceDown) {
      spaceDown = true
      if (!gesture) setCursor('grab')
    }
    // Space pans while held; it must not scroll the page or press the focused control.
    if (
      canvas.parentElement?.contains(document.activeElement) ||
      document.activeElement === document.body
    ) {
      event.preventDefault()
    }
  }
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== ' ') return
    spaceDown = false
    if (!gesture) setCursor('')
  }

  canvas.addEventListener('pointerdown', onDown)
  canvas.addEventListener('pointermove', onHover)
  canvas.addEventListener('dblclick', onDoubleClick)
  area.addEventListener('wheel', onWheel, { passive: false })
  area.addEventListener('pointerleave', onLeave)
  window.addEventListener('keydown', onKeyDown)
  window.addEventListener('keyup', onKeyUp)
  window.addEventListener('blur', onBlur)
  return () => {
    finish(false)
    canvas.removeEventListener('pointerdown', onDown)
    canvas.removeEventListener('pointermove', onHover)
    canvas.removeEventListener('dblclick', onDoubleClick)
    area.removeEventListener('wheel', onWheel)
    area.removeEventListener('pointerleave', onLeave)
    window.removeEventListener('keydown', onKeyDown)
    window.removeEventListener('keyup', onKeyUp)
    window.removeEventListener('blur', onBlur)
  }
}

/** The board coordinate of the line where a dragged header would be inserted. */
function insertionLine(
  board: ReturnType<Editor['getState']>['board'],
  kind: HeaderKind,
  id: string,
  to: number,
): number {
  const bands =
    kind === 'stage'
      ? board.stages.filter((s) => s.id !== id).map((s) => [s.x, s.width] as const)
      : board.lanes.filter((l) => l.id !== id).map((l) => [l.y, l.height] as const)
  const before = bands[to - 1]
  const after = bands[to]
  if (after) return after[0]
  if (before) return before[0] + before[1]
  return 0
}
