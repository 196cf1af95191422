import { describe, expect, it } from 'vitest'
import { addNote, notesFromLines, pasteNotes } from '../../../../../src/shared/commands/board'
import {
  linesFromText,
  notesToClipboard,
  parseClipboardNotes,
} from '../../../../../src/shared/clipboard'
import type { Editor } from '../../../../../src/shared/commands/editor'
import { lane, laneName, NOW, note, overlap, stage, stageName, workshop } from './fixtures'

/** Adds a note at (x, y) as one step; returns its id. */
function added(editor: Editor, x: number, y: number, text: string): string {
  const { recipe, id } = addNote({ x, y, text, now: NOW })
  editor.run('Add note', recipe)
  return id
}

describe('pasting onto the board', () => {
  it('pasting three lines makes three notes in one undo step', () => {
    const editor = workshop()
    const lines = linesFromText('Sees ad on LinkedIn\nReads G2 reviews\nBooks a demo\n')
    const { recipe, ids } = notesFromLines(lines, { x: 300, y: 100 }, NOW)
    editor.run('Paste', recipe)
    const notes = editor.getState().board.notes
    expect(notes.map((n) => n.text)).toEqual([
      'Sees ad on LinkedIn',
      'Reads G2 reviews',
      'Books a demo',
    ])
    expect(notes.map((n) => n.id)).toEqual(ids)
    for (const a of notes) for (const b of notes) if (a !== b) expect(overlap(a, b)).toBe(false)
    editor.undo()
    expect(editor.getState().board.notes).toHaveLength(0)
  })

  it('lines fill a grid of the given width, each note coloured by its lane', () => {
    const editor = workshop()
    const touch = lane(editor.getState(), 'Touchpoints')
    const lines = ['Email', 'Phone', 'Chat', 'Portal', 'Invoice']
    const { recipe } = notesFromLines(lines, { x: 300, y: touch.y + 10 }, NOW, 2)
    editor.run('Paste', recipe)
    const notes = editor.getState().board.notes
    expect(notes.map((n) => [n.x, n.y - touch.y])).toEqual([
      [300, 10],
      [476, 10],
      [300, 186],
      [476, 186],
      [300, 362],
    ])
    expect(notes[0]!.color).toBe('green')
  })

  it('lines pasted into a cell stay in its stage and lane; the lane grows to hold them', () => {
    const editor = workshop()
    const onboarding = stage(editor.getState(), 'Onboarding')
    const touch = lane(editor.getState(), 'Touchpoints')
    const below = lane(editor.getState(), 'Pain points')
    const pain = added(editor, onboarding.x + 20, below.y + 30, 'Password reset fails')
    const lines = ['Welcome email', 'Login details', 'Help centre', 'First call', 'Invoice']
    const { recipe, ids } = notesFromLines(lines, { x: onboarding.x + 100, y: touch.y + 20 }, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    expect(ids.map((id) => stageName(doc, id))).toEqual(lines.map(() => 'Onboarding'))
    expect(ids.map((id) => laneName(doc, id))).toEqual(lines.map(() => 'Touchpoints'))
    expect(ids.map((id) => note(doc, id).color)).toEqual(lines.map(() => 'green'))
    // A column of 360 holds two notes across, 16 apart and 12 from its edges (as Tab and Tidy lay
    // them out), so the lines go down from the top of the cell (a gap from its edge) in rows of
    // two, and the lane grows to 16 + 3 × 176 = 544.
    expect(ids.map((id) => [note(doc, id).x - onboarding.x, note(doc, id).y - touch.y])).toEqual([
      [12, 16],
      [188, 16],
      [12, 192],
      [188, 192],
      [12, 368],
    ])
    expect(lane(doc, 'Touchpoints').height).toBe(544)
    // The lanes below move down, their notes with them.
    expect(lane(doc, 'Pain points').y).toBe(below.y + 544 - 220)
    expect(laneName(doc, pain)).toBe('Pain points')
    for (const a of doc.board.notes)
      for (const b of doc.board.notes) if (a !== b) expect(overlap(a, b)).toBe(false)
    editor.undo()
    expect(lane(editor.getState(), 'Touchpoints').height).toBe(220)
    expect(note(editor.getState(), pain).y).toBe(below.y + 30)
  })

  it('lines pasted at a pointer between pixels land on whole board units, the lane too', () => {
    const editor = workshop()
    const onboarding = stage(editor.getState(), 'Onboarding')
    const touch = lane(editor.getState(), 'Touchpoints')
    const at = { x: onboarding.x + 100.37, y: touch.y + 20.99 }
    // One line, which the cell holds where it was pasted.
    const one = notesFromLines(['Welcome email'], at, NOW)
    editor.run('Paste', one.recipe)
    expect(note(editor.getState(), one.ids[0]!).y - touch.y).toBe(21)
    editor.undo()
    // Five, which grow the lane.
    const lines = ['Welcome email', 'Login details', 'Help centre', 'First call', 'Invoice']
    const { recipe, ids } = notesFromLines(lines, at, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    for (const id of ids) {
      expect(Number.isInteger(note(doc, id).x)).toBe(true)
      expect(Number.isInteger(note(doc, id).y)).toBe(true)
    }
    expect(lane(doc, 'Touchpoints').height).toBe(544)
    for (const l of doc.board.lanes) expect(Number.isInteger(l.y + l.height)).toBe(true)
  })

  it('lines pasted below notes already in a cell start just below them, not further down at the pointer', () => {
    const editor = workshop()
    const onboarding = stage(editor.getState(), 'Onboarding')
    const touch = lane(editor.getState(), 'Touchpoints')
    added(editor, onboarding.x + 100, touch.y + 20, 'Welcome call')
    const at = { x: onboarding.x + 100, y: touch.y + 200 }
    const lines = ['Login details', 'Help centre', 'First call']
    const { recipe, ids } = notesFromLines(lines, at, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    // The note ends at 180: the rows start a gap below it.
    expect(ids.map((id) => note(doc, id).y - touch.y)).toEqual([196, 196, 372])
    expect(ids.map((id) => laneName(doc, id))).toEqual(lines.map(() => 'Touchpoints'))
    expect(lane(doc, 'Touchpoints').height).toBe(196 + 336 + 16)
    for (const a of doc.board.notes)
      for (const b of doc.board.notes) if (a !== b) expect(overlap(a, b)).toBe(false)
  })

  it('lines pasted low in an empty cell that grow its lane start at its top, leaving no empty strip', () => {
    const editor = workshop()
    const onboarding = stage(editor.getState(), 'Onboarding')
    const touch = lane(editor.getState(), 'Touchpoints')
    const lines = ['Login details', 'Help centre', 'First call', 'Invoice']
    const { recipe, ids } = notesFromLines(lines, { x: onboarding.x + 100, y: touch.y + 200 }, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    // Before, the rows started at the pointer and the lane grew to 552, its top 200 left empty.
    expect(ids.map((id) => note(doc, id).y - touch.y)).toEqual([16, 16, 192, 192])
    expect(lane(doc, 'Touchpoints').height).toBe(368)
  })

  it('a line pasted into a cell that holds a note goes below it, never over it', () => {
    const editor = workshop()
    const onboarding = stage(editor.getState(), 'Onboarding')
    const touch = lane(editor.getState(), 'Touchpoints')
    const first = added(editor, onboarding.x + 100, touch.y + 20, 'Welcome call')
    // On the note, and in the cell's free strip beside it: moved in to stay in the lane, the
    // pasted note would have covered it.
    for (const at of [
      { x: onboarding.x + 150, y: touch.y + 100 },
      { x: onboarding.x + 300, y: touch.y + 150 },
    ]) {
      const { recipe, ids } = notesFromLines(['Login details'], at, NOW)
      editor.run('Paste', recipe)
      const doc = editor.getState()
      const pasted = note(doc, ids[0]!)
      expect(overlap(pasted, note(doc, first))).toBe(false)
      expect(pasted.y - touch.y).toBe(20 + 160 + 16)
      expect(laneName(doc, pasted.id)).toBe('Touchpoints')
      expect(stageName(doc, pasted.id)).toBe('Onboarding')
      expect(lane(doc, 'Touchpoints').height).toBe(196 + 160 + 16)
      editor.undo()
    }
    // A second line goes below both.
    const at = { x: onboarding.x + 150, y: touch.y + 100 }
    editor.run('Paste', notesFromLines(['Login details'], at, NOW).recipe)
    const { recipe, ids } = notesFromLines(['Help centre'], at, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    expect(note(doc, ids[0]!).y - touch.y).toBe(372)
    for (const a of doc.board.notes)
      for (const b of doc.board.notes) if (a !== b) expect(overlap(a, b)).toBe(false)
  })

  it('lines that would stand more than three rows per note across make wider rows in the cell, its column widened', () => {
    const editor = workshop()
    const before = editor.getState()
    const onboarding = stage(before, 'Onboarding')
    const touch = lane(before, 'Touchpoints')
    // Notes already on the board: one in the cell, and one in the same lane of the next column,
    // a little lower: under the widened column's first row if it did not move right with it.
    const mine = added(editor, onboarding.x + 20, touch.y + 20, 'Welcome call')
    const next = before.board.stages[before.board.stages.indexOf(onboarding) + 1]!
    const theirs = added(editor, next.x + 20, touch.y + 40, 'First invoice')
    const nextNoteX = note(editor.getState(), theirs).x
    // Two notes across a 360 column: 120 lines would stand 60 rows (a lane over 10,000 tall).
    const lines = Array.from({ length: 120 }, (_, i) => `Survey answer ${i + 1}`)
    const at = { x: onboarding.x + 40, y: touch.y + 100 }
    const { recipe, ids } = notesFromLines(lines, at, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    // Seven across and eighteen down (no more than three rows per note across), below the note
    // in the cell, and every line in the stage and lane it was pasted into.
    const first = note(doc, ids[0]!)
    expect(first).toMatchObject({ x: onboarding.x + 16, y: touch.y + 20 + 160 + 16 })
    expect(note(doc, ids[6]!)).toMatchObject({ x: first.x + 6 * 176, y: first.y })
    expect(note(doc, ids[7]!)).toMatchObject({ x: first.x, y: first.y + 176 })
    expect(note(doc, ids[119]!)).toMatchObject({ x: first.x, y: first.y + 17 * 176 })
    expect(new Set(ids.map((id) => stageName(doc, id)))).toEqual(new Set(['Onboarding']))
    expect(new Set(ids.map((id) => laneName(doc, id)))).toEqual(new Set(['Touchpoints']))
    expect(stage(doc, 'Onboarding').width).toBe(7 * 176 + 16)
    // Eighteen rows below the note already there.
    expect(lane(doc, 'Touchpoints').height).toBe(20 + 176 + 18 * 176 - 16 + 16)
    // The next column moved right by as much, its note with it; nothing covers anything.
    const shift = 7 * 176 + 16 - onboarding.width
    expect(doc.board.stages.find((s) => s.id === next.id)!.x).toBe(next.x + shift)
    expect(note(doc, theirs).x).toBe(nextNoteX + shift)
    expect(stageName(doc, theirs)).toBe(next.name)
    expect(stageName(doc, mine)).toBe('Onboarding')
    for (const a of doc.board.notes)
      for (const b of doc.board.notes) if (a !== b) expect(overlap(a, b)).toBe(false)
    // One undo step takes it all back.
    editor.undo()
    expect(editor.getState().board.stages).toEqual(before.board.stages)
    expect(editor.getState().board.lanes).toEqual(before.board.lanes)
    expect(editor.getState().board.notes).toHaveLength(2)
  })

  it('up to twelve lines keep a 360 column two notes across; thirteen make it three', () => {
    for (const [count, across, width] of [
      [12, 2, 360],
      [13, 3, 3 * 176 + 16],
      [60, 5, 5 * 176 + 16],
    ] as const) {
      const editor = workshop()
      const awareness = stage(editor.getState(), 'Awareness')
      const pains = lane(editor.getState(), 'Pain points')
      const lines = Array.from({ length: count }, (_, i) => `Answer ${i + 1}`)
      const { recipe, ids } = notesFromLines(lines, { x: awareness.x + 20, y: pains.y + 20 }, NOW)
      editor.run('Paste', recipe)
      const doc = editor.getState()
      const xs = new Set(ids.map((id) => note(doc, id).x))
      const rows = new Set(ids.map((id) => note(doc, id).y))
      expect([xs.size, rows.size]).toEqual([across, Math.ceil(count / across)])
      expect(stage(doc, 'Awareness').width).toBe(width)
      expect(new Set(ids.map((id) => stageName(doc, id)))).toEqual(new Set(['Awareness']))
      expect(new Set(ids.map((id) => laneName(doc, id)))).toEqual(new Set(['Pain points']))
    }
  })

  it('a line pasted low in a cell moves up to stay in the lane, which keeps its size', () => {
    const editor = workshop()
    const onboarding = stage(editor.getState(), 'Onboarding')
    const touch = lane(editor.getState(), 'Touchpoints')
    const at = { x: onboarding.x + 100, y: touch.y + touch.height - 10 }
    const { recipe, ids } = notesFromLines(['Welcome email'], at, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    expect(note(doc, ids[0]!).y - touch.y).toBe(220 - 160 - 16)
    expect(laneName(doc, ids[0]!)).toBe('Touchpoints')
    expect(lane(doc, 'Touchpoints').height).toBe(220)
  })

  it('in a column with room, pasted rows start at the pointer and move left to stay inside', () => {
    const editor = workshop()
    const stages = editor.getState().board.stages
    const last = stages[stages.length - 1]!
    editor.run('Widen', (draft) => {
      draft.board.stages.find((s) => s.id === last.id)!.width = 600
    })
    // 600 holds three notes across (512 with their gaps): a row starts 16 to 72 from its left.
    const xs = (dx: number) => {
      const { recipe, ids } = notesFromLines(['A', 'B', 'C', 'D'], { x: last.x + dx, y: 100 }, NOW)
      editor.run('Paste', recipe)
      const doc = editor.getState()
      expect(ids.map((id) => stageName(doc, id))).toEqual(ids.map(() => last.name))
      return ids.map((id) => note(doc, id).x - last.x)
    }
    expect(xs(40)).toEqual([40, 216, 392, 40])
    expect(xs(570)).toEqual([72, 248, 424, 72])
    expect(xs(2)).toEqual([16, 192, 368, 16])
  })

  it('a column narrower than a note gets its pasted notes centred on it', () => {
    const editor = workshop()
    const onboarding = stage(editor.getState(), 'Onboarding')
    editor.run('Narrow', (draft) => {
      draft.board.stages.find((s) => s.id === onboarding.id)!.width = 100
    })
    const at = { x: onboarding.x + 90, y: 100 }
    const { recipe, ids } = notesFromLines(['A', 'B'], at, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    expect(ids.map((id) => note(doc, id).x - onboarding.x)).toEqual([-30, -30])
    expect(ids.map((id) => stageName(doc, id))).toEqual(['Onboarding', 'Onboarding'])
  })

  it('lines pasted outside the stages make rows of ten from the pointer', () => {
    const editor = workshop()
    const lines = Array.from({ length: 12 }, (_, i) => `Idea ${i + 1}`)
    const { recipe, ids } = notesFromLines(lines, { x: -5000, y: -3000 }, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    expect(note(doc, ids[9]!)).toMatchObject({ x: -5000 + 9 * 176, y: -3000 })
    expect(note(doc, ids[10]!)).toMatchObject({ x: -5000, y: -3000 + 176 })
    expect(ids.every((id) => stageName(doc, id) === null)).toBe(true)
  })

  it('a 10,000-character line stays one note', () => {
    const editor = workshop()
    const long = 'The customer explains at length why onboarding failed. '
      .repeat(200)
      .slice(0, 10_000)
    const { recipe } = notesFromLines(linesFromText(long), { x: 0, y: 0 }, NOW)
    editor.run('Paste', recipe)
    expect(editor.getState().board.notes).toHaveLength(1)
    expect(editor.getState().board.notes[0]!.text).toHaveLength(long.trim().length)
  })

  it('copied notes paste with new ids, their layout kept, centred on the pointer', () => {
    const source = workshop()
    const onboarding = stage(source.getState(), 'Onboarding')
    const ids = ['Receives login details', 'Cannot find the help centre'].map((text, i) => {
      const { recipe, id } = addNote({ x: onboarding.x + 20 + i * 176, y: 120, text, now: NOW })
      source.run('Add note', recipe)
      return id
    })
    source.run('Vote', (draft) => {
      draft.board.notes[0]!.votes = 2
      draft.board.notes[0]!.step.ownerId = 'person_maria'
    })
    const { json } = notesToClipboard(source.getState(), ids)
    const payload = parseClipboardNotes(json)
    expect(payload?.notes).toHaveLength(2)

    const target = workshop()
    const adoption = stage(target.getState(), 'Adoption')
    // The pair (336 wide, 160 high) centred on the pointer, in whole units.
    const pasted = pasteNotes(payload!, { x: adoption.x + 180.4, y: 580.6 }, NOW)
    target.run('Paste', pasted.recipe)
    const [first, second] = pasted.ids.map((id) => note(target.getState(), id))
    expect(pasted.ids).not.toContain(ids[0])
    expect(first).toMatchObject({ text: 'Receives login details', x: adoption.x + 12, y: 501 })
    expect(first!.votes).toBe(0)
    expect(first!.step.ownerId).toBeNull()
    expect(second!.x - first!.x).toBe(176)
    expect(stageName(target.getState(), pasted.ids[0]!)).toBe('Adoption')
    expect(stageName(target.getState(), pasted.ids[1]!)).toBe('Adoption')
    target.undo()
    expect(target.getState().board.notes).toHaveLength(0)
  })

  it('lines pasted on a lane name, or a stage header, go beside the grid rather than into its cells', () => {
    const editor = workshop()
    const grid = editor.getState().board
    const pains = lane(editor.getState(), 'Pain points')
    const awareness = stage(editor.getState(), 'Awareness')
    const lines = Array.from({ length: 12 }, (_, i) => `Idea ${i + 1}`)
    // On the name of the Pain points lane: ten across from there would cover four stages and
    // two lanes, each note sorted into whichever cell it fell on.
    const onName = notesFromLines(lines, { x: awareness.x - 100, y: pains.y + 20 }, NOW)
    editor.run('Paste', onName.recipe)
    let doc = editor.getState()
    const pasted = onName.ids.map((id) => note(doc, id))
    expect(pasted.map((n) => stageName(doc, n.id))).toEqual(lines.map(() => null))
    // Left of the lane names, a gap clear of them, from the pointer's height down.
    expect(Math.max(...pasted.map((n) => n.x + n.width))).toBe(awareness.x - 196 - 16)
    expect(Math.min(...pasted.map((n) => n.y))).toBe(pains.y + 20)
    // On a stage's header: the column's width, above the headers.
    const onHeader = notesFromLines(
      ['Kick-off', 'Welcome pack', 'Training'],
      {
        x: awareness.x + 20,
        y: grid.lanes[0]!.y - 40,
      },
      NOW,
    )
    editor.run('Paste', onHeader.recipe)
    doc = editor.getState()
    const above = onHeader.ids.map((id) => note(doc, id))
    expect(above.map((n) => laneName(doc, n.id))).toEqual([null, null, null])
    expect(above.map((n) => stageName(doc, n.id))).toEqual(['Awareness', 'Awareness', 'Awareness'])
    expect(Math.max(...above.map((n) => n.y + n.height))).toBe(grid.lanes[0]!.y - 76 - 16)
  })

  it('more lines than a cell holds, pasted into one, go beside the grid as a square', () => {
    const editor = workshop()
    const onboarding = stage(editor.getState(), 'Onboarding')
    const touch = lane(editor.getState(), 'Touchpoints')
    const lines = Array.from({ length: 600 }, (_, i) => `Survey answer ${i + 1}`)
    const { recipe, ids } = notesFromLines(lines, { x: onboarding.x + 20, y: touch.y + 20 }, NOW)
    editor.run('Paste', recipe)
    const doc = editor.getState()
    // Unsorted, in no stage column, where before they covered the grid from the pointer; and in
    // no lane, where beside the grid they took its lanes' kinds in stripes.
    expect(new Set(ids.map((id) => stageName(doc, id)))).toEqual(new Set([null]))
    expect(new Set(ids.map((id) => laneName(doc, id)))).toEqual(new Set([null]))
    expect(new Set(ids.map((id) => note(doc, id).kind))).toEqual(new Set([null]))
    expect(new Set(ids.map((id) => note(doc, id).x)).size).toBe(25)
    // The nearest corner: right of the grid (Onboarding is its fourth column of seven) and below
    // the lanes (the block is taller than the grid above the pointer).
    const pasted = ids.map((id) => note(doc, id))
    const grid = doc.board
    const right = Math.max(...grid.stages.map((s) => s.x + s.width))
    const bottom = Math.max(...grid.lanes.map((l) => l.y + l.height))
    expect(Math.min(...pasted.map((n) => n.x))).toBe(right + 16)
    expect(Math.min(...pasted.map((n) => n.y))).toBe(bottom + 16)
  })

  it('20,000 pasted lines become 20,000 notes in one undo step', () => {
    const editor = workshop()
    const lines = Array.from({ length: 20_001 }, (_, i) => `Survey answer ${i + 1}`)
    const { recipe, ids } = notesFromLines(lines, { x: -50_000, y: 0 }, NOW)
    editor.run('Paste', recipe)
    expect(ids).toHaveLength(20_000)
    const notes = editor.getState().board.notes
    expect(notes).toHaveLength(20_000)
    // Laid out as a square (142 across), not a column 10,000 notes tall.
    const width = Math.max(...notes.map((n) => n.x)) - Math.min(...notes.map((n) => n.x))
    const height = Math.max(...notes.map((n) => n.y)) - Math.min(...notes.map((n) => n.y))
    expect(width).toBe(141 * 176)
    expect(height).toBe(140 * 176)
    editor.undo()
    expect(editor.getState().board.notes).toHaveLength(0)
  })
})
