// "Structure this board…": the stages proposed from the heaps of a freeform board, to rename,
// merge or split before accepting them as one undoable step.
import { useMemo, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import {
  applyStageProposal,
  mergeWithNext,
  renameProposal,
  splitProposal,
} from '../../../shared/commands/journey'
import { proposeStages, type StageProposal } from '../../../shared/journey'
import { Modal } from '../ui/Modal'

export function StructureDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const initial = useMemo(() => proposeStages(editor.getState().board.notes), [editor])
  const [proposals, setProposals] = useState<StageProposal[]>(initial)
  const texts = useMemo(
    () => new Map(editor.getState().board.notes.map((n) => [n.id, n.text])),
    [editor],
  )
  const accept = () => {
    const doc = editor.getState()
    editor.run(
      proposals.length === 1
        ? 'Structure board into 1 stage'
        : `Structure board into ${proposals.length} stages`,
      applyStageProposal(doc, proposals),
    )
    onClose()
  }
  return (
    <Modal
      title="Structure this board"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={proposals.length === 0}
            onClick={accept}
          >
            Accept {proposals.length === 1 ? '1 stage' : `${proposals.length} stages`}
          </button>
        </>
      }
    >
      <p>
        The notes fall into {proposals.length === 1 ? 'one heap' : `${proposals.length} heaps`}.
        Each becomes a stage column, left to right; rename, merge or split them first if the room
        sees it differently. One Undo takes the structure away again.
      </p>
      <ol className="proposals" aria-label="Proposed stages">
        {proposals.map((proposal, i) => {
          const sample = proposal.noteIds
            .slice(0, 3)
            .map((id) => texts.get(id) ?? '')
            .filter(Boolean)
          return (
            <li key={`${i}-${proposal.noteIds[0] ?? ''}`} className="proposal">
              <input
                className="input"
                aria-label={`Name of stage ${i + 1}`}
                value={proposal.name}
                onChange={(event) => setProposals((p) => renameProposal(p, i, event.target.value))}
              />
              <span className="proposal__count">
                {proposal.noteIds.length} {proposal.noteIds.length === 1 ? 'note' : 'notes'}
              </span>
              <span className="proposal__actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={i + 1 >= proposals.length}
                  aria-label={`Merge stage ${i + 1} with the next`}
                  onClick={() => setProposals((p) => mergeWithNext(p, i))}
                >
                  Merge with next
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={splitProposal(editor.getState(), proposals, i) === null}
                  aria-label={`Split stage ${i + 1} in two`}
                  onClick={() => setProposals((p) => splitProposal(editor.getState(), p, i) ?? p)}
                >
                  Split
                </button>
              </span>
              {sample.length > 0 && (
                <span className="proposal__sample">
                  {sample.join(' · ')}
                  {proposal.noteIds.length > sample.length ? ' …' : ''}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </Modal>
  )
}
