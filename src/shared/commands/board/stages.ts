// Commands on the stage columns: add, rename, resize, reorder and delete. A column's notes travel
// with it whenever it moves, so a note in Onboarding stays in Onboarding.
import { newId } from '../../document/ids'
import { GRID_ORIGIN, STAGE_WIDTH } from '../../document/templates'
import type { JourneyDocument } from '../../document/types'
import { resizeTidily } from './arrange'
import { deleteBand, insertBand, moveBand, renameBand, STAGE_AXIS } from './bandCommands'
import { usableName } from './bands'
import { type Recipe } from './recipe'

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
  return resizeTidily(doc, STAGE_AXIS, id, width)
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
