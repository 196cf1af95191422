// Find (Ctrl/Cmd+F): notes whose text holds the query, filtered by colour, kind, tag and source, are
// highlighted on the board; Enter and Shift+Enter move the camera to the next and previous match;
// Esc closes the panel and clears the highlights.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { boardTags } from '../../../shared/commands/board'
import {
  NOTE_COLORS,
  NOTE_KINDS,
  SOURCE_KINDS,
  type NoteColor,
  type NoteKind,
  type SourceKind,
} from '../../../shared/document'
import { SOURCE_LABELS } from '../../../shared/import/evidence'
import type { BoardView } from '../board/boardView'
import { centreOn, keepInView } from '../board/camera'
import { useAnnounceControl } from '../board/controlsChanged'
import { useDocument } from '../map/useDocument'
import { findNotes, isEmptyQuery } from './find'
import { COLOR_LABELS, KIND_LABELS } from './labels'
import { placedNotes } from './readingModel'

export function FindPanel({
  editor,
  view,
  onClose,
}: {
  editor: Editor
  view: BoardView
  onClose: () => void
}) {
  const { board } = useDocument(editor)
  const [text, setText] = useState('')
  const [color, setColor] = useState<NoteColor | null>(null)
  const [kind, setKind] = useState<NoteKind | null>(null)
  const [tag, setTag] = useState<string | null>(null)
  const [source, setSource] = useState<SourceKind | null>(null)
  const [currentId, setCurrentId] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const panel = useRef<HTMLElement>(null)
  const deferredText = useDeferredValue(text)
  useAnnounceControl(true)

  const query = useMemo(
    () => ({ text: deferredText, color, kind, tag, source }),
    [deferredText, color, kind, tag, source],
  )
  const ordered = useMemo(() => placedNotes(board).map((p) => p.note), [board])
  const matches = useMemo(() => findNotes(board, ordered, query), [board, ordered, query])
  const tags = useMemo(() => boardTags(board.notes), [board.notes])
  const index = currentId === null ? -1 : matches.findIndex((n) => n.id === currentId)

  useEffect(() => {
    view.setHighlight(
      matches.map((n) => n.id),
      index >= 0 ? currentId : null,
    )
  }, [view, matches, index, currentId])
  useEffect(() => () => view.setHighlight([], null), [view])
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  const go = (step: 1 | -1) => {
    // Enter right after typing: the matches shown may still be the last query's (the text is
    // deferred while typing); go by what is typed now.
    const live = deferredText === text ? matches : findNotes(board, ordered, { ...query, text })
    if (live.length === 0) return
    const at = currentId === null ? -1 : live.findIndex((n) => n.id === currentId)
    const from = at >= 0 ? at : step === 1 ? -1 : 0
    const next = live[(from + step + live.length) % live.length]
    if (!next) return
    setCurrentId(next.id)
    centreOn(view, next)
    // The panel covers the top of the board: the match goes below it.
    const area = panel.current?.closest('.board')
    if (panel.current && area) {
      const below = panel.current.getBoundingClientRect().bottom - area.getBoundingClientRect().top
      keepInView(view, next, 32, below + 16)
    }
    view.setFocused(next.id)
  }

  // Closing leaves the match Find moved to selected, so the board can act on it at once (Enter
  // edits it, Delete removes it, the arrows move it).
  const close = () => {
    if (index >= 0 && currentId !== null) view.select([currentId])
    onClose()
  }

  // Right after typing, `matches` may still be the last text's: the buttons stay usable until
  // they are worked out (go() finds by what is typed now).
  const noMatches = matches.length === 0 && deferredText === text

  let count: string
  if (isEmptyQuery(query)) count = 'Type to find notes'
  else if (matches.length === 0) count = 'No matches'
  else if (index >= 0) count = `${index + 1} of ${matches.length.toLocaleString('en-US')}`
  else
    count = `${matches.length.toLocaleString('en-US')} ${matches.length === 1 ? 'match' : 'matches'}`

  return (
    <section
      ref={panel}
      className="find"
      role="search"
      aria-label="Find"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          event.stopPropagation()
          close()
        }
      }}
    >
      <div className="find__row">
        <input
          ref={input}
          type="search"
          className="find__input"
          aria-label="Find notes"
          placeholder="Find notes"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              go(event.shiftKey ? -1 : 1)
            }
          }}
        />
        <span className="find__count" role="status" aria-label="Matches">
          {count}
        </span>
        <button
          type="button"
          className="find__button"
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
          disabled={noMatches}
          onClick={() => go(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="find__button"
          aria-label="Next match"
          title="Next match (Enter)"
          disabled={noMatches}
          onClick={() => go(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="find__button"
          aria-label="Close find"
          title="Close (Esc)"
          onClick={close}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="find__filters" role="group" aria-label="Filters">
        <select
          className="find__select"
          aria-label="Colour"
          value={color ?? ''}
          onChange={(event) => setColor(pick(NOTE_COLORS, event.target.value))}
        >
          <option value="">Any colour</option>
          {NOTE_COLORS.map((c) => (
            <option key={c} value={c}>
              {COLOR_LABELS[c]}
            </option>
          ))}
        </select>
        <select
          className="find__select"
          aria-label="Kind"
          value={kind ?? ''}
          onChange={(event) => setKind(pick(NOTE_KINDS, event.target.value))}
        >
          <option value="">Any kind</option>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <select
          className="find__select"
          aria-label="Tag"
          value={tag ?? ''}
          disabled={tags.length === 0 && tag === null}
          onChange={(event) => setTag(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{tags.length === 0 && tag === null ? 'No tags' : 'Any tag'}</option>
          {/* A tag chosen here and then taken off its last note stays chosen, and shown, until
              another is chosen: a filter the list no longer showed still hid every note. */}
          {tag !== null && !tags.includes(tag) && (
            <option value={tag}>{tag} (no notes have it)</option>
          )}
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <select
          className="find__select"
          aria-label="Source"
          value={source ?? ''}
          onChange={(event) => setSource(pick(SOURCE_KINDS, event.target.value))}
        >
          <option value="">Any source</option>
          {SOURCE_KINDS.map((s) => (
            <option key={s} value={s}>
              {SOURCE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </section>
  )
}

function pick<T extends string>(values: readonly T[], value: string): T | null {
  return values.find((v) => v === value) ?? null
}
