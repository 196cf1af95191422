import { describe, expect, it } from 'vitest'
import { createDocument, type Note } from '../../../../src/shared/document'
import { defaultNote } from '../../../../src/shared/document/defaults'
import { readingOrder } from '../../../../src/renderer/src/map/geometry'

const { board } = createDocument('customer-journey')
const [awareness, evaluation] = board.stages
const [actions, touchpoints] = board.lanes

function at(text: string, x: number, y: number): Note {
  return { ...defaultNote(new Date('2026-03-02T10:00:00Z')), id: text, text, x, y }
}

const order = (notes: Note[]) => readingOrder({ ...board, notes }).map((n) => n.text)

describe('the outline’s reading order', () => {
  it('reads lane by lane, stage by stage', () => {
    expect(
      order([
        at('Demo call', evaluation!.x + 20, touchpoints!.y + 20),
        at('Books a demo', evaluation!.x + 20, actions!.y + 20),
        at('Sees an ad', awareness!.x + 20, touchpoints!.y + 20),
        at('Reads a post', awareness!.x + 20, actions!.y + 20),
        at('Parked', -2000, -2000),
      ]),
    ).toEqual(['Reads a post', 'Books a demo', 'Sees an ad', 'Demo call', 'Parked'])
  })

  it('reads notes side by side in a cell left to right, though one sits a unit higher', () => {
    expect(
      order([
        at('Right, a unit higher', awareness!.x + 190, actions!.y + 16),
        at('Left', awareness!.x + 14, actions!.y + 17),
        at('Below', awareness!.x + 14, actions!.y + 200),
      ]),
    ).toEqual(['Left', 'Right, a unit higher', 'Below'])
  })
})
