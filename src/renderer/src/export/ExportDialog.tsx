// The Export dialog: the PDF report (page size, orientation, sections), the text formats, a PNG of
// the board at 1×, 2× or 4×, and the map's baselines with what changed since one. It stays open
// after an export, so a facilitator can save the PDF, the CSV and the calendar in one go.
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  exportFileName,
  REPORT_SECTION_LABELS,
  REPORT_SECTIONS,
  type ReportSection,
} from '../../../shared/export'
import { PDF_PAGE_SIZES, type PdfPageSize } from '../../../shared/host/host'
import { getHost } from '../host'
import { todayIso } from '../journey/useJourney'
import { useDocument } from '../map/useDocument'
import { Modal } from '../ui/Modal'
import { BaselinesPanel } from './BaselinesPanel'
import { pictureProblem, pictureSize } from './boardPng'
import {
  exportPdf,
  exportPng,
  exportText,
  type ExportChoice,
  type ExportOutcome,
  type PdfSettings,
} from './runExport'
import './exportDialog.css'

export type ExportTab = 'export' | 'baselines'

export const PNG_SCALES = [1, 2, 4] as const

const CHOICES: readonly { id: ExportChoice; label: string; hint: string }[] = [
  { id: 'pdf', label: 'PDF report', hint: 'The go pack: cover, map, plan and handouts, to print.' },
  ...EXPORT_FORMATS.map((f) => ({
    id: f,
    label: EXPORT_FORMAT_INFO[f].label,
    hint: {
      csv: 'For Excel or a project tracker.',
      md: 'For a wiki or a git repository.',
      json: 'The derived journey, for other tools.',
      ics: 'One event per deadline and the review meetings, for calendars.',
      canvas: 'The board for Obsidian and other JSON Canvas apps.',
    }[f],
  })),
  { id: 'png', label: 'Picture of the board (PNG)', hint: 'The whole board, grid and notes.' },
]

export interface ExportDialogProps {
  readonly editor: Editor
  readonly initialTab?: ExportTab
  readonly initialChoice?: ExportChoice
  onClose(): void
}

export function ExportDialog({ editor, initialTab, initialChoice, onClose }: ExportDialogProps) {
  const doc = useDocument(editor)
  const ids = useId()
  const [tab, setTab] = useState<ExportTab>(initialTab ?? 'export')
  const [choice, setChoice] = useState<ExportChoice>(initialChoice ?? 'pdf')
  const [pdf, setPdf] = useState<PdfSettings>(() => ({
    pageSize: 'A4',
    landscape: true,
    sections: REPORT_SECTIONS.filter((s) => s !== 'changes'),
    baselineId: null,
  }))
  const [scale, setScale] = useState<number>(2)
  const [comparingId, setComparingId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const tabRefs = useRef(new Map<ExportTab, HTMLButtonElement>())

  const baselines = [...doc.baselines].sort((a, b) => b.takenAt.localeCompare(a.takenAt))
  const baselineId = baselines.some((b) => b.id === pdf.baselineId)
    ? pdf.baselineId
    : (baselines[0]?.id ?? null)
  const sections = pdf.sections.filter((s) => s !== 'changes' || baselineId !== null)
  const pngProblem = choice === 'png' ? pictureProblem(doc.board, scale) : null
  const canExport =
    !busy && (choice === 'pdf' ? sections.length > 0 : choice === 'png' ? !pngProblem : true)

  const run = async () => {
    setBusy(true)
    setOutcome(null)
    const host = getHost()
    // Let the dialog show "Exporting…" before a big board is drawn on the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0))
    const result =
      choice === 'pdf'
        ? await exportPdf(host, doc, { ...pdf, sections, baselineId }, todayIso())
        : choice === 'png'
          ? await exportPng(host, doc, scale)
          : await exportText(host, doc, choice, new Date())
    setOutcome(result)
    setBusy(false)
  }

  const toggleSection = (section: ReportSection, on: boolean) =>
    setPdf((p) => ({
      ...p,
      sections: on ? [...p.sections, section] : p.sections.filter((s) => s !== section),
    }))

  const switchTab = (next: ExportTab) => {
    setTab(next)
    tabRefs.current.get(next)?.focus()
  }
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault()
      switchTab(tab === 'export' ? 'baselines' : 'export')
    }
  }
  const tabs: readonly { id: ExportTab; label: string }[] = [
    { id: 'export', label: 'Export' },
    { id: 'baselines', label: 'Baselines' },
  ]
  const buttonLabel =
    choice === 'pdf'
      ? 'Export PDF…'
      : choice === 'png'
        ? 'Export PNG…'
        : `Export ${choice.toUpperCase()}…`

  return (
    <Modal
      title="Export and baselines"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          {tab === 'export' && (
            <button
              type="button"
              className="button button--primary"
              disabled={!canExport}
              aria-busy={busy}
              onClick={() => void run()}
            >
              {busy ? 'Exporting…' : buttonLabel}
            </button>
          )}
        </>
      }
    >
      <div className="export">
        <div
          className="tabs export__tabs"
          role="tablist"
          aria-label="Export or baselines"
          onKeyDown={onTabKey}
        >
          {tabs.map((t) => (
            <button
              key={t.id}
              ref={(element) => {
                if (element) tabRefs.current.set(t.id, element)
                else tabRefs.current.delete(t.id)
              }}
              type="button"
              role="tab"
              className="tab"
              id={`${ids}-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`${ids}-panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {tab === 'export' ? (
          <div
            role="tabpanel"
            id={`${ids}-panel-export`}
            aria-labelledby={`${ids}-tab-export`}
            className="export__panel"
          >
            <fieldset className="export__formats">
              <legend className="field__label">Format</legend>
              {CHOICES.map((c) => (
                <label key={c.id} className="export__format">
                  <input
                    type="radio"
                    name={`${ids}-format`}
                    value={c.id}
                    checked={choice === c.id}
                    onChange={() => {
                      setChoice(c.id)
                      setOutcome(null)
                    }}
                  />
                  <span>
                    <span className="export__format-label">{c.label}</span>
                    <span className="export__format-hint">{c.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="export__options">
              {choice === 'pdf' && (
                <PdfOptions
                  ids={ids}
                  settings={pdf}
                  sections={sections}
                  baselines={baselines}
                  baselineId={baselineId}
                  onChange={(change) => setPdf((p) => ({ ...p, ...change }))}
                  onToggle={toggleSection}
                />
              )}
              {choice === 'png' && (
                <fieldset className="field">
                  <legend className="field__label">Scale</legend>
                  <div className="segmented" role="radiogroup" aria-label="Scale">
                    {PNG_SCALES.map((s) => (
                      <label key={s} className="segmented__option">
                        <input
                          type="radio"
                          name={`${ids}-scale`}
                          value={s}
                          checked={scale === s}
                          onChange={() => setScale(s)}
                        />
                        <span>{s}×</span>
                      </label>
                    ))}
                  </div>
                  <PictureSizeHint doc={doc} scale={scale} problem={pngProblem} />
                </fieldset>
              )}
              {choice !== 'pdf' && choice !== 'png' && (
                <p className="field__hint">
                  Saved as “{exportFileName(doc.title, choice)}”, or a name you choose.
                </p>
              )}
            </div>
            <Outcome outcome={outcome} />
          </div>
        ) : (
          <div
            role="tabpanel"
            id={`${ids}-panel-baselines`}
            aria-labelledby={`${ids}-tab-baselines`}
            className="export__panel export__panel--baselines"
          >
            <BaselinesPanel
              editor={editor}
              doc={doc}
              comparingId={comparingId}
              onCompare={setComparingId}
              onPrint={(id) => {
                setPdf((p) => ({
                  ...p,
                  baselineId: id,
                  sections: p.sections.includes('changes')
                    ? p.sections
                    : [...p.sections, 'changes'],
                }))
                setChoice('pdf')
                setOutcome(null)
                switchTab('export')
              }}
            />
          </div>
        )}
      </div>
    </Modal>
  )
}

function PdfOptions({
  ids,
  settings,
  sections,
  baselines,
  baselineId,
  onChange,
  onToggle,
}: {
  ids: string
  settings: PdfSettings
  sections: readonly ReportSection[]
  baselines: readonly { id: string; name: string }[]
  baselineId: string | null
  onChange(change: Partial<PdfSettings>): void
  onToggle(section: ReportSection, on: boolean): void
}) {
  return (
    <>
      <div className="export__row">
        <fieldset className="field">
          <legend className="field__label">Page size</legend>
          <div className="segmented" role="radiogroup" aria-label="Page size">
            {PDF_PAGE_SIZES.map((size: PdfPageSize) => (
              <label key={size} className="segmented__option">
                <input
                  type="radio"
                  name={`${ids}-page`}
                  value={size}
                  checked={settings.pageSize === size}
                  onChange={() => onChange({ pageSize: size })}
                />
                <span>{size}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend className="field__label">Orientation</legend>
          <div className="segmented" role="radiogroup" aria-label="Orientation">
            {[
              { landscape: true, label: 'Landscape' },
              { landscape: false, label: 'Portrait' },
            ].map((o) => (
              <label key={o.label} className="segmented__option">
                <input
                  type="radio"
                  name={`${ids}-orientation`}
                  value={o.label}
                  checked={settings.landscape === o.landscape}
                  onChange={() => onChange({ landscape: o.landscape })}
                />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <fieldset className="field export__sections">
        <legend className="field__label">Sections</legend>
        {REPORT_SECTIONS.map((s) => {
          const unavailable = s === 'changes' && baselines.length === 0
          return (
            <label key={s} className="check">
              <input
                type="checkbox"
                checked={sections.includes(s)}
                disabled={unavailable}
                onChange={(event) => onToggle(s, event.target.checked)}
              />
              {REPORT_SECTION_LABELS[s]}
              {unavailable && <span className="field__hint"> — take a baseline first</span>}
            </label>
          )
        })}
        {sections.includes('changes') && baselines.length > 0 && (
          <label className="field export__baseline" htmlFor={`${ids}-baseline`}>
            <span className="field__label">Compare with</span>
            <select
              id={`${ids}-baseline`}
              className="input"
              value={baselineId ?? ''}
              onChange={(event) => onChange({ baselineId: event.target.value })}
            >
              {baselines.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {sections.length === 0 && <p className="field__error">Choose at least one section.</p>}
      </fieldset>
    </>
  )
}

function PictureSizeHint({
  doc,
  scale,
  problem,
}: {
  doc: ReturnType<typeof useDocument>
  scale: number
  problem: string | null
}) {
  if (problem !== null) return <p className="field__error">{problem}</p>
  const size = pictureSize(doc.board, scale)
  if (size === null) return null
  return (
    <p className="field__hint">
      {size.width.toLocaleString()} × {size.height.toLocaleString()} pixels.
    </p>
  )
}

function Outcome({ outcome }: { outcome: ExportOutcome | null }) {
  return (
    <>
      <p className="export__message" role="status">
        {outcome?.kind === 'saved' ? outcome.message : ''}
      </p>
      <p className="export__error" role="alert">
        {outcome?.kind === 'error' ? outcome.message : ''}
      </p>
    </>
  )
}
