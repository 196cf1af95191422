// People and departments: who steps can be assigned to and where they sit, each department with
// its review interval. Names are unique; deleting someone who owns steps asks what becomes of them.
import { useId, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import {
  addDepartment,
  addPerson,
  deleteDepartment,
  deletePerson,
  renameDepartment,
  renamePerson,
  setReviewInterval,
  stepsOwnedBy,
  updatePerson,
  type Checked,
} from '../../../shared/commands/journey'
import type { Person } from '../../../shared/document'
import { useDocument } from '../map/useDocument'
import { Modal } from '../ui/Modal'
import { CommitInput } from './CommitInput'
import { countSteps } from './labels'

export function PeopleDialog({
  editor,
  readOnly,
  onClose,
}: {
  editor: Editor
  readOnly: boolean
  onClose(): void
}) {
  const doc = useDocument(editor)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [deleting, setDeleting] = useState<Person | null>(null)
  const peopleId = useId()
  const departmentsId = useId()
  /** `kept`: the name a refused rename leaves in place, said after why it was refused. */
  const apply = (key: string, label: string, result: Checked, kept?: string): boolean => {
    if (!result.ok) {
      const message = kept === undefined ? result.message : `${result.message} Kept “${kept}”.`
      // One message, about the last thing done: an older one no longer says what is on screen.
      setErrors({ [key]: message })
      return false
    }
    setErrors({})
    editor.run(label, result.recipe)
    return true
  }
  const people = [...doc.people].sort((a, b) => a.name.localeCompare(b.name))

  return (
    <Modal
      title="People and departments"
      onCancel={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <fieldset className="people" disabled={readOnly}>
        <legend className="visually-hidden">People and departments</legend>
        <h3 id={peopleId} className="people__heading">
          People
        </h3>
        {people.length === 0 && (
          <p className="hint">No one yet. Add the people who will own tasks.</p>
        )}
        <ul className="people__list" aria-labelledby={peopleId}>
          {people.map((person) => (
            <li key={person.id} className="people__row">
              <CommitInput
                className="input"
                aria-label={`Name of ${person.name}`}
                value={person.name}
                onCommit={(name) =>
                  apply(
                    person.id,
                    'Rename person',
                    renamePerson(editor.getState(), person.id, name),
                    person.name,
                  )
                }
              />
              <CommitInput
                className="input"
                aria-label={`Role of ${person.name}`}
                placeholder="Role"
                value={person.role}
                onCommit={(role) =>
                  editor.run('Edit person', updatePerson(editor.getState(), person.id, { role }))
                }
              />
              <select
                className="input"
                aria-label={`Department of ${person.name}`}
                value={person.departmentId ?? ''}
                onChange={(event) =>
                  editor.run(
                    'Edit person',
                    updatePerson(editor.getState(), person.id, {
                      departmentId: event.target.value || null,
                    }),
                  )
                }
              >
                <option value="">No department</option>
                {doc.departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Delete ${person.name}`}
                onClick={() => {
                  if (stepsOwnedBy(editor.getState(), person.id).length === 0) {
                    apply(
                      person.id,
                      'Delete person',
                      deletePerson(editor.getState(), person.id, 'unassign'),
                    )
                  } else {
                    setDeleting(person)
                  }
                }}
              >
                Delete
              </button>
              {errors[person.id] && (
                <p className="field__error people__error" role="alert">
                  {errors[person.id]}
                </p>
              )}
              {deleting?.id === person.id && (
                <DeleteOwner
                  person={person}
                  owned={stepsOwnedBy(doc, person.id).length}
                  others={people.filter((p) => p.id !== person.id)}
                  onCancel={() => setDeleting(null)}
                  onConfirm={(fate) => {
                    if (
                      apply(
                        person.id,
                        'Delete person',
                        deletePerson(editor.getState(), person.id, fate),
                      )
                    ) {
                      setDeleting(null)
                    }
                  }}
                />
              )}
            </li>
          ))}
        </ul>
        <AddForm
          label="Add person"
          nameLabel="New person’s name"
          extraLabel="New person’s role"
          error={errors['new-person']}
          onAdd={(name, role) =>
            apply('new-person', 'Add person', addPerson(editor.getState(), { name, role }))
          }
        />

        <h3 id={departmentsId} className="people__heading">
          Departments
        </h3>
        {doc.departments.length === 0 && <p className="hint">No departments yet.</p>}
        <ul className="people__list" aria-labelledby={departmentsId}>
          {doc.departments.map((department) => (
            <li key={department.id} className="people__row people__row--department">
              <CommitInput
                className="input"
                aria-label={`Name of ${department.name}`}
                value={department.name}
                onCommit={(name) =>
                  apply(
                    department.id,
                    'Rename department',
                    renameDepartment(editor.getState(), department.id, name),
                    department.name,
                  )
                }
              />
              <label className="people__weeks">
                <span>Review every</span>
                <CommitInput
                  className="input input--number"
                  type="number"
                  min={1}
                  max={520}
                  aria-label={`Review interval of ${department.name} in weeks`}
                  value={
                    department.reviewIntervalWeeks === null
                      ? ''
                      : String(department.reviewIntervalWeeks)
                  }
                  onCommit={(text) =>
                    apply(
                      department.id,
                      'Set review interval',
                      setReviewInterval(
                        editor.getState(),
                        department.id,
                        text.trim() === '' ? null : Number(text),
                      ),
                    )
                  }
                />
                <span>weeks</span>
              </label>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Delete ${department.name}`}
                onClick={() => editor.run('Delete department', deleteDepartment(department.id))}
              >
                Delete
              </button>
              {errors[department.id] && (
                <p className="field__error people__error" role="alert">
                  {errors[department.id]}
                </p>
              )}
            </li>
          ))}
        </ul>
        <AddForm
          label="Add department"
          nameLabel="New department’s name"
          extraLabel="New department’s review interval in weeks"
          extraType="number"
          error={errors['new-department']}
          onAdd={(name, weeks) =>
            apply(
              'new-department',
              'Add department',
              addDepartment(editor.getState(), {
                name,
                reviewIntervalWeeks: weeks.trim() === '' ? null : Number(weeks),
              }),
            )
          }
        />
      </fieldset>
    </Modal>
  )
}

function DeleteOwner({
  person,
  owned,
  others,
  onCancel,
  onConfirm,
}: {
  person: Person
  owned: number
  others: readonly Person[]
  onCancel(): void
  onConfirm(fate: { reassignTo: string } | 'unassign'): void
}) {
  const [heir, setHeir] = useState(others[0]?.id ?? '')
  const questionId = useId()
  return (
    <div className="people__confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>
        <strong>
          {person.name} owns {countSteps(owned)}.
        </strong>{' '}
        What becomes of them?
      </p>
      <div className="people__confirm-actions">
        {others.length > 0 && (
          <>
            <select
              className="input"
              aria-label="Reassign them to…"
              value={heir}
              onChange={(event) => setHeir(event.target.value)}
            >
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => onConfirm({ reassignTo: heir })}
            >
              Reassign
            </button>
          </>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => onConfirm('unassign')}
        >
          Leave them unassigned
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          autoFocus
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </div>
  )
}

function AddForm({
  label,
  nameLabel,
  extraLabel,
  extraType = 'text',
  error,
  onAdd,
}: {
  label: string
  nameLabel: string
  extraLabel: string
  extraType?: 'text' | 'number'
  error: string | undefined
  /** Returns true when added, to clear the form. */
  onAdd(name: string, extra: string): boolean
}) {
  const [name, setName] = useState('')
  const [extra, setExtra] = useState('')
  const errorId = useId()
  return (
    <form
      className="people__add"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (onAdd(name, extra)) {
          setName('')
          setExtra('')
        }
      }}
    >
      <input
        className="input"
        aria-label={nameLabel}
        placeholder="Name"
        value={name}
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      <input
        className={`input${extraType === 'number' ? ' input--number' : ''}`}
        type={extraType}
        min={extraType === 'number' ? 1 : undefined}
        max={extraType === 'number' ? 520 : undefined}
        aria-label={extraLabel}
        placeholder={extraType === 'number' ? 'Weeks' : 'Role'}
        value={extra}
        onChange={(event) => setExtra(event.target.value)}
      />
      <button type="submit" className="button button--small">
        {label}
      </button>
      {error && (
        <p id={errorId} className="field__error people__error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
