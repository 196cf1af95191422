// The voting layer on the board while a round is open: a click on a note places the current
// voter's dot (Shift+click takes one back), the dots show on the notes — only the current voter's
// until the reveal — and a banner says whose turn it is and how many dots are left.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
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
import { onControlsChanged } from '../board/controlsChanged'
import { buildNoteIndex } from '../board/noteIndex'
import { useDocument } from '../map/useDocument'

/** More dots than this on one note (or than its width holds) show as a number beside one dot. */
const MAX_DRAWN_DOTS = 8
/** Screen pixels between a note's dots and its left and bottom edges. */
const DOTS_INSET = 6
/** Screen pixels of one dot and its count, as a note too narrow for its dots shows them. */
const COMPACT_DOTS_PX = 40

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
  const bannerRef = useRef<HTMLDivElement>(null)
  const [message, setMessage] = useState<{ text: string; id: number } | null>(null)
  const said = round
    ? `${round.revealed}|${currentBallot(round)?.voter}|${dotsLeft(round)}|${message?.id}`
    : ''

  // The banner sits at the bottom centre of the board; where that covers the minimap or the
  // buttons there (a narrow board, a long message), it goes up above them.
  useLayoutEffect(() => {
    const banner = bannerRef.current
    const layer = layerRef.current
    if (!banner || !layer) return
    const place = () => {
      banner.style.bottom = ''
      const area = layer.getBoundingClientRect()
      const box = banner.getBoundingClientRect()
      const left = box.x - area.x
      const top = box.y - area.y
      const under = view
        .controls()
        .filter((c) => c.x < left + box.width && left < c.x + c.width && c.y > area.height / 2)
      const highest = Math.min(...under.map((c) => c.y))
      if (highest < top + box.height) banner.style.bottom = `${area.height - highest + 12}px`
    }
    place()
    const resized = new ResizeObserver(place)
    resized.observe(layer)
    const off = onControlsChanged(place)
    return () => {
      resized.disconnect()
      off()
    }
  }, [view, said])
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
        // As many dots as the note's width holds, else one dot and the count; on a note smaller
        // on screen than that, the whole mark shrinks with it. Never over the next note.
        const width = note.width * camera.scale
        // The pill: 5 px padding each side around 16 px dots 3 px apart (facilitation.css).
        const fits = Math.floor((width - 2 * DOTS_INSET - 10 + 3) / 19)
        const compact = count > Math.min(fits, MAX_DRAWN_DOTS)
        const drawn = compact ? 1 : count
        const k = Math.min(1, (width - 4) / COMPACT_DOTS_PX)
        const inset = Math.min(DOTS_INSET, width / 10)
        const at = `translate(${Math.round(x + inset)}px, ${Math.round(y - inset)}px)`
        return (
          <div
            key={noteId}
            className="vote-layer__dots"
            data-note-id={noteId}
            role="img"
            aria-label={`${count} ${count === 1 ? 'dot' : 'dots'} on “${note.text.slice(0, 60)}”`}
            style={{ transform: `${at} scale(${k < 1 ? k.toFixed(3) : 1}) translateY(-100%)` }}
          >
            {Array.from({ length: drawn }, (_, i) => (
              <span key={i} className="vote-dot vote-dot--board" />
            ))}
            {compact && <span className="vote-layer__more">{count}</span>}
          </div>
        )
      })}
      <div ref={bannerRef} className="vote-banner" aria-label="Voting">
        {round.revealed ? (
          <strong>{round.name}: votes revealed</strong>
        ) : (
          <span className="vote-banner__turn">
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
              {left === 0
                ? 'all dots placed'
                : `${left} ${left === 1 ? 'dot' : 'dots'} left · click notes to vote`}
            </span>
          </span>
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
