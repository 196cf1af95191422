// "Import…": homework evidence from a CSV/TSV file, plain text or a JSON Canvas file. The file is
// read here in the renderer (a user-picked File), the columns are mapped with a preview, and the
// notes are built in chunks with a progress bar and Cancel; only when all are built are they put
// on the board, in one undoable step, so a cancelled import leaves nothing behind.
import { useMemo, useRef, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { SourceKind } from '../../../shared/document'
import {
  analyseImport,
  DELIMITER_LABELS,
  DELIMITERS,
  detectHeader,
  ENCODING_LABELS,
  evidenceNotes,
  guessMapping,
  importInChunks,
  importRecipe,
  linesToEvidence,
  parseDelimited,
  SOURCE_LABELS,
  type ColumnMapping,
  type Delimiter,
  type EvidenceInput,
  type ImportSource,
} from '../../../shared/import'
import { Modal } from '../ui/Modal'
import './import.css'

/** The largest file an import reads (a 100,000-row survey export is about 20 MB). */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024

/** More rows than this asks before importing. */
export const LARGE_IMPORT = 5000
const CHUNK = 1000
const PREVIEW_ROWS = 5

type Stage =
  | { step: 'pick'; error: string | null }
  | { step: 'map'; source: ImportSource }
  | { step: 'confirm'; source: ImportSource; count: number }
  | { step: 'importing'; done: number; total: number; applying: boolean }
  | { step: 'done'; imported: number; skipped: number; stages: number; cancelled: boolean }

/** One frame's pause, so the progress bar paints and input is handled between chunks. */
const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

export function ImportDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const [stage, setStage] = useState<Stage>({ step: 'pick', error: null })
  const [pasted, setPasted] = useState('')
  const [sourceKind, setSourceKind] = useState<SourceKind>('data')
  const [delimiter, setDelimiter] = useState<Delimiter>(',')
  const [hasHeader, setHasHeader] = useState(true)
  const [mapping, setMapping] = useState<ColumnMapping>({ text: 0 })
  const [textMode, setTextMode] = useState<'line' | 'paragraph'>('line')
  const abort = useRef<AbortController | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const source = stage.step === 'map' || stage.step === 'confirm' ? stage.source : null
  const table = useMemo(() => {
    if (source?.kind !== 'table') return null
    const parsed = delimiter === source.delimiter ? source : parseDelimited(source.text, delimiter)
    const header = hasHeader ? (parsed.rows[0] ?? []) : null
    const data = hasHeader ? parsed.rows.slice(1) : parsed.rows
    const width = Math.max(0, ...parsed.rows.slice(0, 100).map((r) => r.length))
    const names = Array.from({ length: width }, (_, i) =>
      header?.[i]?.trim() ? `${header[i]?.trim()}` : `Column ${i + 1}`,
    )
    return { parsed, header, data, names }
  }, [source, delimiter, hasHeader])

  const accept = (next: ImportSource) => {
    if (next.kind === 'table') {
      setDelimiter(next.delimiter)
      setHasHeader(next.hasHeader)
      setMapping(next.mapping)
    }
    if (next.kind === 'canvas') setSourceKind('workshop')
    setStage({ step: 'map', source: next })
  }

  const readFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      const mb = (n: number) => Math.round(n / 1024 / 1024)
      setStage({
        step: 'pick',
        error:
          `${file.name} is ${mb(file.size)} MB; an import can be at most ${mb(MAX_IMPORT_BYTES)} MB. ` +
          'Split the export into smaller files.',
      })
      return
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const result = analyseImport({ name: file.name, bytes })
    if (result.ok) accept(result.source)
    else setStage({ step: 'pick', error: `${file.name}: ${result.message}` })
  }

  const readPasted = () => {
    const result = analyseImport({ name: '', text: pasted })
    if (result.ok) accept({ ...result.source, name: 'Pasted text' })
    else setStage({ step: 'pick', error: result.message })
  }

  const changeDelimiter = (next: Delimiter) => {
    if (source?.kind !== 'table') return
    setDelimiter(next)
    const rows = parseDelimited(source.text, next).rows
    const header = detectHeader(rows)
    setHasHeader(header)
    setMapping(guessMapping(header ? (rows[0] ?? null) : null, header ? rows.slice(1) : rows))
  }

  const rowCount =
    source === null
      ? 0
      : source.kind === 'table'
        ? (table?.data.length ?? 0)
        : source.kind === 'canvas'
          ? source.canvas.notes.length
          : linesToEvidence(source.text, textMode).length

  const evidenceOptions = () => ({
    sourceKind,
    header: table?.header ?? null,
    firstRow: hasHeader ? 2 : 1,
  })

  const preview: EvidenceInput[] = useMemo(() => {
    if (!source) return []
    if (source.kind === 'table' && table) {
      return evidenceNotes(table.data.slice(0, PREVIEW_ROWS), mapping, {
        sourceKind,
        header: table.header,
        firstRow: hasHeader ? 2 : 1,
      }).notes
    }
    if (source.kind === 'canvas') return source.canvas.notes.slice(0, PREVIEW_ROWS)
    return linesToEvidence(source.text.slice(0, 20_000), textMode, { sourceKind }).slice(
      0,
      PREVIEW_ROWS,
    )
  }, [source, table, mapping, sourceKind, hasHeader, textMode])

  const start = async (current: ImportSource) => {
    const controller = new AbortController()
    abort.current = controller
    let notes: EvidenceInput[]
    let skipped = 0
    const withKind = (list: readonly EvidenceInput[]) =>
      list.map((note) => ({ ...note, source: { ...note.source, kind: sourceKind } }))
    if (current.kind === 'table' && table) {
      const result = await importInChunks(
        table.data,
        CHUNK,
        (done, total) => setStage({ step: 'importing', done, total, applying: false }),
        controller.signal,
        (chunk, offset) => evidenceNotes(chunk, mapping, evidenceOptions(), offset),
        nextFrame,
      )
      if (result.cancelled) {
        setStage({ step: 'done', imported: 0, skipped: 0, stages: 0, cancelled: true })
        return
      }
      notes = result.notes
      skipped = result.skipped
    } else if (current.kind === 'canvas') {
      notes = withKind(current.canvas.notes)
    } else {
      notes = linesToEvidence(current.text, textMode, {
        sourceKind,
        reference: current.name === 'Pasted text' ? '' : current.name,
      })
    }
    if (controller.signal.aborted) {
      setStage({ step: 'done', imported: 0, skipped: 0, stages: 0, cancelled: true })
      return
    }
    setStage({ step: 'importing', done: rowCount, total: rowCount, applying: true })
    await nextFrame()
    const stages = current.kind === 'canvas' ? current.canvas.stages : []
    const plan = importRecipe(editor.getState(), notes, stages)
    const what = notes.length === 1 ? '1 note' : `${notes.length.toLocaleString('en-US')} notes`
    editor.run(`Import ${what}`, plan.recipe)
    setStage({
      step: 'done',
      imported: notes.length,
      skipped,
      stages: plan.stageIds.length,
      cancelled: false,
    })
  }

  const requestImport = () => {
    if (!source) return
    if (rowCount > LARGE_IMPORT && stage.step !== 'confirm') {
      setStage({ step: 'confirm', source, count: rowCount })
      return
    }
    void start(source)
  }

  const cancel = () => {
    if (stage.step === 'importing') {
      if (!stage.applying) abort.current?.abort()
      return
    }
    onClose()
  }

  const title =
    stage.step === 'importing'
      ? 'Importing evidence…'
      : stage.step === 'done'
        ? stage.cancelled
          ? 'Import cancelled'
          : 'Evidence imported'
        : 'Import evidence'

  return (
    <Modal
      title={title}
      onCancel={cancel}
      actions={
        <Actions
          stage={stage}
          rowCount={rowCount}
          canImport={source !== null && rowCount > 0}
          onImport={requestImport}
          onBack={() => setStage({ step: 'pick', error: null })}
          onCancel={cancel}
          onClose={onClose}
        />
      }
    >
      <div className="import">
        {stage.step === 'pick' && (
          <>
            <p>
              Survey exports (CSV or TSV), interview notes (plain text, one note per line or per
              paragraph) and JSON Canvas boards (.canvas). The notes land in an “Imported evidence”
              area right of the board, for the room to drag into stages.
            </p>
            <input
              ref={fileInput}
              type="file"
              className="visually-hidden"
              aria-label="Evidence file"
              accept=".csv,.tsv,.txt,.canvas,.json,text/csv,text/plain"
              tabIndex={-1}
              onChange={(event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (file) void readFile(file)
              }}
            />
            <button
              type="button"
              className="button button--primary"
              autoFocus
              onClick={() => fileInput.current?.click()}
            >
              Choose a file…
            </button>
            <label className="field import__paste">
              <span className="field__label">Or paste text or a table</span>
              <textarea
                className="input"
                rows={5}
                value={pasted}
                onChange={(event) => setPasted(event.target.value)}
              />
            </label>
            <button
              type="button"
              className="button"
              disabled={pasted.trim() === ''}
              onClick={readPasted}
            >
              Read pasted text
            </button>
            {stage.error && (
              <p className="import__error" role="alert">
                {stage.error}
              </p>
            )}
          </>
        )}

        {(stage.step === 'map' || stage.step === 'confirm') && source && (
          <>
            <dl className="import__facts" aria-label="What was read">
              <div>
                <dt>File</dt>
                <dd>{source.name}</dd>
              </div>
              <div>
                <dt>Encoding</dt>
                <dd>
                  {source.encoding === 'pasted' ? 'Pasted' : ENCODING_LABELS[source.encoding]}
                  {source.replaced > 0 && ` (${source.replaced} unreadable characters)`}
                </dd>
              </div>
              <div>
                <dt>Read as</dt>
                <dd>
                  {source.kind === 'table'
                    ? `Table, ${DELIMITER_LABELS[delimiter].toLowerCase()}-separated`
                    : source.kind === 'canvas'
                      ? 'JSON Canvas'
                      : 'Plain text'}
                </dd>
              </div>
              <div>
                <dt>{source.kind === 'table' ? 'Rows' : 'Notes'}</dt>
                <dd>{rowCount.toLocaleString('en-US')}</dd>
              </div>
            </dl>

            {source.kind === 'table' && table && (
              <fieldset className="import__mapping" aria-label="Columns">
                <label className="field">
                  <span className="field__label">Delimiter</span>
                  <select
                    className="input"
                    value={delimiter}
                    onChange={(event) => changeDelimiter(event.target.value as Delimiter)}
                  >
                    {DELIMITERS.map((d) => (
                      <option key={d} value={d}>
                        {DELIMITER_LABELS[d]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="import__check">
                  <input
                    type="checkbox"
                    checked={hasHeader}
                    onChange={(event) => setHasHeader(event.target.checked)}
                  />
                  First row is a header
                </label>
                <ColumnSelect
                  label="Note text"
                  names={table.names}
                  value={mapping.text}
                  required
                  onChange={(col) => setMapping({ ...mapping, text: col ?? 0 })}
                />
                <ColumnSelect
                  label="Reference"
                  names={table.names}
                  value={mapping.reference}
                  onChange={(col) => setMapping(withColumn(mapping, 'reference', col))}
                />
                <ColumnSelect
                  label="Segment"
                  names={table.names}
                  value={mapping.segment}
                  onChange={(col) => setMapping(withColumn(mapping, 'segment', col))}
                />
                <ColumnSelect
                  label="Score"
                  names={table.names}
                  value={mapping.score}
                  onChange={(col) => setMapping(withColumn(mapping, 'score', col))}
                />
                <ColumnSelect
                  label="Source column"
                  names={table.names}
                  value={mapping.source}
                  onChange={(col) => setMapping(withColumn(mapping, 'source', col))}
                />
                <SourceSelect value={sourceKind} onChange={setSourceKind} />
                <UnusedColumns names={table.names} mapping={mapping} />
              </fieldset>
            )}

            {source.kind === 'text' && (
              <fieldset className="import__mapping" aria-label="Notes">
                <label className="field">
                  <span className="field__label">One note per</span>
                  <select
                    className="input"
                    value={textMode}
                    onChange={(event) => setTextMode(event.target.value as 'line' | 'paragraph')}
                  >
                    <option value="line">Line</option>
                    <option value="paragraph">Paragraph</option>
                  </select>
                </label>
                <SourceSelect value={sourceKind} onChange={setSourceKind} />
              </fieldset>
            )}

            {source.kind === 'canvas' && (
              <>
                <p>
                  {plural(source.canvas.notes.length, 'note')} and{' '}
                  {plural(source.canvas.stages.length, 'group')}: groups become stage columns, added
                  right of the board’s stages.
                </p>
                <fieldset className="import__mapping" aria-label="Notes">
                  <SourceSelect value={sourceKind} onChange={setSourceKind} />
                </fieldset>
              </>
            )}

            <Problems source={source} />

            <h3 className="import__subtitle" id="import-preview">
              Preview
            </h3>
            {preview.length === 0 ? (
              <p>No notes: every row’s text is empty.</p>
            ) : (
              <table className="import__preview" aria-labelledby="import-preview">
                <thead>
                  <tr>
                    <th scope="col">Note text</th>
                    <th scope="col">Source</th>
                    <th scope="col">Tags</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((note, i) => (
                    <tr key={i}>
                      <td className="import__text">{note.text}</td>
                      <td>
                        <span className={`source-badge source-badge--${note.source.kind}`}>
                          {SOURCE_LABELS[note.source.kind]}
                        </span>{' '}
                        {note.source.reference}
                      </td>
                      <td>{note.tags.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {stage.step === 'confirm' && (
              <p className="import__warning" role="alert">
                This makes {stage.count.toLocaleString('en-US')} notes. A board that large is slow
                to move around on a laptop; consider importing a sample. Import all of them?
              </p>
            )}
          </>
        )}

        {stage.step === 'importing' && (
          <div className="import__progress">
            <progress
              max={Math.max(1, stage.total)}
              value={stage.done}
              aria-label="Import progress"
            />
            <p role="status">
              {stage.applying
                ? `Placing ${stage.total.toLocaleString('en-US')} notes on the board…`
                : `Read ${stage.done.toLocaleString('en-US')} of ${stage.total.toLocaleString('en-US')} rows`}
            </p>
          </div>
        )}

        {stage.step === 'done' && (
          <p role="status">
            {stage.cancelled
              ? 'Nothing was imported; the board is as it was.'
              : `Imported ${plural(stage.imported, 'note')}${
                  stage.stages > 0 ? ` and ${plural(stage.stages, 'stage')}` : ''
                } into the “Imported evidence” area, right of the board. ${
                  stage.skipped > 0
                    ? `${plural(stage.skipped, 'row')} with no text ${stage.skipped === 1 ? 'was' : 'were'} skipped. `
                    : ''
                }Drag the notes into stages; one Undo takes the whole import back.`}
          </p>
        )}
      </div>
    </Modal>
  )
}

function Actions(props: {
  stage: Stage
  rowCount: number
  canImport: boolean
  onImport(): void
  onBack(): void
  onCancel(): void
  onClose(): void
}) {
  const { stage } = props
  if (stage.step === 'done')
    return (
      <button type="button" className="button button--primary" autoFocus onClick={props.onClose}>
        OK
      </button>
    )
  if (stage.step === 'importing')
    return (
      <button type="button" className="button" disabled={stage.applying} onClick={props.onCancel}>
        Cancel import
      </button>
    )
  return (
    <>
      {stage.step !== 'pick' && (
        <button type="button" className="button button--quiet" onClick={props.onBack}>
          Choose another file
        </button>
      )}
      <span className="modal__spacer" />
      <button type="button" className="button" onClick={props.onCancel}>
        Cancel
      </button>
      {stage.step !== 'pick' && (
        <button
          type="button"
          className="button button--primary"
          disabled={!props.canImport}
          onClick={props.onImport}
        >
          {stage.step === 'confirm'
            ? `Import all ${props.rowCount.toLocaleString('en-US')}`
            : `Import ${plural(props.rowCount, 'note')}`}
        </button>
      )}
    </>
  )
}

/**
 * The columns no field takes, named so that nobody expects them on the board: a workshop export's
 * stage, owner or deadline columns are not read (imported notes are evidence, unsorted).
 */
function UnusedColumns({ names, mapping }: { names: readonly string[]; mapping: ColumnMapping }) {
  const used = new Set(Object.values(mapping))
  const unused = names.filter((_, i) => !used.has(i))
  if (unused.length === 0) return null
  return (
    <p className="hint import__unused" role="note" aria-label="Columns not imported">
      {unused.length === 1 ? 'Not imported: ' : `${unused.length} columns not imported: `}
      {unused.join(', ')}. Imported notes come in as evidence, beside the map: drag them into
      stages, and give them owners and deadlines there.
    </p>
  )
}

function ColumnSelect(props: {
  label: string
  names: readonly string[]
  value: number | undefined
  required?: boolean
  onChange(col: number | undefined): void
}) {
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <select
        className="input"
        value={props.value ?? ''}
        onChange={(event) =>
          props.onChange(event.target.value === '' ? undefined : Number(event.target.value))
        }
      >
        {!props.required && <option value="">None</option>}
        {props.names.map((name, i) => (
          <option key={i} value={i}>
            {name}
          </option>
        ))}
      </select>
    </label>
  )
}

function SourceSelect({
  value,
  onChange,
}: {
  value: SourceKind
  onChange(kind: SourceKind): void
}) {
  return (
    <label className="field">
      <span className="field__label">Source of every note</span>
      <select
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value as SourceKind)}
      >
        {SOURCE_ORDER.map((kind) => (
          <option key={kind} value={kind}>
            {SOURCE_LABELS[kind]}
          </option>
        ))}
      </select>
    </label>
  )
}

const SOURCE_ORDER: readonly SourceKind[] = [
  'data',
  'staff-interview',
  'customer-interview',
  'workshop',
]

function Problems({ source }: { source: ImportSource }) {
  const problems =
    source.kind === 'table'
      ? source.problems.map((p) => p.message)
      : source.kind === 'canvas'
        ? source.canvas.problems
        : []
  if (problems.length === 0) return null
  const shown = problems.slice(0, 6)
  return (
    <div className="import__problems">
      <h3 className="import__subtitle" id="import-problems">
        {problems.length === 1 ? '1 thing to check' : `${problems.length} things to check`}
      </h3>
      <ul aria-labelledby="import-problems">
        {shown.map((message, i) => (
          <li key={i}>{message}</li>
        ))}
        {problems.length > shown.length && <li>…and {problems.length - shown.length} more.</li>}
      </ul>
    </div>
  )
}

function withColumn(
  mapping: ColumnMapping,
  key: 'reference' | 'segment' | 'score' | 'source',
  col: number | undefined,
): ColumnMapping {
  const next: { -readonly [K in keyof ColumnMapping]: ColumnMapping[K] } = { ...mapping }
  if (col === undefined) delete next[key]
  else next[key] = col
  return next
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`
}
