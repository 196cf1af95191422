// The timer's controls: presets, a custom length, pause, resume, +1 minute, stop and mute; and the
// large countdown shown on the board and in presentation mode, which flashes when time is up.
import { useId, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { setTimerDuration } from '../../../shared/commands/session'
import { useAnnounceControl } from '../board/controlsChanged'
import { useDocument } from '../map/useDocument'
import { formatClock, spokenClock } from './timer'
import type { TimerControls } from './useTimer'

const PRESETS = [3, 5, 10, 15] as const

export function TimerPanel({
  editor,
  controls,
  readOnly,
}: {
  editor: Editor
  controls: TimerControls
  readOnly: boolean
}) {
  const doc = useDocument(editor)
  const ids = useId()
  const saved = doc.session.timer.durationSeconds
  const [custom, setCustom] = useState(saved > 0 && saved % 60 === 0 ? String(saved / 60) : '')
  const [error, setError] = useState<string | null>(null)
  const { state, timer } = controls

  const start = (minutes: number) => {
    // Whole seconds: 0.001 min would round to a timebox of none.
    if (!Number.isFinite(minutes) || Math.round(minutes * 60) < 1 || minutes > 24 * 60) {
      setError(
        'Give the timebox a length between 1 second and 24 hours, in minutes (e.g. 7 or 2.5).',
      )
      return
    }
    setError(null)
    const seconds = Math.round(minutes * 60)
    // The length is remembered in the map; the ticking is not an edit.
    if (!readOnly && seconds !== saved) editor.run('Set timebox', setTimerDuration(seconds))
    controls.start(seconds)
  }

  return (
    <section className="fac-panel__section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="fac-panel__title">
        Timer
      </h2>
      <div className="timer-presets" role="group" aria-label="Timebox presets">
        {PRESETS.map((m) => (
          <button key={m} type="button" className="button button--small" onClick={() => start(m)}>
            {m} min
          </button>
        ))}
      </div>
      <form
        className="timer-custom"
        onSubmit={(event) => {
          event.preventDefault()
          start(Number(custom.replace(',', '.')))
        }}
      >
        <label className="field">
          <span className="field__label">Minutes</span>
          <input
            className="input input--compact input--number"
            inputMode="decimal"
            value={custom}
            aria-invalid={error !== null}
            onChange={(event) => setCustom(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--small button--primary">
          Start
        </button>
      </form>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="timer-controls" role="group" aria-label="Timer controls">
        {state.phase === 'running' && (
          <button type="button" className="button button--small" onClick={() => timer.pause()}>
            Pause
          </button>
        )}
        {state.phase === 'paused' && (
          <button type="button" className="button button--small" onClick={() => timer.resume()}>
            Resume
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          disabled={state.phase === 'idle'}
          onClick={() => timer.addMinute()}
        >
          +1 minute
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={state.phase === 'idle'}
          onClick={() => timer.stop()}
        >
          Stop
        </button>
      </div>
      <label className="fac-check">
        <input
          type="checkbox"
          checked={controls.muted}
          onChange={(event) => controls.setMuted(event.target.checked)}
        />
        Mute the chime
      </label>
    </section>
  )
}

/** The large countdown; null while no timer is set. */
export function TimerDisplay({
  controls,
  variant,
}: {
  controls: TimerControls
  variant: 'board' | 'presentation'
}) {
  const { state, timer } = controls
  useAnnounceControl(variant === 'board' && state.phase !== 'idle')
  if (state.phase === 'idle') return null
  const finished = state.phase === 'finished'
  const text = finished ? '0:00' : formatClock(state.remainingMs)
  return (
    <div
      // Over the board, it is one of the controls a fitted board and the selection toolbar keep
      // clear of.
      data-keep-clear={variant === 'board' ? true : undefined}
      className={`timer-display timer-display--${variant}${finished ? ' timer-display--done' : ''}${state.phase === 'paused' ? ' timer-display--paused' : ''}`}
      key={finished ? `done-${state.endings}` : 'running'}
    >
      <span
        className="timer-display__time"
        role="timer"
        aria-label={`Timer: ${finished ? 'time is up' : `${spokenClock(state.remainingMs)} left`}${state.phase === 'paused' ? ', paused' : ''}`}
      >
        {text}
      </span>
      {finished && <span className="timer-display__label">Time is up</span>}
      {state.phase === 'paused' && <span className="timer-display__label">Paused</span>}
      {variant === 'board' && (
        <span className="timer-display__buttons">
          {state.phase === 'running' && (
            <button type="button" className="timer-display__button" onClick={() => timer.pause()}>
              Pause timer
            </button>
          )}
          {state.phase === 'paused' && (
            <button type="button" className="timer-display__button" onClick={() => timer.resume()}>
              Resume timer
            </button>
          )}
          <button
            type="button"
            className="timer-display__button"
            aria-label="Add one minute"
            onClick={() => timer.addMinute()}
          >
            +1
          </button>
          <button
            type="button"
            className="timer-display__button"
            aria-label="Stop timer"
            onClick={() => timer.stop()}
          >
            ×
          </button>
        </span>
      )}
    </div>
  )
}

/** Says aloud when time is up (and nothing else), for screen readers and the tests. */
export function TimerAnnouncer({ controls }: { controls: TimerControls }) {
  const { state } = controls
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-label="Timer announcement"
    >
      {state.phase === 'finished' ? 'Time is up' : ''}
    </div>
  )
}
