import { describe, expect, it } from 'vitest'
import {
  addLane,
  addNote,
  deleteLane,
  moveLane,
  renameLane,
  resizeLane,
  setLaneKind,
} from '../../../../../src/shared/commands/board'
import { STAGE_HEADER_HEIGHT } from '../../../../../src/shared/document/templates'
import { kindOf, laneOf } from '../../../../../src/shared/journey/geometry'
import { lane, laneName, NOW, note, stage, workshop } from './fixtures'

function boardWithNotes() {
  const editor = workshop()
  const doc = editor.getState()
  const x = stage(doc, 'Onboarding').x + 40
  const pain = addNote({
    x,
    y: lane(doc, 'Pain points').y + 30,
    text: 'Password reset loops',
    now: NOW,
  })
  const task = addNote({ x, y: lane(doc, 'Tasks').y + 30, text: 'Rewrite welcome email', now: NOW })
  editor.run('Add note', pain.recipe)
  editor.run('Add note', task.recipe)
  return { editor, pain: pain.id, task: task.id }
}

describe('lanes', () => {
  it('a new Evidence lane below Pain points pushes the lanes and notes below it down', () => {
    const { editor, pain, task } = boardWithNotes()
    const before = editor.getState()
    const pains = lane(before, 'Pain points')
    const { recipe, id } = addLane(before, {
      name: 'Evidence',
      kind: 'evidence',
      afterId: pains.id,
    })
    editor.run('Add lane', recipe)
    const after = editor.getState()
    expect(lane(after, 'Evidence')).toMatchObject({ id, kind: 'evidence', y: pains.y + 220 })
    expect(note(after, task).y).toBe(note(before, task).y + 220)
    expect(note(after, pain).y).toBe(note(before, pain).y)
    expect(laneName(after, task)).toBe('Tasks')
    editor.undo()
    expect(editor.getState().board).toEqual(before.board)
  })

  it('reordering lanes carries their notes, so a pain point stays a pain point', () => {
    const { editor, pain, task } = boardWithNotes()
    const doc = editor.getState()
    editor.run('Move lane', moveLane(doc, lane(doc, 'Pain points').id, 4))
    const after = editor.getState()
    expect(after.board.lanes.map((l) => l.name)).toEqual([
      'Customer actions',
      'Touchpoints',
      'Ideas',
      'Tasks',
      'Pain points',
    ])
    expect(laneName(after, pain)).toBe('Pain points')
    expect(laneName(after, task)).toBe('Tasks')
    const painNote = note(after, pain)
    expect(kindOf(painNote, laneOf(painNote, after.board.lanes))).toBe('pain-point')
  })

  it('resizing a lane shifts the lanes below and their notes', () => {
    const { editor, pain, task } = boardWithNotes()
    const before = editor.getState()
    editor.run('Resize lane', resizeLane(before, lane(before, 'Ideas').id, 400))
    const after = editor.getState()
    expect(note(after, task).y).toBe(note(before, task).y + 180)
    expect(note(after, pain).y).toBe(note(before, pain).y)
  })

  it('renaming, changing the kind and deleting a lane are each one undo step', () => {
    const { editor, task } = boardWithNotes()
    const id = lane(editor.getState(), 'Tasks').id
    editor.run('Rename lane', renameLane(id, ' Follow-ups '))
    editor.run('Set lane kind', setLaneKind(id, 'idea'))
    expect(lane(editor.getState(), 'Follow-ups').kind).toBe('idea')
    const revision = editor.revision()
    editor.run('Rename lane', renameLane(id, ''))
    expect(editor.revision()).toBe(revision)
    const before = note(editor.getState(), task)
    editor.run('Delete lane', deleteLane(id))
    // The note stays where it was, and keeps the kind the lane gave it, now as its own.
    expect(note(editor.getState(), task)).toEqual({ ...before, kind: 'idea' })
    expect(laneName(editor.getState(), task)).toBeNull()
    editor.undo()
    expect(laneName(editor.getState(), task)).toBe('Follow-ups')
    expect(note(editor.getState(), task).kind).toBeNull()
    editor.undo()
    editor.undo()
    expect(lane(editor.getState(), 'Tasks').kind).toBe('task')
  })

  it('deleting a lane keeps what its notes were, whatever kind they had before they came in', () => {
    const { editor, pain, task } = boardWithNotes()
    const pains = lane(editor.getState(), 'Pain points')
    // A note parked outside the lanes as an idea, then dragged into Pain points: a pain point there.
    editor.run('Set kind', (draft) => {
      const n = draft.board.notes.find((candidate) => candidate.id === pain)
      if (n) n.kind = 'idea'
    })
    editor.run('Delete lane', deleteLane(pains.id))
    const after = editor.getState()
    const painNote = note(after, pain)
    expect(kindOf(painNote, laneOf(painNote, after.board.lanes))).toBe('pain-point')
    // Another lane's notes are not touched.
    expect(note(after, task).kind).toBeNull()
    expect(laneName(after, task)).toBe('Tasks')
  })

  it('a lane added at the bottom, or the bottom lane grown, leaves a note parked below the grid outside it', () => {
    const editor = workshop()
    const doc = editor.getState()
    const bottom = doc.board.lanes.at(-1)!
    const end = bottom.y + bottom.height
    const parked = addNote({
      x: stage(doc, 'Onboarding').x + 40,
      y: end + 40,
      text: 'Parking lot: pricing question',
      kind: 'idea',
      now: NOW,
    })
    const above = addNote({
      x: stage(doc, 'Onboarding').x + 40,
      y: doc.board.lanes[0]!.y - 600,
      text: 'Above the grid',
      now: NOW,
    })
    editor.run('Add note', parked.recipe)
    editor.run('Add note', above.recipe)
    const { recipe } = addLane(editor.getState(), { name: 'Emotions', kind: 'other' })
    editor.run('Add lane', recipe)
    let now = editor.getState()
    expect(lane(now, 'Emotions').y).toBe(end)
    expect(note(now, parked.id).y).toBe(end + 40 + lane(now, 'Emotions').height)
    expect(laneName(now, parked.id)).toBeNull()
    expect(kindOf(note(now, parked.id), null)).toBe('idea')
    // A note above the grid, in no lane but not past its end, stays where it is.
    expect(note(now, above.id).y).toBe(doc.board.lanes[0]!.y - 600)
    const emotions = lane(now, 'Emotions')
    editor.run('Resize lane', resizeLane(now, emotions.id, emotions.height + 100))
    now = editor.getState()
    expect(note(now, parked.id).y).toBe(end + 40 + emotions.height + 100)
    expect(laneName(now, parked.id)).toBeNull()
    editor.undo()
    editor.undo()
    expect(note(editor.getState(), parked.id).y).toBe(end + 40)
  })

  it('the notes in the strip a deleted lane left stay in no lane as the lanes around it are added, grown or moved', () => {
    const { editor, pain } = boardWithNotes()
    const lanes = () => editor.getState().board.lanes
    editor.run('Delete lane', deleteLane(lane(editor.getState(), 'Pain points').id))
    const check = () => {
      const now = editor.getState()
      const n = note(now, pain)
      expect(laneName(now, pain)).toBeNull()
      expect(kindOf(n, laneOf(n, now.board.lanes))).toBe('pain-point')
    }
    const actions = lane(editor.getState(), 'Customer actions')
    editor.run(
      'Add lane',
      addLane(editor.getState(), { name: 'Emotions', kind: 'other', afterId: actions.id }).recipe,
    )
    check()
    editor.run('Resize lane', resizeLane(editor.getState(), actions.id, actions.height + 150))
    check()
    editor.run('Move lane', moveLane(editor.getState(), lane(editor.getState(), 'Tasks').id, 0))
    check()
    editor.run('Move lane', moveLane(editor.getState(), lanes()[0]!.id, lanes().length - 1))
    check()
  })

  it('deleting the top lane moves its notes up past the stage names, keeping their layout', () => {
    const editor = workshop()
    const [first, second] = editor.getState().board.lanes
    const x = stage(editor.getState(), 'Onboarding').x + 40
    const ids = [first!.y + 10, first!.y + 50].map((y, i) => {
      const { recipe, id } = addNote({ x: x + i * 400, y, text: `Action ${i + 1}`, now: NOW })
      editor.run('Add note', recipe)
      return id
    })
    editor.run('Delete lane', deleteLane(first!.id))
    const [a, b] = ids.map((id) => note(editor.getState(), id))
    // The stage names now sit in the 76 above the new top lane; the notes end 16 above them.
    expect(b!.y + b!.height).toBe(second!.y - STAGE_HEADER_HEIGHT - 16)
    expect(b!.y - a!.y).toBe(40)
    expect(a!.x).toBe(x)
    expect(laneName(editor.getState(), ids[0]!)).toBeNull()
  })
})
