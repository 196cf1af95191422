import { describe, expect, it } from 'vitest'
import type { JourneyDocument } from '../../../../src/shared/document'
import { suggestStage } from '../../../../src/shared/journey'
import { note } from '../../helpers/boards'
import { workshopMap } from '../../helpers/workshop'

const map = workshopMap()
const stage = (name: string) => map.board.stages.find((s) => s.name === name)!
const nameOf = (doc: JourneyDocument, id: string | undefined) =>
  doc.board.stages.find((s) => s.id === id)?.name

describe('suggesting a stage for an unsorted note', () => {
  it('a note just right of the last column goes to that column', () => {
    const advocacy = stage('Advocacy')
    const beside = note({
      id: 'n',
      text: 'Case study with a happy customer',
      x: advocacy.x + advocacy.width - 10,
    })
    expect(suggestStage(beside, map)).toMatchObject({ stageId: advocacy.id, reason: 'nearest' })
  })

  it('a parked note far away goes to the column whose notes share its words', () => {
    const parked = note({
      id: 'n',
      text: 'Security questionnaire answered from the trust center',
      x: 6_000,
      y: 2_000,
    })
    const suggestion = suggestStage(parked, map)
    expect(nameOf(map, suggestion?.stageId)).toBe('Evaluation')
    expect(suggestion?.reason).toBe('shared-words')
    expect(suggestion?.sharedWords).toEqual(expect.arrayContaining(['security', 'questionnaire']))
  })

  it('when the words point nowhere clearly, the nearest column wins', () => {
    const parked = note({ id: 'n', text: 'Ask about the budget', x: 6_000 })
    expect(suggestStage(parked, map)).toMatchObject({
      stageId: stage('Advocacy').id,
      reason: 'nearest',
    })
  })

  it('a note already in a column is suggested that column', () => {
    const inside = note({ id: 'n', text: 'Security questionnaire', x: stage('Renewal').x + 20 })
    expect(suggestStage(inside, map)?.stageId).toBe(stage('Renewal').id)
  })

  it('a board without columns has nothing to suggest', () => {
    const blank = { ...map, board: { ...map.board, stages: [] } }
    expect(suggestStage(note({ id: 'n', text: 'Anything' }), blank)).toBeNull()
  })
})
