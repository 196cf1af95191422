import { castDraft } from 'immer'
import { describe, expect, it } from 'vitest'
import { createEditor } from '../../../../src/shared/commands/editor'
import { createDocument } from '../../../../src/shared/document'
import { defaultNote } from '../../../../src/shared/document/defaults'

const fresh = () =>
  createEditor(createDocument('customer-journey'), { now: () => new Date('2026-05-01T12:00:00Z') })

describe('editing a map', () => {
  it('a new map is not unsaved until something changes', () => {
    const editor = fresh()
    expect(editor.isDirty()).toBe(false)
    editor.run('Rename map', (doc) => {
      doc.title = 'Onboarding workshop'
    })
    expect(editor.isDirty()).toBe(true)
    expect(editor.getState().updatedAt).toBe('2026-05-01T12:00:00.000Z')
  })

  it('undo takes back one gesture and redo brings it back', () => {
    const editor = fresh()
    editor.run('Add note', (doc) => {
      doc.board.notes.push(
        castDraft({ ...defaultNote(), id: 'note_a', text: 'Welcome email is confusing' }),
      )
    })
    editor.run('Add note', (doc) => {
      doc.board.notes.push(castDraft({ ...defaultNote(), id: 'note_b', text: 'Kick-off is late' }))
    })
    editor.undo()
    expect(editor.getState().board.notes.map((n) => n.text)).toEqual(['Welcome email is confusing'])
    expect(editor.redoLabel()).toBe('Add note')
    editor.redo()
    expect(editor.getState().board.notes).toHaveLength(2)
  })

  it('saving clears the unsaved marker; undoing past the save sets it again', () => {
    const editor = fresh()
    editor.run('Rename map', (doc) => {
      doc.title = 'A'
    })
    editor.markSaved()
    expect(editor.isDirty()).toBe(false)
    editor.undo()
    expect(editor.isDirty()).toBe(true)
    editor.redo()
    expect(editor.isDirty()).toBe(false)
  })

  it('the second half of a gesture joins its first: one undo takes back both', () => {
    const editor = fresh()
    editor.run('Add stage', (doc) => {
      doc.board.stages.push(castDraft({ id: 'stage_new', name: 'New stage', x: 5000, width: 400 }))
    })
    const added = editor.revision()
    editor.run(
      'Rename stage',
      (doc) => {
        doc.board.stages.at(-1)!.name = 'Renewal'
      },
      { joinAt: added },
    )
    expect(editor.getState().board.stages.at(-1)?.name).toBe('Renewal')
    expect(editor.undoLabel()).toBe('Add stage')
    const before = createDocument('customer-journey').board.stages.length
    editor.undo()
    expect(editor.getState().board.stages).toHaveLength(before)
    expect(editor.canUndo()).toBe(false)
    editor.redo()
    expect(editor.getState().board.stages.at(-1)?.name).toBe('Renewal')
  })

  it('a change does not join a step once anything else has happened since', () => {
    for (const between of ['another change', 'undo and redo', 'save'] as const) {
      const editor = fresh()
      editor.run('Add stage', (doc) => {
        doc.board.stages.push(
          castDraft({ id: 'stage_new', name: 'New stage', x: 5000, width: 400 }),
        )
      })
      const added = editor.revision()
      if (between === 'another change')
        editor.run('Rename map', (doc) => {
          doc.title = 'Workshop'
        })
      if (between === 'undo and redo') {
        editor.undo()
        editor.redo()
      }
      if (between === 'save') editor.markSaved()
      editor.run(
        'Rename stage',
        (doc) => {
          doc.board.stages.at(-1)!.name = 'Renewal'
        },
        { joinAt: added },
      )
      expect(editor.undoLabel(), between).toBe('Rename stage')
      editor.undo()
      expect(editor.getState().board.stages.at(-1)?.name, between).toBe('New stage')
      if (between === 'save') expect(editor.isDirty()).toBe(false)
    }
  })

  it('a gesture that changes nothing adds no undo step', () => {
    const editor = fresh()
    editor.run('Rename map', () => {})
    expect(editor.canUndo()).toBe(false)
    expect(editor.isDirty()).toBe(false)
  })

  it('a map restored from a recovery copy counts as unsaved', () => {
    const editor = fresh()
    editor.reset(createDocument('blank'), { dirty: true })
    expect(editor.isDirty()).toBe(true)
    expect(editor.canUndo()).toBe(false)
  })

  it('subscribers hear every change, undo and redo', () => {
    const editor = fresh()
    let heard = 0
    const stop = editor.subscribe(() => heard++)
    editor.run('Rename', (doc) => {
      doc.title = 'X'
    })
    editor.undo()
    editor.redo()
    stop()
    editor.undo()
    expect(heard).toBe(3)
  })
})
