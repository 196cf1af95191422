// The open map: its toolbar, a banner when the file is read-only, the board with what sits around
// it (note editor, selection toolbar, Find, minimap, messages) and the board's outline. One board
// view (camera, selection, editing) per open map is shared by all of them.
import { useEffect, useMemo, useState } from 'react'
import { createBoardView } from '../board/boardView'
import { VoteLayer } from '../facilitation/VoteLayer'
import { JourneyWorkspace } from '../journey/JourneyWorkspace'
import { createBoardActions, type BoardUi } from '../overlays/boardActions'
import { BoardMessage, type Message } from '../overlays/BoardMessage'
import { FindPanel } from '../overlays/FindPanel'
import { Minimap } from '../overlays/Minimap'
import { createPointerTracker } from '../overlays/pointer'
import { SelectionToolbar } from '../overlays/SelectionToolbar'
import { useBoardInput } from '../overlays/useBoardInput'
import type { MapController, MapSession } from '../session/useMapController'
import { Modal } from '../ui/Modal'
import { Board } from './Board'
import { BoardOutline } from './BoardOutline'
import { MapToolbar } from './MapToolbar'
import { NoteEditor } from './NoteEditor'

interface Question {
  readonly title: string
  readonly body: string
  readonly confirm: string
  resolve(yes: boolean): void
}

/** Counts the board's messages: each gets a new id (see `Message`). */
let messageCount = 0

export function MapScreen({
  session,
  controller,
}: {
  session: MapSession
  controller: MapController
}) {
  const readOnly = session.readOnlyReason !== null
  const { editor } = session
  const [view] = useState(() => createBoardView())
  const [findOpen, setFindOpen] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  const [question, setQuestion] = useState<Question | null>(null)
  const [pointer] = useState(createPointerTracker)

  const ui = useMemo<BoardUi>(
    () => ({
      say: (text, options) =>
        setMessage({
          text,
          // Never the same twice, even after a message was cleared (BoardMessage keeps the id of
          // the last one that timed out).
          id: ++messageCount,
          about: options?.untilChange ? editor.getState() : undefined,
        }),
      confirm: (q) =>
        new Promise<boolean>((resolve) =>
          setQuestion({
            ...q,
            resolve: (yes) => {
              setQuestion(null)
              resolve(yes)
            },
          }),
        ),
      pointer: () => pointer.at(),
      openFind: () => {
        setFindOpen(true)
        document.querySelector<HTMLInputElement>('.find__input')?.select()
      },
    }),
    [pointer, editor],
  )
  // A message about the change just made goes at the map's next change (an undo, an edit; not a
  // save, which changes nothing on the map).
  useEffect(
    () =>
      editor.subscribe(() =>
        setMessage((last) =>
          last?.about !== undefined && editor.getState() !== last.about ? null : last,
        ),
      ),
    [editor],
  )
  const actions = useMemo(
    () => createBoardActions(editor, view, ui, readOnly),
    [editor, view, ui, readOnly],
  )
  useBoardInput(actions)

  const focusBoard = () => document.querySelector<HTMLElement>('.board')?.focus()
  const closeFind = () => {
    setFindOpen(false)
    focusBoard()
  }
  return (
    <main className="map">
      <MapToolbar
        editor={editor}
        fileName={session.file?.name ?? null}
        readOnly={readOnly}
        recoveryStatus={controller.recoveryStatus}
        busy={controller.busy}
        onSave={() => void controller.save()}
        onSaveAs={() => void controller.saveAs()}
        onClose={() => void controller.close()}
        onFind={ui.openFind}
      />
      {readOnly && (
        <div className="banner" role="status" aria-label="Read-only notice">
          <strong>Read-only.</strong> {session.readOnlyReason} Saving makes a copy with Save As; the
          original file is never overwritten.
        </div>
      )}
      <JourneyWorkspace
        editor={editor}
        view={view}
        readOnly={readOnly}
        board={
          <div
            className="board-area"
            onPointerMove={(event) => pointer.track(event)}
            onPointerLeave={() => pointer.clear()}
          >
            <Board editor={editor} view={view} readOnly={readOnly} say={ui.say}>
              <NoteEditor editor={editor} view={view} readOnly={readOnly} />
              <SelectionToolbar
                editor={editor}
                view={view}
                actions={actions}
                readOnly={readOnly}
                onClicked={focusBoard}
              />
              {findOpen && <FindPanel editor={editor} view={view} onClose={closeFind} />}
              <Minimap editor={editor} view={view} />
              <VoteLayer editor={editor} view={view} readOnly={readOnly} />
              <BoardMessage message={message} />
            </Board>
          </div>
        }
      />
      <BoardOutline editor={editor} view={view} readOnly={readOnly} />
      {question && (
        <Modal
          title={question.title}
          tone="warning"
          onCancel={() => question.resolve(false)}
          actions={
            <>
              <button type="button" className="button" onClick={() => question.resolve(false)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button--primary"
                autoFocus
                onClick={() => question.resolve(true)}
              >
                {question.confirm}
              </button>
            </>
          }
        >
          <p>{question.body}</p>
        </Modal>
      )}
    </main>
  )
}
