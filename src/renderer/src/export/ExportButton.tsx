// The toolbar's "Export…" button and the dialog it opens. File → Export PDF… in the native menu
// (and its shortcut) opens the same dialog on the PDF report: the map controller passes menu
// commands it does not handle on as a window event (session/menuCommandEvent.ts).
import { useEffect, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { ExportDialog } from './ExportDialog'
import { MENU_COMMAND_EVENT, menuCommandOf } from '../session/menuCommandEvent'

export function ExportButton({ editor, disabled }: { editor: Editor; disabled?: boolean }) {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onCommand = (event: Event) => {
      if (menuCommandOf(event) === 'file.exportPdf') setOpen(true)
    }
    window.addEventListener(MENU_COMMAND_EVENT, onCommand)
    return () => window.removeEventListener(MENU_COMMAND_EVENT, onCommand)
  }, [])
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled}
        title="Export a PDF, CSV, calendar or picture; take and compare baselines (Shift+Ctrl+E)"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Export…
      </button>
      {open && <ExportDialog editor={editor} onClose={() => setOpen(false)} />}
    </>
  )
}
