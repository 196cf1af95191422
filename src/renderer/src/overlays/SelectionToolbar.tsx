// The toolbar for the selected notes: colour, kind, align, tidy, duplicate and delete. It shows
// while notes are selected and nothing is being written.
import { useEffect, useRef, useState } from 'react'
import type { AlignHow } from '../../../shared/commands/board'
import type { Editor } from '../../../shared/commands/editor'
import { setCustomerWords } from '../../../shared/commands/session'
import { NOTE_COLORS, NOTE_KINDS } from '../../../shared/document'
import type { BoardView } from '../board/boardView'
import { NOTE_FILL } from '../board/style'
import { useDocument } from '../map/useDocument'
import type { BoardActions } from './boardActions'
import { COLOR_LABELS, KIND_LABELS, countNotes } from './labels'
import { selectEditing, selectSelection, useViewSlice } from './useBoardView'

const ALIGN: readonly { how: AlignHow; label: string; many?: number }[] = [
  { how: 'left', label: 'Align left' },
  { how: 'centre-x', label: 'Align centres horizontally' },
  { how: 'right', label: 'Align right' },
  { how: 'top', label: 'Align top' },
  { how: 'centre-y', label: 'Align centres vertically' },
  { how: 'bottom', label: 'Align bottom' },
  { how: 'distribute-x', label: 'Distribute horizontally', many: 3 },
  { how: 'distribute-y', label: 'Distribute vertically', many: 3 },
]

export function SelectionToolbar({
  editor,
  view,
  actions,
  readOnly,
  onClicked,
}: {
  editor: Editor
  view: BoardView
  actions: BoardActions
  readOnly: boolean
  /** After a button is clicked with the mouse: gives the keyboard back to the board. */
  onClicked: () => void
}) {
  const { board } = useDocument(editor)
  const selection = useViewSlice(view, selectSelection)
  const editing = useViewSlice(view, selectEditing)
  if (selection.size === 0 || editing || readOnly) return null
  const notes = board.notes.filter((n) => selection.has(n.id))
  if (notes.length === 0) return null
  const first = notes[0]
  const sameColor = first && notes.every((n) => n.color === first.color) ? first.color : null
  const sameKind =
    first && notes.every((n) => n.kind === first.kind) ? (first.kind ?? 'lane') : 'mixed'
  const quoted = notes.every((n) => n.customerWords)

  return (
    <div
      className="selection-bar"
      role="toolbar"
      aria-label="Selected notes"
      onClick={(event) => {
        // A click with the mouse (not Enter or Space: detail is 0) on a button that does
        // something hands the keyboard back to the board, so that the arrows move the notes next
        // ("Duplicate", then nudge the copy). The Align button keeps it for its menu.
        const target = event.target instanceof Element ? event.target : null
        if (event.detail > 0 && target?.closest('button:not([aria-haspopup])')) onClicked()
      }}
    >
      <span className="selection-bar__count">{countNotes(notes.length)}</span>
      <div className="selection-bar__swatches" role="group" aria-label="Colour">
        {NOTE_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className="swatch"
            aria-label={COLOR_LABELS[color]}
            aria-pressed={sameColor === color}
            title={COLOR_LABELS[color]}
            style={{ background: NOTE_FILL[color] }}
            onClick={() => actions.setColor(color)}
          />
        ))}
      </div>
      <select
        className="selection-bar__select"
        aria-label="Kind"
        value={sameKind}
        onChange={(event) => {
          const value = event.target.value
          if (value === 'lane') actions.setKind(null)
          else {
            const kind = NOTE_KINDS.find((k) => k === value)
            if (kind) actions.setKind(kind)
          }
        }}
      >
        {sameKind === 'mixed' && (
          <option value="mixed" disabled>
            Mixed kinds
          </option>
        )}
        <option value="lane">Kind from lane</option>
        {NOTE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="selection-bar__button"
        aria-pressed={quoted}
        title="The customer’s own words (a quote), not the team’s summary"
        onClick={() =>
          editor.run(
            quoted ? 'Unmark customer’s words' : 'Mark as customer’s words',
            setCustomerWords(
              notes.map((n) => n.id),
              !quoted,
            ),
          )
        }
      >
        <span aria-hidden="true">“ ” </span>Customer’s words
      </button>
      <AlignMenu count={notes.length} onAlign={(how) => actions.align(how)} />
      <button type="button" className="selection-bar__button" onClick={() => actions.tidy()}>
        Tidy
      </button>
      <button
        type="button"
        className="selection-bar__button"
        title="Duplicate (Ctrl+D)"
        onClick={() => actions.duplicateSelected()}
      >
        Duplicate
      </button>
      <button
        type="button"
        className="selection-bar__button selection-bar__button--danger"
        title="Delete (Delete)"
        onClick={() => actions.deleteSelected()}
      >
        Delete
      </button>
    </div>
  )
}

function AlignMenu({ count, onAlign }: { count: number; onAlign: (how: AlignHow) => void }) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const list = menu.current
    // On a short window the menu scrolls rather than running past the bottom edge.
    if (list) {
      const room = window.innerHeight - list.getBoundingClientRect().top - 12
      list.style.maxHeight = `${Math.max(120, room)}px`
    }
    list?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus()
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = () => {
    setOpen(false)
    button.current?.focus()
  }

  return (
    <div className="align-menu">
      <button
        ref={button}
        type="button"
        className="selection-bar__button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={count < 2}
        title={count < 2 ? 'Select two or more notes to align them' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Align <span aria-hidden="true">▸</span>
      </button>
      {open && (
        <div
          ref={menu}
          className="align-menu__list"
          role="menu"
          aria-label="Align"
          onKeyDown={(event) => {
            const items = [
              ...(menu.current?.querySelectorAll<HTMLButtonElement>(
                '[role="menuitem"]:not(:disabled)',
              ) ?? []),
            ]
            const at = items.indexOf(document.activeElement as HTMLButtonElement)
            if (event.key === 'Escape') {
              event.preventDefault()
              event.stopPropagation()
              close()
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault()
              const step = event.key === 'ArrowDown' ? 1 : -1
              items[(at + step + items.length) % items.length]?.focus()
            }
          }}
        >
          {ALIGN.map((item) => (
            <button
              key={item.how}
              type="button"
              role="menuitem"
              className="align-menu__item"
              disabled={count < (item.many ?? 2)}
              onClick={() => {
                onAlign(item.how)
                close()
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
