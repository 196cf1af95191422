// The export's words: the document's labels (src/shared/document/labels.ts) and the fallback
// names printed where a name was left empty.
export { DECISION_LABELS, KIND_LABELS, SOURCE_LABELS, STATUS_LABELS } from '../document/labels'

/** A name to print for a stage, a person or a department whose name was left empty. */
export function nameOr(name: string, fallback: string): string {
  return name.trim() === '' ? fallback : name
}
