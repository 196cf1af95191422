import { describe, expect, it } from 'vitest'
import type { Lane, Stage } from '../../../../src/shared/document'
import {
  assignStages,
  indexSpans,
  kindOf,
  laneOf,
  spanAt,
  stageLocator,
  stageOf,
} from '../../../../src/shared/journey'
import { heapBoard, largeMap, note, seeded } from '../../helpers/boards'
import { workshopMap } from '../../helpers/workshop'

const stage = (id: string, name: string, x: number, width = 360): Stage => ({ id, name, x, width })
const columns = [
  stage('stage_purchase', 'Purchase', 200),
  stage('stage_onboarding', 'Onboarding', 560),
  stage('stage_adoption', 'Adoption', 920),
]

describe('which stage a note is in', () => {
  it('a note whose centre lies in the Onboarding column is in Onboarding', () => {
    const kickoff = note({ id: 'n', text: 'Kick-off call with the CSM', x: 600, y: 100 })
    expect(stageOf(kickoff, columns)?.name).toBe('Onboarding')
  })

  it('the centre decides, not the corner: a note hanging over the border goes where most of it is', () => {
    // Left edge in Purchase (x 500), centre in Onboarding (x 580).
    const overhanging = note({ id: 'n', text: 'Welcome email', x: 500, width: 160 })
    expect(stageOf(overhanging, columns)?.name).toBe('Onboarding')
  })

  it('a note exactly on the border of two columns belongs to the right-hand one only', () => {
    const onBorder = note({ id: 'n', text: 'Signature email', x: 560 - 80, width: 160 })
    expect(stageOf(onBorder, columns)?.name).toBe('Onboarding')
    expect(stageOf({ ...onBorder, x: onBorder.x - 0.001 }, columns)?.name).toBe('Purchase')
    // The same answer whichever order the columns are listed in.
    expect(stageOf(onBorder, [...columns].reverse())?.name).toBe('Onboarding')
  })

  it('a note right of the last column or left of the first is unsorted', () => {
    expect(stageOf(note({ id: 'a', x: 1280, width: 160 }), columns)).toBeNull()
    expect(stageOf(note({ id: 'b', x: 20, width: 160 }), columns)).toBeNull()
    expect(stageOf(note({ id: 'c', x: 1199, width: 160 }), columns)?.name).toBe('Adoption')
  })

  it('where columns overlap, the column whose centre is nearest the note wins', () => {
    const wide = stage('stage_wide', 'Onboarding', 200, 800) // centre 600
    const narrow = stage('stage_narrow', 'Kick-off', 700, 200) // centre 800
    const nearKickoff = note({ id: 'n', x: 700, width: 160 }) // centre 780
    const nearMiddle = note({ id: 'm', x: 560, width: 160 }) // centre 640
    expect(stageOf(nearKickoff, [wide, narrow])?.name).toBe('Kick-off')
    expect(stageOf(nearMiddle, [wide, narrow])?.name).toBe('Onboarding')
  })

  it('overlapping columns with the same centre go to the earlier column in the list', () => {
    const a = stage('stage_a', 'Onboarding', 400, 400)
    const b = stage('stage_b', 'Setup', 500, 200)
    const centred = note({ id: 'n', x: 520, width: 160 })
    expect(stageOf(centred, [a, b])?.name).toBe('Onboarding')
    expect(stageOf(centred, [b, a])?.name).toBe('Setup')
  })

  it('columns of no width hold no notes', () => {
    const empty = stage('stage_empty', 'Removed', 600, 0)
    expect(stageOf(note({ id: 'n', x: 520, width: 160 }), [empty])).toBeNull()
  })

  it('assignStages gives the same answer as stageOf for every note, borders and overlaps included', () => {
    const random = seeded(7)
    const messy: Stage[] = Array.from({ length: 12 }, (_, i) =>
      stage(`stage_${i}`, `Stage ${i}`, Math.round(random() * 3000), Math.round(random() * 600)),
    )
    const board = heapBoard(2_000, 4, 2_500)
    const onBorders = messy.map((s, i) => note({ id: `border_${i}`, x: s.x - 80, width: 160 }))
    const notes = [...board.board.notes, ...onBorders]
    const assigned = assignStages({ notes, stages: messy })
    const locate = stageLocator(messy)
    for (const n of notes) {
      expect(assigned.get(n.id)).toBe(stageOf(n, messy)?.id ?? null)
      expect(locate(n)).toBe(stageOf(n, messy))
    }
  })

  it('every note of a 10,000-note map gets a stage or is unsorted', () => {
    const map = largeMap()
    const assigned = assignStages(map.board)
    expect(assigned.size).toBe(10_000)
    expect([...assigned.values()].filter((id) => id === null)).toHaveLength(100)
  })
})

describe('spans', () => {
  it('spanAt and the index agree, and both treat spans as half-open', () => {
    const spans = [
      [0, 100],
      [100, 100],
      [150, 200],
    ] as const
    const index = indexSpans(spans)
    for (const point of [-1, 0, 50, 99.999, 100, 149, 150, 199, 200, 250, 349.999, 350, NaN]) {
      expect(index.find(point)).toBe(spanAt(spans, point))
    }
    expect(spanAt(spans, 100)).toBe(1)
    expect(spanAt(spans, 350)).toBe(-1)
    expect(spanAt(spans, NaN)).toBe(-1)
  })
})

describe('which lane a note is in, and what it is', () => {
  const map = workshopMap()
  const lanes = map.board.lanes

  it('a note in the Pain points lane is a pain point', () => {
    const painLane = lanes.find((l) => l.name === 'Pain points') as Lane
    const painful = note({ id: 'n', text: 'Invoice in the wrong currency', y: painLane.y + 20 })
    expect(laneOf(painful, lanes)?.name).toBe('Pain points')
    expect(kindOf(painful, laneOf(painful, lanes))).toBe('pain-point')
  })

  it('the lane decides over the note’s own kind', () => {
    const taskLane = lanes.find((l) => l.kind === 'task') as Lane
    const idea = note({ id: 'n', kind: 'idea', y: taskLane.y })
    expect(kindOf(idea, laneOf(idea, lanes))).toBe('task')
  })

  it('a note in no lane keeps its own kind, else it is "other"', () => {
    const below = note({ id: 'n', kind: 'idea', y: 5_000 })
    expect(laneOf(below, lanes)).toBeNull()
    expect(kindOf(below, null)).toBe('idea')
    expect(kindOf({ ...below, kind: null }, null)).toBe('other')
  })
})
