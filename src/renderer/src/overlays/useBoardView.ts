// React bindings for the board's view store: components subscribe to the one slice they show, so
// a pan frame re-renders only what follows the camera.
import { useSyncExternalStore } from 'react'
import type { BoardView, BoardViewState } from '../board/boardView'

/**
 * The part of the view state `select` picks. `select` must return a value that keeps its identity
 * while unchanged (a field of the state, not a new object), or the component re-renders forever.
 */
export function useViewSlice<T>(view: BoardView, select: (state: BoardViewState) => T): T {
  return useSyncExternalStore(view.subscribe, () => select(view.getState()))
}

export const selectSelection = (state: BoardViewState) => state.selection
export const selectEditing = (state: BoardViewState) => state.editing
export const selectCamera = (state: BoardViewState) => state.camera
export const selectViewport = (state: BoardViewState) => state.viewport
export const selectFocused = (state: BoardViewState) => state.focusedId
