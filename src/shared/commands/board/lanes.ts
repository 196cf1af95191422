// Commands on the lanes: add, rename, resize, reorder, delete, and set the kind a lane gives its
// notes. A lane's notes travel with it whenever it moves, so a pain point stays a pain point.
import { newId } from '../../document/ids'
import { GRID_ORIGIN, LANE_HEIGHT } from '../../document/templates'
import type { JourneyDocument, NoteKind } from '../../document/types'
import { resizeTidily } from './arrange'
import { deleteBand, insertBand, LANE_AXIS, moveBand, renameBand } from './bandCommands'
import { lanesOf, noChange, notesOf, type Recipe } from './recipe'
import { laneOf } from '../../journey/geometry'
import { usableName } from './bands'

export { MIN_BAND_SIZE as MIN_LANE_HEIGHT } from './bandCommands'

/**
 * A new lane, as tall as the template's, below `afterId` or at the bottom. The lanes below it and
 * the notes in them move down by its height.
 *
 * @example
 *   const { recipe } = addLane(doc, { name: 'Evidence', kind: 'evidence', afterId: painPoints.id })
 */
export function addLane(
  doc: JourneyDocument,
  input: { readonly name: string; readonly kind: NoteKind; readonly afterId?: string | null },
): { recipe: Recipe; id: string } {
  const id = newId('lane')
  const name = usableName(input.name, 'Untitled lane')
  const recipe = insertBand(
    doc,
    LANE_AXIS,
    (y) => ({ id, name, kind: input.kind, y, height: LANE_HEIGHT }),
    input.afterId,
    GRID_ORIGIN.y,
  )
  return { recipe, id }
}

/** Renames a lane (trimmed). An empty name changes nothing: show `validateName(name, 'lane')`. */
export function renameLane(id: string, name: string): Recipe {
  return renameBand(LANE_AXIS, id, name)
}

/**
 * Sets a lane's height: no less than 120, nor than its notes need (its tallest note, and the rows
 * Tidy makes of the fullest cell: see `smallestBandSize`). The lanes below and their notes shift
 * by the difference. A shorter lane pulls up its notes that would stick out; where that lays them
 * over others in their cell, the cell's notes are tidied, in the same undo step.
 */
export function resizeLane(doc: JourneyDocument, id: string, height: number): Recipe {
  return resizeTidily(doc, LANE_AXIS, id, height)
}

/** Moves a lane to position `toIndex` (0 is top); lanes are stacked again, notes travel along. */
export function moveLane(doc: JourneyDocument, id: string, toIndex: number): Recipe {
  return moveBand(doc, LANE_AXIS, id, toIndex)
}

/**
 * Removes a lane; its notes stay on the board and keep the kind the lane gave them (a touchpoint
 * stays a touchpoint), now as their own. Only the top lane's notes move: up, clear of the stage
 * names that then sit above the next lane (see `deleteBand`).
 */
export function deleteLane(id: string): Recipe {
  const removeLane = deleteBand(LANE_AXIS, id)
  return (draft) => {
    const lanes = lanesOf(draft)
    const lane = lanes.find((candidate) => candidate.id === id)
    if (lane) {
      notesOf(draft).forEach((note, i) => {
        const held = note.kind !== lane.kind && laneOf(note, lanes)?.id === id
        if (held && draft.board.notes[i]) draft.board.notes[i].kind = lane.kind
      })
    }
    removeLane(draft)
  }
}

/** Sets what the lane holds, and so the kind of every note in it. */
export function setLaneKind(id: string, kind: NoteKind): Recipe {
  if (!id) return noChange
  return (draft) => {
    const lane = draft.board.lanes.find((candidate) => candidate.id === id)
    if (lane) lane.kind = kind
  }
}
