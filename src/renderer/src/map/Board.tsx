// The whiteboard: stages and lanes as a grid, notes as sticky notes. Drag empty space or scroll
// to pan, Ctrl+scroll to zoom, double-click empty board (or press N) to write a new note.
import { castDraft } from 'immer'
import type Konva from 'konva'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Layer, Stage } from 'react-konva'
import type { Editor } from '../../../shared/commands/editor'
import type { Note } from '../../../shared/document'
import { defaultNote } from '../../../shared/document/defaults'
import { BoardGrid } from './BoardGrid'
import {
  clampScale,
  colorForKind,
  contentBounds,
  fitView,
  laneAt,
  toBoard,
  type View,
} from './geometry'
import { NoteEditor, type EditTarget } from './NoteEditor'
import { NoteShape } from './NoteShape'
import { useDocument } from './useDocument'

const NEW_NOTE_SIZE = 160

export function Board({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const doc = useDocument(editor)
  const board = doc.board
  const containerRef = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })
  const [view, setView] = useState<View | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editing, setEditing] = useState<EditTarget | null>(null)

  useLayoutEffect(() => {
    const element = containerRef.current
    if (!element) return
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // The first view shows the whole map; after that the view is the user's.
  const shown =
    view ?? (size.width > 0 ? fitView(contentBounds(board), size.width, size.height) : null)

  const fit = useCallback(() => {
    setView(fitView(contentBounds(editor.getState().board), size.width, size.height))
  }, [editor, size])

  const zoomBy = useCallback(
    (factor: number, at?: { x: number; y: number }) => {
      if (!shown) return
      const point = at ?? { x: size.width / 2, y: size.height / 2 }
      const scale = clampScale(shown.scale * factor)
      const anchor = toBoard(shown, point.x, point.y)
      setView({ x: point.x - anchor.x * scale, y: point.y - anchor.y * scale, scale })
    },
    [shown, size],
  )

  useEffect(() => {
    const onCommand = (event: Event) => {
      const id = (event as CustomEvent<string>).detail
      if (id === 'view.zoomIn') zoomBy(1.25)
      else if (id === 'view.zoomOut') zoomBy(0.8)
      else if (id === 'view.fit') fit()
    }
    window.addEventListener('journeyboard:command', onCommand)
    return () => window.removeEventListener('journeyboard:command', onCommand)
  }, [fit, zoomBy])

  const startNewNote = useCallback(
    (centreX: number, centreY: number) => {
      if (readOnly) return
      const lane = laneAt(editor.getState().board.lanes, centreY)
      setSelectedId(null)
      setEditing({
        kind: 'new',
        x: Math.round(centreX - NEW_NOTE_SIZE / 2),
        y: Math.round(centreY - NEW_NOTE_SIZE / 2),
        width: NEW_NOTE_SIZE,
        height: NEW_NOTE_SIZE,
        color: colorForKind(lane?.kind ?? null),
        text: '',
      })
    },
    [editor, readOnly],
  )

  const commitEdit = useCallback(
    (target: EditTarget, text: string) => {
      setEditing(null)
      containerRef.current?.focus()
      if (target.kind === 'new') {
        if (text.trim() === '') return
        const note: Note = {
          ...defaultNote(),
          text,
          x: target.x,
          y: target.y,
          width: target.width,
          height: target.height,
          color: target.color,
        }
        editor.run('Add note', (draft) => {
          draft.board.notes.push(castDraft(note))
        })
        setSelectedId(note.id)
        return
      }
      editor.run('Edit note', (draft) => {
        const note = draft.board.notes.find((n) => n.id === target.id)
        if (note && note.text !== text) note.text = text
      })
    },
    [editor],
  )

  const onEditNote = useCallback(
    (id: string) => {
      if (readOnly) return
      const note = editor.getState().board.notes.find((n) => n.id === id)
      if (!note) return
      setSelectedId(id)
      setEditing({
        kind: 'existing',
        id,
        x: note.x,
        y: note.y,
        width: note.width,
        height: note.height,
        color: note.color,
        text: note.text,
      })
    },
    [editor, readOnly],
  )

  const onMove = useCallback(
    (id: string, x: number, y: number) => {
      editor.run('Move note', (draft) => {
        const note = draft.board.notes.find((n) => n.id === id)
        if (!note) return
        note.x = Math.round(x)
        note.y = Math.round(y)
      })
    },
    [editor],
  )

  const onWheel = (event: Konva.KonvaEventObject<WheelEvent>) => {
    event.evt.preventDefault()
    if (!shown) return
    const { deltaX, deltaY, ctrlKey, metaKey } = event.evt
    if (ctrlKey || metaKey) {
      const pointer = event.target.getStage()?.getPointerPosition() ?? undefined
      zoomBy(Math.exp(-deltaY * 0.0015), pointer)
    } else {
      setView({ ...shown, x: shown.x - deltaX, y: shown.y - deltaY })
    }
  }

  const onDblClick = (event: Konva.KonvaEventObject<MouseEvent>) => {
    const stage = event.target.getStage()
    if (!shown || !stage || event.target !== stage) return
    const pointer = stage.getPointerPosition()
    if (!pointer) return
    const at = toBoard(shown, pointer.x, pointer.y)
    startNewNote(at.x, at.y)
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || !shown || event.ctrlKey || event.metaKey) return
    if (event.key === 'n' || event.key === 'N') {
      event.preventDefault()
      const centre = toBoard(shown, size.width / 2, size.height / 2)
      startNewNote(centre.x, centre.y)
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selectedId && !readOnly) {
      event.preventDefault()
      const id = selectedId
      setSelectedId(null)
      editor.run('Delete note', (draft) => {
        draft.board.notes = draft.board.notes.filter((n) => n.id !== id)
      })
    } else if (event.key === 'Enter' && selectedId) {
      event.preventDefault()
      onEditNote(selectedId)
    } else if (event.key === 'Escape') {
      setSelectedId(null)
    }
  }

  const dotSize = shown ? 24 * shown.scale : 24
  return (
    <div
      ref={containerRef}
      className="board"
      tabIndex={0}
      role="application"
      aria-label="Board"
      aria-roledescription="whiteboard"
      aria-describedby="board-help"
      onKeyDown={onKeyDown}
      style={
        shown
          ? {
              backgroundSize: `${dotSize}px ${dotSize}px`,
              backgroundPosition: `${shown.x}px ${shown.y}px`,
            }
          : undefined
      }
    >
      <p id="board-help" className="visually-hidden">
        Double-click empty space or press N to add a note. Enter edits the selected note, Delete
        removes it.
      </p>
      {shown && size.width > 0 && (
        <Stage
          width={size.width}
          height={size.height}
          x={shown.x}
          y={shown.y}
          scaleX={shown.scale}
          scaleY={shown.scale}
          draggable
          onWheel={onWheel}
          onDblClick={onDblClick}
          onMouseDown={(e) => {
            if (e.target === e.target.getStage()) setSelectedId(null)
          }}
          onDragMove={(e) => {
            if (e.target === e.target.getStage())
              setView({ ...shown, x: e.target.x(), y: e.target.y() })
          }}
          onDragEnd={(e) => {
            if (e.target === e.target.getStage())
              setView({ ...shown, x: e.target.x(), y: e.target.y() })
          }}
        >
          <Layer>
            <BoardGrid board={board} />
            {board.notes.map((note) => (
              <NoteShape
                key={note.id}
                note={note}
                selected={note.id === selectedId}
                editing={editing?.kind === 'existing' && editing.id === note.id}
                onSelect={setSelectedId}
                onEdit={onEditNote}
                onMove={onMove}
              />
            ))}
          </Layer>
        </Stage>
      )}
      {editing && shown && (
        <NoteEditor
          key={editing.kind === 'new' ? 'new' : editing.id}
          target={editing}
          view={shown}
          onCommit={commitEdit}
        />
      )}
      {board.notes.length === 0 && !editing && !readOnly && (
        <p className="board__tip" aria-hidden="true">
          Double-click anywhere to add a note · or press <kbd>N</kbd>
        </p>
      )}
      {shown && (
        <div className="zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            className="zoom__button"
            aria-label="Zoom out"
            onClick={() => zoomBy(0.8)}
          >
            −
          </button>
          <span className="zoom__level" aria-live="polite">
            {Math.round(shown.scale * 100)}%
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
      )}
    </div>
  )
}
