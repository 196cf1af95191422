// Keeps a recovery copy of the open map: written ~2 s after the last edit and at once when the
// window loses focus or is hidden, so a crash loses at most those seconds. While someone is
// typing or dragging, the copy waits for a pause (at most 10 s after the edit), and it is written
// out a slice of notes at a time, so a big map never stalls the hands on the keyboard.
import type { Editor } from '../../../shared/commands/editor'
import { serializeDocumentInSlices } from '../../../shared/document'
import type { FileRef, Host } from '../../../shared/host/host'

export const RECOVERY_DELAY_MS = 2000
/** The pause in typing, pointing and scrolling a pending copy waits for… */
export const RECOVERY_QUIET_MS = 1000
/** …but never longer than this after the first edit it holds. */
export const RECOVERY_MAX_WAIT_MS = 10_000

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const

interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>
}

/**
 * Lets input and drawing run between slices of the copy. A visible window posts each slice as a
 * background task (after input and frames); a hidden one, where the copy matters most, uses a
 * message channel, which is not throttled the way hidden windows throttle timers.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler
  if (document.visibilityState === 'visible' && typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'background' })
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

export type RecoveryStatus = 'none' | 'pending' | 'kept' | 'failed'

export interface RecoveryKeeper {
  /** Writes a pending copy now (before a risky step, on blur). */
  flush(): Promise<void>
  /** Drops the copy: after a successful save, or when the user closes without saving. */
  discard(): Promise<void>
  setFile(file: FileRef | null): void
  dispose(): void
}

export function keepRecovery(
  host: Host,
  editor: Editor,
  file: FileRef | null,
  onStatus: (status: RecoveryStatus) => void,
): RecoveryKeeper {
  let currentFile = file
  let timer: ReturnType<typeof setTimeout> | null = null
  let chain: Promise<void> = Promise.resolve()
  let disposed = false
  /** When the oldest edit not yet in a copy was made, and when the user last did anything. */
  let pendingSince: number | null = null
  let lastInput = Number.NEGATIVE_INFINITY

  const onInput = (event: Event) => {
    if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return
    lastInput = performance.now()
  }
  const schedule = (delay: number) => {
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(due, Math.max(0, delay))
  }
  /** The copy is due: write it, unless the user is busy and it may still wait. */
  const due = () => {
    timer = null
    const now = performance.now()
    const busy = now - lastInput < RECOVERY_QUIET_MS
    const waited = pendingSince === null ? 0 : now - pendingSince
    if (busy && waited < RECOVERY_MAX_WAIT_MS) {
      schedule(Math.min(lastInput + RECOVERY_QUIET_MS, now + RECOVERY_MAX_WAIT_MS - waited) - now)
      return
    }
    void write()
  }

  const enqueue = (step: () => Promise<void>): Promise<void> => {
    chain = chain.then(step, step)
    return chain
  }

  const write = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    pendingSince = null
    return enqueue(async () => {
      if (disposed || !editor.isDirty()) return
      const doc = editor.getState()
      try {
        const text = await serializeDocumentInSlices(doc, nextTask)
        await host.writeRecovery({
          documentId: doc.id,
          title: doc.title,
          file: currentFile,
          savedAt: Date.now(),
          text,
        })
        // An edit made while the copy was being written is not in it: that one is still pending.
        if (!disposed && editor.isDirty() && editor.getState() === doc) onStatus('kept')
      } catch {
        if (!disposed) onStatus('failed')
      }
    })
  }

  const unsubscribe = editor.subscribe(() => {
    if (!editor.isDirty()) return
    onStatus('pending')
    const now = performance.now()
    pendingSince ??= now
    // Two seconds after the last edit, and no later than the longest wait after the first.
    schedule(Math.min(RECOVERY_DELAY_MS, pendingSince + RECOVERY_MAX_WAIT_MS - now))
  })
  for (const type of INPUT_EVENTS) {
    window.addEventListener(type, onInput, { capture: true, passive: true })
  }
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void write()
  }
  const onBlur = () => void write()
  window.addEventListener('blur', onBlur)
  document.addEventListener('visibilitychange', onHidden)

  if (editor.isDirty()) void write()

  return {
    flush: write,
    discard() {
      if (timer !== null) clearTimeout(timer)
      timer = null
      pendingSince = null
      const id = editor.getState().id
      return enqueue(async () => {
        await host.discardRecovery(id).catch(() => undefined)
        if (!disposed) onStatus('none')
      })
    },
    setFile(next) {
      currentFile = next
    },
    dispose() {
      disposed = true
      if (timer !== null) clearTimeout(timer)
      unsubscribe()
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true })
      window.removeEventListener('blur', onBlur)
      document.removeEventListener('visibilitychange', onHidden)
    },
  }
}
