// Hooks the journey views share: the derived journey (memoised per open map, never copied into
// state), today's date, and the board's selection.
import { useSyncExternalStore } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { JourneyDocument } from '../../../shared/document'
import { createJourneySelector, type Journey } from '../../../shared/journey'
import type { BoardView } from '../board/boardView'
import { selectSelection, useViewSlice } from '../overlays/useBoardView'

/** One selector per open map, shared by every view, so a change is derived once, not per view. */
const selectors = new WeakMap<Editor, (doc: JourneyDocument) => Journey>()

/** The journey of the open map; re-renders only when the board, people, departments or metrics change. */
export function useJourney(editor: Editor): Journey {
  let select = selectors.get(editor)
  if (!select) {
    select = createJourneySelector()
    selectors.set(editor, select)
  }
  const selectJourney = select
  return useSyncExternalStore(editor.subscribe, () => selectJourney(editor.getState()))
}

/** The selected notes' ids on the board. */
export function useSelection(view: BoardView): ReadonlySet<string> {
  return useViewSlice(view, selectSelection)
}

/** Today in the facilitator's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Selects one note on the board and puts keyboard focus on it, as a row click does. */
export function selectNote(view: BoardView, noteId: string): void {
  view.select([noteId])
  view.setFocused(noteId)
}
