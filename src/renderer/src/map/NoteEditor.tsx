// The textarea laid over the note being written (the view's `editing`): it sits exactly on the
// note at any zoom and follows pan and zoom, typing starts at once, Esc or Enter ends it, Tab
// ends it and starts the next note beside it, Shift+Enter is a new line.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { BoardView, EditTarget } from '../board/boardView'
import { keepInView } from '../board/camera'
import {
  FONT,
  NOTE_FILL,
  NOTE_FONT_SIZE,
  NOTE_LINE_HEIGHT,
  NOTE_PADDING,
  NOTE_RADIUS,
} from '../board/style'
import { noteTextLayout, noteTextWidth, startsRightToLeft } from '../board/textLayout'
import { endEditing, pendingNote, type EndHow } from '../overlays/noteEditing'
import { selectEditing, useViewSlice } from '../overlays/useBoardView'
import { useDocument } from './useDocument'

/** The events of typing a character: stopped before they reach the page (see NoteTextArea). */
const TYPING_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'textInput',
  'input',
  'selectionchange',
]

/** Text longer than this is edited at a fixed size and scrolls, rather than being re-fitted. */
const FIT_LIMIT = 600
const LONG_TEXT_SIZE = 14

export function NoteEditor({
  editor,
  view,
  readOnly,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
}) {
  const editing = useViewSlice(view, selectEditing)
  if (!editing) return null
  return (
    <NoteTextArea
      key={editing.noteId}
      editor={editor}
      view={view}
      target={editing}
      readOnly={readOnly}
    />
  )
}

function NoteTextArea({
  editor,
  view,
  target,
  readOnly,
}: {
  editor: Editor
  view: BoardView
  target: EditTarget
  readOnly: boolean
}) {
  const doc = useDocument(editor)
  const inMap = doc.board.notes.find((n) => n.id === target.noteId)
  const note = inMap ?? pendingNote(target.noteId)
  const ref = useRef<HTMLTextAreaElement>(null)
  const ended = useRef(false)
  const [initial] = useState(() => inMap?.text ?? '')
  // A note the canvas added just before editing: its add and its text become one step.
  const foldFrom = useRef<number | null>(null)
  const fitted = useRef<Fitted>({ fontSize: NOTE_FONT_SIZE, rtl: false })
  const mounted = useRef(false)
  const latest = useRef(initial)
  /** What had the keyboard focus when the note was opened for writing. */
  const openedFrom = useRef<HTMLElement | null>(null)
  /** Fits the text to the note after each change to it. */
  const onInput = useRef(() => {})

  const finish = (how: EndHow, refocus: boolean) => {
    if (ended.current) return
    ended.current = true
    const area = ref.current
    const text = area?.value ?? latest.current
    const boardElement = area?.closest('.board-area')?.querySelector<HTMLElement>('.board')
    endEditing(editor, view, target, text, how, foldFrom.current)
    if (!refocus || view.getState().editing !== null) return
    // Back where the writing was opened from: the outline's note (a keyboard or screen-reader
    // user keeps their place in the list), else the board.
    const from = openedFrom.current
    if (from?.isConnected && from.closest('.outline')) from.focus()
    else boardElement?.focus()
  }
  const finishRef = useRef(finish)
  useLayoutEffect(() => {
    finishRef.current = finish
  })

  useEffect(() => {
    const area = ref.current
    if (!area) return
    mounted.current = true
    if (target.isNew && doc.board.notes.some((n) => n.id === target.noteId)) {
      foldFrom.current = editor.revision()
    }
    // Once (React runs this twice in development, the second time with the focus already here).
    const focused = document.activeElement
    if (!openedFrom.current && focused instanceof HTMLElement && focused !== area)
      openedFrom.current = focused
    area.focus()
    area.setSelectionRange(area.value.length, area.value.length)
    // Typing is the textarea's own business: nothing else in the app acts on what is typed into
    // a note, so these events stop at the window, in the capture phase, before React's root and
    // the window listeners added after this one (~0.6 ms a key): the key events of a character
    // (no Ctrl, Cmd or Alt), every input event of the textarea (typing, paste, Backspace, undo)
    // and every selection change while it has focus. Nothing is prevented, so the text still goes
    // in. Shortcuts and keys that are not characters (Esc, Enter, Tab, arrows) go on as before.
    const typing = (event: Event) => {
      const from = event.type === 'selectionchange' ? document.activeElement : event.target
      if (from !== area) return
      if (event instanceof KeyboardEvent) {
        const { key, ctrlKey, metaKey, altKey } = event
        if (Array.from(key).length !== 1 || ctrlKey || metaKey || altKey) return
      }
      event.stopPropagation()
      if (event.type === 'input') onInput.current()
    }
    for (const type of TYPING_EVENTS) window.addEventListener(type, typing, true)
    // Removed without a blur (another note started editing): keep what was typed. Checked a tick
    // later, as StrictMode unmounts and mounts again at once in development.
    return () => {
      for (const type of TYPING_EVENTS) window.removeEventListener(type, typing, true)
      mounted.current = false
      setTimeout(() => {
        if (!mounted.current) finishRef.current('done', false)
      })
    }
    // Runs once per note: the key of this component is the note's id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The note is gone (undone, deleted elsewhere) or the map is read-only: stop editing it.
  const missing = note === null || readOnly
  useEffect(() => {
    if (missing) {
      ended.current = true
      view.stopEditing()
    }
  }, [missing, view])

  // Follow the camera without re-rendering: a pan frame only moves the textarea.
  const box = note ? { x: note.x, y: note.y, width: note.width, height: note.height } : null
  const boxKey = box ? `${box.x},${box.y},${box.width},${box.height}` : ''
  useLayoutEffect(() => {
    const area = ref.current
    if (!area || !box) return
    // The board clips what is past its edges: a note written there (the next one of a Tab chain,
    // one opened by Enter or a double-click on its visible part) is brought into view first, so
    // what is typed is seen. A note wholly in view stays put.
    keepInView(view, box, 0)
    const place = () => {
      const { camera } = view.getState()
      const s = camera.scale
      const style = area.style
      style.left = `${camera.x + box.x * s}px`
      style.top = `${camera.y + box.y * s}px`
      style.width = `${box.width * s}px`
      style.height = `${box.height * s}px`
      // The padding at the end of the lines (the left for right-to-left text) also holds the
      // margin the canvas keeps, so that lines break where the canvas breaks them. Each side is
      // set on its own: a value set again unchanged costs no style update.
      const padding = `${NOTE_PADDING * s}px`
      const lineEnd = `${(box.width - NOTE_PADDING - noteTextWidth(box.width)) * s}px`
      style.paddingTop = padding
      style.paddingBottom = padding
      style.paddingLeft = fitted.current.rtl ? lineEnd : padding
      style.paddingRight = fitted.current.rtl ? padding : lineEnd
      style.fontSize = `${fitted.current.fontSize * s}px`
      style.borderRadius = `${NOTE_RADIUS * s}px`
    }
    const fit = () => {
      latest.current = area.value
      fitted.current = fitText(area.value, box.width, box.height)
      place()
    }
    fit()
    // Called from the window's listener above: a typed character's input event stops there. A
    // zoom or pan since the note was opened may have taken it out of view: what is typed brings
    // it back, as a text editor scrolls to the caret (worked out only when it is not wholly shown).
    onInput.current = () => {
      fit()
      const { camera, viewport } = view.getState()
      const s = camera.scale
      const left = camera.x + box.x * s
      const top = camera.y + box.y * s
      const right = left + box.width * s
      const bottom = top + box.height * s
      const fits = right - left <= viewport.width && bottom - top <= viewport.height
      // A note larger than the view (zoomed far in) is left where the user scrolled it, unless
      // none of it is in view.
      const wanted = fits
        ? left < 0 || top < 0 || right > viewport.width || bottom > viewport.height
        : right <= 0 || bottom <= 0 || left >= viewport.width || top >= viewport.height
      if (wanted) keepInView(view, box, 0)
    }
    const unsubscribe = view.subscribe(place)
    return () => {
      onInput.current = () => {}
      unsubscribe()
    }
    // boxKey stands for box.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boxKey, view])

  if (!note) return null
  // The form holds nothing but the textarea, so that Chromium's autofill, which looks at a form
  // control's form on every change, looks at this one field and not at every control outside a
  // form: the outline's button per note made that cost grow with the board (see
  // docs/architecture.md, "Typing in a note").
  return (
    <form className="note-editor-form" onSubmit={(event) => event.preventDefault()}>
      <textarea
        ref={ref}
        className="note-editor note-editor--overlay"
        aria-label={target.isNew ? 'New note' : 'Note text'}
        defaultValue={initial}
        dir="auto"
        spellCheck
        onBlur={() => finish('done', false)}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return
          const { key, shiftKey, ctrlKey, metaKey } = event
          let how: EndHow | null = null
          if (key === 'Escape') how = 'done'
          else if (key === 'Enter' && !shiftKey) how = 'done'
          else if (key === 'Tab' && !ctrlKey && !metaKey) how = shiftKey ? 'done' : 'next'
          if (how === null) return
          event.preventDefault()
          event.stopPropagation()
          finish(how, true)
        }}
        style={{
          fontFamily: FONT,
          lineHeight: NOTE_LINE_HEIGHT,
          background: NOTE_FILL[note.color],
        }}
      />
    </form>
  )
}

interface Fitted {
  readonly fontSize: number
  /** Whether the text runs right to left, as the textarea's `dir="auto"` finds it. */
  readonly rtl: boolean
}

/** The size and direction the canvas draws this text with, so it does not jump when editing starts. */
function fitText(text: string, width: number, height: number): Fitted {
  if (text.length > FIT_LIMIT) return { fontSize: LONG_TEXT_SIZE, rtl: startsRightToLeft(text) }
  const layout = noteTextLayout(text, width, height)
  return { fontSize: layout.truncated ? LONG_TEXT_SIZE : layout.fontSize, rtl: layout.rtl }
}
