// The app shell: the start screen or the open map, and whatever dialog is up.
import type { Host } from '../../shared/host/host'
import { MapScreen } from './map/MapScreen'
import { useMapController } from './session/useMapController'
import { StartScreen } from './start/StartScreen'
import { AppDialog } from './ui/AppDialog'

export function App({ host }: { host: Host }) {
  const controller = useMapController(host)
  const { session, dialog } = controller
  return (
    <>
      {session ? (
        <MapScreen key={session.editor.getState().id} session={session} controller={controller} />
      ) : (
        <StartScreen
          recentFiles={controller.recentFiles}
          recoveryOffers={controller.recoveryOffers}
          busy={controller.busy}
          onNew={(template) => void controller.newMap(template)}
          onOpen={() => void controller.open()}
          onOpenRecent={(file) => void controller.openRecent(file)}
          onRestore={(offer) => void controller.restore(offer)}
          onDiscard={(offer) => void controller.discardOffer(offer)}
        />
      )}
      {dialog && <AppDialog spec={dialog} onDismiss={controller.dismissDialog} />}
    </>
  )
}
