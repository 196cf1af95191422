// The owner of the selected steps: a person from the list, nobody, or someone added right here.
import { useId, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { addPerson } from '../../../shared/commands/journey'
import type { Person } from '../../../shared/document'

const ADD = '__add__'
const NONE = ''
const MIXED = '__mixed__'

export interface OwnerFieldProps {
  readonly editor: Editor
  readonly people: readonly Person[]
  /** The owner's id, null for none, 'mixed' when the selected steps differ. */
  readonly value: string | null | 'mixed'
  readonly disabled?: boolean
  onChange(ownerId: string | null): void
}

export function OwnerField({ editor, people, value, disabled, onChange }: OwnerFieldProps) {
  const [adding, setAdding] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const selectId = useId()
  const errorId = useId()
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name))
  const add = () => {
    const added = addPerson(editor.getState(), { name })
    if (!added.ok) {
      setError(added.message)
      return
    }
    editor.run('Add person', added.recipe)
    onChange(added.id)
    setAdding(false)
    setName('')
    setError(null)
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor={selectId}>
        Owner
      </label>
      <select
        id={selectId}
        className="input"
        disabled={disabled}
        value={adding ? ADD : value === 'mixed' ? MIXED : (value ?? NONE)}
        onChange={(event) => {
          const next = event.target.value
          if (next === ADD) {
            setAdding(true)
            return
          }
          setAdding(false)
          if (next !== MIXED) onChange(next === NONE ? null : next)
        }}
      >
        {value === 'mixed' && (
          <option value={MIXED} disabled>
            Mixed
          </option>
        )}
        <option value={NONE}>No owner</option>
        {sorted.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
            {person.role ? ` — ${person.role}` : ''}
          </option>
        ))}
        <option value={ADD}>Add person…</option>
      </select>
      {adding && (
        <div className="inline-add">
          <input
            className="input"
            aria-label="New person’s name"
            autoFocus
            value={name}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setName(event.target.value)
              setError(null)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add()
              } else if (event.key === 'Escape') {
                event.preventDefault()
                event.stopPropagation()
                setAdding(false)
                setError(null)
              }
            }}
          />
          <button type="button" className="button button--small button--primary" onClick={add}>
            Add
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setAdding(false)
              setError(null)
            }}
          >
            Cancel
          </button>
          {error && (
            <p id={errorId} className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
