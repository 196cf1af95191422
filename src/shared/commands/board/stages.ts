// Commands on the stage columns: add, rename, resize, reorder and delete. A column's notes travel
// with it whenever it moves, so a note in Onboarding stays in Onboarding.
import { newId } from '../../document/ids'
import { GRID_ORIGIN, STAGE_WIDTH } from '../../document/templates'
import { produce } from 'immer'
import type { JourneyDocument, Note } from '../../document/types'
import { laneLocator, stageOf } from '../../journey/geometry'
import { coveredCount, tidyNotes } from './arrange'
import {
  deleteBand,
  insertBand,
  moveBand,
  renameBand,
  resizeBand,
  STAGE_AXIS,
} from './bandCommands'
import { usableName } from './bands'
import { noChange, type Recipe } from './recipe'

export { validateName } from './bands'
export { MIN_BAND_SIZE as MIN_STAGE_WIDTH } from './bandCommands'

/**
 * A new stage column, as wide as the template's, after `afterId` or at the right end. The columns
 * to its right and the notes in them move right by its width.
 *
 * @example
 *   const { recipe, id } = addStage(doc, { name: 'Support', afterId: onboarding.id })
 *   editor.run('Add stage', recipe)
 */
export function addStage(
  doc: JourneyDocument,
  input: { readonly name: string; readonly afterId?: string | null },
): { recipe: Recipe; id: string } {
  const id = newId('stage')
  const name = usableName(input.name, 'Untitled stage')
  const recipe = insertBand(
    doc,
    STAGE_AXIS,
    (x) => ({ id, name, x, width: STAGE_WIDTH }),
    input.afterId,
    GRID_ORIGIN.x,
  )
  return { recipe, id }
}

/** Renames a stage (trimmed). An empty name changes nothing: show `validateName(name)` instead. */
export function renameStage(id: string, name: string): Recipe {
  return renameBand(STAGE_AXIS, id, name)
}

/**
 * Sets a column's width (no less than 120, nor than its widest note needs); later columns and
 * their notes shift by the difference. A narrower column pulls in its notes that would stick out;
 * where that lays them over others in their cell, the cell's notes are tidied (rows as wide as
 * the column now holds, the lane grown if they need it), in the same undo step, rather than left
 * in a pile.
 */
export function resizeStage(doc: JourneyDocument, id: string, width: number): Recipe {
  const resize = resizeBand(doc, STAGE_AXIS, id, width)
  const before = doc.board.stages.find((s) => s.id === id)
  if (resize === noChange || !before || width >= before.width) return resize
  const after = produce(doc, resize)
  const stage = after.board.stages.find((s) => s.id === id)
  if (!stage) return resize
  // The column's notes by lane, as they were and as the narrower column leaves them.
  const laneOf = laneLocator(after.board.lanes)
  const cells = new Map<string, { was: Note[]; now: Note[] }>()
  const was = new Map(doc.board.notes.map((n) => [n.id, n]))
  for (const note of after.board.notes) {
    if (stageOf(note, after.board.stages) !== stage) continue
    const key = laneOf(note)?.id ?? ''
    const cell = cells.get(key) ?? { was: [], now: [] }
    cell.now.push(note)
    cell.was.push(was.get(note.id) ?? note)
    cells.set(key, cell)
  }
  const piled = [...cells.values()]
    .filter((cell) => coveredCount(cell.now) > coveredCount(cell.was))
    .flatMap((cell) => cell.now.map((n) => n.id))
  if (piled.length === 0) return resize
  const tidy = tidyNotes(after, piled)
  return (draft) => {
    resize(draft)
    tidy(draft)
  }
}

/**
 * Moves a column to position `toIndex` (0 is leftmost). The columns are laid out left to right
 * again in the new order; each column's notes travel with it.
 */
export function moveStage(doc: JourneyDocument, id: string, toIndex: number): Recipe {
  return moveBand(doc, STAGE_AXIS, id, toIndex)
}

/**
 * Removes a column and the metrics of that stage. Its notes stay on the board, now unsorted, and
 * the other columns do not move. Only the first column's notes move: left, clear of the lane names
 * that then sit beside the next column (see `deleteBand`).
 */
export function deleteStage(id: string): Recipe {
  const removeColumn = deleteBand(STAGE_AXIS, id)
  return (draft) => {
    removeColumn(draft)
    const metrics = draft.metrics.filter((metric) => metric.stageId !== id)
    if (metrics.length !== draft.metrics.length) draft.metrics = metrics
  }
}
