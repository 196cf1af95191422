// The timer of the open map, shared by the board and presentation mode: the countdown itself,
// the mute setting, and the chime and flash when time is up.
import { useEffect, useState, useSyncExternalStore } from 'react'
import { getHost } from '../host'
import { createTimer, makeAudioContext, playChime, type Timer, type TimerState } from './timer'

export const MUTE_SETTING = 'ui.timerMuted'

export interface TimerControls {
  readonly timer: Timer
  readonly state: TimerState
  readonly muted: boolean
  setMuted(muted: boolean): void
  /** Starts a timebox of `seconds`, readying the sound on this user gesture. */
  start(seconds: number): void
}

export function useTimer(): TimerControls {
  const [timer] = useState(() => createTimer())
  const [audio, setAudio] = useState<AudioContext | null>(null)
  const [muted, setMutedState] = useState(false)
  const state = useSyncExternalStore(timer.subscribe, timer.getState)

  useEffect(() => () => timer.dispose(), [timer])
  useEffect(() => () => void audio?.close().catch(() => undefined), [audio])
  useEffect(() => {
    let live = true
    getHost()
      .getSetting(MUTE_SETTING)
      .then((value) => {
        if (live && typeof value === 'boolean') setMutedState(value)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

  // Once per ending: the chime (unless muted). The flash is the view's, keyed on `endings`.
  useEffect(() => {
    if (state.endings > 0 && !muted) playChime(audio)
    // Only a new ending chimes, not a change of the mute switch.
  }, [state.endings]) // eslint-disable-line react-hooks/exhaustive-deps

  return {
    timer,
    state,
    muted,
    setMuted(next) {
      setMutedState(next)
      void getHost()
        .setSetting(MUTE_SETTING, next)
        .catch(() => undefined)
    },
    start(seconds) {
      if (!audio) setAudio(makeAudioContext())
      timer.start(seconds)
    },
  }
}
