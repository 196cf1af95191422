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
    expect(note(editor.getState(), task)).toEqual(before)
    expect(laneName(editor.getState(), task)).toBeNull()
    editor.undo()
    expect(laneName(editor.getState(), task)).toBe('Follow-ups')
    editor.undo()
    editor.undo()
    expect(lane(editor.getState(), 'Tasks').kind).toBe('task')
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
