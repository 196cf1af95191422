// The map's header: its title (edited in place), whether it is saved, and the file and history
// commands.
import { useRef, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { ExportButton } from '../export/ExportButton'
import type { RecoveryStatus } from '../session/recovery'
import { useDocument, useRevision } from './useDocument'
import { ImportTools } from '../import/ImportTools'

export interface MapToolbarProps {
  readonly editor: Editor
  readonly fileName: string | null
  readonly readOnly: boolean
  readonly recoveryStatus: RecoveryStatus
  readonly busy: boolean
  onSave(): void
  onSaveAs(): void
  onClose(): void
  /** Opens Find (Ctrl/Cmd+F). */
  onFind?(): void
}

export function MapToolbar(props: MapToolbarProps) {
  const { editor } = props
  const doc = useDocument(editor)
  useRevision(editor)
  const dirty = editor.isDirty()
  return (
    <header className="toolbar">
      <div className="toolbar__title">
        <TitleField
          key={doc.title}
          title={doc.title}
          onCommit={(title) =>
            editor.run('Rename map', (draft) => {
              draft.title = title
            })
          }
        />
        <span className="toolbar__status" role="status" aria-label="Save status">
          {dirty ? (
            <>
              <span className="unsaved-dot" aria-hidden="true" />
              <span>Unsaved changes</span>
              {props.recoveryStatus === 'kept' && (
                <span className="toolbar__muted"> · recovery copy kept</span>
              )}
              {props.recoveryStatus === 'failed' && (
                <span className="toolbar__warning"> · recovery copy could not be written</span>
              )}
            </>
          ) : (
            <span className="toolbar__muted toolbar__saved" title={props.fileName ?? undefined}>
              {props.fileName ? (
                <>
                  <span>Saved</span>
                  <span className="toolbar__file">{` · ${props.fileName}`}</span>
                </>
              ) : (
                'Not saved yet'
              )}
            </span>
          )}
        </span>
      </div>
      {props.onFind && (
        <div className="toolbar__group" role="group" aria-label="Board">
          <button
            type="button"
            className="button button--icon"
            title="Find notes (Ctrl+F)"
            onClick={props.onFind}
          >
            <span aria-hidden="true">⌕</span> Find
          </button>
        </div>
      )}
      <ImportTools editor={editor} readOnly={props.readOnly} />
      <div className="toolbar__group" role="group" aria-label="History">
        <button
          type="button"
          className="button button--icon toolbar__history"
          disabled={!editor.canUndo()}
          title={editor.undoLabel() ? `Undo ${editor.undoLabel()}` : 'Undo'}
          onClick={() => editor.undo()}
        >
          <span aria-hidden="true">↶</span> <span className="toolbar__label">Undo</span>
        </button>
        <button
          type="button"
          className="button button--icon toolbar__history"
          disabled={!editor.canRedo()}
          title={editor.redoLabel() ? `Redo ${editor.redoLabel()}` : 'Redo'}
          onClick={() => editor.redo()}
        >
          <span aria-hidden="true">↷</span> <span className="toolbar__label">Redo</span>
        </button>
      </div>
      <div className="toolbar__group" role="group" aria-label="File">
        <button
          type="button"
          className="button button--primary"
          disabled={props.busy}
          onClick={props.onSave}
          title={props.readOnly ? 'Save a copy: this file is read-only' : 'Save (Ctrl+S)'}
        >
          Save
        </button>
        <button type="button" className="button" disabled={props.busy} onClick={props.onSaveAs}>
          Save As…
        </button>
        <ExportButton editor={editor} />
        <button
          type="button"
          className="button button--quiet"
          disabled={props.busy}
          onClick={props.onClose}
        >
          Close
        </button>
      </div>
    </header>
  )
}

function TitleField({ title, onCommit }: { title: string; onCommit: (title: string) => void }) {
  const [draft, setDraft] = useState(title)
  const cancelled = useRef(false)
  const commit = () => {
    const next = draft.trim()
    if (cancelled.current) {
      cancelled.current = false
      setDraft(title)
      return
    }
    if (next === '') setDraft(title)
    else if (next !== title) onCommit(next)
  }
  return (
    <input
      className="title-field"
      aria-label="Map title"
      title={draft}
      value={draft}
      size={Math.max(8, Math.min(48, draft.length + 1))}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur()
        if (event.key === 'Escape') {
          cancelled.current = true
          event.currentTarget.blur()
        }
      }}
    />
  )
}
