// JSON Canvas 1.0 (https://jsoncanvas.org) files, as written by Obsidian and other whiteboards:
// text nodes become notes where they were, groups become stage columns, and everything else is
// reported rather than silently lost.
import type { NoteColor, SourceKind } from '../document/types'
import type { EvidenceInput } from './evidence'
import { cleanText } from './evidence'

export interface CanvasStage {
  readonly name: string
  readonly x: number
  readonly width: number
}

export interface CanvasImport {
  readonly notes: EvidenceInput[]
  readonly stages: CanvasStage[]
  /** What was not imported, or imported only in part, one sentence each. */
  readonly problems: string[]
}

// Canvas colours "1"–"6": red, orange, yellow, green, cyan, purple.
const PRESET_COLORS: Record<string, NoteColor> = {
  '1': 'pink',
  '2': 'orange',
  '3': 'yellow',
  '4': 'green',
  '5': 'blue',
  '6': 'purple',
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback

/**
 * The notes and stage columns of a JSON Canvas file, in the canvas's own coordinates. Text nodes
 * (and nodes of any other type that carry a `text`) become notes with their position and size;
 * group nodes become stages (their label, x and width); file and link nodes, nodes of unknown
 * types without text, and edges are reported with their ids.
 *
 * @example
 *   parseJsonCanvas('{"nodes":[{"id":"a","type":"text","text":"Hi","x":0,"y":0,"width":200,"height":100}]}')
 *   // { notes: [{ text: 'Hi', x: 0, y: 0, width: 200, height: 100, ... }], stages: [], problems: [] }
 */
export function parseJsonCanvas(
  text: string,
  options: { readonly sourceKind?: SourceKind; readonly reference?: string } = {},
): CanvasImport {
  const notes: EvidenceInput[] = []
  const stages: CanvasStage[] = []
  const problems: string[] = []
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      notes,
      stages,
      problems: [`This is not a JSON Canvas file: the JSON does not read (${reason}).`],
    }
  }
  if (!isObject(data) || (!Array.isArray(data.nodes) && data.nodes !== undefined)) {
    return { notes, stages, problems: ['This is not a JSON Canvas file: it has no list of nodes.'] }
  }
  const nodes: unknown[] = Array.isArray(data.nodes) ? data.nodes : []
  const kind = options.sourceKind ?? 'workshop'
  const prefix = options.reference ? `${options.reference}, ` : ''
  const skipped = { file: [] as string[], link: [] as string[] }
  nodes.forEach((node, i) => {
    if (!isObject(node)) {
      problems.push(`Node ${i + 1} is not an object; it was skipped.`)
      return
    }
    const id = typeof node.id === 'string' && node.id !== '' ? node.id : `#${i + 1}`
    const type = typeof node.type === 'string' ? node.type : ''
    const x = num(node.x, 0)
    const y = num(node.y, 0)
    const width = Math.max(40, num(node.width, 160))
    const height = Math.max(40, num(node.height, 160))
    if (type === 'group') {
      const label = typeof node.label === 'string' ? node.label.trim() : ''
      stages.push({ name: label || `Group ${stages.length + 1}`, x, width })
      return
    }
    const body = typeof node.text === 'string' ? cleanText(node.text) : ''
    if (type === 'file' || type === 'link') {
      const what = type === 'file' ? String(node.file ?? '') : String(node.url ?? '')
      skipped[type].push(what ? `${id} (${what})` : id)
      return
    }
    if (type !== 'text') {
      problems.push(
        body !== ''
          ? `Node ${id} has an unknown type "${type || 'none'}"; its text was kept as a note.`
          : `Node ${id} has an unknown type "${type || 'none'}" and no text; it was skipped.`,
      )
      if (body === '') return
    }
    if (body === '' && type === 'text') {
      problems.push(`Text node ${id} is empty; it was skipped.`)
      return
    }
    const color = typeof node.color === 'string' ? PRESET_COLORS[node.color] : undefined
    notes.push({
      text: body,
      source: { kind, reference: `${prefix}node ${id}` },
      tags: [],
      x,
      y,
      width,
      height,
      ...(color ? { color } : {}),
      kind: null,
    })
  })
  if (skipped.file.length > 0)
    problems.push(
      `${plural(skipped.file.length, 'file node')} skipped: ${skipped.file.join(', ')}.`,
    )
  if (skipped.link.length > 0)
    problems.push(
      `${plural(skipped.link.length, 'link node')} skipped: ${skipped.link.join(', ')}.`,
    )
  const edges = Array.isArray(data.edges) ? data.edges.length : 0
  if (edges > 0)
    problems.push(`${plural(edges, 'edge')} (arrows) not imported: the board has no arrows.`)
  return { notes, stages, problems }
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`
}
