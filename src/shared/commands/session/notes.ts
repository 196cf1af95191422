// Marks on notes the facilitation needs: the customer's own words, and focus areas.
import type { Recipe } from '../journey/recipe'

/**
 * Marks the notes as the customer's own words (a quote), or unmarks them.
 *
 * @example
 *   editor.run('Mark as customer’s words', setCustomerWords(selection, true))
 */
export function setCustomerWords(noteIds: Iterable<string>, on: boolean): Recipe {
  const ids = new Set(noteIds)
  return (draft) => {
    for (const note of draft.board.notes) {
      if (ids.has(note.id) && note.customerWords !== on) note.customerWords = on
    }
  }
}

/** Marks the notes as focus areas, or unmarks them. */
export function setFocus(noteIds: Iterable<string>, on: boolean): Recipe {
  const ids = new Set(noteIds)
  return (draft) => {
    for (const note of draft.board.notes) {
      if (ids.has(note.id) && note.focus !== on) note.focus = on
    }
  }
}

/** Sets the length of the timebox the timer starts with (whole seconds, 1 s to 24 h). */
export function setTimerDuration(seconds: number): Recipe {
  const value = Math.round(seconds)
  return (draft) => {
    if (!Number.isFinite(value) || value < 1 || value > 24 * 3600) return
    if (draft.session.timer.durationSeconds !== value) draft.session.timer.durationSeconds = value
  }
}
