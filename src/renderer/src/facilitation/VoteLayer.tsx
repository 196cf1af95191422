// The voting layer on the board while a round is open: a click on a note places the current
// voter's dot (Shift+click takes one back), the dots show on the notes — only the current voter's
// until the reveal — and a banner says whose turn it is and how many dots are left.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import {
  currentBallot,
  currentRound,
  dotsLeft,
  placeDot,
  removeDot,
  visibleDots,
} from '../../../shared/commands/session'
import type { BoardView } from '../board/boardView'
import { buildNoteIndex } from '../board/noteIndex'
import { useDocument } from '../map/useDocument'

/** More dots than this on one note show as a number beside one dot. */
const MAX_DRAWN_DOTS = 8

export function VoteLayer({
  editor,
  view,
  readOnly,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
}) {
  const doc = useDocument(editor)
  const round = currentRound(doc)
  // Without a round there is nothing to place, so panning does not re-render this layer.
  const camera = useSyncExternalStore(view.subscribe, () => (round ? view.getState().camera : null))
  const layerRef = useRef<HTMLDivElement>(null)
  const [message, setMessage] = useState<{ text: string; id: number } | null>(null)
  const open = round !== null && !round.revealed && !readOnly
  const index = useMemo(
    () => (open ? buildNoteIndex(doc.board.notes) : null),
    [open, doc.board.notes],
  )

  // Clicks on notes become dots while a round is open; clicks on empty board still pan and select.
  useEffect(() => {
    const board = layerRef.current?.closest<HTMLElement>('.board')
    if (!board || !index) return
    const noteAt = (event: MouseEvent) => {
      const r = board.getBoundingClientRect()
      return index.hit(view.toBoard({ x: event.clientX - r.left, y: event.clientY - r.top }))
    }
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return
      const target = event.target as HTMLElement
      if (target.closest('button, input, select, textarea, [role="toolbar"], .vote-banner')) return
      const note = noteAt(event)
      if (!note) return
      event.preventDefault()
      event.stopPropagation()
      board.focus()
      const state = editor.getState()
      const checked = event.shiftKey ? removeDot(state, note.id) : placeDot(state, note.id)
      if (checked.ok) {
        editor.run(event.shiftKey ? 'Take dot back' : 'Place dot', checked.recipe)
        setMessage(null)
      } else {
        setMessage((last) => ({ text: checked.message, id: (last?.id ?? 0) + 1 }))
      }
    }
    const onDoubleClick = (event: MouseEvent) => {
      if (noteAt(event)) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    board.addEventListener('pointerdown', onDown, true)
    board.addEventListener('dblclick', onDoubleClick, true)
    return () => {
      board.removeEventListener('pointerdown', onDown, true)
      board.removeEventListener('dblclick', onDoubleClick, true)
    }
  }, [editor, view, index])

  if (!round || !camera) return <div ref={layerRef} hidden />
  const dots = visibleDots(round)
  const byId = new Map(doc.board.notes.map((n) => [n.id, n]))
  const ballot = currentBallot(round)
  const left = dotsLeft(round)
  return (
    <div ref={layerRef} className="vote-layer">
      {[...dots].map(([noteId, count]) => {
        const note = byId.get(noteId)
        if (!note) return null
        const x = note.x * camera.scale + camera.x
        const y = (note.y + note.height) * camera.scale + camera.y
        const drawn = Math.min(count, MAX_DRAWN_DOTS)
        return (
          <div
            key={noteId}
            className="vote-layer__dots"
            data-note-id={noteId}
            role="img"
            aria-label={`${count} ${count === 1 ? 'dot' : 'dots'} on “${note.text.slice(0, 60)}”`}
            style={{ transform: `translate(${Math.round(x + 6)}px, ${Math.round(y - 30)}px)` }}
          >
            {Array.from({ length: drawn }, (_, i) => (
              <span key={i} className="vote-dot vote-dot--board" />
            ))}
            {count > MAX_DRAWN_DOTS && <span className="vote-layer__more">{count}</span>}
          </div>
        )
      })}
      <div className="vote-banner" aria-label="Voting">
        {round.revealed ? (
          <strong>{round.name}: votes revealed</strong>
        ) : (
          <>
            <strong>
              {ballot?.voter ?? 'Voter'} of {round.voters}
            </strong>
            <span className="vote-dots" aria-hidden="true">
              {round.votesPerPerson <= 12 &&
                Array.from({ length: round.votesPerPerson }, (_, i) => (
                  <span key={i} className={`vote-dot${i < left ? '' : ' vote-dot--used'}`} />
                ))}
            </span>
            <span>
              {left} {left === 1 ? 'dot' : 'dots'} left · click notes to vote
            </span>
          </>
        )}
        <span
          className="vote-banner__message"
          role="status"
          aria-label="Voting message"
          key={message?.id}
        >
          {message?.text ?? ''}
        </span>
      </div>
    </div>
  )
}
