// The whiteboard canvas: one Konva stage drawn imperatively by the BoardRenderer (no React node
// per note), the pointer gestures on it, and the few DOM controls that sit on the canvas — the
// header rename field, the header delete button and the zoom controls. Overlays (note editor,
// find, minimap) come in as children and read the same BoardView.
import type Konva from 'konva'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { Stage } from 'react-konva'
import { BAND_COMMANDS, addLane, addStage, validateName } from '../../../shared/commands/board'
import type { Editor } from '../../../shared/commands/editor'
import { overlaps, type BoardView } from '../board/boardView'
import { everFitted, fitAll, keepInView, stillFitted } from '../board/camera'
import { attachGestures } from '../board/gestures'
import { headerRect, type HeaderKind } from '../board/headers'
import { BoardRenderer } from '../board/renderer'
import { StagesLanesDialog } from './StagesLanesDialog'
import { useDocument } from './useDocument'
import { drawZoomLevel, ZOOM_LEVEL_SIZE } from './zoomLevel'
import { MENU_COMMAND_EVENT, menuCommandOf } from '../session/menuCommandEvent'

interface HeaderRef {
  readonly kind: HeaderKind
  readonly id: string
}

/** A header's delete button, in CSS pixels; a stage header too short for it has a smaller one. */
const HEADER_BUTTON = 28
/** Smaller than this, a stage header has no delete button (zoomed far out; ⋯ still deletes). */
const MIN_HEADER_BUTTON = 16

/** The window's size at the last call: whether it changed since. */
let windowSize = { width: window.innerWidth, height: window.innerHeight }
function windowResized(): boolean {
  const now = { width: window.innerWidth, height: window.innerHeight }
  const changed = now.width !== windowSize.width || now.height !== windowSize.height
  windowSize = now
  return changed
}

export function Board({
  editor,
  view,
  readOnly,
  say,
  children,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
  /** Shows a short message on the board (a name that cannot be used, for one). */
  say: (text: string) => void
  children?: ReactNode
}) {
  const doc = useDocument(editor)
  const containerRef = useRef<HTMLDivElement>(null)
  const stageRef = useRef<Konva.Stage>(null)
  const rendererRef = useRef<BoardRenderer | null>(null)
  const readOnlyRef = useRef(readOnly)
  const headerButtonRef = useRef<HTMLButtonElement>(null)
  const renameRef = useRef<HTMLInputElement>(null)
  const tipRef = useRef<HTMLParagraphElement>(null)
  /** The rename field is being closed by Enter or Esc: the blur its closing causes is not a "leave". */
  const closingRename = useRef(false)
  /** The stage or lane just added from its + button, and the editor's revision right after. */
  const justAdded = useRef<{ id: string; revision: number } | null>(null)
  const zoomLevelRef = useRef<HTMLCanvasElement>(null)
  const zoomTextRef = useRef<HTMLSpanElement>(null)
  const [editingStructure, setEditingStructure] = useState(false)
  const [size, setSize] = useState({ width: 0, height: 0 })
  const [shownHeader, setShownHeader] = useState<HeaderRef | null>(null)
  const [renaming, setRenaming] = useState<HeaderRef | null>(null)

  useLayoutEffect(() => {
    readOnlyRef.current = readOnly
    if (rendererRef.current) rendererRef.current.editable = !readOnly
  }, [readOnly])

  useLayoutEffect(() => {
    const element = containerRef.current
    if (!element) return
    const measure = () => {
      const width = element.clientWidth
      const height = element.clientHeight
      setSize({ width, height })
      const before = view.getState().viewport
      // Noted on every measure (first), so that a panel opened beside the board, which changes
      // its size but not the window's, is never taken for a window resize.
      const refit = windowResized() && stillFitted(view)
      view.setViewport(width, height)
      if (width <= 0 || height <= 0) return
      const changed = width !== before.width || height !== before.height
      // Fitted to the map once; after that the camera is the user's, but for a window resize
      // while it still shows that fit (a panel would move the notes under the pointer).
      if (!everFitted(view) || (refit && changed)) fitAll(view, editor.getState())
    }
    // The controls on the canvas, which a fitted board keeps out from under: found where they
    // are at each fit (the stage and lane buttons come and go with read-only; the running timer
    // hangs over the board's top from the workshop bar).
    view.setKeepClear(() => {
      const origin = element.getBoundingClientRect()
      const area = { x: 0, y: 0, width: origin.width, height: origin.height }
      return [...document.querySelectorAll('[data-keep-clear]')]
        .map((control) => {
          const box = control.getBoundingClientRect()
          return { x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height }
        })
        .filter((box) => box.width > 0 && overlaps(box, area))
    })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => {
      observer.disconnect()
      view.setKeepClear(() => [])
    }
  }, [editor, view])

  // DOM controls on the canvas follow the camera from the renderer's frame, not through React.
  const placeOverlays = useCallback(() => {
    const { camera } = view.getState()
    // Drawn on its canvas when it changes; the page's text (for screen readers) is written only
    // when it is not changing on every frame of a zoom, each write costing a layout and a paint.
    const level = `${Math.round(camera.scale * 100)}%`
    if (zoomLevelRef.current) drawZoomLevel(zoomLevelRef.current, level)
    const text = zoomTextRef.current?.firstChild
    if (text && text.nodeValue !== level && !rendererRef.current?.zoomInProgress) {
      text.nodeValue = level
    }
    const board = editor.getState().board
    const button = headerButtonRef.current
    const header = button?.dataset.kind
      ? headerRect(board, button.dataset.kind as HeaderKind, button.dataset.id ?? '')
      : null
    if (button && header) {
      const kind = button.dataset.kind
      const corner =
        kind === 'stage'
          ? view.toScreen({ x: header.x + header.width - 10, y: header.y + 6 })
          : view.toScreen({ x: header.x + header.width - 12, y: header.y + 6 })
      // In the header's top right corner, inside the header: a stage header short on screen
      // (zoomed out) has a smaller one, and none below MIN_HEADER_BUTTON (⋯ still deletes). Over
      // the first cells, a click meant for a note there deleted the stage.
      const height = header.height * view.getState().camera.scale
      const size =
        kind === 'stage' ? Math.min(HEADER_BUTTON, Math.floor(height - 4)) : HEADER_BUTTON
      button.hidden = size < MIN_HEADER_BUTTON
      const headerTop = corner.y - 6 * view.getState().camera.scale
      const top = Math.min(corner.y + 4, headerTop + (height - size) / 2)
      button.style.width = button.style.height = `${size}px`
      button.style.fontSize = `${Math.round(size * 0.63)}px`
      button.style.transform = `translate(${Math.round(corner.x - 6 - size)}px, ${Math.round(top)}px)`
    }
    const input = renameRef.current
    const renamed = input?.dataset.kind
      ? headerRect(board, input.dataset.kind as HeaderKind, input.dataset.id ?? '')
      : null
    if (input && renamed) {
      const topLeft = view.toScreen({ x: renamed.x + 6, y: renamed.y + 6 })
      const scale = view.getState().camera.scale
      input.style.transform = `translate(${Math.round(topLeft.x)}px, ${Math.round(topLeft.y)}px)`
      input.style.width = `${Math.max(140, (renamed.width - 12) * scale)}px`
      input.style.height = `${Math.max(28, Math.min(64, (input.dataset.kind === 'stage' ? renamed.height - 14 : 60) * scale))}px`
      input.style.fontSize = `${Math.max(14, Math.min(30, (input.dataset.kind === 'stage' ? 30 : 24) * scale))}px`
    }
  }, [editor, view])

  useEffect(() => {
    const stage = stageRef.current
    const container = containerRef.current
    if (!stage || !container || size.width === 0) return
    const renderer = new BoardRenderer(stage, editor, view)
    renderer.editable = !readOnlyRef.current
    rendererRef.current = renderer
    renderer.afterFrame.add(placeOverlays)
    window.__journeyboardBoard = renderer.debug
    const detach = attachGestures(stage.container(), container, {
      editor,
      view,
      renderer,
      readOnly: () => readOnlyRef.current,
      renameHeader: (kind, id) => setRenaming({ kind, id }),
      showHeader: (header) =>
        setShownHeader((current) =>
          current?.kind === header?.kind && current?.id === header?.id ? current : header,
        ),
    })
    return () => {
      detach()
      renderer.destroy()
      rendererRef.current = null
      if (window.__journeyboardBoard === renderer.debug) delete window.__journeyboardBoard
    }
    // The renderer lives as long as the stage; a resize only redraws it.
  }, [editor, view, placeOverlays, size.width === 0]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    rendererRef.current?.invalidate()
  }, [size])

  // The empty board's tip sits at the bottom, between the minimap and the zoom buttons; on a
  // board too narrow for that, at the top instead of under them.
  const empty = doc.board.notes.length === 0
  useLayoutEffect(() => {
    const tip = tipRef.current
    if (!tip || size.width === 0) return
    tip.dataset.place = 'bottom'
    const box = tip.getBoundingClientRect()
    const origin = containerRef.current?.getBoundingClientRect() ?? box
    const shown = { x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height }
    if (view.controls().some((control) => overlaps(control, shown))) tip.dataset.place = 'top'
  }, [size, empty, readOnly, view])

  // Keep the overlays where they belong when they appear.
  useLayoutEffect(placeOverlays, [placeOverlays, shownHeader, renaming, doc])

  const headerName = (header: HeaderRef | null) => {
    if (!header) return null
    const list = header.kind === 'stage' ? doc.board.stages : doc.board.lanes
    return list.find((b) => b.id === header.id)?.name ?? null
  }
  const shownName = headerName(shownHeader)
  const renamingName = headerName(renaming)

  const deleteHeader = (header: HeaderRef) => {
    if (readOnly) return
    const band = BAND_COMMANDS[header.kind]
    editor.run(`Delete ${band.noun}`, band.remove(header.id))
    setShownHeader(null)
    rendererRef.current?.setActiveHeader(null)
    containerRef.current?.focus()
  }

  // A new stage goes after the stage whose header is showing (else at the right end), a new lane
  // below the shown lane (else at the bottom); its name is ready to type at once.
  const addHeader = (kind: HeaderKind) => {
    if (readOnly) return
    const current = editor.getState()
    const afterId = shownHeader?.kind === kind ? shownHeader.id : null
    const made =
      kind === 'stage'
        ? addStage(current, { name: 'New stage', afterId })
        : addLane(current, { name: 'New lane', kind: 'other', afterId })
    const fitted = stillFitted(view)
    editor.run(kind === 'stage' ? 'Add stage' : 'Add lane', made.recipe)
    // Its name, typed next, is part of the same step: one Undo takes the new stage away.
    justAdded.current = { id: made.id, revision: editor.revision() }
    // Its header, where its name is typed, may land past the edge of the view. A fitted map is
    // fitted again, new lane or stage included; otherwise the board pans the least to show it.
    const header = headerRect(editor.getState().board, kind, made.id)
    if (fitted) fitAll(view, editor.getState())
    else if (header) keepInView(view, header)
    setShownHeader(null)
    setRenaming({ kind, id: made.id })
  }

  /** Closes the rename field and gives the keyboard back to the board. */
  const closeRename = () => {
    closingRename.current = true
    justAdded.current = null
    setRenaming(null)
    containerRef.current?.focus()
    closingRename.current = false
  }
  /**
   * Renames the header being renamed. A name that cannot be used is said: Enter leaves the field
   * open to correct it; leaving the field keeps the old name.
   */
  const commitRename = (value: string, how: 'enter' | 'leave') => {
    const header = renaming
    if (!header || closingRename.current) return
    const added = justAdded.current?.id === header.id ? justAdded.current.revision : undefined
    const problem = validateName(value, header.kind)
    if (problem !== null && how === 'enter') {
      say(`${problem} Press Esc to keep “${renamingName ?? ''}”.`)
      return
    }
    closeRename()
    if (problem !== null) {
      say(`${problem} It keeps its name, “${renamingName ?? ''}”.`)
      return
    }
    const band = BAND_COMMANDS[header.kind]
    editor.run(`Rename ${band.noun}`, band.rename(header.id, value), { joinAt: added })
  }

  const zoomBy = (factor: number) => view.zoomAt(factor)
  const fit = () => fitAll(view, editor.getState())

  useEffect(() => {
    const onCommand = (event: Event) => {
      const id = menuCommandOf(event)
      if (id === 'view.zoomIn') view.zoomAt(1.25)
      else if (id === 'view.zoomOut') view.zoomAt(0.8)
      else if (id === 'view.fit') fitAll(view, editor.getState())
    }
    window.addEventListener(MENU_COMMAND_EVENT, onCommand)
    return () => window.removeEventListener(MENU_COMMAND_EVENT, onCommand)
  }, [editor, view])

  return (
    <div
      ref={containerRef}
      className="board"
      tabIndex={0}
      role="application"
      aria-label="Board"
      aria-roledescription="whiteboard"
      aria-describedby="board-help"
    >
      <p id="board-help" className="visually-hidden">
        Double-click empty space or press N to add a note; Tab writes the next one. Drag to select
        several notes; drag notes to move them. Space and drag, or scroll, to pan; Ctrl and scroll
        to zoom. Enter edits the selected note, Delete removes it.
      </p>
      {size.width > 0 && (
        <Stage ref={stageRef} width={size.width} height={size.height} listening={false} />
      )}
      {shownHeader && shownName !== null && !readOnly && !renaming && (
        <button
          ref={headerButtonRef}
          type="button"
          className="board__header-delete"
          data-kind={shownHeader.kind}
          data-id={shownHeader.id}
          aria-label={`Delete ${shownHeader.kind} ${shownName}`}
          title={`Delete ${shownHeader.kind} “${shownName}” (its notes stay on the board)`}
          onClick={() => deleteHeader(shownHeader)}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      {renaming && renamingName !== null && (
        <input
          ref={renameRef}
          className={`board__rename board__rename--${renaming.kind}`}
          data-kind={renaming.kind}
          data-id={renaming.id}
          aria-label={`${renaming.kind === 'stage' ? 'Stage' : 'Lane'} name`}
          defaultValue={renamingName}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onBlur={(event) => commitRename(event.currentTarget.value, 'leave')}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              commitRename(event.currentTarget.value, 'enter')
            } else if (event.key === 'Escape') {
              event.preventDefault()
              event.stopPropagation()
              closeRename()
            }
          }}
        />
      )}
      {children}
      {doc.board.notes.length === 0 && !readOnly && (
        <p ref={tipRef} className="board__tip" aria-hidden="true">
          Double-click anywhere to add a note · or press <kbd>N</kbd>
        </p>
      )}
      {!readOnly && (
        <div className="board-structure" role="group" aria-label="Stages and lanes" data-keep-clear>
          <button
            type="button"
            className="zoom__button zoom__button--text"
            onClick={() => addHeader('stage')}
          >
            + Stage
          </button>
          <button
            type="button"
            className="zoom__button zoom__button--text"
            onClick={() => addHeader('lane')}
          >
            + Lane
          </button>
          <button
            type="button"
            className="zoom__button"
            aria-label="Edit stages and lanes"
            title="Rename, move and delete stages and lanes"
            onClick={() => setEditingStructure(true)}
          >
            <span aria-hidden="true">⋯</span>
          </button>
        </div>
      )}
      {editingStructure && !readOnly && (
        <StagesLanesDialog
          editor={editor}
          onClose={() => {
            setEditingStructure(false)
            containerRef.current?.focus()
          }}
        />
      )}
      <div className="zoom" role="group" aria-label="Zoom" data-keep-clear>
        <button
          type="button"
          className="zoom__button"
          aria-label="Zoom out"
          onClick={() => zoomBy(0.8)}
        >
          −
        </button>
        <span className="zoom__level">
          <canvas
            ref={zoomLevelRef}
            className="zoom__number"
            aria-hidden="true"
            style={ZOOM_LEVEL_SIZE}
          />
          <span ref={zoomTextRef} className="visually-hidden" aria-live="off">
            100%
          </span>
        </span>
        <button
          type="button"
          className="zoom__button"
          aria-label="Zoom in"
          onClick={() => zoomBy(1.25)}
        >
          +
        </button>
        <button type="button" className="zoom__button zoom__button--text" onClick={fit}>
          Fit
        </button>
      </div>
    </div>
  )
}
