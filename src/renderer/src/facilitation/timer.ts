// The workshop timer: a countdown that lives in the renderer, never in the document (a tick is not
// an edit, and undo must not step through seconds). The clock is injectable; the default one is
// the page's Date and setInterval, which Playwright's page.clock controls in the tests.

export interface Clock {
  now(): number
  setInterval(callback: () => void, ms: number): number
  clearInterval(handle: number): void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setInterval: (callback, ms) => window.setInterval(callback, ms),
  clearInterval: (handle) => window.clearInterval(handle),
}

export type TimerPhase = 'idle' | 'running' | 'paused' | 'finished'

export interface TimerState {
  readonly phase: TimerPhase
  /** The timebox as set (plus any minutes added), in milliseconds. */
  readonly durationMs: number
  /** What is left, in milliseconds; 0 once finished. */
  readonly remainingMs: number
  /** Increases each time the timer runs out, so the view can flash and chime once per end. */
  readonly endings: number
}

export interface Timer {
  getState(): TimerState
  subscribe(listener: () => void): () => void
  start(seconds: number): void
  pause(): void
  resume(): void
  /** Adds a minute; a finished timer starts again with one minute. */
  addMinute(): void
  stop(): void
  dispose(): void
}

const TICK_MS = 200

export function createTimer(clock: Clock = systemClock): Timer {
  let state: TimerState = { phase: 'idle', durationMs: 0, remainingMs: 0, endings: 0 }
  let endsAt = 0
  let handle: number | null = null
  const listeners = new Set<() => void>()
  const set = (next: TimerState) => {
    state = next
    for (const listener of [...listeners]) listener()
  }
  const stopTicking = () => {
    if (handle !== null) clock.clearInterval(handle)
    handle = null
  }
  const tick = () => {
    const left = Math.max(0, endsAt - clock.now())
    if (left === 0) {
      stopTicking()
      set({ ...state, phase: 'finished', remainingMs: 0, endings: state.endings + 1 })
    } else if (Math.ceil(left / 1000) !== Math.ceil(state.remainingMs / 1000)) {
      set({ ...state, remainingMs: left })
    } else {
      state = { ...state, remainingMs: left }
    }
  }
  const run = (remainingMs: number, durationMs: number) => {
    stopTicking()
    endsAt = clock.now() + remainingMs
    set({ ...state, phase: 'running', remainingMs, durationMs })
    handle = clock.setInterval(tick, TICK_MS)
  }
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start(seconds) {
      if (!Number.isFinite(seconds) || seconds <= 0) return
      const ms = Math.round(seconds) * 1000
      run(ms, ms)
    },
    pause() {
      if (state.phase !== 'running') return
      stopTicking()
      set({ ...state, phase: 'paused', remainingMs: Math.max(0, endsAt - clock.now()) })
    },
    resume() {
      if (state.phase === 'paused') run(state.remainingMs, state.durationMs)
    },
    addMinute() {
      if (state.phase === 'running') {
        endsAt += 60_000
        set({
          ...state,
          durationMs: state.durationMs + 60_000,
          remainingMs: state.remainingMs + 60_000,
        })
      } else if (state.phase === 'paused') {
        set({
          ...state,
          durationMs: state.durationMs + 60_000,
          remainingMs: state.remainingMs + 60_000,
        })
      } else if (state.phase === 'finished') {
        run(60_000, 60_000)
      }
    },
    stop() {
      stopTicking()
      set({ ...state, phase: 'idle', remainingMs: 0 })
    },
    dispose() {
      stopTicking()
      listeners.clear()
    },
  }
}

/** "4:05", "12:00", "1:02:03": minutes and seconds, hours only when there are some. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/** "4 minutes 5 seconds", for screen readers. */
export function spokenClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000)
  const m = Math.floor(total / 60)
  const s = total % 60
  const parts = []
  if (m > 0) parts.push(`${m} ${m === 1 ? 'minute' : 'minutes'}`)
  if (s > 0 || m === 0) parts.push(`${s} ${s === 1 ? 'second' : 'seconds'}`)
  return parts.join(' ')
}

/**
 * A gentle two-note chime made with the Web Audio API: no audio file, nothing fetched. Does
 * nothing where audio is not available.
 */
export function playChime(context: AudioContext | null): void {
  if (!context) return
  try {
    if (context.state === 'suspended') void context.resume()
    const start = context.currentTime + 0.02
    ;[
      [659.25, 0],
      [880, 0.35],
    ].forEach(([frequency, delay]) => {
      const osc = context.createOscillator()
      const gain = context.createGain()
      osc.type = 'sine'
      osc.frequency.value = frequency as number
      const t = start + (delay as number)
      gain.gain.setValueAtTime(0, t)
      gain.gain.linearRampToValueAtTime(0.18, t + 0.04)
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.4)
      osc.connect(gain).connect(context.destination)
      osc.start(t)
      osc.stop(t + 1.5)
    })
  } catch {
    // No sound is better than a broken timer.
  }
}

/** An AudioContext made on a user gesture (so it may play later), or null without Web Audio. */
export function makeAudioContext(): AudioContext | null {
  try {
    const Ctor =
      window.AudioContext ??
      (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
    return Ctor ? new Ctor() : null
  } catch {
    return null
  }
}
