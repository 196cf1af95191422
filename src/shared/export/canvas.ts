// The board as a JSON Canvas 1.0 file (jsoncanvas.org), which Obsidian and other canvas tools
// open: a group node per stage column, a text node per note, in the board's own coordinates.
import type { JourneyDocument, NoteColor } from '../document/types'
import { deriveJourney } from '../journey'
import { nameOr } from './labels'

/** The spec's colour presets: 1 red, 2 orange, 3 yellow, 4 green, 5 cyan, 6 purple. */
const COLOR_PRESETS = {
  yellow: '3',
  pink: '1',
  blue: '5',
  green: '4',
  orange: '2',
  purple: '6',
  grey: null,
} as const satisfies Record<NoteColor, string | null>

export interface CanvasNode {
  readonly id: string
  readonly type: 'text' | 'group'
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly color?: string
  readonly text?: string
  readonly label?: string
}

export interface JsonCanvas {
  readonly nodes: readonly CanvasNode[]
  readonly edges: readonly []
}

/**
 * The board as JSON Canvas data. Nodes are listed in z-order as the spec asks: stage groups
 * first (a stage spans the lanes and every note whose centre it holds), then one text node per
 * note with its text as Markdown and, when it has them, its owner and deadline on a last line.
 * Positions and sizes are whole pixels; ids are the document's ids.
 */
export function jsonCanvasData(
  doc: Pick<JourneyDocument, 'board' | 'people' | 'departments' | 'metrics'>,
): JsonCanvas {
  const journey = deriveJourney(doc)
  const { notes, lanes } = doc.board
  const noteById = new Map(notes.map((n) => [n.id, n]))
  const nodes: CanvasNode[] = []
  for (const stage of journey.stages) {
    let top = Infinity
    let bottom = -Infinity
    for (const lane of lanes) {
      top = Math.min(top, lane.y)
      bottom = Math.max(bottom, lane.y + lane.height)
    }
    for (const step of stage.steps) {
      const note = noteById.get(step.noteId)
      if (!note) continue
      top = Math.min(top, note.y)
      bottom = Math.max(bottom, note.y + note.height)
    }
    if (!Number.isFinite(top)) [top, bottom] = [0, 400]
    const y = Math.floor(top) - 60
    nodes.push({
      id: stage.stage.id,
      type: 'group',
      x: Math.round(stage.stage.x),
      y,
      width: Math.max(1, Math.round(stage.stage.width)),
      height: Math.max(1, Math.ceil(bottom) + 20 - y),
      label: nameOr(stage.stage.name, 'Untitled stage'),
    })
  }
  const steps = new Map(
    [...journey.stages.flatMap((s) => s.steps), ...journey.unsorted].map((s) => [s.noteId, s]),
  )
  for (const note of notes) {
    const step = steps.get(note.id)
    const work = [step?.owner?.name, step?.deadline].filter((part) => part != null && part !== '')
    const color = COLOR_PRESETS[note.color]
    nodes.push({
      id: note.id,
      type: 'text',
      x: Math.round(note.x),
      y: Math.round(note.y),
      width: Math.max(1, Math.round(note.width)),
      height: Math.max(1, Math.round(note.height)),
      ...(color === null ? {} : { color }),
      text: work.length > 0 ? `${note.text}\n\n*${work.join(' · ')}*` : note.text,
    })
  }
  return { nodes, edges: [] }
}

/**
 * The board as the text of a `.canvas` file (JSON, tab-free two-space indent, final newline).
 *
 * @example
 *   JSON.parse(jsonCanvas(map)).nodes[0] // { id: 'stage_…', type: 'group', label: 'Awareness', … }
 */
export function jsonCanvas(
  doc: Pick<JourneyDocument, 'board' | 'people' | 'departments' | 'metrics'>,
): string {
  return `${JSON.stringify(jsonCanvasData(doc), null, 2)}\n`
}
