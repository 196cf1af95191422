// The Tags button of the selected notes' toolbar and its panel: type a tag (or several, with
// commas) to give it to every selected note; tick or untick the board's tags to give or take one.
// Find (Ctrl+F) then filters by them. Each change is one undo step.
import { useMemo, useRef, useState, type FormEvent } from 'react'
import {
  addTags,
  boardTags,
  byTagName,
  foldTag,
  readTags,
  removeTag,
  tagCounts,
} from '../../../shared/commands/board'
import type { Editor } from '../../../shared/commands/editor'
import type { Note } from '../../../shared/document'
import { countNotes } from './labels'
import { useToolbarPopup } from './toolbarPopup'

export function TagsMenu({
  editor,
  notes,
  boardNotes,
}: {
  editor: Editor
  /** The selected notes. */
  notes: readonly Note[]
  /** Every note on the board, for the tags it already uses. */
  boardNotes: readonly Note[]
}) {
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  // Read only while the panel is open: the bar is drawn again on every change to the board.
  const known = useMemo(() => (open ? boardTags(boardNotes) : []), [open, boardNotes])

  const [kept, setKept] = useState<readonly string[]>([])
  const reset = () => {
    setText('')
    setMessage(null)
    setKept([])
  }
  useToolbarPopup(
    open,
    button,
    panel,
    () => {
      setOpen(false)
      reset()
    },
    (popup) => popup.querySelector('input')?.focus(),
    // Room for the field and a dozen tags: the list grows as tags are added.
    420,
  )
  const close = () => {
    setOpen(false)
    reset()
    button.current?.focus()
  }

  const ids = notes.map((n) => n.id)
  const counts = tagCounts(notes)
  // The list follows what is typed (its last tag, after any comma). Its order never changes while
  // the panel is open, and a tag unticked off the last notes that had it stays in it: a checkbox
  // moved or taken out of the page under the keyboard focus drops the focus to the page, where
  // the next Delete would be the board's.
  const typed = foldTag(text.split(',').at(-1) ?? '')
  const listed = [...new Set([...known, ...kept])]
    .sort(byTagName)
    .filter((tag) => typed === '' || foldTag(tag).includes(typed))

  const add = (event: FormEvent) => {
    event.preventDefault()
    const read = readTags(text, known)
    if (!read.ok) {
      setMessage({ text: read.message, error: true })
      return
    }
    const { tags } = read
    // Named when few; a pasted list of dozens is counted.
    const names = tags.length <= 3 ? tags.map((t) => `“${t}”`).join(', ') : `${tags.length} tags`
    const missing = notes.filter((n) => tags.some((t) => !n.tags.includes(t))).length
    if (missing === 0) {
      const these = tags.length === 1 ? names : `these ${names}`
      setMessage({ text: `${haveAll(notes.length)} ${these}.`, error: false })
      return
    }
    editor.run(
      tags.length === 1 ? `Add tag ${names}` : `Add ${tags.length} tags`,
      addTags(ids, tags),
    )
    // Listed from now on even if an undo takes them off the board (see `listed`).
    setKept([...new Set([...kept, ...tags])])
    setText('')
    setMessage({ text: `Added ${names} to ${ofNotes(missing, notes.length)}.`, error: false })
  }

  const toggle = (tag: string) => {
    if (!kept.includes(tag)) setKept([...kept, tag])
    const have = counts.get(tag) ?? 0
    if (have === notes.length) {
      editor.run(`Remove tag “${tag}”`, removeTag(ids, tag))
      setMessage({ text: `Took “${tag}” off ${countNotes(notes.length)}.`, error: false })
    } else {
      editor.run(`Add tag “${tag}”`, addTags(ids, [tag]))
      const added = ofNotes(notes.length - have, notes.length)
      setMessage({ text: `Added “${tag}” to ${added}.`, error: false })
    }
  }

  const onSelection = counts.size
  return (
    <div className="align-menu">
      <button
        ref={button}
        type="button"
        className="selection-bar__button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={
          onSelection > 0
            ? `Tags on the selected notes: ${listSome([...counts.keys()].sort(byTagName))}`
            : 'Tag the selected notes, to find them with Find (Ctrl+F)'
        }
        onClick={() => (open ? close() : setOpen(true))}
      >
        {/* No count of tags here: the bar is one row at 960 px with nothing to spare. */}
        Tags <span aria-hidden="true">▸</span>
      </button>
      {open && (
        <div
          ref={panel}
          className="align-menu__list tags-menu"
          role="dialog"
          aria-label="Tags of the selected notes"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              close()
            }
          }}
        >
          <form className="tags-menu__add" onSubmit={add}>
            <input
              className="tags-menu__input"
              aria-label="New tag"
              aria-describedby="tags-menu-message"
              aria-invalid={message?.error ?? false}
              placeholder="Add a tag, e.g. billing"
              value={text}
              onChange={(event) => {
                setText(event.target.value)
                setMessage(null)
              }}
              onPaste={(event) => {
                // A column copied from a spreadsheet: one tag a line. The field itself would
                // make its lines one, joined by spaces.
                const pasted = event.clipboardData.getData('text/plain')
                if (!/[\r\n]/.test(pasted)) return
                event.preventDefault()
                const field = event.currentTarget
                const start = field.selectionStart ?? text.length
                const end = field.selectionEnd ?? text.length
                const lines = pasted.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '')
                setText(text.slice(0, start) + lines.join(', ') + text.slice(end))
                setMessage(null)
              }}
            />
            <button type="submit" className="selection-bar__button">
              Add
            </button>
          </form>
          <p
            id="tags-menu-message"
            className={
              message?.error ? 'tags-menu__message tags-menu__message--error' : 'tags-menu__message'
            }
            role="status"
          >
            {message?.text ??
              (known.length === 0 ? 'No tags on this board yet. Commas separate tags.' : '')}
          </p>
          {listed.length > 0 && (
            <ul className="tags-menu__list" aria-label="Tags on the board">
              {listed.map((tag) => {
                const count = counts.get(tag) ?? 0
                return (
                  <li key={tag}>
                    <label className="tags-menu__tag">
                      <input
                        type="checkbox"
                        checked={count === notes.length}
                        ref={(box) => {
                          if (box) box.indeterminate = count > 0 && count < notes.length
                        }}
                        onChange={() => toggle(tag)}
                      />
                      <span className="tags-menu__name" dir="auto">
                        {tag}
                      </span>
                      {count > 0 && count < notes.length && (
                        <span className="tags-menu__count">
                          {count} of {notes.length}
                        </span>
                      )}
                    </label>
                  </li>
                )
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}

/** "The note has", "Both notes already have" or "All 3 notes already have". */
function haveAll(count: number): string {
  if (count === 1) return 'The note already has'
  return count === 2 ? 'Both notes already have' : `All ${count} notes already have`
}

/** "3 notes", or "1 of 3 notes" when only some of them got it (the others had it). */
function ofNotes(count: number, of: number): string {
  return count === of ? countNotes(of) : `${count} of ${countNotes(of)}`
}

/** Up to ten names, then how many more: a tooltip, not a list of hundreds. */
function listSome(names: readonly string[]): string {
  const shown = names.slice(0, 10).join(', ')
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown
}
