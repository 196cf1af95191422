import { describe, expect, it } from 'vitest'
import { createEditor } from '../../../../../src/shared/commands/editor'
import {
  addGoal,
  deleteGoal,
  goalGroups,
  moveGoal,
  PHASE_INFO,
  setCustomerWords,
  setFocus,
  setPhase,
  setTimerDuration,
  updateGoal,
} from '../../../../../src/shared/commands/session'
import { createDocument, PHASES } from '../../../../../src/shared/document'
import { note } from '../../../helpers/boards'

describe('phases', () => {
  it('every phase has a label and a prompt, in the method’s order', () => {
    expect(Object.keys(PHASE_INFO)).toEqual([...PHASES])
    expect(PHASES.map((p) => PHASE_INFO[p].label)).toEqual([
      'Goals',
      'Homework',
      'Map',
      'Decide',
      'Assign',
      'Review',
    ])
    for (const p of PHASES) expect(PHASE_INFO[p].prompt.length).toBeGreaterThan(20)
  })

  it('moves to any phase as one undo step', () => {
    const editor = createEditor(createDocument('blank'))
    editor.run('Go to Decide', setPhase('decide'))
    expect(editor.getState().session.phase).toBe('decide')
    editor.run('Go to Goals', setPhase('goals'))
    editor.undo()
    expect(editor.getState().session.phase).toBe('decide')
    expect(editor.undoLabel()).toBe('Go to Decide')
  })
})

describe('goals', () => {
  const added = (editor: ReturnType<typeof createEditor>, text: string, group: string) => {
    const result = addGoal({ text, group })
    if (!result.ok) throw new Error(result.message)
    editor.run('Add goal', result.recipe)
    return result.id
  }

  it('adds, edits, reorders and deletes goals', () => {
    const editor = createEditor(createDocument('blank'))
    const a = added(editor, '  Halve the time to first payroll ', ' Leadership ')
    const b = added(editor, 'Know why trials stall', 'Sales')
    const c = added(editor, 'Fewer tickets in week one', 'Support')
    expect(editor.getState().session.goals.map((g) => [g.text, g.group])).toEqual([
      ['Halve the time to first payroll', 'Leadership'],
      ['Know why trials stall', 'Sales'],
      ['Fewer tickets in week one', 'Support'],
    ])
    const edit = updateGoal(b, { text: 'Know why trials do not convert', group: 'Sales' })
    if (!edit.ok) throw new Error(edit.message)
    editor.run('Edit goal', edit.recipe)
    editor.run('Move goal', moveGoal(editor.getState(), c, -5))
    expect(editor.getState().session.goals.map((g) => g.id)).toEqual([c, a, b])
    editor.run('Move goal', moveGoal(editor.getState(), c, 1))
    expect(editor.getState().session.goals.map((g) => g.id)).toEqual([a, c, b])
    editor.run('Delete goal', deleteGoal(a))
    expect(editor.getState().session.goals.map((g) => g.text)).toEqual([
      'Fewer tickets in week one',
      'Know why trials do not convert',
    ])
    expect(goalGroups(editor.getState())).toEqual(['Support', 'Sales'])
  })

  it('refuses a goal without text', () => {
    expect(addGoal({ text: '   ', group: 'Sales' })).toEqual({
      ok: false,
      message: 'A goal needs some text: what must the map achieve?',
    })
    expect(updateGoal('goal_1', { text: '', group: '' }).ok).toBe(false)
  })

  it('a move past either end changes nothing and records nothing', () => {
    const editor = createEditor(createDocument('blank'))
    const a = added(editor, 'One', '')
    editor.run('Move goal', moveGoal(editor.getState(), a, -1))
    expect(editor.undoLabel()).toBe('Add goal')
  })
})

describe('marks on notes', () => {
  it('marks and unmarks the customer’s words and focus areas on the given notes only', () => {
    const doc = createDocument('blank')
    const editor = createEditor({
      ...doc,
      board: { ...doc.board, notes: [note({ id: 'a', text: 'A' }), note({ id: 'b', text: 'B' })] },
    })
    editor.run('Customer’s words', setCustomerWords(['a'], true))
    editor.run('Focus', setFocus(['a', 'b'], true))
    editor.run('Not focus', setFocus(['b'], false))
    const notes = editor.getState().board.notes
    expect(notes.map((n) => [n.id, n.customerWords, n.focus])).toEqual([
      ['a', true, true],
      ['b', false, false],
    ])
  })

  it('keeps the timebox between 1 second and 24 hours', () => {
    const editor = createEditor(createDocument('blank'))
    editor.run('Timer', setTimerDuration(300))
    editor.run('Timer', setTimerDuration(0))
    editor.run('Timer', setTimerDuration(Number.NaN))
    expect(editor.getState().session.timer.durationSeconds).toBe(300)
  })
})
