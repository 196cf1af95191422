import { describe, expect, it } from 'vitest'
import { createEditor } from '../../../../../src/shared/commands/editor'
import {
  addDepartment,
  deleteDepartment,
  renameDepartment,
  setReviewInterval,
} from '../../../../../src/shared/commands/journey'
import { checkReadiness } from '../../../../../src/shared/journey'
import { workshopMap } from '../../../helpers/workshop'

describe('departments', () => {
  it('adds a department with a review interval, and refuses a duplicate or empty name', () => {
    const editor = createEditor(workshopMap())
    const added = addDepartment(editor.getState(), { name: 'Legal', reviewIntervalWeeks: 12 })
    if (!added.ok) throw new Error(added.message)
    editor.run('Add department', added.recipe)
    expect(editor.getState().departments.at(-1)).toEqual({
      id: added.id,
      name: 'Legal',
      reviewIntervalWeeks: 12,
    })
    expect(addDepartment(editor.getState(), { name: ' legal ' })).toEqual({
      ok: false,
      message: 'Legal is already a department.',
    })
    expect(addDepartment(editor.getState(), { name: '' }).ok).toBe(false)
    expect(addDepartment(editor.getState(), { name: 'L'.repeat(500) }).ok).toBe(false)
  })

  it('renames a department', () => {
    const editor = createEditor(workshopMap())
    const first = editor.getState().departments[0]
    if (!first) throw new Error('fixture has departments')
    const renamed = renameDepartment(editor.getState(), first.id, 'Customer Success EMEA')
    if (!renamed.ok) throw new Error(renamed.message)
    editor.run('Rename department', renamed.recipe)
    expect(editor.getState().departments[0]?.name).toBe('Customer Success EMEA')
  })

  it.each([0, 521, Number.NaN, 2.5, -4, Number.POSITIVE_INFINITY])(
    'refuses a review interval of %s weeks',
    (weeks) => {
      const map = workshopMap()
      const result = setReviewInterval(map, map.departments[0]?.id ?? '', weeks)
      expect(result).toEqual({
        ok: false,
        message: 'A review interval is a whole number of weeks from 1 to 520.',
      })
    },
  )

  it('accepts 1 and 520 weeks, and clearing the interval shows up in readiness', () => {
    const editor = createEditor(workshopMap())
    const id = editor.getState().departments[0]?.id ?? ''
    for (const weeks of [1, 520]) {
      const result = setReviewInterval(editor.getState(), id, weeks)
      if (!result.ok) throw new Error(result.message)
      editor.run('Set review interval', result.recipe)
      expect(editor.getState().departments[0]?.reviewIntervalWeeks).toBe(weeks)
    }
    const cleared = setReviewInterval(editor.getState(), id, null)
    if (!cleared.ok) throw new Error(cleared.message)
    editor.run('Clear review interval', cleared.recipe)
    const reviews = checkReadiness(editor.getState(), '2026-03-02').items.find(
      (i) => i.id === 'reviews',
    )
    expect(reviews?.ok).toBe(false)
  })

  it('deleting a department clears it from people and steps', () => {
    const editor = createEditor(workshopMap())
    const id = 'department_0'
    editor.run(
      'Put someone in it',
      (draft) => void ((draft.people[0] as { departmentId: string | null }).departmentId = id),
    )
    expect(editor.getState().board.notes.some((n) => n.step.departmentId === id)).toBe(true)
    editor.run('Delete department', deleteDepartment(id))
    const doc = editor.getState()
    expect(doc.departments.some((d) => d.id === id)).toBe(false)
    expect(doc.people.some((p) => p.departmentId === id)).toBe(false)
    expect(doc.board.notes.some((n) => n.step.departmentId === id)).toBe(false)
    editor.undo()
    expect(editor.getState().board.notes.some((n) => n.step.departmentId === id)).toBe(true)
  })
})
