// Stage columns and lanes by kind, for the places that handle either one (the canvas headers, the
// stages-and-lanes dialog): the same commands with the same shapes, and the noun their undo
// labels read with ("Rename stage", "Delete lane").
import type { JourneyDocument } from '../../document/types'
import { LANE_AXIS, smallestBandSize, STAGE_AXIS } from './bandCommands'
import { deleteLane, moveLane, renameLane, resizeLane } from './lanes'
import { deleteStage, moveStage, renameStage, resizeStage } from './stages'

export { MAX_TYPED_BAND_SIZE, parseBandSize } from './bandCommands'

export type BandKind = 'stage' | 'lane'

export const BAND_COMMANDS = {
  stage: {
    noun: 'stage',
    rename: renameStage,
    resize: resizeStage,
    /** The narrowest the column can be made (see `smallestBandSize`). */
    smallest: (doc: JourneyDocument, id: string) => smallestBandSize(doc, STAGE_AXIS, id),
    move: moveStage,
    remove: deleteStage,
  },
  lane: {
    noun: 'lane',
    rename: renameLane,
    resize: resizeLane,
    /** The shortest the lane can be made (see `smallestBandSize`). */
    smallest: (doc: JourneyDocument, id: string) => smallestBandSize(doc, LANE_AXIS, id),
    move: moveLane,
    remove: deleteLane,
  },
} as const
