// Writes a document as the text of a .journey file: UTF-8 JSON, two-space indent, keys in the
// schema's order (stable, so a map kept in git diffs cleanly), and a final newline.
import { documentSchema } from './schema'
import type { JourneyDocument } from './types'

/**
 * Serializes a document. The schema is checked first, so an invalid document throws here instead
 * of reaching the disk; key order follows the schema, never the order edits happened in.
 */
export function serializeDocument(doc: JourneyDocument): string {
  return `${JSON.stringify(documentSchema.parse(doc), null, 2)}\n`
}
