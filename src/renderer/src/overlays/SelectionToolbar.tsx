// The toolbar for the selected notes: colour, kind, customer's words, tags, align, tidy, duplicate
// and delete. It shows
// while notes are selected and nothing is being written, just above the selected notes (below them
// when there is no room above), never over them where the board has room: on a short board it sat
// at the top and the second click of a double-click on a note there landed on its Delete button.
import { useLayoutEffect, useRef, useState } from 'react'
import type { AlignHow } from '../../../shared/commands/board'
import type { Editor } from '../../../shared/commands/editor'
import { currentRound, setCustomerWords } from '../../../shared/commands/session'
import { NOTE_COLORS, NOTE_KINDS } from '../../../shared/document'
import { laneLocator } from '../../../shared/journey'
import { SELECTION_BAR_GAP, overlaps, type BoardView, type Rect } from '../board/boardView'
import { notesBounds } from '../board/camera'
import { onControlsChanged } from '../board/controlsChanged'
import { NOTE_FILL } from '../board/style'
import { useDocument } from '../map/useDocument'
import type { BoardActions } from './boardActions'
import { COLOR_LABELS, KIND_LABELS, countNotes } from './labels'
import { TagsMenu } from './TagsMenu'
import { useToolbarPopup } from './toolbarPopup'
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
  const doc = useDocument(editor)
  const { board } = doc
  const selection = useViewSlice(view, selectSelection)
  const editing = useViewSlice(view, selectEditing)
  const barRef = useRef<HTMLDivElement>(null)
  // While people vote, the board is theirs to click: the bar would cover the lane voted on.
  const round = currentRound(doc)
  const voting = round !== null && !round.revealed
  const notes =
    selection.size === 0 || editing || readOnly || voting
      ? []
      : board.notes.filter((n) => selection.has(n.id))
  const bounds = notesBounds(notes)
  const key = bounds ? `${bounds.x},${bounds.y},${bounds.width},${bounds.height}` : ''
  useLayoutEffect(() => {
    const bar = barRef.current
    if (!bar || !bounds) return
    return followSelection(bar, view, bounds)
    // The bounds are read through their key: a new array of the same notes moves nothing.
  }, [view, key]) // eslint-disable-line react-hooks/exhaustive-deps
  if (notes.length === 0) return null
  const first = notes[0]
  const sameColor = first && notes.every((n) => n.color === first.color) ? first.color : null
  // A note in a lane takes the lane's kind (a kind of its own counts only outside the lanes): for
  // such notes the kind is shown, not offered, and a kind chosen goes to the others alone.
  const laneOf = laneLocator(board.lanes)
  const laneKinds = notes.map((n) => laneOf(n)?.kind ?? null)
  const fromLanes = laneKinds.every((kind) => kind !== null)
  const laneKind = laneKinds.every((kind) => kind === laneKinds[0]) ? laneKinds[0] : null
  const unsorted = notes.filter((_, i) => laneKinds[i] === null)
  const sameKind = unsorted.every((n) => n.kind === unsorted[0]?.kind)
    ? (unsorted[0]?.kind ?? 'lane')
    : 'mixed'
  const quoted = notes.every((n) => n.customerWords)

  return (
    <div
      ref={barRef}
      className="selection-bar"
      role="toolbar"
      aria-label="Selected notes"
      onClick={(event) => {
        // A click with the mouse (not Enter or Space: detail is 0) on a button that does
        // something hands the keyboard back to the board, so that the arrows move the notes next
        // ("Duplicate", then nudge the copy). The Align and Tags buttons keep it for their
        // popups, and the Tags panel for its field.
        const target = event.target instanceof Element ? event.target : null
        if (
          event.detail > 0 &&
          target?.closest('button:not([aria-haspopup])') &&
          !target.closest('[role="dialog"]')
        )
          onClicked()
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
      {fromLanes ? (
        <select
          className="selection-bar__select"
          aria-label="Kind"
          value="lane"
          disabled
          title="A note in a lane takes the lane’s kind; outside the lanes it can have its own"
        >
          {/* No wider than the select it stands for: a wider one wrapped the bar to two rows. */}
          <option value="lane">{laneKind ? KIND_LABELS[laneKind] : 'Mixed kinds'}</option>
        </select>
      ) : (
        <select
          className="selection-bar__select"
          aria-label="Kind"
          value={sameKind}
          title={
            unsorted.length < notes.length
              ? `Sets the kind of the ${countNotes(unsorted.length)} outside the lanes; a note in a lane takes the lane’s kind`
              : undefined
          }
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
          <option value="lane">Kind not set</option>
          {NOTE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      )}
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
        <span className="selection-bar__glyph" aria-hidden="true">
          “ ”{' '}
        </span>
        Customer’s words
      </button>
      <TagsMenu editor={editor} notes={notes} boardNotes={board.notes} />
      <AlignMenu count={notes.length} onAlign={(how) => actions.align(how)} />
      <button type="button" className="selection-bar__button" onClick={() => actions.tidy()}>
        Tidy
      </button>
      <button
        type="button"
        className="selection-bar__button"
        title="Duplicate (Ctrl+D)"
        onClick={(event) => {
          // Not the second click of a double-click: that was meant for the note under the bar.
          if (event.detail < 2) actions.duplicateSelected()
        }}
      >
        Duplicate
      </button>
      <button
        type="button"
        className="selection-bar__button selection-bar__button--danger"
        title="Delete (Delete)"
        onClick={(event) => {
          if (event.detail < 2) actions.deleteSelected()
        }}
      >
        Delete
      </button>
    </div>
  )
}

/** How long the camera must rest before the bar, hidden while it moves, shows again. */
const REST_MS = 200

/**
 * Places the bar above the selection's bounds (board units), centred on them, or below them when
 * there is no room above, inside the board; at the top when the selection fills the view. Where
 * the controls on the board or the Find panel are in the way, it moves aside of them. While
 * the camera moves (a pan, a zoom) the bar is hidden rather than moved on every frame, and shows
 * again where it belongs once the camera rests. Returns the clean-up.
 */
function followSelection(bar: HTMLElement, view: BoardView, bounds: Rect): () => void {
  let timer = 0
  let { camera, viewport } = view.getState()
  let cameraMoved = false
  const place = () => {
    const gap = SELECTION_BAR_GAP
    const topLeft = view.toScreen({ x: bounds.x, y: bounds.y })
    const bottomRight = view.toScreen({ x: bounds.x + bounds.width, y: bounds.y + bounds.height })
    const selected = {
      x: topLeft.x,
      y: topLeft.y,
      width: bottomRight.x - topLeft.x,
      height: bottomRight.y - topLeft.y,
    }
    // Notes the camera moved away from (to a Find match, or a pan): their bar would stand in the
    // view, over what the user went to look at. Put away until they are back in view, unless it
    // holds the keyboard focus. (Notes selected out of view, with Ctrl+A, still show it.)
    const inView = overlaps(selected, {
      x: 0,
      y: 0,
      width: viewport.width,
      height: viewport.height,
    })
    if (cameraMoved && !inView && !bar.contains(document.activeElement)) {
      bar.style.visibility = 'hidden'
      return
    }
    const { width, height } = { width: bar.offsetWidth, height: bar.offsetHeight }
    const maxX = Math.max(gap, viewport.width - width - gap)
    const maxY = Math.max(gap, viewport.height - height - gap)
    const clampX = (x: number) => Math.min(maxX, Math.max(gap, x))
    // What else the bar keeps off: the controls on the board (minimap, zoom, the running timer)
    // and the Find panel.
    const origin = bar.offsetParent?.getBoundingClientRect()
    const find = bar.parentElement?.querySelector('.find')?.getBoundingClientRect()
    const obstacles =
      find && origin
        ? [
            ...view.controls(),
            { x: find.x - origin.x, y: find.y - origin.y, width: find.width, height: find.height },
          ]
        : view.controls()
    const above = topLeft.y - gap - height
    const below = bottomRight.y + gap
    const centred = clampX((topLeft.x + bottomRight.x) / 2 - width / 2)
    // Rows to try: above the notes, below them, then beside (above or below) whatever is in the
    // way, nearest the notes first; in each, centred on the notes, else aside of what is in the
    // way.
    const near = (y: number) => Math.min(Math.abs(y - above), Math.abs(y - below))
    const rows = [
      above,
      below,
      ...obstacles
        .flatMap((o) => [o.y + o.height + gap, o.y - height - gap])
        .sort((a, b) => near(a) - near(b)),
    ].filter((y) => y >= gap && y <= maxY)
    // Where nothing is clear (the notes fill the view): above them, else below, else at the top.
    const fallback = above >= gap ? above : below <= maxY ? below : Math.min(maxY, gap)
    let at = { x: centred, y: fallback }
    search: for (const y of rows) {
      const box = (x: number) => ({ x, y, width, height })
      const blocking = obstacles.filter((o) => overlaps(o, box(centred)))
      const xs = [
        centred,
        ...blocking.flatMap((o) => [clampX(o.x - width - gap), clampX(o.x + o.width + gap)]),
      ]
      for (const x of xs) {
        if (!overlaps(box(x), selected) && !obstacles.some((o) => overlaps(o, box(x)))) {
          at = { x, y }
          break search
        }
      }
    }
    bar.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`
    bar.style.visibility = ''
  }
  place()
  const unlisten = onControlsChanged(() => {
    if (bar.style.visibility !== 'hidden') place()
  })
  const unsubscribe = view.subscribe(() => {
    const state = view.getState()
    if (state.camera === camera && state.viewport === viewport) return
    // A window resized (or a panel opened) is not the camera moving off the notes.
    if (state.camera !== camera) cameraMoved = true
    camera = state.camera
    viewport = state.viewport
    // A bar holding the keyboard focus stays: hiding it would take the focus away.
    if (!bar.contains(document.activeElement) && bar.style.visibility !== 'hidden')
      bar.style.visibility = 'hidden'
    window.clearTimeout(timer)
    timer = window.setTimeout(place, REST_MS)
  })
  return () => {
    unsubscribe()
    unlisten()
    window.clearTimeout(timer)
  }
}

function AlignMenu({ count, onAlign }: { count: number; onAlign: (how: AlignHow) => void }) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)

  useToolbarPopup(
    open,
    button,
    menu,
    () => setOpen(false),
    (list) => list.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus(),
  )

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
