import { describe, expect, it } from 'vitest'
import { createEditor } from '../../../../../src/shared/commands/editor'
import { setStepFields } from '../../../../../src/shared/commands/journey'
import { workshopMap } from '../../../helpers/workshop'

describe('step details', () => {
  it('a field set with three steps selected applies to all three, as one undo step', () => {
    const editor = createEditor(workshopMap())
    const ids = ['note_3', 'note_40', 'note_77']
    editor.run(
      'Set owner and deadline',
      setStepFields(ids, { ownerId: 'person_1', deadline: '2026-04-15', decision: 'automate' }),
    )
    for (const id of ids) {
      expect(editor.getState().board.notes.find((n) => n.id === id)?.step).toMatchObject({
        ownerId: 'person_1',
        deadline: '2026-04-15',
        decision: 'automate',
      })
    }
    expect(editor.undoLabel()).toBe('Set owner and deadline')
    editor.undo()
    expect(editor.canUndo()).toBe(false)
  })

  it('keeps the fields it is not given', () => {
    const editor = createEditor(workshopMap())
    const before = editor.getState().board.notes.find((n) => n.id === 'note_3')?.step
    editor.run('Set status', setStepFields(['note_3'], { status: 'in-progress' }))
    const after = editor.getState().board.notes.find((n) => n.id === 'note_3')?.step
    expect(after).toEqual({ ...before, status: 'in-progress' })
  })

  it('sets a note’s own kind, and clears it again with null', () => {
    const editor = createEditor(workshopMap())
    editor.run('Set kind', setStepFields(['note_5'], { kind: 'idea' }))
    expect(editor.getState().board.notes.find((n) => n.id === 'note_5')?.kind).toBe('idea')
    editor.run('Clear kind', setStepFields(['note_5'], { kind: null }))
    expect(editor.getState().board.notes.find((n) => n.id === 'note_5')?.kind).toBeNull()
  })

  it('records nothing when the notes already hold the values, or are gone', () => {
    const editor = createEditor(workshopMap())
    const status = editor.getState().board.notes[0]?.step.status
    editor.run('Same status', setStepFields(['note_0'], { status }))
    editor.run('Gone', setStepFields(['note_gone'], { status: 'done' }))
    expect(editor.canUndo()).toBe(false)
  })

  it('ignores a deadline that is not a real date', () => {
    const editor = createEditor(workshopMap())
    editor.run('Bad deadline', setStepFields(['note_0'], { deadline: '2026-02-30' }))
    expect(editor.canUndo()).toBe(false)
    editor.run('Clear deadline', setStepFields(['note_0'], { deadline: '2026-03-31' }))
    editor.run('Clear deadline', setStepFields(['note_0'], { deadline: null }))
    expect(editor.getState().board.notes[0]?.step.deadline).toBeNull()
  })
})
