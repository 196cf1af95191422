// Baselines: "Take baseline" stores a named snapshot of the journey in the file; "Compare" lists
// what changed since one of them — the same tables the PDF's changes section prints.
import { useId, useMemo, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { newId, type Baseline, type JourneyDocument } from '../../../shared/document'
import { changeTables, journeyData, progressRows, progressSummary } from '../../../shared/export'
import { comparableJourney, compareJourneys } from '../../../shared/journey/compare'
import { todayIso } from '../journey/useJourney'

export interface BaselinesPanelProps {
  readonly editor: Editor
  readonly doc: JourneyDocument
  readonly comparingId: string | null
  onCompare(id: string | null): void
  /** Switch to the PDF export with the changes since this baseline. */
  onPrint(id: string): void
}

export function BaselinesPanel({
  editor,
  doc,
  comparingId,
  onCompare,
  onPrint,
}: BaselinesPanelProps) {
  const ids = useId()
  const [name, setName] = useState(() => `Baseline ${todayIso()}`)
  const [message, setMessage] = useState<string | null>(null)
  const baselines = [...doc.baselines].sort((a, b) => b.takenAt.localeCompare(a.takenAt))
  const comparing = doc.baselines.find((b) => b.id === comparingId) ?? null

  const take = () => {
    const label = name.trim() || `Baseline ${todayIso()}`
    const baseline: Baseline = {
      id: newId('baseline'),
      name: label,
      takenAt: new Date().toISOString(),
      journey: journeyData(doc),
    }
    editor.run('Take baseline', (draft) => {
      draft.baselines.push(baseline)
    })
    setMessage(`Took the baseline “${label}”. Save the map to keep it in the file.`)
    onCompare(baseline.id)
  }

  const remove = (baseline: Baseline) => {
    editor.run('Delete baseline', (draft) => {
      draft.baselines = draft.baselines.filter((b) => b.id !== baseline.id)
    })
    if (comparingId === baseline.id) onCompare(null)
    setMessage(`Deleted the baseline “${baseline.name}”. Undo brings it back.`)
  }

  return (
    <div className="baselines">
      <form
        className="baselines__take"
        onSubmit={(event) => {
          event.preventDefault()
          take()
        }}
      >
        <label className="field" htmlFor={`${ids}-name`}>
          <span className="field__label">Name of the new baseline</span>
          <input
            id={`${ids}-name`}
            className="input"
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <button type="submit" className="button">
          Take baseline
        </button>
      </form>
      <p className="field__hint">
        A baseline keeps the journey as it is now — stages, steps, decisions, owners, deadlines and
        status — so a review can see what changed since.
      </p>
      <p className="export__message" role="status">
        {message}
      </p>
      <h3 className="export__heading" id={`${ids}-list`}>
        Baselines in this map
      </h3>
      {baselines.length === 0 ? (
        <p className="hint">None yet.</p>
      ) : (
        <ul className="baselines__list" aria-labelledby={`${ids}-list`}>
          {baselines.map((b) => (
            <li key={b.id} className="baselines__row" aria-current={b.id === comparingId}>
              <span className="baselines__name">{b.name}</span>
              <span className="baselines__when">{formatTaken(b.takenAt)}</span>
              <button
                type="button"
                className="button button--small"
                aria-pressed={b.id === comparingId}
                aria-label={`Compare with ${b.name}`}
                onClick={() => onCompare(b.id === comparingId ? null : b.id)}
              >
                Compare
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Delete ${b.name}`}
                onClick={() => remove(b)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {comparing && <Comparison doc={doc} baseline={comparing} onPrint={onPrint} />}
    </div>
  )
}

function Comparison({
  doc,
  baseline,
  onPrint,
}: {
  doc: JourneyDocument
  baseline: Baseline
  onPrint(id: string): void
}) {
  const ids = useId()
  const changes = useMemo(() => {
    const before = comparableJourney(baseline.journey)
    return before === null ? null : compareJourneys(before, journeyData(doc))
  }, [baseline, doc])
  return (
    <section className="comparison" aria-labelledby={`${ids}-title`}>
      <div className="comparison__head">
        <h3 className="export__heading" id={`${ids}-title`}>
          Changes since “{baseline.name}”
        </h3>
        {changes && (
          <button
            type="button"
            className="button button--small"
            onClick={() => onPrint(baseline.id)}
          >
            Print these changes…
          </button>
        )}
      </div>
      {changes === null ? (
        <p className="field__error">
          This baseline could not be read, so there is nothing to compare.
        </p>
      ) : (
        <>
          <p>
            {changes.changeCount === 0
              ? 'Nothing in the journey changed since the baseline.'
              : `${changes.changeCount} ${changes.changeCount === 1 ? 'change' : 'changes'} since the baseline.`}{' '}
            {progressSummary(changes)}
          </p>
          <table className="comparison__table comparison__progress">
            <caption className="visually-hidden">Action steps by status</caption>
            <thead>
              <tr>
                <th scope="col">Action steps</th>
                <th scope="col">Baseline</th>
                <th scope="col">Now</th>
              </tr>
            </thead>
            <tbody>
              {progressRows(changes).map((r) => (
                <tr key={r.status}>
                  <th scope="row">{r.status}</th>
                  <td>{r.before}</td>
                  <td>{r.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {changeTables(changes).map((t) => (
            <table key={t.id} className="comparison__table" aria-label={t.heading}>
              <caption>
                {t.heading} <span className="comparison__count">{t.rows.length}</span>
              </caption>
              <thead>
                <tr>
                  {t.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.rows.map((r) => (
                  <tr key={r.key}>
                    {r.cells.map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </>
      )}
    </section>
  )
}

function formatTaken(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
