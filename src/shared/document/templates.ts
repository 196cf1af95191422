// The maps a facilitator can start from. The Customer journey template lays out the grid of the
// method: seven stage columns across, five lanes down.
import { defaultSession } from './defaults'
import { newId } from './ids'
import { CURRENT_VERSION } from './migrations'
import { FORMAT, type JourneyDocument, type Lane, type NoteKind, type Stage } from './types'

export type TemplateId = 'blank' | 'customer-journey'

export interface Template {
  readonly id: TemplateId
  readonly label: string
  readonly description: string
}

export const TEMPLATES = [
  { id: 'blank', label: 'Blank', description: 'An empty board, for a freeform session.' },
  {
    id: 'customer-journey',
    label: 'Customer journey',
    description:
      'Seven stages from Awareness to Advocacy, with lanes for customer actions, touchpoints, pain points, ideas and tasks.',
  },
] as const satisfies readonly Template[]

/** Where the board's grid starts: lane headers sit left of it, stage headers above it. */
export const GRID_ORIGIN = { x: 200, y: 80 } as const
export const STAGE_WIDTH = 360
/** The room the lane headers take left of the grid, and the stage headers above it. */
export const LANE_HEADER_WIDTH = 196
export const STAGE_HEADER_HEIGHT = 76
export const LANE_HEIGHT = 220

const JOURNEY_STAGES = [
  'Awareness',
  'Evaluation',
  'Purchase',
  'Onboarding',
  'Adoption',
  'Renewal',
  'Advocacy',
]
const JOURNEY_LANES: readonly (readonly [string, NoteKind])[] = [
  ['Customer actions', 'customer-action'],
  ['Touchpoints', 'touchpoint'],
  ['Pain points', 'pain-point'],
  ['Ideas', 'idea'],
  ['Tasks', 'task'],
]

/**
 * A new, never-saved map.
 *
 * @example
 *   createDocument('customer-journey', { title: 'Onboarding workshop' }).board.stages.length // 7
 */
export function createDocument(
  template: TemplateId,
  options: { title?: string; now?: Date } = {},
): JourneyDocument {
  const stamp = (options.now ?? new Date()).toISOString()
  const journey = template === 'customer-journey'
  const stages: Stage[] = journey
    ? JOURNEY_STAGES.map((name, i) => ({
        id: newId('stage'),
        name,
        x: GRID_ORIGIN.x + i * STAGE_WIDTH,
        width: STAGE_WIDTH,
      }))
    : []
  const lanes: Lane[] = journey
    ? JOURNEY_LANES.map(([name, kind], i) => ({
        id: newId('lane'),
        name,
        kind,
        y: GRID_ORIGIN.y + i * LANE_HEIGHT,
        height: LANE_HEIGHT,
      }))
    : []
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    id: newId('map'),
    title: options.title ?? (journey ? 'Customer journey' : 'Untitled map'),
    createdAt: stamp,
    updatedAt: stamp,
    session: defaultSession(),
    people: [],
    departments: [],
    board: { stages, lanes, notes: [] },
    metrics: [],
    baselines: [],
  }
}
