import { describe, expect, it } from 'vitest'
import { createEditor } from '../../../../../src/shared/commands/editor'
import {
  addPerson,
  deletePerson,
  renamePerson,
  stepsOwnedBy,
  updatePerson,
  validatePersonName,
} from '../../../../../src/shared/commands/journey'
import { deriveJourney } from '../../../../../src/shared/journey'
import { workshopMap } from '../../../helpers/workshop'

const stepOf = (editor: ReturnType<typeof createEditor>, noteId: string) =>
  deriveJourney(editor.getState())
    .stages.flatMap((s) => s.steps)
    .find((s) => s.noteId === noteId)

describe('adding people', () => {
  it('adds a person with a trimmed name, and Undo takes them away', () => {
    const editor = createEditor(workshopMap())
    const before = editor.getState().people.length
    const added = addPerson(editor.getState(), {
      name: '  Priya   Shah ',
      role: 'Onboarding lead',
      departmentId: 'department_0',
    })
    if (!added.ok) throw new Error(added.message)
    editor.run('Add person', added.recipe)
    const priya = editor.getState().people.find((p) => p.id === added.id)
    expect(priya).toEqual({
      id: added.id,
      name: 'Priya Shah',
      role: 'Onboarding lead',
      departmentId: 'department_0',
    })
    editor.undo()
    expect(editor.getState().people).toHaveLength(before)
  })

  it('refuses an empty name, or one of spaces only', () => {
    const map = workshopMap()
    expect(addPerson(map, { name: '' })).toEqual({ ok: false, message: 'A person needs a name.' })
    expect(addPerson(map, { name: '   ' }).ok).toBe(false)
  })

  it('refuses a 500-character name and says how long it may be', () => {
    const result = addPerson(workshopMap(), { name: 'P'.repeat(500) })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/500 characters.*200 or fewer/)
    expect(addPerson(workshopMap(), { name: 'P'.repeat(200) }).ok).toBe(true)
  })

  it('refuses a name already in the list, whatever its case', () => {
    const map = workshopMap()
    const someone = map.people[0]?.name ?? ''
    const result = addPerson(map, { name: ` ${someone.toUpperCase()} ` })
    expect(result).toEqual({ ok: false, message: `${someone} is already in the list.` })
  })

  it('leaves out a department that does not exist', () => {
    const added = addPerson(workshopMap(), { name: 'Tom Berg', departmentId: 'department_gone' })
    const editor = createEditor(workshopMap())
    if (!added.ok) throw new Error(added.message)
    editor.run('Add person', added.recipe)
    expect(editor.getState().people.at(-1)?.departmentId).toBeNull()
  })
})

describe('renaming people', () => {
  it('every step the person owns shows the new name', () => {
    const editor = createEditor(workshopMap())
    const owner = editor.getState().people[0]
    if (!owner) throw new Error('fixture has people')
    const owned = stepsOwnedBy(editor.getState(), owner.id)
    expect(owned.length).toBeGreaterThan(0)
    const renamed = renamePerson(editor.getState(), owner.id, 'Priya Shah-Olsen')
    if (!renamed.ok) throw new Error(renamed.message)
    editor.run('Rename person', renamed.recipe)
    for (const id of owned) expect(stepOf(editor, id)?.owner?.name).toBe('Priya Shah-Olsen')
  })

  it('may change the case of their own name, but not take another person’s', () => {
    const map = workshopMap()
    const [first, second] = map.people
    if (!first || !second) throw new Error('fixture has two people')
    expect(validatePersonName(map, first.name.toUpperCase(), first.id)).toBeNull()
    expect(renamePerson(map, first.id, second.name).ok).toBe(false)
    expect(renamePerson(map, first.id, '').ok).toBe(false)
  })

  it('sets a role and a department', () => {
    const editor = createEditor(workshopMap())
    const person = editor.getState().people[0]
    if (!person) throw new Error('fixture has people')
    editor.run(
      'Edit person',
      updatePerson(editor.getState(), person.id, { role: 'CSM', departmentId: 'department_1' }),
    )
    expect(editor.getState().people[0]).toMatchObject({ role: 'CSM', departmentId: 'department_1' })
  })
})

describe('deleting people who own steps', () => {
  it('reassigns their steps to someone else', () => {
    const editor = createEditor(workshopMap())
    const [gone, heir] = editor.getState().people
    if (!gone || !heir) throw new Error('fixture has two people')
    const owned = stepsOwnedBy(editor.getState(), gone.id)
    const result = deletePerson(editor.getState(), gone.id, { reassignTo: heir.id })
    if (!result.ok) throw new Error(result.message)
    editor.run('Delete person', result.recipe)
    expect(editor.getState().people.some((p) => p.id === gone.id)).toBe(false)
    for (const id of owned) expect(stepOf(editor, id)?.owner?.name).toBe(heir.name)
    editor.undo()
    for (const id of owned) expect(stepOf(editor, id)?.owner?.name).toBe(gone.name)
  })

  it('leaves their steps unassigned', () => {
    const editor = createEditor(workshopMap())
    const gone = editor.getState().people[0]
    if (!gone) throw new Error('fixture has people')
    const owned = stepsOwnedBy(editor.getState(), gone.id)
    const result = deletePerson(editor.getState(), gone.id, 'unassign')
    if (!result.ok) throw new Error(result.message)
    editor.run('Delete person', result.recipe)
    expect(stepsOwnedBy(editor.getState(), gone.id)).toEqual([])
    for (const id of owned) {
      expect(editor.getState().board.notes.find((n) => n.id === id)?.step.ownerId).toBeNull()
    }
  })

  it('refuses to hand the steps to the person being deleted, or to nobody known', () => {
    const map = workshopMap()
    const gone = map.people[0]
    if (!gone) throw new Error('fixture has people')
    expect(deletePerson(map, gone.id, { reassignTo: gone.id }).ok).toBe(false)
    expect(deletePerson(map, gone.id, { reassignTo: 'person_nobody' }).ok).toBe(false)
    expect(deletePerson(map, 'person_nobody', 'unassign').ok).toBe(false)
  })

  it('a step whose owner was deleted behind its back shows no owner', () => {
    const map = workshopMap()
    const gone = map.people[0]
    if (!gone) throw new Error('fixture has people')
    const owned = stepsOwnedBy(map, gone.id)
    // As a file edited by hand would have it: the person gone, the ids still on the steps.
    const editor = createEditor({ ...map, people: map.people.slice(1) })
    for (const id of owned) expect(stepOf(editor, id)?.owner).toBeNull()
  })
})
