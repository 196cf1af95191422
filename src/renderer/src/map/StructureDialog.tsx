// Stages and lanes from the keyboard: every stage and lane in order, to rename, move and delete
// without the mouse (on the canvas those are a double-click, a drag and a hover button). Each
// change is its own command, so Undo takes them back one at a time.
import { useState } from 'react'
import {
  deleteLane,
  deleteStage,
  moveLane,
  moveStage,
  renameLane,
  renameStage,
  validateName,
} from '../../../shared/commands/board'
import type { Editor } from '../../../shared/commands/editor'
import type { HeaderKind } from '../board/headers'
import { Modal } from '../ui/Modal'
import { useDocument } from './useDocument'

export function StructureDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
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
  const headingId = `structure-${kind}s`

  const move = (id: string, to: number) => {
    const current = editor.getState()
    if (kind === 'stage') editor.run('Move stage', moveStage(current, id, to))
    else editor.run('Move lane', moveLane(current, id, to))
  }
  const remove = (id: string) => {
    if (kind === 'stage') editor.run('Delete stage', deleteStage(id))
    else editor.run('Delete lane', deleteLane(id))
  }

  return (
    <section className="structure">
      <h3 id={headingId} className="structure__title">
        {words.title}
      </h3>
      {bands.length === 0 ? (
        <p className="field__hint">No {words.title.toLowerCase()} yet.</p>
      ) : (
        <ol className="structure__list" aria-labelledby={headingId}>
          {bands.map((band, i) => (
            <li key={band.id} className="structure__item">
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
  const errorId = `structure-${id}-error`
  const commit = () => {
    if (draft === name) {
      setError(null)
      return
    }
    const problem = validateName(draft, kind)
    setError(problem)
    if (problem !== null) return
    if (kind === 'stage') editor.run('Rename stage', renameStage(id, draft))
    else editor.run('Rename lane', renameLane(id, draft))
  }
  return (
    <span className="structure__name">
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
