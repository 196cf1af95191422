// Commands on the stage columns: add, rename, resize, reorder and delete. A column's notes travel
// with it whenever it moves, so a note in Onboarding stays in Onboarding.
import { newId } from '../../document/ids'
import { GRID_ORIGIN, STAGE_WIDTH } from '../../document/templates'
import type { JourneyDocument } from '../../document/types'
import {
  deleteBand,
  insertBand,
  moveBand,
  renameBand,
  resizeBand,
  STAGE_AXIS,
} from './bandCommands'
import { MAX_NAME_LENGTH, validateName } from './bands'
import type { Recipe } from './recipe'

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

/** Sets a column's width (at least 120); later columns and their notes shift by the difference. */
export function resizeStage(doc: JourneyDocument, id: string, width: number): Recipe {
  return resizeBand(doc, STAGE_AXIS, id, width)
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

/** The trimmed name, cut to the longest allowed, or `fallback` when nothing is left. */
export function usableName(name: string, fallback: string): string {
  const trimmed = name.trim().slice(0, MAX_NAME_LENGTH)
  return validateName(trimmed) === null ? trimmed : fallback
}
