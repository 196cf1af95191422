// How long Ctrl+D takes on the generated 10,000-note workshop board: one note in each of the 35
// cells (each copied into its cell, the lanes growing), and every note at once (Ctrl+A, Ctrl+D).
import { bench, describe } from 'vitest'
import { createEditor } from '../src/shared/commands/editor'
import { duplicateNotes } from '../src/shared/commands/board'
import { parseDocument } from '../src/shared/document'
import { stageLocator, laneLocator } from '../src/shared/journey/geometry'
import { journeyBoard } from './board/generate'

const parsed = parseDocument(journeyBoard(10_000).text)
if (!parsed.ok) throw new Error('The generated board does not open')
const map = parsed.document
const stageAt = stageLocator(map.board.stages)
const laneAt = laneLocator(map.board.lanes)
const perCell = new Map<string, string>()
for (const note of map.board.notes) {
  const stage = stageAt(note)
  const lane = laneAt(note)
  if (stage && lane)
    perCell.set(`${stage.id} ${lane.id}`, perCell.get(`${stage.id} ${lane.id}`) ?? note.id)
}
const oneEach = [...perCell.values()]
const every = map.board.notes.map((note) => note.id)

describe('duplicating notes on a 10,000-note board (Ctrl+D)', () => {
  bench(`one note in each of the ${oneEach.length} cells + editor.run`, () => {
    createEditor(map).run('Duplicate notes', duplicateNotes(oneEach).recipe)
  })
  bench('every note (Ctrl+A) + editor.run', () => {
    createEditor(map).run('Duplicate notes', duplicateNotes(every).recipe)
  })
})
