import { describe, expect, it } from 'vitest'
import { addNote, alignNotes, tidyNotes } from '../../../../../src/shared/commands/board'
import type { Editor } from '../../../../../src/shared/commands/editor'
import { lane, laneName, NOW, note, overlap, stage, stageName, workshop } from './fixtures'

function put(editor: Editor, x: number, y: number, text: string, size = 160): string {
  const { recipe, id } = addNote({ x, y, text, width: size, height: size, now: NOW })
  editor.run('Add note', recipe)
  return id
}

describe('align and distribute', () => {
  it('align left lines the notes up on the leftmost edge in one undo step', () => {
    const editor = workshop()
    const ids = [put(editor, 300, 100, 'Sees ad'), put(editor, 340, 300, 'Reads review')]
    editor.run('Align left', alignNotes(ids, 'left'))
    expect(ids.map((id) => note(editor.getState(), id).x)).toEqual([300, 300])
    editor.undo()
    expect(note(editor.getState(), ids[1]!).x).toBe(340)
  })

  it('right, top, bottom and the centres line up on the bounding box', () => {
    const editor = workshop()
    const a = put(editor, 0, 0, 'Calls sales', 100)
    const b = put(editor, 300, 200, 'Gets a quote', 200)
    const pos = () => [note(editor.getState(), a), note(editor.getState(), b)]
    editor.run('Align', alignNotes([a, b], 'right'))
    expect(pos().map((n) => n.x + n.width)).toEqual([500, 500])
    editor.run('Align', alignNotes([a, b], 'bottom'))
    expect(pos().map((n) => n.y + n.height)).toEqual([400, 400])
    editor.run('Align', alignNotes([a, b], 'centre-x'))
    expect(pos().map((n) => n.x + n.width / 2)).toEqual([400, 400])
    editor.run('Align', alignNotes([a, b], 'top'))
    expect(pos().map((n) => n.y)).toEqual([200, 200])
    editor.run('Align', alignNotes([a, b], 'centre-y'))
    expect(pos().map((n) => n.y + n.height / 2)).toEqual([300, 300])
  })

  it('distribute spaces three notes with equal gaps and keeps the outer ones', () => {
    const editor = workshop()
    const ids = [put(editor, 0, 0, 'A'), put(editor, 170, 0, 'B'), put(editor, 1000, 0, 'C')]
    editor.run('Distribute', alignNotes(ids, 'distribute-x'))
    expect(ids.map((id) => note(editor.getState(), id).x)).toEqual([0, 500, 1000])
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
    // One 160-wide note per row in a 360-wide column (two need 16 + 2 × 176): nine rows of 160,
    // 16 apart and 16 from the lane's edges.
    const grown = after.board.lanes.find((l) => l.id === ideas.id)!
    expect(grown.height).toBe(16 * 2 + 9 * 160 + 8 * 16)
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
