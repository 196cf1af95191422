// Step details for the selected note or notes: kind, decision and rationale, owner, department,
// deadline, status and metric. With several notes selected, mixed values say so and a field set
// applies to all of them as one undo step.
import { useId } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { setStepFields, type StepFieldsPatch } from '../../../shared/commands/journey'
import { DECISIONS, NOTE_KINDS, STATUSES, type Note } from '../../../shared/document'
import type { BoardView } from '../board/boardView'
import { useDocument } from '../map/useDocument'
import { CommitInput } from './CommitInput'
import { DeadlineField } from './DeadlineField'
import { countSteps, DECISION_LABELS, KIND_LABELS, STATUS_LABELS } from './labels'
import { OwnerField } from './OwnerField'
import { indexSteps, shared } from './stepIndex'
import { todayIso, useJourney, useSelection } from './useJourney'

const MIXED = '__mixed__'

const FIELD_LABELS: Record<string, string> = {
  decision: 'Set decision',
  rationale: 'Set rationale',
  ownerId: 'Assign owner',
  departmentId: 'Set department',
  deadline: 'Set deadline',
  status: 'Set status',
  metric: 'Set metric',
  kind: 'Set kind',
}

export function StepDetails({
  editor,
  view,
  readOnly,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
}) {
  const doc = useDocument(editor)
  const journey = useJourney(editor)
  const selection = useSelection(view)
  const headingId = useId()
  const ids = useId()
  const notes: Note[] =
    selection.size === 0 ? [] : doc.board.notes.filter((note) => selection.has(note.id))
  const index = indexSteps(journey)
  const steps = notes.map((n) => index.byId.get(n.id)).filter((s) => s !== undefined)

  /** Sets a field on the selected steps (or on `only` of them) as one undo step. */
  const set = (patch: StepFieldsPatch, only: readonly Note[] = notes) => {
    const key = Object.keys(patch)[0] ?? 'step'
    const label = FIELD_LABELS[key] ?? 'Edit step'
    editor.run(
      only.length > 1 ? `${label} (${only.length} steps)` : label,
      setStepFields(
        only.map((n) => n.id),
        patch,
      ),
    )
  }

  if (notes.length === 0) {
    return (
      <section className="side-section" aria-labelledby={headingId}>
        <h2 id={headingId} className="side-section__title">
          Step details
        </h2>
        <p className="hint">
          Select a note on the board, or a row in a view, to give it a decision, an owner and a
          deadline.
        </p>
      </section>
    )
  }

  const decision = shared(notes, (n) => n.step.decision)
  const owner = shared(notes, (n) => n.step.ownerId)
  const department = shared(notes, (n) => n.step.departmentId)
  const status = shared(notes, (n) => n.step.status)
  const deadline = shared(notes, (n) => n.step.deadline)
  const rationale = shared(notes, (n) => n.step.rationale)
  const metric = shared(notes, (n) => n.step.metric)
  // A note in a lane takes the lane's kind; a kind of its own counts only outside the lanes, so
  // only the selected notes there are offered one (and given it).
  const laned = steps.filter((s) => s.laneId !== null)
  const inLane = new Set(laned.map((s) => s.noteId))
  const unsorted = notes.filter((n) => !inLane.has(n.id))
  const ownKind = shared(unsorted, (n) => n.kind)
  const laneKind = laned.length === steps.length ? shared(steps, (s) => s.kind) : 'mixed'
  const ownerDepartment =
    owner !== 'mixed' && owner !== null
      ? doc.departments.find((d) => d.id === doc.people.find((p) => p.id === owner)?.departmentId)
      : undefined
  const single = notes.length === 1 ? steps[0] : undefined

  return (
    <section className="side-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="side-section__title">
        Step details
      </h2>
      {single ? (
        <p className="step-details__note" aria-label="Selected step">
          {/* A long note shows its first lines here (all of it in the editor, and more in the
              tooltip), so that the fields below stay in sight. */}
          <span
            className="step-details__text"
            dir="auto"
            title={single.text.length > 400 ? `${single.text.slice(0, 400)}…` : single.text}
          >
            {single.text || <em>An empty note</em>}
          </span>
          <span className="step-details__where">
            {single.stageId ? index.stageNames.get(single.stageId) : 'Unsorted'}
          </span>
        </p>
      ) : (
        <p className="step-details__note" role="status">
          {countSteps(notes.length)} selected
        </p>
      )}
      <fieldset key={notes.map((n) => n.id).join(' ')} className="step-details" disabled={readOnly}>
        <legend className="visually-hidden">Fields of the selected steps</legend>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-kind`}>
            Kind
          </label>
          {unsorted.length === 0 ? (
            <p id={`${ids}-kind`} className="field__static">
              {laneKind === 'mixed' ? 'Mixed' : KIND_LABELS[laneKind]}{' '}
              <span className="field__hint">
                ({notes.length === 1 ? 'from its lane' : 'from their lanes'})
              </span>
            </p>
          ) : (
            <select
              id={`${ids}-kind`}
              className="input"
              value={ownKind === 'mixed' ? MIXED : (ownKind ?? '')}
              title={
                unsorted.length < notes.length
                  ? `Sets the kind of the ${countSteps(unsorted.length)} outside the lanes; a note in a lane takes the lane’s kind`
                  : undefined
              }
              onChange={(event) => {
                const next = event.target.value
                if (next === MIXED) return
                set({ kind: next === '' ? null : (next as Note['kind']) }, unsorted)
              }}
            >
              {ownKind === 'mixed' && (
                <option value={MIXED} disabled>
                  Mixed
                </option>
              )}
              <option value="">Not set</option>
              {NOTE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </div>

        <div className="field">
          <span className="field__label" id={`${ids}-decision`}>
            Decision
          </span>
          <div className="segmented" role="radiogroup" aria-labelledby={`${ids}-decision`}>
            {DECISIONS.map((d) => (
              <label key={d} className="segmented__option">
                <input
                  type="radio"
                  name={`${ids}-decision-choice`}
                  value={d}
                  checked={decision === d}
                  onChange={() => set({ decision: d })}
                />
                <span>{DECISION_LABELS[d]}</span>
              </label>
            ))}
          </div>
          {decision === 'mixed' && <span className="field__hint">Mixed</span>}
          <CommitInput
            className="input"
            aria-label="Rationale"
            placeholder={rationale === 'mixed' ? 'Mixed' : 'Why, in one line'}
            maxLength={500}
            value={rationale === 'mixed' ? '' : rationale}
            onCommit={(text) => set({ rationale: text.trim() })}
          />
        </div>

        <OwnerField
          editor={editor}
          people={doc.people}
          value={owner}
          disabled={readOnly}
          onChange={(ownerId) => set({ ownerId })}
        />

        <div className="field">
          <label className="field__label" htmlFor={`${ids}-department`}>
            Department
          </label>
          <select
            id={`${ids}-department`}
            className="input"
            value={department === 'mixed' ? MIXED : (department ?? '')}
            onChange={(event) => {
              const next = event.target.value
              if (next !== MIXED) set({ departmentId: next === '' ? null : next })
            }}
          >
            {department === 'mixed' && (
              <option value={MIXED} disabled>
                Mixed
              </option>
            )}
            <option value="">
              {ownerDepartment ? `Owner’s (${ownerDepartment.name})` : 'No department'}
            </option>
            {doc.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>

        <DeadlineField
          value={deadline}
          today={todayIso()}
          disabled={readOnly}
          onChange={(next) => set({ deadline: next })}
        />

        <div className="field">
          <label className="field__label" htmlFor={`${ids}-status`}>
            Status
          </label>
          <select
            id={`${ids}-status`}
            className="input"
            value={status === 'mixed' ? MIXED : status}
            onChange={(event) => {
              const next = event.target.value
              if (next !== MIXED) set({ status: next as Note['step']['status'] })
            }}
          >
            {status === 'mixed' && (
              <option value={MIXED} disabled>
                Mixed
              </option>
            )}
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>

        <div className="field">
          <label className="field__label" htmlFor={`${ids}-metric`}>
            Metric
          </label>
          <CommitInput
            id={`${ids}-metric`}
            className="input"
            placeholder={metric === 'mixed' ? 'Mixed' : 'What shows it worked'}
            maxLength={500}
            value={metric === 'mixed' ? '' : metric}
            onCommit={(text) => set({ metric: text.trim() })}
          />
        </div>
      </fieldset>
    </section>
  )
}
