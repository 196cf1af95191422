// Keeps a recovery copy of the open map: written ~2 s after the last edit and at once when the
// window loses focus or is hidden, so a crash loses at most those two seconds. The copy is written
// out a slice of notes at a time, so a big map never freezes the page while people type.
import type { Editor } from '../../../shared/commands/editor'
import { serializeDocumentInSlices } from '../../../shared/document'
import type { FileRef, Host } from '../../../shared/host/host'

export const RECOVERY_DELAY_MS = 2000

/**
 * Lets input and drawing run between slices of the copy: a new task, posted through a message
 * channel because a hidden window (where the copy matters most) throttles timers to one a second.
 */
function nextTask(): Promise<void> {
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

  const enqueue = (step: () => Promise<void>): Promise<void> => {
    chain = chain.then(step, step)
    return chain
  }

  const write = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer)
    timer = null
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
        if (!disposed && editor.isDirty()) onStatus('kept')
      } catch {
        if (!disposed) onStatus('failed')
      }
    })
  }

  const unsubscribe = editor.subscribe(() => {
    if (!editor.isDirty()) return
    onStatus('pending')
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => void write(), RECOVERY_DELAY_MS)
  })
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
      window.removeEventListener('blur', onBlur)
      document.removeEventListener('visibilitychange', onHidden)
    },
  }
}
