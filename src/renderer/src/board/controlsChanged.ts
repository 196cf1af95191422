// The controls over the board (the minimap and zoom buttons, the running timer, the Find panel)
// are found where they are whenever something must keep clear of them. One that comes or goes says
// so, and the selection toolbar, which is placed clear of them, is placed again.
import { useEffect } from 'react'

const EVENT = 'journeyboard:controls-changed'

/** Says that a control over the board came (`shown` turned true) and, later, went. */
export function useAnnounceControl(shown: boolean): void {
  useEffect(() => {
    if (!shown) return
    window.dispatchEvent(new Event(EVENT))
    return () => {
      window.dispatchEvent(new Event(EVENT))
    }
  }, [shown])
}

/** Calls `listener` when a control over the board comes or goes; returns the unsubscribe. */
export function onControlsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener)
  return () => window.removeEventListener(EVENT, listener)
}
