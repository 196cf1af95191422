import { describe, expect, it } from 'vitest'
import {
  addNote,
  colorForKind,
  resizeLane,
  deleteNotes,
  duplicateNotes,
  moveNotes,
  nextNotePosition,
  placeNotes,
  resizeNote,
  resizeStage,
  setNoteText,
  setNotesColor,
  setNotesKind,
  tidyNotes,
} from '../../../../../src/shared/commands/board'
import { kindOf, laneOf } from '../../../../../src/shared/journey/geometry'
import { lane, laneName, NOW, note, overlap, stage, stageName, workshop } from './fixtures'

function addAt(editor: ReturnType<typeof workshop>, x: number, y: number, text: string) {
  const { recipe, id } = addNote({ x, y, text, now: NOW })
  editor.run('Add note', recipe)
  return id
}

describe('notes on the board', () => {
  it('a new note takes the colour of its lane, and undo removes it in one step', () => {
    const editor = workshop()
    const doc = editor.getState()
    const pain = lane(doc, 'Pain points')
    const onboarding = stage(doc, 'Onboarding')
    const id = addAt(editor, onboarding.x + 20, pain.y + 20, 'Welcome email lands in spam')
    const added = note(editor.getState(), id)
    expect(added).toMatchObject({ text: 'Welcome email lands in spam', width: 160, color: 'pink' })
    expect(added.createdAt).toBe(NOW.toISOString())
    expect(editor.undoLabel()).toBe('Add note')
    editor.undo()
    expect(editor.getState().board.notes).toHaveLength(0)
  })

  it('colours follow the method: actions blue, touchpoints green, ideas yellow, tasks orange', () => {
    expect(colorForKind('customer-action')).toBe('blue')
    expect(colorForKind('touchpoint')).toBe('green')
    expect(colorForKind('idea')).toBe('yellow')
    expect(colorForKind('task')).toBe('orange')
    expect(colorForKind('evidence')).toBe('purple')
    expect(colorForKind('metric')).toBe('grey')
    expect(colorForKind(null)).toBe('yellow')
  })

  it('a chosen colour wins over the lane, and a note off the grid is yellow', () => {
    const editor = workshop()
    const green = addNote({ x: 300, y: 100, color: 'green', now: NOW })
    editor.run('Add note', green.recipe)
    const off = addNote({ x: -2000, y: -2000, text: 'Parking lot', now: NOW })
    editor.run('Add note', off.recipe)
    expect(note(editor.getState(), green.id).color).toBe('green')
    expect(note(editor.getState(), off.id).color).toBe('yellow')
  })

  it('editing the text is one undo step', () => {
    const editor = workshop()
    const id = addAt(editor, 300, 100, 'Kick-off')
    editor.run('Edit note', setNoteText(id, 'Kick-off call is booked two weeks late'))
    expect(note(editor.getState(), id).text).toBe('Kick-off call is booked two weeks late')
    editor.undo()
    expect(note(editor.getState(), id).text).toBe('Kick-off')
  })

  it('moving notes moves only the selected ones and never past the edge of the board', () => {
    const editor = workshop()
    const a = addAt(editor, 300, 100, 'Signs the order form')
    const b = addAt(editor, 500, 100, 'Gets the invoice')
    editor.run('Move', moveNotes([a], 40, -10))
    expect(note(editor.getState(), a)).toMatchObject({ x: 340, y: 90 })
    expect(note(editor.getState(), b)).toMatchObject({ x: 500, y: 100 })
    editor.run('Move', moveNotes([a], 1e12, -1e12))
    expect(note(editor.getState(), a)).toMatchObject({ x: 10_000_000, y: -10_000_000 })
    editor.undo()
    expect(note(editor.getState(), a)).toMatchObject({ x: 340, y: 90 })
  })

  it('a note dropped in the Onboarding column belongs to Onboarding', () => {
    const editor = workshop()
    const id = addAt(editor, 300, 100, 'Receives login details')
    const onboarding = stage(editor.getState(), 'Onboarding')
    editor.run('Move', placeNotes(new Map([[id, { x: onboarding.x + 100, y: 100 }]])))
    expect(stageName(editor.getState(), id)).toBe('Onboarding')
  })

  it('resizing keeps a note off the grid between 40 and 4,000 units', () => {
    const editor = workshop()
    const id = addAt(editor, -6000, -6000, 'Training video')
    editor.run('Resize', resizeNote(id, 10, 99_999))
    expect(note(editor.getState(), id)).toMatchObject({ width: 40, height: 4000 })
    editor.run('Resize', resizeNote(id, Number.NaN, 200))
    expect(note(editor.getState(), id)).toMatchObject({ width: 160, height: 200 })
  })

  it('a note made bigger stays inside its cell, so it keeps its stage and lane', () => {
    const editor = workshop()
    const doc = editor.getState()
    const onboarding = stage(doc, 'Onboarding')
    const touchpoints = lane(doc, 'Touchpoints')
    const id = addAt(editor, onboarding.x + 100, touchpoints.y + 30, 'Welcome email')
    editor.run('Resize', resizeNote(id, 2040, 1540))
    const resized = note(editor.getState(), id)
    // A gap short of the cell's right and bottom edges.
    expect(resized.x + resized.width).toBe(onboarding.x + onboarding.width - 16)
    expect(resized.y + resized.height).toBe(touchpoints.y + touchpoints.height - 16)
    expect(stageName(editor.getState(), id)).toBe('Onboarding')
    expect(laneName(editor.getState(), id)).toBe('Touchpoints')
    // Smaller is always allowed.
    editor.run('Resize', resizeNote(id, 60, 50))
    expect(note(editor.getState(), id)).toMatchObject({ width: 60, height: 50 })
  })

  it('on a board of stages without lanes, or beside the grid, a note made bigger keeps its stage', () => {
    const editor = workshop()
    editor.run('No lanes', (draft) => {
      draft.board.lanes = []
    })
    const evaluation = stage(editor.getState(), 'Evaluation')
    const inside = addAt(editor, evaluation.x + 40, 100, 'In Evaluation')
    editor.run('Resize', resizeNote(inside, 900, 900))
    expect(note(editor.getState(), inside)).toMatchObject({ width: 360 - 40 - 16, height: 900 })
    expect(stageName(editor.getState(), inside)).toBe('Evaluation')
    // Left of the first column, a note stops short of it.
    const first = editor.getState().board.stages[0]!
    const beside = addAt(editor, first.x - 400, 100, 'Parked')
    editor.run('Resize', resizeNote(beside, 900, 200))
    expect(note(editor.getState(), beside).x + note(editor.getState(), beside).width).toBe(
      first.x - 16,
    )
    expect(stageName(editor.getState(), beside)).toBe(null)
  })

  it('a note that already reaches past its cell is not made smaller by a resize that grows it', () => {
    const editor = workshop()
    const doc = editor.getState()
    const onboarding = stage(doc, 'Onboarding')
    const ideas = lane(doc, 'Ideas')
    const id = addAt(editor, onboarding.x + onboarding.width - 150, ideas.y + 20, 'Wide')
    const before = note(editor.getState(), id)
    expect(before.x + before.width).toBeGreaterThan(onboarding.x + onboarding.width)
    editor.run('Resize', resizeNote(id, 400, 100))
    // The width it had stays the most it may have; the height is free to change inside the cell.
    expect(note(editor.getState(), id)).toMatchObject({ width: 160, height: 100 })
  })

  it('a note dropped onto a note drawn after it comes on top; a move onto empty board keeps the order', () => {
    const editor = workshop()
    const ids = [addAt(editor, 300, 100, 'Webinar'), addAt(editor, 500, 100, 'Comparison page')]
    const order = () => editor.getState().board.notes.map((n) => n.text)
    editor.run('Move', placeNotes(new Map([[ids[0]!, { x: 300, y: 400 }]])))
    expect(order()).toEqual(['Webinar', 'Comparison page'])
    editor.run('Move', placeNotes(new Map([[ids[0]!, { x: 560, y: 140 }]])))
    expect(order()).toEqual(['Comparison page', 'Webinar'])
    editor.undo()
    expect(order()).toEqual(['Webinar', 'Comparison page'])
    editor.undo()
    // Made bigger under the later note, it comes on top too.
    editor.run('Resize', resizeNote(ids[0]!, 240, 160))
    expect(order()).toEqual(['Comparison page', 'Webinar'])
  })

  it('deleting notes is one undo step that brings them all back', () => {
    const editor = workshop()
    const ids = [addAt(editor, 300, 100, 'A'), addAt(editor, 500, 100, 'B')]
    addAt(editor, 700, 100, 'Keeps me')
    editor.run('Delete', deleteNotes(ids))
    expect(editor.getState().board.notes.map((n) => n.text)).toEqual(['Keeps me'])
    editor.undo()
    expect(editor.getState().board.notes).toHaveLength(3)
  })

  it('duplicate gives new ids and the same content without votes, and undo removes the copies', () => {
    const editor = workshop()
    const id = addAt(editor, -900, 100, 'Customer calls support to reset password')
    editor.run('Vote', (draft) => {
      const target = draft.board.notes[0]!
      target.votes = 3
      target.tags = ['login']
      target.step.decision = 'automate'
    })
    const { recipe, ids } = duplicateNotes([id, id])
    editor.run('Duplicate', recipe)
    expect(ids).toHaveLength(1)
    expect(ids[0]).not.toBe(id)
    const copy = note(editor.getState(), ids[0]!)
    // Outside the grid: 24 down and to the right.
    expect(copy).toMatchObject({
      text: 'Customer calls support to reset password',
      x: -876,
      y: 124,
      votes: 0,
      tags: ['login'],
    })
    expect(copy.step.decision).toBe('automate')
    editor.undo()
    expect(editor.getState().board.notes.map((n) => n.id)).toEqual([id])
  })

  it('a note in a cell is copied into the same cell: beside it when there is room, else below, the lane grown', () => {
    const editor = workshop()
    const doc = editor.getState()
    const pains = lane(doc, 'Pain points')
    const onboarding = stage(doc, 'Onboarding')
    const first = addAt(editor, onboarding.x + 16, pains.y + 40, 'Password reset loops')
    editor.run('Set kind', setNotesKind([first], 'idea'))
    // Ctrl+D three times, each on the copy just made (the copy is what is selected then).
    let from = first
    const copies: string[] = []
    for (let i = 0; i < 3; i++) {
      const { recipe, ids } = duplicateNotes([from])
      editor.run('Duplicate note', recipe)
      from = ids[0]!
      copies.push(from)
    }
    const after = editor.getState()
    const [beside, below, belowBeside] = copies.map((id) => note(after, id))
    expect(beside).toMatchObject({ x: onboarding.x + 16 + 176, y: pains.y + 40 })
    expect(below).toMatchObject({ x: onboarding.x + 16 + 176, y: pains.y + 40 + 176 })
    // The third copy: no room beside the second in the column, the cell's notes past it below.
    expect(belowBeside).toMatchObject({ x: onboarding.x + 16 + 176, y: pains.y + 40 + 352 })
    const all = [first, ...copies].map((id) => note(after, id))
    for (const n of all) {
      expect(stageName(after, n.id)).toBe('Onboarding')
      expect(laneName(after, n.id)).toBe('Pain points')
      expect(kindOf(n, laneOf(n, after.board.lanes))).toBe('pain-point')
    }
    for (const a of all) for (const b of all) if (a !== b) expect(overlap(a, b)).toBe(false)
    // The lane grew to hold them, and the lanes below moved down with it.
    const grown = lane(after, 'Pain points')
    expect(grown.height).toBe(40 + 2 * 176 + 160 + 16)
    expect(lane(after, 'Ideas').y).toBe(grown.y + grown.height)
    // Each copy is one undo step, the lane's growth with it.
    editor.undo()
    expect(lane(editor.getState(), 'Pain points').height).toBe(40 + 176 + 160 + 16)
    editor.undo()
    expect(lane(editor.getState(), 'Pain points').height).toBe(pains.height)
  })

  it('notes from several cells are each copied into their own cell, a lane grown moving the copies below it', () => {
    const editor = workshop()
    const doc = editor.getState()
    const ideas = lane(doc, 'Ideas')
    const tasks = lane(doc, 'Tasks')
    const awareness = stage(doc, 'Awareness')
    const evaluation = stage(doc, 'Evaluation')
    const ids = [
      addAt(editor, awareness.x + 16, ideas.y + 20, 'Webinar'),
      addAt(editor, awareness.x + 192, ideas.y + 20, 'Case study'),
      addAt(editor, evaluation.x + 16, ideas.y + 20, 'Trial'),
      addAt(editor, evaluation.x + 16, tasks.y + 20, 'Send the price list'),
      addAt(editor, -900, 0, 'Parked'),
    ]
    const { recipe, ids: copies } = duplicateNotes(ids)
    editor.run('Duplicate notes', recipe)
    const after = editor.getState()
    const at = (id: string) => [note(after, id).x, note(after, id).y]
    // Awareness × Ideas holds a full row: its two copies go below it, and the lane grows.
    expect(at(copies[0]!)).toEqual([awareness.x + 16, ideas.y + 196])
    expect(at(copies[1]!)).toEqual([awareness.x + 192, ideas.y + 196])
    expect(lane(after, 'Ideas').height).toBe(20 + 176 + 160 + 16)
    // Evaluation × Ideas has room beside its note.
    expect(at(copies[2]!)).toEqual([evaluation.x + 192, ideas.y + 20])
    // Tasks moved down with the grown Ideas lane, its note and its copy (beside it) alike.
    const moved = lane(after, 'Tasks').y - tasks.y
    expect(moved).toBe(lane(after, 'Ideas').height - ideas.height)
    expect(at(ids[3]!)).toEqual([evaluation.x + 16, tasks.y + 20 + moved])
    expect(at(copies[3]!)).toEqual([evaluation.x + 192, tasks.y + 20 + moved])
    // Outside the grid: 24 down and to the right.
    expect(at(copies[4]!)).toEqual([-876, 24])
    for (const [i, id] of ids.entries()) {
      expect(stageName(after, copies[i]!)).toBe(stageName(after, id))
      expect(laneName(after, copies[i]!)).toBe(laneName(after, id))
    }
  })

  it('recolouring and setting the kind change every selected note in one step', () => {
    const editor = workshop()
    const ids = [addAt(editor, -900, 0, 'Survey: 40% never log in'), addAt(editor, -700, 0, 'NPS')]
    editor.run('Colour', setNotesColor(ids, 'purple'))
    editor.run('Kind', setNotesKind(ids, 'evidence'))
    expect(editor.getState().board.notes.map((n) => [n.color, n.kind])).toEqual([
      ['purple', 'evidence'],
      ['purple', 'evidence'],
    ])
    editor.undo()
    expect(editor.getState().board.notes.every((n) => n.kind === null)).toBe(true)
  })
})

describe('Tab chaining', () => {
  it('the next note goes to the right with a 16-unit gap', () => {
    const editor = workshop()
    const awareness = stage(editor.getState(), 'Awareness')
    const id = addAt(editor, awareness.x + 16, 100, 'Sees ad on LinkedIn')
    expect(nextNotePosition(editor.getState(), id)).toEqual({ x: awareness.x + 192, y: 100 })
  })

  it('Tab chains three notes in a row in the same lane, without overlap', () => {
    const editor = workshop()
    const doc = editor.getState()
    const awareness = stage(doc, 'Awareness')
    const actions = lane(doc, 'Customer actions')
    let id = addAt(editor, awareness.x + 16, actions.y + 20, 'Sees ad on LinkedIn')
    for (const text of ['Reads a review', 'Asks a colleague']) {
      const at = nextNotePosition(editor.getState(), id)
      id = addAt(editor, at.x, at.y, text)
    }
    const notes = editor.getState().board.notes
    const xs = notes.map((n) => n.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expect(new Set(notes.map((n) => n.y))).toEqual(new Set([actions.y + 20]))
    expect(notes.map((n) => laneOf(n, editor.getState().board.lanes)?.name)).toEqual([
      'Customer actions',
      'Customer actions',
      'Customer actions',
    ])
    for (const a of notes) for (const b of notes) if (a !== b) expect(overlap(a, b)).toBe(false)
  })

  it('in a lane tall enough for another row, Tab wraps inside the stage column', () => {
    const editor = workshop()
    const actions = lane(editor.getState(), 'Customer actions')
    editor.run('Resize lane', (draft) => {
      const target = draft.board.lanes.find((l) => l.id === actions.id)!
      target.height = 600
    })
    const awareness = stage(editor.getState(), 'Awareness')
    let id = addAt(editor, awareness.x + 16, actions.y + 20, 'Sees ad on LinkedIn')
    for (const text of ['Reads a review', 'Asks a colleague']) {
      const at = nextNotePosition(editor.getState(), id)
      id = addAt(editor, at.x, at.y, text)
    }
    const notes = editor.getState().board.notes
    expect(notes.map((n) => stageName(editor.getState(), n.id))).toEqual([
      'Awareness',
      'Awareness',
      'Awareness',
    ])
    // The new row starts under the first note of the row above, so the left edge is straight.
    expect(notes[2]).toMatchObject({ x: awareness.x + 16, y: actions.y + 20 + 160 + 16 })
    for (const a of notes) for (const b of notes) if (a !== b) expect(overlap(a, b)).toBe(false)
  })

  it('a chain begun in the middle of a cell wraps to where Tidy starts a row', () => {
    const editor = workshop()
    const actions = lane(editor.getState(), 'Customer actions')
    editor.run('Resize lane', resizeLane(editor.getState(), actions.id, 600))
    const awareness = stage(editor.getState(), 'Awareness')
    // No room for a second note beside it, nor for a row of two from under it.
    const first = addAt(editor, awareness.x + 100, actions.y + 30, 'Sees an ad')
    expect(nextNotePosition(editor.getState(), first)).toEqual({
      x: awareness.x + 12,
      y: actions.y + 30 + 176,
    })
  })

  it('a Tab chain wrapped in its column is already tidy: Tidy moves none of its notes', () => {
    // Columns of 360, 400 and 600 hold two, two and three notes across; Tidy centres the row.
    for (const [width, margin, across] of [
      [360, 12, 2],
      [400, 32, 2],
      [600, 44, 3],
    ] as const) {
      const editor = workshop()
      const actions = lane(editor.getState(), 'Customer actions')
      editor.run('Resize lane', resizeLane(editor.getState(), actions.id, 600))
      const awareness = stage(editor.getState(), 'Awareness')
      editor.run('Resize stage', resizeStage(editor.getState(), awareness.id, width))
      const ids = [addAt(editor, awareness.x + margin, actions.y + 16, 'Sees ad on LinkedIn')]
      for (const text of ['Reads a review', 'Asks a colleague', 'Compares prices']) {
        const at = nextNotePosition(editor.getState(), ids.at(-1)!)
        ids.push(addAt(editor, at.x, at.y, text))
      }
      const before = editor.getState()
      expect(new Set(ids.map((id) => note(before, id).y)).size).toBe(Math.ceil(4 / across))
      editor.run('Tidy', tidyNotes(before, ids))
      expect(editor.getState().board.notes).toEqual(before.board.notes)
    }
  })

  it('a chain that goes on to the right starts the next stage column rather than lying across its line', () => {
    const editor = workshop()
    const doc = editor.getState()
    const awareness = stage(doc, 'Awareness')
    const evaluation = stage(doc, 'Evaluation')
    const actions = lane(doc, 'Customer actions')
    // Written in the middle of the cell, as a double-click there makes it: no room for a second
    // row in the lane, and the next slot to the right would cross into Evaluation.
    let id = addAt(editor, awareness.x + 100, actions.y + 30, 'Sees an ad')
    for (const text of ['Reads a review', 'Asks a colleague', 'Compares prices']) {
      const at = nextNotePosition(editor.getState(), id)
      id = addAt(editor, at.x, at.y, text)
    }
    const board = editor.getState().board
    const across = board.notes.filter((n) =>
      board.stages.some((s) => n.x < s.x + s.width && n.x + n.width > s.x + s.width),
    )
    expect(across.map((n) => n.text)).toEqual([])
    expect(board.notes.map((n) => stageName(editor.getState(), n.id))).toEqual([
      'Awareness',
      'Evaluation',
      'Evaluation',
      'Purchase',
    ])
    expect(board.notes[1]).toMatchObject({ x: evaluation.x + 12, y: actions.y + 30 })
    for (const a of board.notes)
      for (const b of board.notes) if (a !== b) expect(overlap(a, b)).toBe(false)
  })

  it('in the last stage column a full row wraps to a new row in the cell, its lane grown to hold it', () => {
    const editor = workshop()
    const doc = editor.getState()
    const advocacy = stage(doc, 'Advocacy')
    const actions = lane(doc, 'Customer actions')
    const touch = lane(doc, 'Touchpoints')
    const first = addAt(editor, advocacy.x + 100, actions.y + 30, 'Tells a friend')
    // Right of it the note would stick out of the grid, and the lane (220) has no room below.
    const second = nextNotePosition(editor.getState(), first)
    expect(second).toEqual({
      x: advocacy.x + 12,
      y: actions.y + 206,
      growLane: { id: actions.id, height: 382 },
    })
    // Written as the note editor writes it: the lane grows, then the note is added, one step.
    const written = addNote({ x: second.x, y: second.y, text: 'Posts a review', now: NOW })
    editor.run('Add note', (draft) => {
      resizeLane(editor.getState(), actions.id, second.growLane!.height)(draft)
      written.recipe(draft)
    })
    const third = nextNotePosition(editor.getState(), written.id)
    expect(third).toEqual({ x: advocacy.x + 188, y: actions.y + 206 })
    let id = addAt(editor, third.x, third.y, 'Joins the user group')
    // Two more: a row of two, then the next row, the lane grown again.
    for (const text of ['Speaks at the meetup', 'Writes a guest post']) {
      const next = nextNotePosition(editor.getState(), id)
      const made = addNote({ x: next.x, y: next.y, text, now: NOW })
      editor.run('Add note', (draft) => {
        if (next.growLane) resizeLane(editor.getState(), actions.id, next.growLane.height)(draft)
        made.recipe(draft)
      })
      id = made.id
    }
    const board = editor.getState().board
    expect(board.notes.map((n) => stageName(editor.getState(), n.id))).toEqual(
      Array(5).fill('Advocacy'),
    )
    expect(board.notes.map((n) => laneOf(n, board.lanes)?.name)).toEqual(
      Array(5).fill('Customer actions'),
    )
    expect(lane(editor.getState(), 'Customer actions').height).toBe(558)
    expect(lane(editor.getState(), 'Touchpoints').y).toBe(touch.y + 338)
    for (const a of board.notes)
      for (const b of board.notes) if (a !== b) expect(overlap(a, b)).toBe(false)
  })

  it('a chain that goes on into the last column wraps there too, rather than past the grid', () => {
    const editor = workshop()
    const doc = editor.getState()
    const renewal = stage(doc, 'Renewal')
    const advocacy = stage(doc, 'Advocacy')
    const actions = lane(doc, 'Customer actions')
    const from = addAt(editor, renewal.x + 100, actions.y + 30, 'Renews early')
    addAt(editor, advocacy.x + 100, actions.y + 30, 'Tells a friend')
    // Right of the first note crosses into Advocacy; its first slot is taken, the next would
    // stick out of the grid: a new row in Advocacy, the lane grown.
    expect(nextNotePosition(editor.getState(), from)).toEqual({
      x: advocacy.x + 12,
      y: actions.y + 206,
      growLane: { id: actions.id, height: 382 },
    })
  })

  it("a new row below the lane is not pushed aside by the next lane's notes, which move down", () => {
    const editor = workshop()
    const advocacy = stage(editor.getState(), 'Advocacy')
    const actions = lane(editor.getState(), 'Customer actions')
    const touch = lane(editor.getState(), 'Touchpoints')
    addAt(editor, advocacy.x + 16, touch.y + 10, 'Shares on social media')
    const first = addAt(editor, advocacy.x + 100, actions.y + 30, 'Tells a friend')
    expect(nextNotePosition(editor.getState(), first)).toMatchObject({
      x: advocacy.x + 12,
      y: actions.y + 206,
    })
  })

  it('steps past a note already in the slot', () => {
    const editor = workshop()
    const id = addAt(editor, -2000, 0, 'Idea: chat widget')
    addAt(editor, -1824, 0, 'Idea: FAQ')
    expect(nextNotePosition(editor.getState(), id)).toEqual({ x: -1648, y: 0 })
  })
})
