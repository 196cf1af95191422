// Readiness: the live checklist of what the map still lacks, each gap one click from its notes.
import { useId, useMemo } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { checkReadiness } from '../../../shared/journey'
import type { BoardView } from '../board/boardView'
import { useDocument } from '../map/useDocument'
import { todayIso, useJourney } from './useJourney'

export function ReadinessPanel({ editor, view }: { editor: Editor; view: BoardView }) {
  const doc = useDocument(editor)
  const journey = useJourney(editor)
  const headingId = useId()
  const today = todayIso()
  const { session, departments, board, people, metrics } = doc
  const readiness = useMemo(
    () => checkReadiness({ session, departments, board, people, metrics }, today, journey),
    [session, departments, board, people, metrics, today, journey],
  )
  return (
    <section className="side-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="side-section__title">
        Readiness
      </h2>
      <p
        className={`readiness__summary${readiness.ready ? ' readiness__summary--ready' : ''}`}
        role="status"
      >
        {readiness.summary}
      </p>
      <ul className="readiness" aria-label="Readiness checklist">
        {readiness.items.map((item) => (
          <li
            key={item.id}
            className={`readiness__item readiness__item--${item.ok ? 'ok' : 'gap'}`}
          >
            <span className="readiness__mark" aria-hidden="true">
              {item.ok ? '✓' : '✗'}
            </span>
            <div className="readiness__text">
              <span className="readiness__label">
                {item.label}
                <span className="visually-hidden">{item.ok ? ': done' : ': missing'}</span>
              </span>
              <span className="readiness__detail">{item.detail}</span>
            </div>
            {!item.ok && item.noteIds.length > 0 && (
              <button
                type="button"
                className="link-button"
                aria-label={`Show ${item.noteIds.length === 1 ? 'the note' : `the ${item.noteIds.length} notes`}: ${item.label}`}
                onClick={() => {
                  view.select(item.noteIds)
                  view.setFocused(item.noteIds[0] ?? null)
                }}
              >
                Show
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
