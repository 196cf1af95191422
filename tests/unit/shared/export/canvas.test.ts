import { describe, expect, test } from 'vitest'
import { jsonCanvas } from '../../../../src/shared/export'
import { largeMap } from '../../helpers/boards'
import { emptyJourneyMap, goPackMap, hostileMap, LONG, noStagesMap } from './maps'

const NODE_TYPES = ['text', 'file', 'link', 'group']

/**
 * Checks a .canvas file against the JSON Canvas 1.0 spec (jsoncanvas.org/spec/1.0): a `nodes` and
 * an `edges` array; every node has a unique string id, a type, and integer x, y, width and
 * height; text nodes have text, file nodes file, link nodes url; a group's label is a string;
 * colours are a preset "1"–"6" or a hex colour; edges name nodes that exist.
 */
function checkCanvas(text: string): {
  nodes: Record<string, unknown>[]
  edges: Record<string, unknown>[]
} {
  const data = JSON.parse(text)
  expect(Array.isArray(data.nodes)).toBe(true)
  expect(Array.isArray(data.edges)).toBe(true)
  const ids = new Set<string>()
  for (const node of data.nodes) {
    expect(typeof node.id).toBe('string')
    expect(ids.has(node.id)).toBe(false)
    ids.add(node.id)
    expect(NODE_TYPES).toContain(node.type)
    for (const key of ['x', 'y', 'width', 'height']) expect(Number.isInteger(node[key])).toBe(true)
    if (node.type === 'text') expect(typeof node.text).toBe('string')
    if (node.type === 'group' && 'label' in node) expect(typeof node.label).toBe('string')
    if ('color' in node) expect(node.color).toMatch(/^([1-6]|#[0-9a-fA-F]{6})$/)
  }
  for (const edge of data.edges) {
    expect(ids.has(edge.fromNode)).toBe(true)
    expect(ids.has(edge.toNode)).toBe(true)
  }
  return data
}

describe('the board as JSON Canvas', () => {
  test('a group per stage, first; a text node per note, with position, size and colour preset', () => {
    const map = goPackMap()
    const { nodes } = checkCanvas(jsonCanvas(map))
    const groups = nodes.filter((n) => n.type === 'group')
    expect(groups.map((g) => g.label)).toEqual(map.board.stages.map((s) => s.name))
    expect(nodes.slice(0, groups.length)).toEqual(groups)
    const texts = nodes.filter((n) => n.type === 'text')
    expect(texts).toHaveLength(map.board.notes.length)
    const first = map.board.notes[0]
    expect(texts[0]).toMatchObject({
      id: first?.id,
      x: first?.x,
      y: first?.y,
      width: first?.width,
      height: first?.height,
      color: '3',
      text: first?.text,
    })
  })

  test('each stage group contains the centres of its notes', () => {
    const map = goPackMap()
    const { nodes } = checkCanvas(jsonCanvas(map))
    const stage = nodes.find((n) => n.label === 'Onboarding') as {
      x: number
      y: number
      width: number
      height: number
    }
    const onboarding = map.board.stages.find((s) => s.name === 'Onboarding')
    const inside = map.board.notes.filter(
      (n) =>
        n.x + n.width / 2 >= (onboarding?.x ?? 0) &&
        n.x + n.width / 2 < (onboarding?.x ?? 0) + (onboarding?.width ?? 0),
    )
    expect(inside.length).toBeGreaterThan(0)
    for (const note of inside) {
      const [cx, cy] = [note.x + note.width / 2, note.y + note.height / 2]
      expect(cx).toBeGreaterThanOrEqual(stage.x)
      expect(cx).toBeLessThanOrEqual(stage.x + stage.width)
      expect(cy).toBeGreaterThanOrEqual(stage.y)
      expect(cy).toBeLessThanOrEqual(stage.y + stage.height)
    }
  })

  test('tasks carry their owner and deadline under the text', () => {
    const { nodes } = checkCanvas(jsonCanvas(goPackMap()))
    expect(nodes.find((n) => String(n.text).startsWith('Show starting prices'))?.text).toBe(
      'Show starting prices on the pricing page\n\n*Lee Chen · 2026-12-15*',
    )
  })

  test('hostile text stays text, long text whole; no stages and no notes give valid files', () => {
    const { nodes } = checkCanvas(jsonCanvas(hostileMap()))
    expect(nodes.some((n) => String(n.text).startsWith(LONG))).toBe(true)
    expect(nodes.find((n) => n.type === 'group')?.label).toBe(
      '<script>alert("pwned")</script> Awareness',
    )
    expect(checkCanvas(jsonCanvas(noStagesMap())).nodes.map((n) => n.type)).toEqual([
      'text',
      'text',
    ])
    expect(checkCanvas(jsonCanvas(emptyJourneyMap())).nodes.map((n) => n.type)).toEqual(
      Array(7).fill('group'),
    )
  })

  test('5,000 notes make 5,000 text nodes', () => {
    const { nodes } = checkCanvas(jsonCanvas(largeMap(5_000)))
    expect(nodes.filter((n) => n.type === 'text')).toHaveLength(5_000)
  })
})
