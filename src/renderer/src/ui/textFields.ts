// Whether keys go to a field being typed in (a note, a title, a cell, the find box) rather than
// to the app: board shortcuts, the space bar's pan and the app's copy and paste leave them alone,
// and a save first commits what is being typed in one.

/** A field that takes typed text: a textarea, a text-like input, a select or editable content. */
export function isTextField(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
    return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    )
  }
  return false
}
