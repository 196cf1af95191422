import { describe, expect, it } from 'vitest'
import {
  addNote,
  alignNotes,
  coveredCount,
  tidyNotes,
} from '../../../../../src/shared/commands/board'
import type { Editor } from '../../../../../src/shared/commands/editor'
import { lane, laneName, NOW, note, overlap, stage, stageName, workshop } from './fixtures'

function put(editor: Editor, x: number, y: number, text: string, size = 160): string {
  const { recipe, id } = addNote({ x, y, text, width: size, height: size, now: NOW })
  editor.run('Add note', recipe)
  return id
}

/** Off the grid, where a note's place means nothing but where it is. */
const OFF = -8000

describe('align and distribute', () => {
  it('align left lines the notes up on the leftmost edge in one undo step', () => {
    const editor = workshop()
    const ids = [
      put(editor, OFF + 300, OFF, 'Sees ad'),
      put(editor, OFF + 340, OFF + 300, 'Reads review'),
    ]
    editor.run('Align left', alignNotes(ids, 'left'))
    expect(ids.map((id) => note(editor.getState(), id).x)).toEqual([OFF + 300, OFF + 300])
    editor.undo()
    expect(note(editor.getState(), ids[1]!).x).toBe(OFF + 340)
  })

  it('right, top, bottom and the centres line up on the bounding box', () => {
    const editor = workshop()
    const a = put(editor, OFF, OFF, 'Calls sales', 100)
    const b = put(editor, OFF + 300, OFF + 200, 'Gets a quote', 200)
    const pos = () => [note(editor.getState(), a), note(editor.getState(), b)]
    editor.run('Align', alignNotes([a, b], 'right'))
    expect(pos().map((n) => n.x + n.width)).toEqual([OFF + 500, OFF + 500])
    editor.run('Align', alignNotes([a, b], 'bottom'))
    expect(pos().map((n) => n.y + n.height)).toEqual([OFF + 400, OFF + 400])
    editor.run('Align', alignNotes([a, b], 'centre-x'))
    expect(pos().map((n) => n.x + n.width / 2)).toEqual([OFF + 400, OFF + 400])
    editor.run('Align', alignNotes([a, b], 'top'))
    expect(pos().map((n) => n.y)).toEqual([OFF + 200, OFF + 200])
    editor.run('Align', alignNotes([a, b], 'centre-y'))
    expect(pos().map((n) => n.y + n.height / 2)).toEqual([OFF + 300, OFF + 300])
  })

  it('distribute spaces three notes with equal gaps and keeps the outer ones', () => {
    const editor = workshop()
    const ids = [
      put(editor, OFF, OFF, 'A'),
      put(editor, OFF + 170, OFF, 'B'),
      put(editor, OFF + 1000, OFF, 'C'),
    ]
    editor.run('Distribute', alignNotes(ids, 'distribute-x'))
    expect(ids.map((id) => note(editor.getState(), id).x)).toEqual([OFF, OFF + 500, OFF + 1000])
  })

  it('on the grid, notes line up within their own stage column or lane: none changes stage or lane', () => {
    const editor = workshop()
    const doc = editor.getState()
    const [awareness, evaluation] = [stage(doc, 'Awareness'), stage(doc, 'Evaluation')]
    const [actions, touchpoints] = [lane(doc, 'Customer actions'), lane(doc, 'Touchpoints')]
    const ids = [
      put(editor, awareness.x + 20, actions.y + 20, 'Reads a post'),
      put(editor, awareness.x + 60, touchpoints.y + 40, 'LinkedIn'),
      put(editor, evaluation.x + 150, actions.y + 30, 'Books a demo'),
      put(editor, evaluation.x + 90, touchpoints.y + 10, 'Demo call'),
    ]
    const places = () =>
      ids.map((id) => `${stageName(editor.getState(), id)}, ${laneName(editor.getState(), id)}`)
    const before = places()
    const xs = () => ids.map((id) => note(editor.getState(), id).x)
    const ys = () => ids.map((id) => note(editor.getState(), id).y)
    editor.run('Align left', alignNotes(ids, 'left'))
    expect(xs()).toEqual([awareness.x + 20, awareness.x + 20, evaluation.x + 90, evaluation.x + 90])
    editor.undo()
    editor.run('Align right', alignNotes(ids, 'right'))
    expect(xs()).toEqual([
      awareness.x + 60,
      awareness.x + 60,
      evaluation.x + 150,
      evaluation.x + 150,
    ])
    editor.undo()
    editor.run('Align top', alignNotes(ids, 'top'))
    expect(ys()).toEqual([actions.y + 20, touchpoints.y + 10, actions.y + 20, touchpoints.y + 10])
    editor.undo()
    editor.run('Align bottom', alignNotes(ids, 'bottom'))
    expect(ys()).toEqual([actions.y + 30, touchpoints.y + 40, actions.y + 30, touchpoints.y + 40])
    expect(places()).toEqual(before)
  })

  it('on the grid, a line past a column’s edge is brought inside it, so a note’s centre stays in its column', () => {
    const editor = workshop()
    const doc = editor.getState()
    const evaluation = stage(doc, 'Evaluation')
    const actions = lane(doc, 'Customer actions')
    // A wide note reaching into Awareness (its centre in Evaluation) and a narrow one.
    const wide = put(editor, evaluation.x - 100, actions.y + 10, 'Wide', 300)
    const narrow = put(editor, evaluation.x + 200, actions.y + 10, 'Narrow', 60)
    editor.run('Align left', alignNotes([wide, narrow], 'left'))
    expect(note(editor.getState(), narrow).x).toBe(evaluation.x)
    expect(stageName(editor.getState(), narrow)).toBe('Evaluation')
    expect(stageName(editor.getState(), wide)).toBe('Evaluation')
  })
})

describe('align keeps every note in its stage and lane', () => {
  it('notes parked on both sides of the grid are not lined up into it', () => {
    const editor = workshop()
    const doc = editor.getState()
    const first = doc.board.stages[0]!
    const last = doc.board.stages.at(-1)!
    const lanes = doc.board.lanes
    const left = put(editor, first.x - 600, lanes[0]!.y - 600, 'Parked left')
    const right = put(editor, last.x + last.width + 400, lanes.at(-1)!.y + 900, 'Parked right')
    const before = editor.getState()
    for (const how of ['centre-x', 'centre-y', 'distribute-x'] as const) {
      editor.run('Align', alignNotes([left, right], how))
      const after = editor.getState()
      for (const id of [left, right]) {
        expect(stageName(after, id)).toBe(stageName(before, id))
        expect(laneName(after, id)).toBe(laneName(before, id))
      }
    }
  })

  it('a note far wider than its column is not moved into the next one', () => {
    const editor = workshop()
    const doc = editor.getState()
    const evaluation = stage(doc, 'Evaluation')
    const actions = lane(doc, 'Customer actions')
    const wide = put(editor, evaluation.x + evaluation.width / 2 - 450, actions.y + 10, 'Wide', 900)
    const small = put(editor, evaluation.x + 100, actions.y + 10, 'Small', 60)
    editor.run('Align left', alignNotes([wide, small], 'left'))
    expect(stageName(editor.getState(), wide)).toBe('Evaluation')
    expect(stageName(editor.getState(), small)).toBe('Evaluation')
  })
})

describe('notes piled by align', () => {
  it('counts the notes lying over or under another, touching edges apart', () => {
    const editor = workshop()
    put(editor, OFF, OFF, 'A')
    put(editor, OFF + 100, OFF + 100, 'B')
    put(editor, OFF + 200, OFF, 'Over B')
    put(editor, OFF + 2000, OFF, 'Far')
    put(editor, OFF + 2160, OFF, 'Touching Far')
    expect(coveredCount(editor.getState().board.notes)).toBe(3)
    expect(coveredCount([])).toBe(0)
  })

  it('align left on two notes side by side piles them: the count says so', () => {
    const editor = workshop()
    const ids = [put(editor, OFF, OFF, 'Left'), put(editor, OFF + 176, OFF, 'Right')]
    const notes = () => editor.getState().board.notes
    expect(coveredCount(notes())).toBe(0)
    editor.run('Align left', alignNotes(ids, 'left'))
    expect(coveredCount(notes())).toBe(2)
  })
})

describe('tidy', () => {
  it('tidy makes a non-overlapping grid inside the column and keeps every note in its stage and lane', () => {
    const editor = workshop()
    const doc = editor.getState()
    const onboarding = stage(doc, 'Onboarding')
    const pains = lane(doc, 'Pain points')
    // Make the Pain points lane tall enough for three rows, as a facilitator would.
    editor.run('Tall lane', (draft) => {
      draft.board.lanes[2]!.height = 700
      draft.board.lanes[3]!.y += 480
      draft.board.lanes[4]!.y += 480
    })
    const texts = [
      'Password reset loops',
      'No one answers the chat',
      'Invoice arrives before access',
      'Training video is an hour long',
      'SSO setup needs IT',
    ]
    const ids = texts.map((text, i) =>
      put(editor, onboarding.x + 20 + (i % 3) * 60, pains.y + 10 + i * 90, text, 120),
    )
    const other = put(editor, stage(doc, 'Adoption').x + 30, pains.y + 30, 'Team invites fail', 120)
    const heap = put(editor, -3000, -3000, 'Parking lot: pricing', 120)
    const heap2 = put(editor, -2990, -2995, 'Parking lot: legal', 120)
    const before = editor.getState()
    editor.run('Tidy', tidyNotes(before, [...ids, other, heap, heap2]))
    const after = editor.getState()
    const all = [...ids, other, heap, heap2].map((id) => note(after, id))
    for (const a of all) for (const b of all) if (a !== b) expect(overlap(a, b)).toBe(false)
    for (const id of ids) {
      expect(stageName(after, id)).toBe('Onboarding')
      expect(laneName(after, id)).toBe('Pain points')
      const n = note(after, id)
      expect(n.x).toBeGreaterThanOrEqual(onboarding.x)
      expect(n.x + n.width).toBeLessThanOrEqual(onboarding.x + onboarding.width)
    }
    expect(stageName(after, other)).toBe('Adoption')
    // Reading order kept: rows of two (120 + 16 fits twice in 360), top-left first.
    const placed = ids.map((id) => note(after, id))
    expect(placed[0]!.y).toBe(placed[1]!.y)
    expect(placed[0]!.x).toBeLessThan(placed[1]!.x)
    expect(placed[2]!.y).toBeGreaterThan(placed[1]!.y)
    // The unsorted notes are tidied where they are.
    expect(note(after, heap)).toMatchObject({ x: -3000, y: -3000 })
    expect(stageName(after, heap2)).toBeNull()
    editor.undo()
    expect(editor.getState().board.notes).toEqual(before.board.notes)
  })

  it('a lane too short for the rows grows to hold them; the lanes below move down with their notes', () => {
    const editor = workshop()
    const doc = editor.getState()
    const onboarding = stage(doc, 'Onboarding')
    const ideas = lane(doc, 'Ideas')
    const below = doc.board.lanes.filter((l) => l.y > ideas.y)
    const ids = Array.from({ length: 9 }, (_, i) =>
      put(editor, onboarding.x + 10 * i, ideas.y + 5 * i, `Idea ${i + 1}: self-service setup`),
    )
    const underneath = put(editor, onboarding.x + 20, below[0]!.y + 20, 'Metric: time to value')
    const before = editor.getState()
    editor.run('Tidy', tidyNotes(before, ids))
    const after = editor.getState()
    const placed = ids.map((id) => note(after, id))
    // Two 160-wide notes per row in a 360-wide column: five rows of 160, 16 apart and 16 from the
    // lane's edges.
    const grown = after.board.lanes.find((l) => l.id === ideas.id)!
    expect(grown.height).toBe(16 * 2 + 5 * 160 + 4 * 16)
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a, b)).toBe(false)
    for (const id of ids) {
      expect(stageName(after, id)).toBe('Onboarding')
      expect(laneName(after, id)).toBe('Ideas')
    }
    const growth = grown.height - ideas.height
    for (const l of below) {
      expect(after.board.lanes.find((m) => m.id === l.id)!.y).toBe(l.y + growth)
    }
    expect(note(after, underneath).y).toBe(note(before, underneath).y + growth)
    expect(laneName(after, underneath)).toBe(below[0]!.name)
    editor.undo()
    expect(editor.getState().board).toEqual(before.board)
  })

  it('two notes side by side in a template cell stay side by side, and the lane keeps its height', () => {
    const editor = workshop()
    const doc = editor.getState()
    const onboarding = stage(doc, 'Onboarding')
    const ideas = lane(doc, 'Ideas')
    const ids = [
      put(editor, onboarding.x + 14, ideas.y + 30, 'Self-service setup'),
      put(editor, onboarding.x + 190, ideas.y + 22, 'Setup checklist'),
    ]
    editor.run('Tidy', tidyNotes(editor.getState(), ids))
    const after = editor.getState()
    expect(
      ids.map((id) => [note(after, id).x - onboarding.x, note(after, id).y - ideas.y]),
    ).toEqual([
      [12, 16],
      [188, 16],
    ])
    expect(lane(after, 'Ideas').height).toBe(ideas.height)
  })

  it('a lane tall enough keeps its height', () => {
    const editor = workshop()
    const doc = editor.getState()
    const onboarding = stage(doc, 'Onboarding')
    const ideas = lane(doc, 'Ideas')
    // Two 120-wide notes share a row of the 360-wide column, and one row fits the 220-high lane.
    const ids = [0, 1].map((i) =>
      put(editor, onboarding.x + 40 * i, ideas.y + 10, `Idea ${i}`, 120),
    )
    editor.run('Tidy', tidyNotes(editor.getState(), ids))
    expect(editor.getState().board.lanes).toEqual(doc.board.lanes)
    const [a, b] = ids.map((id) => note(editor.getState(), id))
    expect(a!.y).toBe(b!.y)
    expect(overlap(a!, b!)).toBe(false)
  })
})
