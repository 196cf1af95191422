// Imported rows and lines to the inputs of new notes: text, source (kind and reference) and tags.
// Where the notes go on the board is decided when they are applied (see apply.ts).
import type { NoteColor, NoteKind, SourceKind } from '../document/types'
import type { ColumnMapping } from './delimited'

/** Everything a new note needs from an import; a note without x/y goes in the evidence grid. */
export interface EvidenceInput {
  readonly text: string
  readonly source: { readonly kind: SourceKind; readonly reference: string }
  readonly tags: readonly string[]
  readonly x?: number
  readonly y?: number
  readonly width?: number
  readonly height?: number
  readonly color?: NoteColor
  readonly kind?: NoteKind | null
}

/** How each source kind is named in the dialog and on the badge. */
export { SOURCE_LABELS } from '../document/labels'

/** The short tag drawn on a note from this source (none for workshop notes). */
export const SOURCE_BADGES: Record<SourceKind, string> = {
  workshop: '',
  data: 'D',
  'staff-interview': 'SI',
  'customer-interview': 'CI',
}

/**
 * The source kind a cell names ("Customer interview", "survey", "staff", "data"), or null.
 */
export function sourceKindOf(cell: string): SourceKind | null {
  const value = cell.trim().toLowerCase()
  if (value === '') return null
  if (/customer|client|user|quote|verbatim|survey|nps|kunde/.test(value)) {
    return /survey|nps/.test(value) ? 'data' : 'customer-interview'
  }
  if (/staff|employee|agent|team|internal|colleague|csm|support/.test(value))
    return 'staff-interview'
  if (/data|analytics|metric|report|log|crm|ticket|number/.test(value)) return 'data'
  if (/workshop|wall|post-?it|sticky/.test(value)) return 'workshop'
  return null
}

export interface EvidenceOptions {
  /** The source of every row (a source column, where mapped, wins for rows it names). */
  readonly sourceKind: SourceKind
  /** Used for "row N" references: the file's row number of `rows[0]` (2 after a header). */
  readonly firstRow?: number
  /** Header names, for the score tag's name ("nps:9"); defaults to "score". */
  readonly header?: readonly string[] | null
  /** Top-left of a grid to lay the notes out in; without it they carry no position. */
  readonly at?: { readonly x: number; readonly y: number }
  readonly now?: Date
  /** Notes per row of the grid (default 10). */
  readonly columns?: number
}

export interface EvidenceResult {
  readonly notes: EvidenceInput[]
  /** Rows whose text cell was empty: no note was made for them. */
  readonly skipped: number
}

/** The pitch of the evidence grid: a 160-unit note and a 16-unit gap. */
export const EVIDENCE_PITCH = 176

/**
 * One note input per row with text: the text column as the note's text (surrounding blanks and
 * control characters removed, newlines inside kept), the source kind and reference (the reference
 * column, or "row N"), and tags from the segment and score columns ("segment:Enterprise",
 * "nps:5").
 *
 * @example
 *   evidenceNotes([['R-1', 'SMB', '9', 'Easy setup']], { text: 3, reference: 0, segment: 1, score: 2 },
 *     { sourceKind: 'data', header: ['id', 'segment', 'nps', 'comment'] })
 *   // notes[0]: { text: 'Easy setup', source: { kind: 'data', reference: 'R-1' }, tags: ['segment:SMB', 'nps:9'] }
 */
export function evidenceNotes(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  options: EvidenceOptions,
  /** Index of rows[0] among all the data rows, when rows is a chunk of them. */
  offset = 0,
): EvidenceResult {
  const notes: EvidenceInput[] = []
  let skipped = 0
  const firstRow = (options.firstRow ?? 1) + offset
  const scoreName = tagName(
    mapping.score === undefined ? undefined : options.header?.[mapping.score],
    'score',
  )
  const cell = (row: readonly string[], col: number | undefined) =>
    col === undefined ? '' : cleanCell(row[col] ?? '')
  rows.forEach((row, i) => {
    const text = cleanText(row[mapping.text] ?? '')
    if (text === '') {
      skipped++
      return
    }
    const reference = cell(row, mapping.reference) || `row ${firstRow + i}`
    const kind = sourceKindOf(cell(row, mapping.source)) ?? options.sourceKind
    const tags: string[] = []
    const segment = cell(row, mapping.segment)
    if (segment !== '') tags.push(`segment:${segment}`)
    const score = cell(row, mapping.score)
    if (score !== '') tags.push(`${scoreName}:${score}`)
    const at = gridPosition(options, offset + notes.length)
    notes.push({ text, source: { kind, reference }, tags, ...at, kind: 'evidence' })
  })
  return { notes, skipped }
}

function gridPosition(
  options: Pick<EvidenceOptions, 'at' | 'columns'>,
  index: number,
): { x?: number; y?: number } {
  if (!options.at) return {}
  const perRow = Math.max(1, Math.floor(options.columns ?? 10))
  return {
    x: options.at.x + (index % perRow) * EVIDENCE_PITCH,
    y: options.at.y + Math.floor(index / perRow) * EVIDENCE_PITCH,
  }
}

/** A tag's name from a column header: "NPS" → "nps", "Plan tier" → "plan-tier". */
function tagName(header: string | undefined, fallback: string): string {
  const name = (header ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s_:]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return name === '' ? fallback : name
}

// C0 controls except tab and line feed, DEL, C1 controls and the byte-order mark.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g

/** A note's text from a cell: line breaks as "\n", control characters dropped, trimmed. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim()
}

/** A one-line value (reference, tag) from a cell. */
function cleanCell(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ')
}

/**
 * Note inputs from plain text: one per line, or one per paragraph (blocks separated by blank
 * lines, their line breaks kept). List markers ("- ", "* ", "• ", "1. ") are removed; the
 * reference is "line N" or "paragraph N".
 *
 * @example
 *   linesToEvidence('- Slow login\n- No invoice', 'line', { sourceKind: 'staff-interview' }).map((n) => n.text)
 *   // ['Slow login', 'No invoice']
 */
export function linesToEvidence(
  text: string,
  mode: 'line' | 'paragraph',
  options: { readonly sourceKind?: SourceKind; readonly reference?: string } = {},
): EvidenceInput[] {
  const kind = options.sourceKind ?? 'data'
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const out: EvidenceInput[] = []
  const add = (body: string, label: string) => {
    const clean = cleanText(body)
    if (clean === '') return
    const reference = options.reference ? `${options.reference}, ${label}` : label
    out.push({ text: clean, source: { kind, reference }, tags: [], kind: 'evidence' })
  }
  if (mode === 'line') {
    lines.forEach((line, i) => add(stripMarker(line), `line ${i + 1}`))
    return out
  }
  let block: string[] = []
  let count = 0
  const flush = () => {
    if (block.some((l) => l.trim() !== ''))
      add(block.map(stripMarker).join('\n'), `paragraph ${++count}`)
    block = []
  }
  for (const line of lines) {
    if (line.trim() === '') flush()
    else block.push(line)
  }
  flush()
  return out
}

function stripMarker(line: string): string {
  return line.replace(/^\s*(?:[-*•‣◦·]|\d{1,3}[.)])\s+/, '')
}
