// Stages and lanes from the keyboard: every stage and lane in order, to rename, move and delete
// without the mouse (on the canvas those are a double-click, a drag and a hover button). Each
// change is its own command, so Undo takes them back one at a time.
import { useState } from 'react'
import { BAND_COMMANDS, validateName } from '../../../shared/commands/board'
import type { Editor } from '../../../shared/commands/editor'
import type { HeaderKind } from '../board/headers'
import { Modal } from '../ui/Modal'
import { useDocument } from './useDocument'

export function StagesLanesDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  return (
    <Modal
      title="Stages and lanes"
      onCancel={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <BandList editor={editor} kind="stage" />
      <BandList editor={editor} kind="lane" />
    </Modal>
  )
}

const WORDS = {
  stage: { title: 'Stages', one: 'Stage', earlier: 'left', later: 'right' },
  lane: { title: 'Lanes', one: 'Lane', earlier: 'up', later: 'down' },
} as const

function BandList({ editor, kind }: { editor: Editor; kind: HeaderKind }) {
  const doc = useDocument(editor)
  const bands = kind === 'stage' ? doc.board.stages : doc.board.lanes
  const words = WORDS[kind]
  const headingId = `bands-editor-${kind}s`

  const move = (id: string, to: number) => {
    const band = BAND_COMMANDS[kind]
    editor.run(`Move ${band.noun}`, band.move(editor.getState(), id, to))
  }
  const remove = (id: string) => {
    const band = BAND_COMMANDS[kind]
    editor.run(`Delete ${band.noun}`, band.remove(id))
  }

  return (
    <section className="bands-editor">
      <h3 id={headingId} className="bands-editor__title">
        {words.title}
      </h3>
      {bands.length === 0 ? (
        <p className="field__hint">No {words.title.toLowerCase()} yet.</p>
      ) : (
        <ol className="bands-editor__list" aria-labelledby={headingId}>
          {bands.map((band, i) => (
            <li key={band.id} className="bands-editor__item">
              <NameField editor={editor} kind={kind} id={band.id} name={band.name} index={i} />
              <button
                type="button"
                className="button button--small"
                aria-label={`Move ${band.name} ${words.earlier}`}
                disabled={i === 0}
                onClick={() => move(band.id, i - 1)}
              >
                {kind === 'stage' ? '←' : '↑'}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={`Move ${band.name} ${words.later}`}
                disabled={i === bands.length - 1}
                onClick={() => move(band.id, i + 1)}
              >
                {kind === 'stage' ? '→' : '↓'}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                aria-label={`Delete ${kind} ${band.name}`}
                title="Its notes stay on the board"
                onClick={() => remove(band.id)}
              >
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** A band's name, renamed when the field is left or Enter is pressed; a bad name is refused. */
function NameField(props: {
  editor: Editor
  kind: HeaderKind
  id: string
  name: string
  index: number
}) {
  const { editor, kind, id, name, index } = props
  const [draft, setDraft] = useState(name)
  const [error, setError] = useState<string | null>(null)
  const [shown, setShown] = useState(name)
  // Renamed elsewhere (undo, the canvas): show the new name.
  if (shown !== name) {
    setShown(name)
    setDraft(name)
    setError(null)
  }
  const errorId = `bands-editor-${id}-error`
  const commit = () => {
    if (draft === name) {
      setError(null)
      return
    }
    const problem = validateName(draft, kind)
    setError(problem)
    if (problem !== null) return
    const band = BAND_COMMANDS[kind]
    editor.run(`Rename ${band.noun}`, band.rename(id, draft))
  }
  return (
    <span className="bands-editor__name">
      <input
        className="input"
        aria-label={`${WORDS[kind].one} ${index + 1} name`}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            commit()
          }
        }}
      />
      {error && (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}
