// A one-line text input that commits on Enter or when it loses focus, and takes back on Esc:
// typing is not an undo step per key, the finished value is.
import { useState, type InputHTMLAttributes } from 'react'

export interface CommitInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange'
> {
  readonly value: string
  /** Called with the typed text when it differs from `value`. */
  onCommit(text: string): void
}

export function CommitInput({ value, onCommit, onKeyDown, onBlur, ...rest }: CommitInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft ?? value
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft)
    setDraft(null)
  }
  return (
    <input
      {...rest}
      value={shown}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        onKeyDown?.(event)
        if (event.defaultPrevented) return
        if (event.key === 'Enter') {
          event.preventDefault()
          commit()
        } else if (event.key === 'Escape' && draft !== null) {
          event.preventDefault()
          event.stopPropagation()
          setDraft(null)
        }
      }}
      onBlur={(event) => {
        onBlur?.(event)
        commit()
      }}
    />
  )
}
