// Owners: each person's steps with their deadlines in date order, overdue ones marked, and the
// tasks nobody owns yet in a group of their own.
import { useId, useMemo, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { Step } from '../../../shared/journey'
import type { BoardView } from '../board/boardView'
import { useDocument } from '../map/useDocument'
import { isOverdue } from '../../../shared/journey'
import { countSteps, formatDeadline, STATUS_LABELS } from './labels'
import { indexSteps } from './stepIndex'
import { selectNote, todayIso, useJourney, useSelection } from './useJourney'

/** A group shows this many steps until asked for all of them. */
const FIRST_ROWS = 100

interface Group {
  readonly id: string
  readonly name: string
  readonly detail: string
  readonly steps: readonly Step[]
}

export function OwnersView({ editor, view }: { editor: Editor; view: BoardView }) {
  const doc = useDocument(editor)
  const journey = useJourney(editor)
  const selection = useSelection(view)
  const today = todayIso()
  const index = indexSteps(journey)
  const groups = useMemo((): Group[] => {
    const byOwner = new Map<string, Step[]>()
    const unowned: Step[] = []
    for (const step of index.all) {
      if (step.owner) {
        const list = byOwner.get(step.owner.id)
        if (list) list.push(step)
        else byOwner.set(step.owner.id, [step])
      } else if (step.kind === 'task' && step.status !== 'cancelled') {
        unowned.push(step)
      }
    }
    const departments = new Map(doc.departments.map((d) => [d.id, d.name]))
    const people = [...doc.people].sort((a, b) => a.name.localeCompare(b.name))
    return [
      ...people.map((person) => ({
        id: person.id,
        name: person.name,
        detail: [person.role, person.departmentId ? departments.get(person.departmentId) : '']
          .filter(Boolean)
          .join(' · '),
        steps: byDeadline(byOwner.get(person.id) ?? []),
      })),
      { id: 'none', name: 'No owner', detail: 'Tasks nobody owns yet', steps: byDeadline(unowned) },
    ]
  }, [index, doc.people, doc.departments])

  return (
    <div className="owners">
      {groups.map((group) => (
        <OwnerGroup
          key={group.id}
          group={group}
          today={today}
          selection={selection}
          stageName={(step) =>
            step.stageId ? (index.stageNames.get(step.stageId) ?? '') : 'Unsorted'
          }
          onSelect={(step) => selectNote(view, step.noteId)}
        />
      ))}
    </div>
  )
}

function OwnerGroup({
  group,
  today,
  selection,
  stageName,
  onSelect,
}: {
  group: Group
  today: string
  selection: ReadonlySet<string>
  stageName(step: Step): string
  onSelect(step: Step): void
}) {
  const [all, setAll] = useState(false)
  const headingId = useId()
  const shown = all ? group.steps : group.steps.slice(0, FIRST_ROWS)
  const overdue = group.steps.filter((s) => isOverdue(s, today)).length
  return (
    <section className="owner" aria-labelledby={headingId}>
      <header className="owner__head">
        <h3 id={headingId} className="owner__name">
          {group.name}
        </h3>
        <span className="owner__meta">
          {group.detail && <span>{group.detail} · </span>}
          {countSteps(group.steps.length)}
          {overdue > 0 && <span className="badge badge--overdue">{overdue} overdue</span>}
        </span>
      </header>
      {group.steps.length === 0 ? (
        <p className="hint owner__empty">No steps yet.</p>
      ) : (
        <ol className="owner__steps" aria-labelledby={headingId}>
          {shown.map((step) => {
            const late = isOverdue(step, today)
            const selected = selection.has(step.noteId)
            return (
              <li key={step.noteId}>
                <button
                  type="button"
                  className={`owner__step${selected ? ' owner__step--selected' : ''}`}
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => onSelect(step)}
                >
                  <span className={`owner__date${late ? ' owner__date--late' : ''}`}>
                    {step.deadline ? formatDeadline(step.deadline) : 'No deadline'}
                  </span>
                  <span className="owner__text">{step.text || 'An empty note'}</span>
                  <span className="owner__stage">{stageName(step)}</span>
                  <span className="owner__status">{STATUS_LABELS[step.status]}</span>
                  {late && <span className="badge badge--overdue">Overdue</span>}
                </button>
              </li>
            )
          })}
        </ol>
      )}
      {!all && group.steps.length > FIRST_ROWS && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show all {group.steps.length.toLocaleString('en-US')} steps of {group.name}
        </button>
      )}
    </section>
  )
}

/** Deadlines earliest first, steps without one last; ties keep board order. */
function byDeadline(steps: readonly Step[]): Step[] {
  return [...steps].sort((a, b) => {
    if (a.deadline === b.deadline) return 0
    if (a.deadline === null) return 1
    if (b.deadline === null) return -1
    return a.deadline < b.deadline ? -1 : 1
  })
}
