import { describe, expect, it } from 'vitest'
import { createDocument, parseDocument, serializeDocument } from '../../../../src/shared/document'

describe('new maps', () => {
  it('the Customer journey template has the seven stages left to right and the five lanes top to bottom', () => {
    const map = createDocument('customer-journey')
    expect(map.board.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Evaluation',
      'Purchase',
      'Onboarding',
      'Adoption',
      'Renewal',
      'Advocacy',
    ])
    expect(map.board.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Customer actions', 'customer-action'],
      ['Touchpoints', 'touchpoint'],
      ['Pain points', 'pain-point'],
      ['Ideas', 'idea'],
      ['Tasks', 'task'],
    ])
    const xs = map.board.stages.map((s) => s.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    for (let i = 1; i < map.board.stages.length; i++) {
      const prev = map.board.stages[i - 1]!
      expect(map.board.stages[i]!.x).toBe(prev.x + prev.width)
    }
  })

  it('a blank map has no stages, lanes or notes, and both templates survive a save', () => {
    expect(createDocument('blank').board).toEqual({ stages: [], lanes: [], notes: [] })
    for (const template of ['blank', 'customer-journey'] as const) {
      const map = createDocument(template)
      const result = parseDocument(serializeDocument(map))
      expect(result.ok && result.document).toEqual(map)
    }
  })
})
