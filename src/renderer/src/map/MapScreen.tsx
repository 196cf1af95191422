// The open map: its toolbar, a banner when the file is read-only, the board and its outline.
import type { MapController, MapSession } from '../session/useMapController'
import { Board } from './Board'
import { BoardOutline } from './BoardOutline'
import { MapToolbar } from './MapToolbar'

export function MapScreen({
  session,
  controller,
}: {
  session: MapSession
  controller: MapController
}) {
  const readOnly = session.readOnlyReason !== null
  return (
    <main className="map">
      <MapToolbar
        editor={session.editor}
        fileName={session.file?.name ?? null}
        readOnly={readOnly}
        recoveryStatus={controller.recoveryStatus}
        busy={controller.busy}
        onSave={() => void controller.save()}
        onSaveAs={() => void controller.saveAs()}
        onClose={() => void controller.close()}
      />
      {readOnly && (
        <div className="banner" role="status" aria-label="Read-only notice">
          <strong>Read-only.</strong> {session.readOnlyReason} Saving makes a copy with Save As; the
          original file is never overwritten.
        </div>
      )}
      <Board editor={session.editor} readOnly={readOnly} />
      <BoardOutline editor={session.editor} />
    </main>
  )
}
