// The editor holds the open document and is the only way to change it: each change is an immer
// recipe run as one undoable step, and undo/redo replay the recorded patches.
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer'
import type { JourneyDocument } from '../document/types'

enablePatches()

export interface Editor {
  getState(): JourneyDocument
  /** Called after every change, undo and redo; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /**
   * Runs one user gesture as one undo step. A recipe that changes nothing records nothing.
   * With `joinAt`, the editor's revision() taken right after a step, the change joins that step
   * while nothing else has happened since: the second half of one gesture, such as naming the
   * stage just added, so that one Undo takes back both. Otherwise it is a step of its own.
   */
  run(label: string, recipe: (draft: Draft<JourneyDocument>) => void, options?: RunOptions): void
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
  /** The label of the step Undo would take back, for the menu ("Undo Add note"). */
  undoLabel(): string | null
  redoLabel(): string | null
  /** True when the document differs from what was last saved (or it was never saved). */
  isDirty(): boolean
  markSaved(): void
  /**
   * Replaces the document (open, restore) and forgets the history. `dirty` marks a document that
   * differs from any saved file, such as one restored from a recovery copy.
   */
  reset(doc: JourneyDocument, options?: { dirty?: boolean }): void
  /** Increases on every change; cheap to compare. */
  revision(): number
}

export interface RunOptions {
  readonly joinAt?: number
}

interface Step {
  readonly id: number
  readonly label: string
  readonly patches: Patch[]
  readonly inverse: Patch[]
}

/**
 * Creates an editor for a document.
 *
 * @example
 *   const editor = createEditor(createDocument('blank'))
 *   editor.run('Rename map', (doc) => { doc.title = 'Onboarding workshop' })
 *   editor.undo() // the title is back
 */
export function createEditor(
  initial: JourneyDocument,
  options: { dirty?: boolean; now?: () => Date } = {},
): Editor {
  const now = options.now ?? (() => new Date())
  let state = initial
  let done: Step[] = []
  let undone: Step[] = []
  let nextId = 1
  // The history position that matches the file on disk; -1 matches no position.
  let savedAt = options.dirty ? -1 : 0
  let revision = 0
  const listeners = new Set<() => void>()

  const position = () => done.at(-1)?.id ?? 0
  const changed = () => {
    revision++
    for (const listener of [...listeners]) listener()
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    run(label, recipe, options = {}) {
      const [next, patches, inverse] = produceWithPatches(state, (draft) => {
        recipe(draft)
      })
      if (patches.length === 0) return
      const stamped = produceWithPatches(next, (draft) => {
        draft.updatedAt = now().toISOString()
      })
      state = stamped[0]
      const joined = options.joinAt === revision ? done.pop() : undefined
      // A joined step takes a new id: a file saved between its two halves no longer matches it.
      done.push({
        id: nextId++,
        label: joined?.label ?? label,
        patches: [...(joined?.patches ?? []), ...patches, ...stamped[1]],
        inverse: [...stamped[2], ...inverse, ...(joined?.inverse ?? [])],
      })
      undone = []
      changed()
    },
    undo() {
      const step = done.pop()
      if (!step) return
      state = applyPatches(state, step.inverse)
      undone.push(step)
      changed()
    },
    redo() {
      const step = undone.pop()
      if (!step) return
      state = applyPatches(state, step.patches)
      done.push(step)
      changed()
    },
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
    undoLabel: () => done.at(-1)?.label ?? null,
    redoLabel: () => undone.at(-1)?.label ?? null,
    isDirty: () => savedAt !== position(),
    markSaved() {
      savedAt = position()
      changed()
    },
    reset(doc, resetOptions = {}) {
      state = doc
      done = []
      undone = []
      savedAt = resetOptions.dirty ? -1 : 0
      changed()
    },
    revision: () => revision,
  }
}
