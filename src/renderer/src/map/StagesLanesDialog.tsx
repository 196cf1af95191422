// Stages and lanes from the keyboard: every stage and lane in order, to rename, resize, move and
// delete without the mouse (on the canvas those are a double-click, a drag of the edge, a drag and
// a hover button). Each change is its own command, so Undo takes them back one at a time.
import { useState } from 'react'
import { BAND_COMMANDS, parseBandSize, validateName } from '../../../shared/commands/board'
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
  stage: { title: 'Stages', one: 'Stage', earlier: 'left', later: 'right', size: 'width' },
  lane: { title: 'Lanes', one: 'Lane', earlier: 'up', later: 'down', size: 'height' },
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
  const rename = (id: string, draft: string) => {
    const problem = validateName(draft, kind)
    if (problem !== null) return problem
    const band = BAND_COMMANDS[kind]
    editor.run(`Rename ${band.noun}`, band.rename(id, draft))
    return null
  }
  const resize = (id: string, draft: string) => {
    const band = BAND_COMMANDS[kind]
    const doc = editor.getState()
    const parsed = parseBandSize(draft, kind, band.smallest(doc, id))
    if ('problem' in parsed) return parsed.problem
    editor.run(`Resize ${band.noun}`, band.resize(doc, id, parsed.size))
    return null
  }

  return (
    <section className="bands-editor">
      <h3 id={headingId} className="bands-editor__title">
        {words.title}
      </h3>
      {bands.length === 0 ? (
        <p className="field__hint">No {words.title.toLowerCase()} yet.</p>
      ) : (
        <>
          {/* What the two fields of a row hold; each field's own label says the same. */}
          <div className="bands-editor__columns" aria-hidden="true">
            <span>Name</span>
            <span>{words.size === 'width' ? 'Width' : 'Height'} (px)</span>
          </div>
          <ol className="bands-editor__list" aria-labelledby={headingId}>
            {bands.map((band, i) => (
              <li key={band.id} className="bands-editor__item">
                <BandField
                  className="bands-editor__name"
                  label={`${words.one} ${i + 1} name`}
                  errorId={`bands-editor-${band.id}-name-error`}
                  value={band.name}
                  apply={(draft) => rename(band.id, draft)}
                />
                <BandField
                  className="bands-editor__size"
                  label={`${words.one} ${i + 1} ${words.size} in pixels`}
                  errorId={`bands-editor-${band.id}-size-error`}
                  value={String(Math.round('width' in band ? band.width : band.height))}
                  apply={(draft) => resize(band.id, draft)}
                  inputMode="numeric"
                />
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
        </>
      )}
    </section>
  )
}

/**
 * A band's name or size, applied when the field is left or Enter is pressed. Text that cannot be
 * used is refused, with the reason under the field, and the band keeps what it had.
 */
function BandField(props: {
  className: string
  label: string
  errorId: string
  value: string
  /** Applies the text; returns why it cannot be used, or null. */
  apply: (draft: string) => string | null
  inputMode?: 'numeric'
}) {
  const { className, label, errorId, value, apply, inputMode } = props
  const [draft, setDraft] = useState(value)
  const [error, setError] = useState<string | null>(null)
  const [shown, setShown] = useState(value)
  // Changed elsewhere (undo, the canvas): show the new value.
  if (shown !== value) {
    setShown(value)
    setDraft(value)
    setError(null)
  }
  const commit = () => {
    const problem = draft === value ? null : apply(draft)
    setError(problem)
    // Applied: show the value as the map now has it ("360px" typed over 360 reads "360" again).
    if (problem === null) setDraft(value)
  }
  return (
    <span className={className}>
      <input
        className="input"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        inputMode={inputMode}
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
