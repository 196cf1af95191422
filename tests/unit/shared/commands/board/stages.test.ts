import { describe, expect, it } from 'vitest'
import {
  addNote,
  addStage,
  BAND_COMMANDS,
  deleteStage,
  moveStage,
  parseBandSize,
  renameStage,
  resizeLane,
  resizeStage,
  validateName,
} from '../../../../../src/shared/commands/board'
import { LANE_HEADER_WIDTH } from '../../../../../src/shared/document/templates'
import { laneOf } from '../../../../../src/shared/journey/geometry'
import { NOW, note, overlap, stage, stageName, workshop } from './fixtures'

function boardWithNotes() {
  const editor = workshop()
  const doc = editor.getState()
  const ids: Record<string, string> = {}
  for (const [name, text] of [
    ['Purchase', 'Signs the order form'],
    ['Onboarding', 'Receives login details'],
    ['Adoption', 'Invites the team'],
  ] as const) {
    const { recipe, id } = addNote({ x: stage(doc, name).x + 40, y: 120, text, now: NOW })
    editor.run('Add note', recipe)
    ids[name] = id
  }
  return { editor, ids: ids as Record<'Purchase' | 'Onboarding' | 'Adoption', string> }
}

describe('stage columns', () => {
  it('a new stage after Onboarding pushes the later columns and their notes right', () => {
    const { editor, ids } = boardWithNotes()
    const before = editor.getState()
    const onboarding = stage(before, 'Onboarding')
    const { recipe, id } = addStage(before, { name: '  Support  ', afterId: onboarding.id })
    editor.run('Add stage', recipe)
    const after = editor.getState()
    expect(after.board.stages.map((s) => s.name).slice(3, 6)).toEqual([
      'Onboarding',
      'Support',
      'Adoption',
    ])
    expect(stage(after, 'Support')).toMatchObject({ id, x: onboarding.x + 360, width: 360 })
    expect(stage(after, 'Adoption').x).toBe(stage(before, 'Adoption').x + 360)
    expect(note(after, ids.Adoption).x).toBe(note(before, ids.Adoption).x + 360)
    expect(note(after, ids.Onboarding).x).toBe(note(before, ids.Onboarding).x)
    expect(stageName(after, ids.Adoption)).toBe('Adoption')
    editor.undo()
    expect(editor.getState().board).toEqual(before.board)
  })

  it('a new stage without a place goes at the right end', () => {
    const { editor } = boardWithNotes()
    const { recipe } = addStage(editor.getState(), { name: 'Win-back' })
    editor.run('Add stage', recipe)
    const stages = editor.getState().board.stages
    expect(stages.at(-1)).toMatchObject({ name: 'Win-back', x: 200 + 7 * 360 })
  })

  it('a stage added at the right end pushes the unsorted notes right of the grid on, not into it', () => {
    const editor = workshop()
    const doc = editor.getState()
    const last = doc.board.stages.at(-1)!
    const end = last.x + last.width
    const y = doc.board.lanes[1]!.y + 30
    const heap = addNote({ x: end + 80, y, text: 'Not sorted yet', now: NOW })
    editor.run('Add note', heap.recipe)
    const { recipe, id } = addStage(editor.getState(), { name: 'Win-back' })
    editor.run('Add stage', recipe)
    const after = editor.getState()
    const added = after.board.stages.find((candidate) => candidate.id === id)!
    expect(added.x).toBe(end)
    expect(note(after, heap.id).x).toBe(end + 80 + added.width)
    expect(note(after, heap.id).y).toBe(y)
    expect(stageName(after, heap.id)).toBeNull()
  })

  it('the notes in the strip a deleted stage left stay unsorted as the columns around it are added, widened or moved', () => {
    const editor = workshop()
    const y = editor.getState().board.lanes[1]!.y + 30
    const adoption = stage(editor.getState(), 'Adoption')
    const left = addNote({ x: adoption.x + 40, y, text: 'Left in the strip', now: NOW })
    editor.run('Add note', left.recipe)
    editor.run('Delete stage', deleteStage(adoption.id))
    const check = () => expect(stageName(editor.getState(), left.id)).toBeNull()
    check()
    const onboarding = stage(editor.getState(), 'Onboarding')
    editor.run(
      'Add stage',
      addStage(editor.getState(), { name: 'Support', afterId: onboarding.id }).recipe,
    )
    check()
    editor.run(
      'Resize stage',
      resizeStage(editor.getState(), onboarding.id, onboarding.width + 200),
    )
    check()
    editor.run(
      'Move stage',
      moveStage(editor.getState(), stage(editor.getState(), 'Advocacy').id, 0),
    )
    check()
    editor.run(
      'Move stage',
      moveStage(editor.getState(), stage(editor.getState(), 'Renewal').id, 1),
    )
    check()
  })

  it('renaming trims the name, and an empty name is refused with a message', () => {
    const { editor } = boardWithNotes()
    const id = stage(editor.getState(), 'Renewal').id
    editor.run('Rename stage', renameStage(id, '  Contract renewal '))
    expect(stage(editor.getState(), 'Contract renewal').id).toBe(id)
    const revision = editor.revision()
    editor.run('Rename stage', renameStage(id, '   '))
    expect(editor.revision()).toBe(revision)
    expect(validateName('   ')).toBe('A stage needs a name.')
    expect(validateName('   ', 'lane')).toBe('A lane needs a name.')
    expect(validateName('Onboarding')).toBeNull()
  })

  it('resizing a stage shifts the later columns and their notes', () => {
    const { editor, ids } = boardWithNotes()
    const before = editor.getState()
    editor.run('Resize stage', resizeStage(before, stage(before, 'Onboarding').id, 500))
    const after = editor.getState()
    expect(stage(after, 'Onboarding').width).toBe(500)
    expect(stage(after, 'Adoption').x).toBe(stage(before, 'Adoption').x + 140)
    expect(note(after, ids.Adoption).x).toBe(note(before, ids.Adoption).x + 140)
    expect(note(after, ids.Onboarding).x).toBe(note(before, ids.Onboarding).x)
    expect(note(after, ids.Purchase).x).toBe(note(before, ids.Purchase).x)
    editor.undo()
    expect(editor.getState().board).toEqual(before.board)
  })

  it('a stage cannot be narrower than its widest note, and a shrinking column keeps its notes inside', () => {
    const { editor, ids } = boardWithNotes()
    const doc = editor.getState()
    const onboarding = stage(doc, 'Onboarding')
    editor.run('Move', (draft) => {
      draft.board.notes.find((n) => n.id === ids.Onboarding)!.x = onboarding.x + 190
    })
    expect(BAND_COMMANDS.stage.smallest(editor.getState(), onboarding.id)).toEqual({
      size: 176,
      largestNote: 160,
    })
    editor.run('Resize stage', resizeStage(editor.getState(), onboarding.id, 50))
    const after = editor.getState()
    // The 160-wide note with half a gap each side, not 120, which left it reaching 40 into
    // Adoption.
    const narrowed = stage(after, 'Onboarding')
    expect(narrowed.width).toBe(176)
    const moved = after.board.notes.find((n) => n.id === ids.Onboarding)!
    expect(moved.x).toBeGreaterThanOrEqual(narrowed.x)
    expect(moved.x + moved.width).toBeLessThanOrEqual(narrowed.x + narrowed.width)
    expect(stageName(after, ids.Onboarding)).toBe('Onboarding')
    expect(stageName(after, ids.Adoption)).toBe('Adoption')
  })

  it('a column made narrower tidies a cell whose notes it would pile up, in the same undo step', () => {
    const editor = workshop()
    const awareness = stage(editor.getState(), 'Awareness')
    const actions = editor.getState().board.lanes[0]!
    editor.run('Resize lane', resizeLane(editor.getState(), actions.id, 400))
    // Two rows of two, as Tab and Tidy lay them out in a 360 column.
    const ids: string[] = []
    for (const [dx, dy] of [
      [12, 16],
      [188, 16],
      [12, 192],
      [188, 192],
    ] as const) {
      const { recipe, id } = addNote({
        x: awareness.x + dx,
        y: actions.y + dy,
        text: `Step ${ids.length + 1}`,
        now: NOW,
      })
      editor.run('Add note', recipe)
      ids.push(id)
    }
    const before = editor.getState()
    editor.run('Resize stage', resizeStage(before, awareness.id, 176))
    const after = editor.getState()
    expect(stage(after, 'Awareness').width).toBe(176)
    const placed = ids.map((id) => note(after, id))
    // One note across, four rows in reading order; the lane grown to hold them.
    expect(placed.map((n) => n.x - awareness.x)).toEqual([8, 8, 8, 8])
    expect(placed.map((n) => n.y)).toEqual([...placed.map((n) => n.y)].sort((a, b) => a - b))
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a, b)).toBe(false)
    expect(new Set(ids.map((id) => stageName(after, id)))).toEqual(new Set(['Awareness']))
    expect(new Set(ids.map((id) => laneOf(note(after, id), after.board.lanes)?.id))).toEqual(
      new Set([actions.id]),
    )
    editor.undo()
    expect(editor.getState()).toEqual(before)
  })

  it('a stage already narrower than its note keeps its width when asked for less, and can grow', () => {
    const { editor, ids } = boardWithNotes()
    const onboarding = stage(editor.getState(), 'Onboarding')
    editor.run('Narrow', (draft) => {
      draft.board.stages.find((s) => s.id === onboarding.id)!.width = 150
    })
    expect(stageName(editor.getState(), ids.Onboarding)).toBe('Onboarding')
    editor.run('Resize stage', resizeStage(editor.getState(), onboarding.id, 130))
    expect(stage(editor.getState(), 'Onboarding').width).toBe(150)
    editor.run('Resize stage', resizeStage(editor.getState(), onboarding.id, 170))
    expect(stage(editor.getState(), 'Onboarding').width).toBe(170)
    // A note of 80 needs no more than any band: the floor is 120, and no note is blamed for it.
    expect(parseBandSize('100', 'stage', { size: 120, largestNote: 80 })).toEqual({
      problem: "A stage's width can be 120 to 10,000 pixels.",
    })
  })

  it('an empty stage, and a lane without notes, can be made as small as 120', () => {
    const { editor } = boardWithNotes()
    const renewal = stage(editor.getState(), 'Renewal')
    const ideas = editor.getState().board.lanes.find((l) => l.name === 'Ideas')!
    expect(
      editor.getState().board.notes.some((n) => stageName(editor.getState(), n.id) === 'Renewal'),
    ).toBe(false)
    editor.run('Resize stage', resizeStage(editor.getState(), renewal.id, 10))
    editor.run('Resize lane', resizeLane(editor.getState(), ideas.id, 10))
    expect(stage(editor.getState(), 'Renewal').width).toBe(120)
    expect(editor.getState().board.lanes.find((l) => l.id === ideas.id)!.height).toBe(120)
  })

  it('a lane cannot be made shorter than its tallest note', () => {
    const { editor, ids } = boardWithNotes()
    const doc = editor.getState()
    const note = doc.board.notes.find((n) => n.id === ids.Onboarding)!
    const lane = doc.board.lanes.find((l) => laneOf(note, doc.board.lanes)?.id === l.id)!
    editor.run('Resize lane', resizeLane(doc, lane.id, 100))
    const after = editor.getState()
    const shrunk = after.board.lanes.find((l) => l.id === lane.id)!
    expect(shrunk.height).toBe(note.height + 16)
    const kept = after.board.notes.find((n) => n.id === ids.Onboarding)!
    expect(kept.y).toBeGreaterThanOrEqual(shrunk.y)
    expect(kept.y + kept.height).toBeLessThanOrEqual(shrunk.y + shrunk.height)
  })

  /** Notes added at (dx, dy) from the Awareness column's and the first lane's corner. */
  function cellWith(at: readonly (readonly [number, number])[], laneHeight: number) {
    const editor = workshop()
    const actions = editor.getState().board.lanes[0]!
    editor.run('Resize lane', resizeLane(editor.getState(), actions.id, laneHeight))
    const awareness = stage(editor.getState(), 'Awareness')
    const ids = at.map(([dx, dy], i) => {
      const { recipe, id } = addNote({
        x: awareness.x + dx,
        y: actions.y + dy,
        text: `Step ${i + 1}`,
        now: NOW,
      })
      editor.run('Add note', recipe)
      return id
    })
    return { editor, ids, actions }
  }

  it('a lane cannot be made shorter than the rows Tidy makes of its fullest cell, and says so', () => {
    // Five notes in a 360 column: three rows of two across.
    const { editor, ids, actions } = cellWith(
      [
        [12, 16],
        [188, 16],
        [12, 192],
        [188, 192],
        [12, 368],
      ],
      600,
    )
    const smallest = BAND_COMMANDS.lane.smallest(editor.getState(), actions.id)
    // Three rows of 160 with a gap above, between and below them.
    expect(smallest).toEqual({
      size: 3 * 160 + 4 * 16,
      largestNote: 160,
      rows: { count: 3, stage: 'Awareness' },
    })
    expect(parseBandSize('300', 'lane', smallest)).toEqual({
      problem: 'This lane holds 3 rows of notes in Awareness: its height can be 544 or more.',
    })
    editor.run('Resize lane', resizeLane(editor.getState(), actions.id, 100))
    const after = editor.getState()
    const lane = after.board.lanes.find((l) => l.id === actions.id)!
    expect(lane.height).toBe(544)
    const placed = ids.map((id) => note(after, id))
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a, b)).toBe(false)
    for (const n of placed) expect(laneOf(n, after.board.lanes)?.id).toBe(actions.id)
  })

  it('a lane made shorter tidies a cell whose notes it would pile up, in the same undo step', () => {
    // Two notes one above the other, far apart in a tall lane: a row of two fits in 176.
    const { editor, ids, actions } = cellWith(
      [
        [100, 16],
        [100, 500],
      ],
      800,
    )
    const before = editor.getState()
    expect(BAND_COMMANDS.lane.smallest(before, actions.id)).toEqual({ size: 176, largestNote: 160 })
    editor.run('Resize lane', resizeLane(before, actions.id, 200))
    const after = editor.getState()
    expect(after.board.lanes.find((l) => l.id === actions.id)!.height).toBe(200)
    const [upper, lower] = ids.map((id) => note(after, id))
    // Pulled up, the lower note would have lain on the upper one: Tidy puts them side by side.
    expect(overlap(upper!, lower!)).toBe(false)
    expect(upper!.y).toBe(lower!.y)
    expect(laneOf(upper!, after.board.lanes)?.id).toBe(actions.id)
    expect(laneOf(lower!, after.board.lanes)?.id).toBe(actions.id)
    editor.undo()
    expect(editor.getState()).toEqual(before)
  })

  it('moving the Onboarding column carries its notes, so a note in Onboarding stays in Onboarding', () => {
    const { editor, ids } = boardWithNotes()
    const before = editor.getState()
    const onboarding = stage(before, 'Onboarding')
    editor.run('Move stage', moveStage(before, onboarding.id, 0))
    const after = editor.getState()
    expect(after.board.stages.map((s) => s.name)).toEqual([
      'Onboarding',
      'Awareness',
      'Evaluation',
      'Purchase',
      'Adoption',
      'Renewal',
      'Advocacy',
    ])
    expect(after.board.stages.map((s) => s.x)).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => 200 + i * 360),
    )
    expect(note(after, ids.Onboarding).x).toBe(200 + 40)
    expect(stageName(after, ids.Onboarding)).toBe('Onboarding')
    expect(stageName(after, ids.Purchase)).toBe('Purchase')
    expect(stageName(after, ids.Adoption)).toBe('Adoption')
    expect(editor.undoLabel()).toBe('Move stage')
    editor.undo()
    expect(editor.getState().board).toEqual(before.board)
  })

  it('moving a stage to the far right clamps to the last place', () => {
    const { editor, ids } = boardWithNotes()
    const purchase = stage(editor.getState(), 'Purchase')
    editor.run('Move stage', moveStage(editor.getState(), purchase.id, 99))
    const after = editor.getState()
    expect(after.board.stages.at(-1)?.name).toBe('Purchase')
    expect(stageName(after, ids.Purchase)).toBe('Purchase')
  })

  it('deleting a stage keeps its notes on the board, unsorted, and drops its metrics', () => {
    const { editor, ids } = boardWithNotes()
    const before = editor.getState()
    const onboarding = stage(before, 'Onboarding')
    editor.run('Add metric', (draft) => {
      draft.metrics.push({
        id: 'metric_ttv',
        stageId: onboarding.id,
        name: 'Time to first value',
        unit: 'days',
        baseline: 21,
        target: 7,
        current: null,
      })
    })
    editor.run('Delete stage', deleteStage(onboarding.id))
    const after = editor.getState()
    expect(after.board.stages.map((s) => s.name)).not.toContain('Onboarding')
    expect(note(after, ids.Onboarding)).toEqual(note(before, ids.Onboarding))
    expect(stageName(after, ids.Onboarding)).toBeNull()
    expect(after.metrics).toHaveLength(0)
    editor.undo()
    expect(stageName(editor.getState(), ids.Onboarding)).toBe('Onboarding')
    expect(editor.getState().metrics).toHaveLength(1)
  })

  it('deleting the first stage moves its notes out past the lane names, keeping their layout', () => {
    const editor = workshop()
    const first = editor.getState().board.stages[0]!
    const second = editor.getState().board.stages[1]!
    const laneTop = editor.getState().board.lanes[0]!.y
    const ids = [
      { x: first.x + 20, y: laneTop + 30, text: 'Sees the ad' },
      { x: first.x + 190, y: laneTop + 250, text: 'Hears from a friend' },
    ].map((at) => {
      const { recipe, id } = addNote({ ...at, now: NOW })
      editor.run('Add note', recipe)
      return id
    })
    const kept = note(editor.getState(), ids[0]!)
    editor.run('Delete stage', deleteStage(first.id))
    const after = editor.getState()
    const [a, b] = ids.map((id) => note(after, id))
    // The lane names now sit in the 196 before the new first column; the notes end 16 before them.
    expect(Math.max(a!.x + a!.width, b!.x + b!.width)).toBe(second.x - LANE_HEADER_WIDTH - 16)
    expect(b!.x - a!.x).toBe(170)
    expect(a!.y).toBe(kept.y)
    expect(ids.map((id) => stageName(after, id))).toEqual([null, null])
    editor.undo()
    expect(note(editor.getState(), ids[0]!)).toEqual(kept)
  })

  it('deleting a stage in the middle, or the first one with nothing under the lane names, moves no note', () => {
    const { editor, ids } = boardWithNotes()
    const before = editor.getState()
    editor.run('Delete stage', deleteStage(stage(before, 'Purchase').id))
    expect(note(editor.getState(), ids.Purchase)).toEqual(note(before, ids.Purchase))
    const first = editor.getState().board.stages[0]!
    // A note above the lanes, in the stage header row, covers no lane name.
    const { recipe, id } = addNote({ x: first.x + 20, y: -200, text: 'Above the grid', now: NOW })
    editor.run('Add note', recipe)
    const above = note(editor.getState(), id)
    editor.run('Delete stage', deleteStage(first.id))
    expect(note(editor.getState(), id)).toEqual(above)
  })
})

describe('a stage width or lane height typed in', () => {
  it('reads whole pixels, with or without "px", spaces and thousands separators', () => {
    expect(parseBandSize('360', 'stage')).toEqual({ size: 360 })
    expect(parseBandSize(' 420.6 px ', 'stage')).toEqual({ size: 421 })
    expect(parseBandSize('300PX', 'lane')).toEqual({ size: 300 })
    expect(parseBandSize('120', 'lane')).toEqual({ size: 120 })
    expect(parseBandSize('10000', 'stage')).toEqual({ size: 10_000 })
    expect(parseBandSize('1,200.5px', 'stage')).toEqual({ size: 1201 })
  })

  it('says what a usable size looks like when the text is not a number', () => {
    for (const text of ['', 'wide', '-300', '1e9', '3 00', '360 cm', '1,20', '12,000,0']) {
      expect(parseBandSize(text, 'stage')).toEqual({
        problem: "A stage's width is a number of pixels, such as 360.",
      })
    }
    expect(parseBandSize('tall', 'lane')).toEqual({
      problem: "A lane's height is a number of pixels, such as 220.",
    })
  })

  it('refuses a size smaller than the notes the band holds need, naming the largest', () => {
    const smallest = { size: 216, largestNote: 200 }
    for (const text of ['50', '150', '215'])
      expect(parseBandSize(text, 'lane', smallest)).toEqual({
        problem: 'This lane holds a note 200 pixels tall: its height can be 216 or more.',
      })
    expect(parseBandSize('216', 'lane', smallest)).toEqual({ size: 216 })
    expect(parseBandSize('20000', 'lane', smallest)).toEqual({
      problem: "A lane's height can be 120 to 10,000 pixels.",
    })
  })

  it('refuses a size outside 120 to 10,000 pixels, saying so', () => {
    for (const text of ['0', '119.4', '10001', '99999999999999999999']) {
      expect(parseBandSize(text, 'lane')).toEqual({
        problem: "A lane's height can be 120 to 10,000 pixels.",
      })
    }
  })
})
