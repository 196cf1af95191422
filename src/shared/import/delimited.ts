// Delimited text (CSV, TSV, semicolon and pipe files) to rows, after RFC 4180: quoted fields,
// doubled quotes, newlines inside quotes. Nothing here throws on a bad file: ragged rows and an
// unclosed quote are reported with their line and the rest of the file still reads.

export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': 'Comma',
  ';': 'Semicolon',
  '\t': 'Tab',
  '|': 'Pipe',
}

export interface ParseProblem {
  /** The line of the file (1-based) where the problem starts. */
  readonly line: number
  readonly message: string
}

export interface ParsedRows {
  readonly rows: string[][]
  /** The line of the file (1-based) each row starts on. */
  readonly lines: number[]
  readonly problems: ParseProblem[]
}

const QUOTE = 34
const CR = 13
const LF = 10

/**
 * The rows of delimited text. A field in double quotes may hold the delimiter, newlines (kept, as
 * "\n") and doubled quotes (read as one). A quote inside an unquoted field is kept as it is. A
 * quote that is never closed is reported with the line it opens on, and read as a plain character
 * so the rows after it are not swallowed. Rows with a different number of fields than the first
 * row are kept and reported. Blank lines are skipped.
 *
 * @example
 *   parseDelimited('a,"b, c"\n1,"say ""hi"""', ',').rows // [['a', 'b, c'], ['1', 'say "hi"']]
 */
export function parseDelimited(text: string, delimiter: Delimiter | string): ParsedRows {
  const delim = delimiter.charCodeAt(0)
  const rows: string[][] = []
  const lines: number[] = []
  const problems: ParseProblem[] = []
  const literalQuotes = new Set<number>()
  const n = text.length
  let i = 0
  let line = 1
  // Start of the current row, to parse it again when a quote in it turns out never to close.
  let rowStart = 0
  let rowLine = 1
  let row: string[] = []

  const endRow = () => {
    if (!(row.length === 1 && row[0] === '')) {
      rows.push(row)
      lines.push(rowLine)
    }
    row = []
  }

  while (i <= n) {
    if (row.length === 0) {
      rowStart = i
      rowLine = line
    }
    if (i === n) {
      if (row.length > 0) endRow()
      break
    }
    // One field starting at i.
    if (text.charCodeAt(i) === QUOTE && !literalQuotes.has(i)) {
      const open = i
      const openLine = line
      const pieces: string[] = []
      let j = i + 1
      let start = j
      let closed = false
      while (j < n) {
        const c = text.charCodeAt(j)
        if (c === QUOTE) {
          if (text.charCodeAt(j + 1) === QUOTE) {
            pieces.push(text.slice(start, j + 1))
            j += 2
            start = j
            continue
          }
          pieces.push(text.slice(start, j))
          closed = true
          j++
          break
        }
        if (c === LF) line++
        else if (c === CR && text.charCodeAt(j + 1) !== LF) line++
        j++
      }
      if (!closed) {
        problems.push({
          line: openLine,
          message: `A quote opened on line ${openLine} is never closed; it was read as a plain character.`,
        })
        literalQuotes.add(open)
        i = rowStart
        line = rowLine
        row = []
        continue
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      let k = j
      while (k < n) {
        const c = text.charCodeAt(k)
        if (c === delim || c === LF || c === CR) break
        k++
      }
      if (k > j) pieces.push(text.slice(j, k))
      row.push(pieces.join('').replace(/\r\n?/g, '\n'))
      i = k
    } else {
      let k = i
      while (k < n) {
        const c = text.charCodeAt(k)
        if (c === delim || c === LF || c === CR) break
        k++
      }
      row.push(text.slice(i, k))
      i = k
    }
    // After a field: a delimiter, a line break or the end.
    if (i >= n) {
      endRow()
      break
    }
    const c = text.charCodeAt(i)
    if (c === delim) {
      i++
      if (i === n) {
        row.push('')
        endRow()
        break
      }
      continue
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
    line++
    endRow()
  }

  const expected = rows[0]?.length ?? 0
  rows.forEach((r, index) => {
    if (r.length !== expected) {
      problems.push({
        line: lines[index] ?? 0,
        message: `The row on line ${lines[index]} has ${r.length} ${r.length === 1 ? 'field' : 'fields'}; the first row has ${expected}.`,
      })
    }
  })
  problems.sort((a, b) => a.line - b.line)
  return { rows, lines, problems }
}

/**
 * The delimiter that splits the first lines of `text` into the most consistent number of fields
 * (more than one). Quotes are respected, so commas inside quoted comments do not count. Falls
 * back to comma, which reads a one-column list as one field per line.
 *
 * @example
 *   detectDelimiter('id;comment\n1;"Great, fast"') // ';'
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = sampleLines(text, 50)
  let best: Delimiter = ','
  let bestScore = 0
  for (const delimiter of DELIMITERS) {
    const { rows } = parseDelimited(sample, delimiter)
    if (rows.length === 0) continue
    const counts = new Map<number, number>()
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1)
    let modeFields = 1
    let modeRows = 0
    for (const [fields, count] of counts) {
      if (count > modeRows || (count === modeRows && fields > modeFields)) {
        modeFields = fields
        modeRows = count
      }
    }
    if (modeFields < 2) continue
    // Consistency first, then more columns.
    const score = (modeRows / rows.length) * 1000 + Math.min(modeFields, 100)
    if (score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  return best
}

/** About the first `count` lines of the text, cut at a line break outside quotes when possible. */
function sampleLines(text: string, count: number): string {
  let seen = 0
  let quoted = false
  const limit = Math.min(text.length, 200_000)
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) quoted = !quoted
    else if (c === LF && !quoted && ++seen >= count) return text.slice(0, i)
  }
  return text.slice(0, limit)
}

const HEADER_WORDS =
  /^(id|.*_id|.*\bid|comment|comments|text|feedback|verbatim|response|answer|quote|note|notes|segment|nps|score|rating|date|submitted|created|source|reference|ref|theme|tag|tags|category|name|email|stage|persona|plan|tier|region|country|question|channel|customer|type|kind)$/i

const NUMBER = /^[-+]?(\d+([.,]\d+)?|\d{1,3}(,\d{3})+(\.\d+)?)%?$/
const DATE = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/

/**
 * Whether the first row names the columns: its cells are filled, distinct and not numbers, and
 * either some are usual column names ("comment", "nps", "response_id") or a column holds numbers
 * or dates below a word, or the first row's cells are much shorter than the data under them.
 */
export function detectHeader(rows: readonly (readonly string[])[]): boolean {
  const first = rows[0]
  if (!first || first.length === 0) return false
  const cells = first.map((cell) => cell.trim())
  if (cells.some((cell) => cell === '' || NUMBER.test(cell) || DATE.test(cell))) return false
  if (new Set(cells.map((c) => c.toLowerCase())).size !== cells.length) return false
  const known = cells.filter((cell) => HEADER_WORDS.test(cell.replace(/[\s-]+/g, '_'))).length
  if (known > 0 && known >= cells.length / 3) return true
  const data = rows.slice(1, 51)
  if (data.length === 0) return known > 0
  for (let col = 0; col < cells.length; col++) {
    const values = data.map((r) => (r[col] ?? '').trim()).filter((v) => v !== '')
    if (values.length === 0) continue
    const typed = values.filter((v) => NUMBER.test(v) || DATE.test(v)).length
    if (typed / values.length >= 0.8) return true
  }
  if (cells.length === 1) return false
  const headerLength = cells.reduce((sum, c) => sum + c.length, 0) / cells.length
  const dataLength =
    data.reduce((sum, r) => sum + r.reduce((s, c) => s + c.trim().length, 0) / r.length, 0) /
    data.length
  return headerLength * 2 < dataLength && known > 0
}

/** Column indices for each part of an imported note; `text` is always set. */
export interface ColumnMapping {
  readonly text: number
  readonly source?: number
  readonly reference?: number
  readonly segment?: number
  readonly score?: number
}

const TEXT_NAMES =
  /comment|feedback|verbatim|text|answer|quote|remark|note|opinion|why|reason|response(?!.*id)|kommentar|commentaire|comentario|コメント|意見/i
const REFERENCE_NAMES =
  /(^|[\s_-])(id|ref|reference|respondent|ticket|interview|case|uuid)([\s_-]|$)|_id$|id$/i
const SEGMENT_NAMES = /segment|tier|plan|persona|cohort|customer.?type|group|size|region/i
const SCORE_NAMES = /nps|score|rating|csat|ces|stars|likelihood|recommend/i
const SOURCE_NAMES = /^source$|^source.?(kind|type)$|^origin$|^channel$/i

/**
 * Which column holds what, guessed from the header's names and, without names, from the data:
 * the text is the column with the longest non-numeric cells; a score column holds numbers.
 *
 * @example
 *   guessMapping(['response_id', 'segment', 'nps', 'comment'], rows)
 *   // { text: 3, reference: 0, segment: 1, score: 2 }
 */
export function guessMapping(
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
): ColumnMapping {
  const width = Math.max(header?.length ?? 0, ...rows.slice(0, 50).map((r) => r.length), 1)
  const names = Array.from({ length: width }, (_, i) => (header?.[i] ?? '').trim())
  const sample = rows.slice(0, 100)
  const numeric = (col: number) => {
    const values = sample.map((r) => (r[col] ?? '').trim()).filter((v) => v !== '')
    return values.length > 0 && values.filter((v) => NUMBER.test(v)).length / values.length >= 0.8
  }
  const avgLength = (col: number) =>
    sample.reduce((sum, r) => sum + (r[col] ?? '').trim().length, 0) / Math.max(1, sample.length)
  const taken = new Set<number>()
  const find = (pattern: RegExp, accept: (col: number) => boolean = () => true) => {
    for (let col = 0; col < width; col++) {
      if (!taken.has(col) && pattern.test(names[col] ?? '') && accept(col)) {
        taken.add(col)
        return col
      }
    }
    return undefined
  }
  const reference = find(
    REFERENCE_NAMES,
    (col) => !TEXT_NAMES.test(names[col] ?? '') || /id$/i.test(names[col] ?? ''),
  )
  const score = find(SCORE_NAMES, numeric)
  const source = find(SOURCE_NAMES)
  let text = find(TEXT_NAMES, (col) => !numeric(col))
  if (text === undefined) {
    let best = -1
    for (let col = 0; col < width; col++) {
      if (taken.has(col) || numeric(col)) continue
      if (best < 0 || avgLength(col) > avgLength(best)) best = col
    }
    text = best >= 0 ? best : 0
    taken.add(text)
  }
  const segment = find(SEGMENT_NAMES, (col) => !numeric(col))
  const mapping: { -readonly [K in keyof ColumnMapping]: ColumnMapping[K] } = { text }
  if (source !== undefined) mapping.source = source
  if (reference !== undefined) mapping.reference = reference
  if (segment !== undefined) mapping.segment = segment
  if (score !== undefined) mapping.score = score
  return mapping
}
