// "Suggest stages for unsorted notes": for each note outside every column, the stage it most
// likely belongs to, accepted one by one or all at once.
import { useMemo } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { acceptAllSuggestions, acceptSuggestion } from '../../../shared/commands/journey'
import { stageLocator, suggestStage } from '../../../shared/journey'
import { useDocument } from '../map/useDocument'
import { Modal } from '../ui/Modal'

/** The dialog lists this many notes; Accept all takes every one. */
const LIST_LIMIT = 200

export function SuggestDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const doc = useDocument(editor)
  const { board } = doc
  const suggestions = useMemo(() => {
    const locate = stageLocator(board.stages)
    const names = new Map(board.stages.map((s) => [s.id, s.name]))
    return board.notes
      .filter((note) => locate(note) === null)
      .map((note) => ({ note, suggestion: suggestStage(note, { board }) }))
      .filter((s) => s.suggestion !== null)
      .map(({ note, suggestion }) => ({
        note,
        stageId: suggestion?.stageId ?? '',
        stageName: names.get(suggestion?.stageId ?? '') ?? '',
        why:
          suggestion?.reason === 'shared-words'
            ? `shares “${suggestion.sharedWords.slice(0, 3).join('”, “')}”`
            : 'nearest column',
      }))
  }, [board])
  return (
    <Modal
      title="Suggest stages for unsorted notes"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={suggestions.length === 0}
            onClick={() => {
              editor.run('Sort notes into stages', acceptAllSuggestions(editor.getState()))
              onClose()
            }}
          >
            Accept all
          </button>
        </>
      }
    >
      {suggestions.length === 0 ? (
        <p>Every note sits in a stage column.</p>
      ) : (
        <>
          <p>
            {suggestions.length === 1 ? 'One note sits' : `${suggestions.length} notes sit`} outside
            every stage column. Accepting moves a note sideways into its stage, keeping its lane.
          </p>
          <ul className="suggestions" aria-label="Unsorted notes">
            {suggestions.slice(0, LIST_LIMIT).map((s) => (
              <li key={s.note.id} className="suggestion">
                <span className="suggestion__text">{s.note.text || 'An empty note'}</span>
                <span className="suggestion__stage">
                  → {s.stageName} <span className="hint">({s.why})</span>
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Accept ${s.stageName} for “${s.note.text.slice(0, 40)}”`}
                  onClick={() =>
                    editor.run('Move note to stage', acceptSuggestion(s.note.id, s.stageId))
                  }
                >
                  Accept
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  )
}
