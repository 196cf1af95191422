// The toolbar's evidence tools: "Import…" opens the import dialog, and "Evidence" shows how much
// evidence each stage holds, by source ("Onboarding: 12 customer quotes, 3 data points").
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { evidenceCounts } from '../../../shared/import/counts'
import { useDocument } from '../map/useDocument'
import { ImportDialog } from './ImportDialog'
import './import.css'

export function ImportTools({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const [dialogOpen, setDialogOpen] = useState(false)
  const [panelOpen, setPanelOpen] = useState(false)
  return (
    <div className="toolbar__group import-tools" role="group" aria-label="Evidence tools">
      <button
        type="button"
        className="button"
        disabled={readOnly}
        title="Import survey comments, interview notes or a .canvas board"
        onClick={() => setDialogOpen(true)}
      >
        Import…
      </button>
      <button
        type="button"
        className="button"
        aria-expanded={panelOpen}
        title="Evidence per stage, by source"
        onClick={() => setPanelOpen((open) => !open)}
      >
        Evidence
      </button>
      {panelOpen && <EvidencePanel editor={editor} onClose={() => setPanelOpen(false)} />}
      {dialogOpen && <ImportDialog editor={editor} onClose={() => setDialogOpen(false)} />}
    </div>
  )
}

export function EvidencePanel({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const doc = useDocument(editor)
  const counts = useMemo(() => evidenceCounts(doc), [doc])
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    panel.current?.focus()
  }, [])
  const total = counts.reduce((sum, stage) => sum + stage.total, 0)
  return (
    <section
      ref={panel}
      className="evidence-panel"
      aria-labelledby="evidence-heading"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="evidence-panel__head">
        <h2 id="evidence-heading">Evidence per stage</h2>
        <button
          type="button"
          className="find__button"
          aria-label="Close evidence"
          onClick={onClose}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {total === 0 ? (
        <p className="hint">
          No imported evidence yet. Notes from data, staff interviews or customer interviews are
          counted here by stage.
        </p>
      ) : (
        <ul aria-label="Evidence per stage" className="evidence-panel__list">
          {counts.map((stage) => (
            <li key={stage.stageId ?? 'unsorted'} className={stage.total === 0 ? 'is-empty' : ''}>
              <strong>{stage.name}:</strong> {stage.summary}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
