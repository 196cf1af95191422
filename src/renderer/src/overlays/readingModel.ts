// The board in reading order, with each note's place ("Onboarding, Pain points"), computed once
// per version of the board and shared by the outline and Find.
import type { Board, Note } from '../../../shared/document'
import { laneLocator, stageLocator } from '../../../shared/journey'
import { readingOrder } from '../map/geometry'

export interface PlacedNote {
  readonly note: Note
  /** Its stage and lane ("Onboarding, Pain points"), or "unsorted". */
  readonly place: string
}

const cache = new WeakMap<Board, readonly PlacedNote[]>()

/** The notes of `board` in reading order, with their places. */
export function placedNotes(board: Board): readonly PlacedNote[] {
  let placed = cache.get(board)
  if (!placed) {
    // The same rule as the journey and the exports (src/shared/journey/geometry.ts).
    const stageOf = stageLocator(board.stages)
    const laneOf = laneLocator(board.lanes)
    placed = readingOrder(board).map((note) => {
      const stage = stageOf(note)
      const lane = laneOf(note)
      const place = [stage?.name, lane?.name].filter(Boolean).join(', ')
      return { note, place: place || 'unsorted' }
    })
    cache.set(board, placed)
  }
  return placed
}
