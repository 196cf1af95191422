// Hooks that read the open document from the editor; components select, they never copy.
import { useSyncExternalStore } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { JourneyDocument } from '../../../shared/document'

export function useDocument(editor: Editor): JourneyDocument {
  return useSyncExternalStore(editor.subscribe, editor.getState)
}

/** Re-renders on every change; read isDirty/canUndo/canRedo from the editor after calling it. */
export function useRevision(editor: Editor): number {
  return useSyncExternalStore(editor.subscribe, editor.revision)
}
