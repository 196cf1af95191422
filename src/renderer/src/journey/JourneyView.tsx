// The Journey view: stages across, lanes down, each cell the text of its notes with their
// decision and owner, and each stage's metrics under its name.
import { useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { Lane } from '../../../shared/document'
import type { Step } from '../../../shared/journey'
import type { BoardView } from '../board/boardView'
import { DECISION_LABELS } from './labels'
import { StageMetrics } from './StageMetrics'
import { selectNote, useJourney, useSelection } from './useJourney'

const isCustomerLane = (lane: Lane) => lane.kind === 'customer-action'

/** A cell shows this many notes until asked for the rest, so a 10,000-note map stays light. */
const CELL_LIMIT = 12

export function JourneyView({
  editor,
  view,
  readOnly,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
}) {
  const journey = useJourney(editor)
  const selection = useSelection(view)
  const [shoes, setShoes] = useState(false)
  if (journey.stages.length === 0) {
    return (
      <div className="journey journey--empty">
        <p className="hint">
          The board has no stages yet. Add stage columns on the board, or use “Structure this
          board…” to make them from the heaps of notes.
        </p>
      </div>
    )
  }
  const unlaned = journey.stages.some((s) => s.unlaned.length > 0)
  // In the customer's shoes, the customer's own lanes come first.
  const laneOrder = journey.lanes.map((lane, l) => ({ lane, l }))
  if (shoes)
    laneOrder.sort((a, b) => Number(isCustomerLane(b.lane)) - Number(isCustomerLane(a.lane)))
  const rows = [
    ...laneOrder.map(({ lane, l }) => ({
      id: lane.id,
      name: lane.name,
      cell: (s: number) => journey.stages[s]?.lanes[l]?.steps ?? [],
    })),
    ...(unlaned || journey.lanes.length === 0
      ? [
          {
            id: 'none',
            name: journey.lanes.length === 0 ? 'Steps' : 'No lane',
            cell: (s: number) => journey.stages[s]?.unlaned ?? [],
          },
        ]
      : []),
  ]
  return (
    <div className="journey">
      <label className="journey__shoes">
        <input
          type="checkbox"
          checked={shoes}
          onChange={(event) => setShoes(event.target.checked)}
        />
        Walk in the customer’s shoes (customer lane first)
      </label>
      <table className="journey__table" aria-label="Journey">
        <thead>
          <tr>
            <td className="journey__corner" />
            {journey.stages.map((s) => (
              <th key={s.stage.id} scope="col" className="journey__stage">
                <span className="journey__stage-name">{s.stage.name || 'Untitled stage'}</span>
                <span className="journey__stage-count">
                  {s.steps.length} {s.steps.length === 1 ? 'note' : 'notes'}
                  {s.votes > 0 ? ` · ${s.votes} votes` : ''}
                </span>
                <StageMetrics
                  editor={editor}
                  stage={s.stage}
                  metrics={s.metrics}
                  readOnly={readOnly}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="journey__lane">
                {row.name}
              </th>
              {journey.stages.map((s, i) => (
                <td key={s.stage.id} className="journey__cell">
                  <Cell
                    steps={row.cell(i)}
                    selection={selection}
                    onSelect={(step) => selectNote(view, step.noteId)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {journey.unsorted.length > 0 && (
        <p className="hint journey__unsorted">
          {journey.unsorted.length} {journey.unsorted.length === 1 ? 'note sits' : 'notes sit'}{' '}
          outside every stage and {journey.unsorted.length === 1 ? 'is' : 'are'} not shown here.
        </p>
      )}
    </div>
  )
}

function Cell({
  steps,
  selection,
  onSelect,
}: {
  steps: readonly Step[]
  selection: ReadonlySet<string>
  onSelect(step: Step): void
}) {
  const [all, setAll] = useState(false)
  const shown = all ? steps : steps.slice(0, CELL_LIMIT)
  return (
    <>
      {shown.map((step) => {
        const selected = selection.has(step.noteId)
        return (
          <button
            key={step.noteId}
            type="button"
            className={`journey__note${selected ? ' journey__note--selected' : ''}`}
            aria-current={selected ? 'true' : undefined}
            onClick={() => onSelect(step)}
          >
            <span className="journey__text">{step.text || 'An empty note'}</span>
            {(step.decision !== 'undecided' || step.owner) && (
              <span className="journey__badges">
                {step.decision !== 'undecided' && (
                  <span className={`badge badge--${step.decision}`}>
                    {DECISION_LABELS[step.decision]}
                  </span>
                )}
                {step.owner && <span className="badge badge--owner">{step.owner.name}</span>}
              </span>
            )}
          </button>
        )
      })}
      {!all && steps.length > CELL_LIMIT && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {steps.length - CELL_LIMIT} more
        </button>
      )}
    </>
  )
}
