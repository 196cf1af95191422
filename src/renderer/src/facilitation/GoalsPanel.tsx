// The goals each group writes down in the first phase: add, edit, reorder, delete. They head the
// PDF report and the presentation.
import { useId, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import {
  addGoal,
  deleteGoal,
  goalGroups,
  moveGoal,
  updateGoal,
} from '../../../shared/commands/session'
import { CommitInput } from '../journey/CommitInput'
import { useDocument } from '../map/useDocument'

export function GoalsPanel({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const doc = useDocument(editor)
  const ids = useId()
  const [text, setText] = useState('')
  const [group, setGroup] = useState('')
  const [error, setError] = useState<string | null>(null)
  const goals = doc.session.goals
  const groups = goalGroups(doc)

  const add = () => {
    const added = addGoal({ text, group })
    if (!added.ok) {
      setError(added.message)
      return
    }
    editor.run('Add goal', added.recipe)
    setText('')
    setError(null)
    document.getElementById(`${ids}-text`)?.focus()
  }

  return (
    <section className="fac-panel__section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="fac-panel__title">
        Goals
      </h2>
      <p className="hint">
        What must this map achieve? Each group writes its goals; they head the PDF.
      </p>
      {goals.length === 0 ? (
        <p className="fac-empty">No goals yet.</p>
      ) : (
        <ol className="goals" aria-label="Goals">
          {goals.map((goal, i) => (
            <li key={goal.id} className="goals__item">
              <div className="goals__fields">
                <CommitInput
                  className="input input--compact"
                  aria-label={`Goal ${i + 1}`}
                  value={goal.text}
                  disabled={readOnly}
                  onCommit={(value) => {
                    const updated = updateGoal(goal.id, { text: value, group: goal.group })
                    if (updated.ok) editor.run('Edit goal', updated.recipe)
                    else setError(updated.message)
                  }}
                />
                <CommitInput
                  className="input input--compact goals__group"
                  aria-label={`Group of goal ${i + 1}`}
                  placeholder="Group"
                  list={`${ids}-groups`}
                  value={goal.group}
                  disabled={readOnly}
                  onCommit={(value) => {
                    const updated = updateGoal(goal.id, { text: goal.text, group: value })
                    if (updated.ok) editor.run('Edit goal', updated.recipe)
                  }}
                />
              </div>
              <div className="goals__actions" role="group" aria-label={`Order of goal ${i + 1}`}>
                <button
                  type="button"
                  className="fac-icon"
                  aria-label={`Move goal ${i + 1} up`}
                  disabled={readOnly || i === 0}
                  onClick={() => editor.run('Move goal', moveGoal(doc, goal.id, -1))}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="fac-icon"
                  aria-label={`Move goal ${i + 1} down`}
                  disabled={readOnly || i === goals.length - 1}
                  onClick={() => editor.run('Move goal', moveGoal(doc, goal.id, 1))}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="fac-icon fac-icon--danger"
                  aria-label={`Delete goal ${i + 1}`}
                  disabled={readOnly}
                  onClick={() => editor.run('Delete goal', deleteGoal(goal.id))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <form
          className="goals__new"
          aria-label="New goal"
          onSubmit={(event) => {
            event.preventDefault()
            add()
          }}
        >
          <label className="field">
            <span className="field__label">New goal</span>
            <input
              id={`${ids}-text`}
              className="input input--compact"
              value={text}
              aria-invalid={error !== null}
              aria-describedby={error ? `${ids}-error` : undefined}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">Group</span>
            <input
              className="input input--compact"
              list={`${ids}-groups`}
              value={group}
              placeholder="e.g. Customer Success"
              onChange={(event) => setGroup(event.target.value)}
            />
          </label>
          <datalist id={`${ids}-groups`}>
            {groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
          {error && (
            <p id={`${ids}-error`} className="field__error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button--small button--primary">
            Add goal
          </button>
        </form>
      )}
    </section>
  )
}
