// How long the journey core takes on big boards: deriving the journey and checking readiness on
// a 10,000-note Customer journey map, and proposing stages for 10,000 freeform notes in ten heaps
// and for 3,000 notes stuck in one heap.
import { bench, describe } from 'vitest'
import { checkReadiness, deriveJourney, proposeStages } from '../src/shared/journey'
import { heapBoard, largeMap } from '../tests/unit/helpers/boards'

const map = largeMap(10_000)
const journey = deriveJourney(map)
const heaps = heapBoard(10_000, 10)
const heap = heapBoard(3_000)

describe('10,000 notes', () => {
  bench('deriveJourney', () => {
    deriveJourney(map)
  })
  bench('checkReadiness (derives the journey too)', () => {
    checkReadiness(map, '2026-03-02')
  })
  bench('checkReadiness (journey given)', () => {
    checkReadiness(map, '2026-03-02', journey)
  })
  bench('proposeStages (ten heaps)', () => {
    proposeStages(heaps.board.notes)
  })
})

describe('3,000 notes in one heap', () => {
  bench('proposeStages', () => {
    proposeStages(heap.board.notes)
  })
})
