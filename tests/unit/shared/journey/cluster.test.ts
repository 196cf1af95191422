import { describe, expect, it } from 'vitest'
import type { Note } from '../../../../src/shared/document'
import {
  COLUMN_PADDING,
  headingScore,
  MAX_PROPOSALS,
  nameFromWords,
  proposeStages,
  stageOf,
} from '../../../../src/shared/journey'
import { freeformBoard, heapBoard, note } from '../../helpers/boards'

describe('structuring a freeform board', () => {
  const { doc, heaps } = freeformBoard()
  const proposals = proposeStages(doc.board.notes)

  it('recovers the five heaps as five stages, left to right', () => {
    expect(proposals).toHaveLength(5)
    proposals.forEach((proposal, i) => {
      expect([...proposal.noteIds].sort()).toEqual([...(heaps[i]?.noteIds ?? [])].sort())
    })
  })

  it('names each stage after its heading note, or after the words its notes share', () => {
    expect(proposals.map((p) => p.name)).toEqual([
      'FIRST CONTACT',
      'Signing the Contract',
      'Data import',
      'Training & Admin',
      'Renewal',
    ])
  })

  it('proposes columns that hold their notes, touch but never overlap, and need no moves', () => {
    const stages = proposals.map((p, i) => ({
      id: `stage_${i}`,
      name: p.name,
      x: p.x,
      width: p.width,
    }))
    for (let i = 0; i + 1 < stages.length; i++) {
      expect(stages[i]!.x + stages[i]!.width).toBe(stages[i + 1]!.x)
    }
    for (const proposal of proposals) {
      expect(proposal.dx).toBe(0)
      for (const id of proposal.noteIds) {
        const n = doc.board.notes.find((x) => x.id === id)!
        expect(stageOf(n, stages)?.name).toBe(proposal.name)
      }
    }
    const leftmost = Math.min(...doc.board.notes.map((n) => n.x))
    expect(proposals[0]?.x).toBe(Math.floor(leftmost - COLUMN_PADDING))
  })

  it('lists each stage’s notes in reading order, heading first', () => {
    expect(proposals[0]?.noteIds[0]).toBe(heaps[0]?.noteIds[0])
  })

  it('does not depend on the order the notes are listed in', () => {
    const reversed = proposeStages([...doc.board.notes].reverse())
    expect(reversed.map((p) => [p.name, [...p.noteIds].sort()])).toEqual(
      proposals.map((p) => [p.name, [...p.noteIds].sort()]),
    )
  })
})

describe('heaps above one another', () => {
  it('become separate columns, the lower heap moved right so the columns do not overlap', () => {
    const column = (prefix: string, top: number, texts: string[]): Note[] =>
      texts.map((text, i) =>
        note({
          id: `${prefix}_${i}`,
          text,
          x: 100 + (i % 2) * 180,
          y: top + Math.floor(i / 2) * 180,
        }),
      )
    const upper = column('pricing', 0, [
      'PRICING',
      'Pricing page hides the starting price',
      'Discounts differ by sales rep',
    ])
    const lower = column('support', 1_200, [
      'SUPPORT',
      'Tickets wait two days for a first answer',
      'Support macros are out of date',
    ])
    const proposals = proposeStages([...lower, ...upper])
    expect(proposals.map((p) => p.name)).toEqual(['PRICING', 'SUPPORT'])
    const [first, second] = proposals
    expect(first?.dx).toBe(0)
    expect(second!.x).toBeGreaterThanOrEqual(first!.x + first!.width)
    expect(second!.dx).toBe(second!.x - first!.x)
  })
})

describe('boards of every size', () => {
  it('an empty board gets no proposal', () => {
    expect(proposeStages([])).toEqual([])
  })

  it('a board with one note gets one stage around it', () => {
    const only = note({
      id: 'note_only',
      text: 'Kick-off came two weeks after signing',
      x: 400,
      y: 300,
    })
    const [proposal, ...rest] = proposeStages([only])
    expect(rest).toEqual([])
    expect(proposal).toMatchObject({ noteIds: ['note_only'], x: 380, width: 200, dx: 0 })
    expect(proposal?.name).toBe('Kick-off')
  })

  it('3,000 notes stuck in one heap become a single stage', () => {
    const wall = heapBoard(3_000)
    const proposals = proposeStages(wall.board.notes)
    expect(proposals).toHaveLength(1)
    expect(proposals[0]?.noteIds).toHaveLength(3_000)
    expect(proposals[0]?.name).not.toBe('')
  })

  it('10,000 notes in ten heaps become ten stages', () => {
    const wall = heapBoard(10_000, 10)
    const proposals = proposeStages(wall.board.notes)
    expect(proposals.map((p) => p.noteIds.length)).toEqual(Array(10).fill(1_000))
  })

  it('never proposes more than a wall can hold: far-apart notes merge into at most twelve stages', () => {
    const scattered = Array.from({ length: 40 }, (_, i) =>
      note({
        id: `note_${i}`,
        text: `Idea ${i}: a loyalty programme`,
        x: i * 1_000 + (i % 4) * 100,
        y: (i % 3) * 900,
      }),
    )
    const proposals = proposeStages(scattered)
    expect(proposals).toHaveLength(MAX_PROPOSALS)
    expect(proposals.flatMap((p) => p.noteIds)).toHaveLength(40)
  })

  it('a heap of empty notes is called Stage n', () => {
    const blank = [note({ id: 'a', x: 0 }), note({ id: 'b', x: 2_000 })]
    expect(proposeStages(blank).map((p) => p.name)).toEqual(['Stage 1', 'Stage 2'])
  })
})

describe('what reads like a heading', () => {
  it('scores ALL CAPS over Title Case over a couple of words, and sentences not at all', () => {
    expect(headingScore('FIRST CONTACT')).toBe(3)
    expect(headingScore('Signing the Contract')).toBe(2)
    expect(headingScore('Data import')).toBe(1)
    expect(headingScore('Legal review of the DPA takes three weeks')).toBe(0)
    expect(headingScore('Slow legal review.')).toBe(0)
    expect(headingScore('Why so slow?')).toBe(0)
    expect(headingScore('   ')).toBe(0)
  })

  it('names a heap after the words most of its notes share', () => {
    expect(
      nameFromWords([
        'Admins need training on pay bands',
        'Training videos are too long for admins',
        'Managers skip training',
      ]),
    ).toBe('Training & Admin')
    expect(nameFromWords(['', '42'])).toBeNull()
  })
})
