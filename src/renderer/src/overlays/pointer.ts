// Where the pointer is over the canvas (not over a panel lying on it), in board-element pixels:
// N writes a note there and a paste lands there. Kept out of React state: it changes every move.
import type { Point } from '../board/boardView'

export interface PointerTracker {
  at(): Point | null
  track(event: { target: EventTarget | null; clientX: number; clientY: number }): void
  clear(): void
}

export function createPointerTracker(): PointerTracker {
  let at: Point | null = null
  return {
    at: () => at,
    track(event) {
      const canvas =
        event.target instanceof Element ? event.target.closest('.konvajs-content') : null
      const board = canvas?.closest('.board')
      if (!board) {
        at = null
        return
      }
      const box = board.getBoundingClientRect()
      at = { x: event.clientX - box.left, y: event.clientY - box.top }
    },
    clear() {
      at = null
    },
  }
}
