// A text outline of what the canvas shows — stages, lanes, and notes in reading order — for
// screen readers (and for tests, which read the board through it). Each note is a button: the
// arrow keys move from note to note, focusing one selects it on the board and brings it into
// view, and Enter opens it for writing. It renders from a deferred copy of the board, so a paste
// of thousands of notes never holds up the canvas.
import { memo, useCallback, useDeferredValue, useEffect, useRef, type KeyboardEvent } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { Note } from '../../../shared/document'
import type { BoardView } from '../board/boardView'
import { centreOn } from '../board/camera'
import { placedNotes } from '../overlays/readingModel'
import { useDocument } from './useDocument'

export function BoardOutline({
  editor,
  view,
  readOnly = false,
}: {
  editor: Editor
  view?: BoardView
  readOnly?: boolean
}) {
  const board = useDeferredValue(useDocument(editor).board)
  const notes = placedNotes(board)
  const list = useRef<HTMLUListElement>(null)

  const buttons = () => [
    ...(list.current?.querySelectorAll<HTMLButtonElement>('button.outline-note') ?? []),
  ]
  // Delete on a focused note removes its button: focus then goes to the note that takes its
  // place in the list (the next one, or the last), not to the page.
  // A Delete that removed nothing (a modifier held, a read-only map) is forgotten at the next
  // change of the board.
  const refocus = useRef<{ at: number; id: string } | null>(null)
  useEffect(() => {
    const pending = refocus.current
    refocus.current = null
    if (!pending || board.notes.some((n) => n.id === pending.id)) return
    if (document.activeElement !== document.body) return
    const all = list.current?.querySelectorAll<HTMLButtonElement>('button.outline-note') ?? []
    all[Math.min(pending.at, all.length - 1)]?.focus()
  }, [board])

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = buttons()
    const at = all.indexOf(document.activeElement as HTMLButtonElement)
    if (at < 0) return
    const id = notes[at]?.note.id
    if ((event.key === 'Delete' || event.key === 'Backspace') && id) {
      refocus.current = { at, id }
      return
    }
    let next: number | null = null
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight')
      next = Math.min(all.length - 1, at + 1)
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(0, at - 1)
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = all.length - 1
    if (next === null) return
    event.preventDefault()
    all[next]?.focus()
  }

  const onFocusNote = useCallback(
    (note: Note, button: HTMLButtonElement) => {
      // One tab stop for the whole list: the note last focused.
      const all = button.closest('ul')?.querySelectorAll<HTMLButtonElement>('button.outline-note')
      for (const other of all ?? []) if (other !== button) other.tabIndex = -1
      button.tabIndex = 0
      if (!view) return
      view.select([note.id])
      view.setFocused(note.id)
      centreOn(view, note)
    },
    [view],
  )
  const onOpenNote = useCallback(
    (note: Note) => {
      if (view && !readOnly) view.startEditing({ noteId: note.id, isNew: false })
    },
    [view, readOnly],
  )

  return (
    <section className="visually-hidden outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">Board outline</h2>
      <h3 id="outline-stages">Stages</h3>
      <ul aria-labelledby="outline-stages">
        {board.stages.map((stage) => (
          <li key={stage.id}>{stage.name}</li>
        ))}
      </ul>
      <h3 id="outline-lanes">Lanes</h3>
      <ul aria-labelledby="outline-lanes">
        {board.lanes.map((lane) => (
          <li key={lane.id}>{lane.name}</li>
        ))}
      </ul>
      <h3 id="outline-notes">Notes</h3>
      <p id="outline-notes-help">
        Arrow keys move between notes; focusing a note selects it on the board; Enter edits it.
      </p>
      {/* A form of its own, for the same reason as the note editor's (see NoteEditor): Chromium's
          autofill looks at every control outside a form whenever a text field outside a form
          changes, and the notes are a button each. */}
      <form onSubmit={(event) => event.preventDefault()}>
        <ul
          key={listGeneration(notes.length)}
          ref={list}
          aria-labelledby="outline-notes"
          aria-describedby="outline-notes-help"
          onKeyDown={onKeyDown}
        >
          {notes.map(({ note, place }, i) => (
            <OutlineNote
              key={note.id}
              note={note}
              place={place}
              first={i === 0}
              onFocusNote={onFocusNote}
              onOpenNote={onOpenNote}
            />
          ))}
        </ul>
      </form>
    </section>
  )
}

/**
 * A key for the notes list that changes when the number of notes crosses a power of two (from 64
 * up). React inserts new items one by one, looking for each one's next sibling, which grows with
 * the square of the items added; a new list is built in one pass instead, so pasting 20,000 notes
 * costs milliseconds, not seconds. Small lists are never rebuilt, so focus in them stays put.
 */
function listGeneration(count: number): string {
  return count < 64 ? 'small' : `large-${Math.floor(Math.log2(count))}`
}

const OutlineNote = memo(function OutlineNote({
  note,
  place,
  first,
  onFocusNote,
  onOpenNote,
}: {
  note: Note
  place: string
  first: boolean
  onFocusNote: (note: Note, button: HTMLButtonElement) => void
  onOpenNote: (note: Note) => void
}) {
  return (
    <li>
      <button
        type="button"
        className="outline-note"
        tabIndex={first ? 0 : -1}
        onFocus={(event) => onFocusNote(note, event.currentTarget)}
        onClick={() => onOpenNote(note)}
      >
        {/* A note whose text was all deleted stays on the board: it is read as such, not as
            nothing. */}
        {note.text.trim() === '' ? 'Empty note' : note.text}
        <span> — {place}</span>
        {note.tags.length > 0 && <span> · tags: {note.tags.join(', ')}</span>}
      </button>
    </li>
  )
})
