// What the journey commands hand the renderer: an immer recipe for `editor.run`, or a plain
// message when the input cannot become a change (an empty name, a duplicate, a nonsense number).
import { current, isDraft, type Draft } from 'immer'
import type { JourneyDocument } from '../../document/types'

/** One change to the document; `editor.run(label, recipe)` makes it one undo step. */
export type Recipe = (draft: Draft<JourneyDocument>) => void

/** A command whose input was checked: the change to run, or why there is none. */
export type Checked<T = object> =
  | ({ readonly ok: true; readonly recipe: Recipe } & T)
  | { readonly ok: false; readonly message: string }

/** Names of people, departments, stages and metrics are at most this long. */
export const MAX_NAME_LENGTH = 200

export const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message })

/** A plain (non-draft) view of a draft value: reading it creates no immer proxies. */
export function plain<T>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : value
}

/** The trimmed name, or the message that says why it cannot be one. `what` reads "A person". */
export function checkName(
  raw: string,
  what: string,
): { ok: true; name: string } | { ok: false; message: string } {
  const name = raw.trim().replace(/\s+/g, ' ')
  if (name === '') return refuse(`${what} needs a name.`)
  if (name.length > MAX_NAME_LENGTH) {
    return refuse(
      `That name is ${name.length} characters long; keep it to ${MAX_NAME_LENGTH} or fewer.`,
    )
  }
  return { ok: true, name }
}
