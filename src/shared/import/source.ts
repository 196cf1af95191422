// What an imported file is: a table (CSV, TSV…), plain text or a JSON Canvas, read from its bytes
// (or pasted text) and its name, with everything the import dialog shows about it.
import { parseJsonCanvas, type CanvasImport } from './canvas'
import { readImportBytes, type TextEncoding } from './decode'
import {
  detectDelimiter,
  detectHeader,
  guessMapping,
  parseDelimited,
  type ColumnMapping,
  type Delimiter,
  type ParseProblem,
} from './delimited'

export interface TableSource {
  readonly kind: 'table'
  readonly delimiter: Delimiter
  /** Every row of the file, the header included. */
  readonly rows: string[][]
  /** The file line each row starts on. */
  readonly lines: number[]
  readonly hasHeader: boolean
  readonly mapping: ColumnMapping
  readonly problems: ParseProblem[]
}

export interface TextSource {
  readonly kind: 'text'
}

export interface CanvasSource {
  readonly kind: 'canvas'
  readonly canvas: CanvasImport
}

export type ImportSource = (TableSource | TextSource | CanvasSource) & {
  readonly name: string
  /** The whole file as text. */
  readonly text: string
  readonly encoding: TextEncoding | 'pasted'
  readonly replaced: number
}

export type Analysis = { ok: true; source: ImportSource } | { ok: false; message: string }

/**
 * Reads a picked file (bytes) or pasted text. `.canvas` files (and JSON with a list of nodes) are
 * JSON Canvas; `.txt` files, and text that no delimiter splits into columns, are plain text; the
 * rest is delimited text with the delimiter, header and column mapping guessed.
 *
 * @example
 *   analyseImport({ name: 'nps.csv', bytes }) // { ok: true, source: { kind: 'table', delimiter: ',', … } }
 */
export function analyseImport(input: {
  readonly name: string
  readonly bytes?: Uint8Array
  readonly text?: string
}): Analysis {
  let text: string
  let encoding: ImportSource['encoding'] = 'pasted'
  let replaced = 0
  if (input.bytes) {
    const read = readImportBytes(input.bytes)
    if (!read.ok) return read
    text = read.decoded.text
    encoding = read.decoded.encoding
    replaced = read.decoded.replaced
  } else {
    text = (input.text ?? '').replace(/^\uFEFF/, '')
    if (text.trim() === '')
      return { ok: false, message: 'There is nothing to import: the text is empty.' }
    // eslint-disable-next-line no-control-regex
    if (/\u0000/.test(text.slice(0, 8000)))
      return { ok: false, message: 'This file is not text: it looks like binary data.' }
  }
  const base = { name: input.name, text, encoding, replaced }
  const extension = /\.([a-z0-9]+)$/i.exec(input.name)?.[1]?.toLowerCase() ?? ''
  const looksJson = /^\s*\{/.test(text)
  if (extension === 'canvas' || (looksJson && (extension === 'json' || extension === ''))) {
    return {
      ok: true,
      source: { ...base, kind: 'canvas', canvas: parseJsonCanvas(text, { reference: input.name }) },
    }
  }
  const delimiter = extension === 'tsv' || extension === 'tab' ? '\t' : detectDelimiter(text)
  const parsed = parseDelimited(text, delimiter)
  const columns = parsed.rows[0]?.length ?? 0
  if (extension === 'txt' || (extension !== 'csv' && extension !== 'tsv' && columns < 2)) {
    return { ok: true, source: { ...base, kind: 'text' } }
  }
  const hasHeader = detectHeader(parsed.rows)
  const header = hasHeader ? (parsed.rows[0] ?? null) : null
  const data = hasHeader ? parsed.rows.slice(1) : parsed.rows
  return {
    ok: true,
    source: {
      ...base,
      kind: 'table',
      delimiter,
      rows: parsed.rows,
      lines: parsed.lines,
      hasHeader,
      mapping: guessMapping(header, data),
      problems: parsed.problems,
    },
  }
}
