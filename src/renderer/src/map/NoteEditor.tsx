// The textarea laid over a note while its text is written: typing starts at once, Esc or a
// click elsewhere ends it, and the whole edit becomes one undo step.
import { useEffect, useRef, useState } from 'react'
import type { NoteColor } from '../../../shared/document'
import { NOTE_FILL, type View } from './geometry'
import { NOTE_FONT_SIZE, NOTE_PADDING } from './NoteShape'

export type EditTarget = {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly color: NoteColor
  readonly text: string
} & ({ readonly kind: 'new' } | { readonly kind: 'existing'; readonly id: string })

export function NoteEditor(props: {
  target: EditTarget
  view: View
  onCommit: (target: EditTarget, text: string) => void
}) {
  const { target, view, onCommit } = props
  const [text, setText] = useState(target.text)
  const ref = useRef<HTMLTextAreaElement>(null)
  const done = useRef(false)

  useEffect(() => {
    const area = ref.current
    if (!area) return
    area.focus()
    area.setSelectionRange(area.value.length, area.value.length)
  }, [])

  const finish = () => {
    if (done.current) return
    done.current = true
    onCommit(target, ref.current?.value ?? text)
  }

  return (
    <textarea
      ref={ref}
      className="note-editor"
      aria-label={target.kind === 'new' ? 'New note' : 'Note text'}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={finish}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault()
          event.stopPropagation()
          finish()
        }
      }}
      style={{
        left: view.x + target.x * view.scale,
        top: view.y + target.y * view.scale,
        width: target.width * view.scale,
        height: target.height * view.scale,
        padding: NOTE_PADDING * view.scale,
        fontSize: NOTE_FONT_SIZE * view.scale,
        background: NOTE_FILL[target.color],
      }}
    />
  )
}
