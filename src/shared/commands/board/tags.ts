// Tags on notes: free labels ("billing", "segment:SMB") that Find filters by. Notes imported from a
// survey come with some; on the board the selected notes' toolbar adds and removes them.
import { noChange, notesOf, type Recipe } from './recipe'

/** The longest tag, in characters: a label, not a sentence. */
export const MAX_TAG_LENGTH = 60

export type TagsRead =
  | { readonly ok: true; readonly tags: readonly string[] }
  | { readonly ok: false; readonly message: string }

/**
 * Reads tags typed into a field: separated by commas or lines, each trimmed, its runs of spaces
 * made one and a leading "#" dropped (people write "#billing"), and spelled the way the board
 * already spells a tag that differs only in case (`known`), so that "Billing" joins "billing"
 * rather than making a second tag Find lists apart. Nothing to add, or a tag longer than
 * `MAX_TAG_LENGTH`, is an error with a message for the user.
 *
 *   readTags('#Billing, vip', ['billing']) // { ok: true, tags: ['billing', 'vip'] }
 */
export function readTags(input: string, known: readonly string[]): TagsRead {
  const spelling = new Map<string, string>()
  for (const tag of known) {
    const key = foldTag(tag)
    if (!spelling.has(key)) spelling.set(key, tag)
  }
  const tags: string[] = []
  const seen = new Set<string>()
  for (const part of input.split(/[,\n\r]/)) {
    const tag = part
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^#+\s*/u, '')
    if (tag === '') continue
    const length = [...tag].length
    if (length > MAX_TAG_LENGTH) {
      const start = [...tag].slice(0, 24).join('')
      return {
        ok: false,
        message: `A tag can have up to ${MAX_TAG_LENGTH} characters; “${start}…” has ${length}. Commas separate tags.`,
      }
    }
    const key = foldTag(tag)
    if (seen.has(key)) continue
    seen.add(key)
    tags.push(spelling.get(key) ?? tag)
  }
  if (tags.length === 0) return { ok: false, message: 'Type a tag to add, such as “billing”.' }
  return { ok: true, tags }
}

/** Gives the notes these tags, after any they have; a note that has one already keeps it once. */
export function addTags(ids: readonly string[], tags: readonly string[]): Recipe {
  if (ids.length === 0 || tags.length === 0) return noChange
  return (draft) => {
    const wanted = new Set(ids)
    notesOf(draft).forEach((note, i) => {
      if (!wanted.has(note.id)) return
      const missing = tags.filter((tag) => !note.tags.includes(tag))
      if (missing.length > 0) draft.board.notes[i]?.tags.push(...missing)
    })
  }
}

/** Takes a tag off the notes. */
export function removeTag(ids: readonly string[], tag: string): Recipe {
  if (ids.length === 0) return noChange
  return (draft) => {
    const wanted = new Set(ids)
    notesOf(draft).forEach((note, i) => {
      if (!wanted.has(note.id) || !note.tags.includes(tag)) return
      const target = draft.board.notes[i]
      if (target) target.tags = target.tags.filter((t) => t !== tag)
    })
  }
}

/** Every tag the notes have, each once, in the order people read them (`byTagName`). */
export function boardTags(notes: readonly { readonly tags: readonly string[] }[]): string[] {
  return [...tagCounts(notes).keys()].sort(byTagName)
}

/**
 * Tags in the order people read them: "topic 2" before "topic 10", case aside; two that differ
 * only in case ("Billing", "billing", from a file) in a fixed order.
 */
export function byTagName(a: string, b: string): number {
  return TAG_ORDER.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
const TAG_ORDER = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/** How many of `notes` have each tag, for every tag on the board. */
export function tagCounts(
  notes: readonly { readonly tags: readonly string[] }[],
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const note of notes) for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return counts
}

/**
 * A tag, or what is being typed for one, as compared: without spaces around it or a leading "#",
 * ignoring case ("#Billing " is "billing").
 */
export function foldTag(text: string): string {
  return text
    .trim()
    .replace(/^#+\s*/u, '')
    .normalize('NFKC')
    .toLocaleLowerCase()
}
