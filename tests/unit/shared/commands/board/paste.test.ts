import { describe, expect, it } from 'vitest'
import { addNote, notesFromLines, pasteNotes } from '../../../../../src/shared/commands/board'
import {
  linesFromText,
  notesToClipboard,
  parseClipboardNotes,
} from '../../../../../src/shared/clipboard'
import { lane, NOW, note, overlap, stage, stageName, workshop } from './fixtures'

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

  it('copied notes paste with new ids, their layout kept, top-left at the pointer', () => {
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
    const pasted = pasteNotes(payload!, { x: adoption.x + 10, y: 500 }, NOW)
    target.run('Paste', pasted.recipe)
    const [first, second] = pasted.ids.map((id) => note(target.getState(), id))
    expect(pasted.ids).not.toContain(ids[0])
    expect(first).toMatchObject({ text: 'Receives login details', x: adoption.x + 10, y: 500 })
    expect(first!.votes).toBe(0)
    expect(first!.step.ownerId).toBeNull()
    expect(second!.x - first!.x).toBe(176)
    expect(stageName(target.getState(), pasted.ids[0]!)).toBe('Adoption')
    target.undo()
    expect(target.getState().board.notes).toHaveLength(0)
  })

  it('20,000 pasted lines become 20,000 notes in one undo step', () => {
    const editor = workshop()
    const lines = Array.from({ length: 20_001 }, (_, i) => `Survey answer ${i + 1}`)
    const { recipe, ids } = notesFromLines(lines, { x: -50_000, y: 0 }, NOW)
    editor.run('Paste', recipe)
    expect(ids).toHaveLength(20_000)
    expect(editor.getState().board.notes).toHaveLength(20_000)
    editor.undo()
    expect(editor.getState().board.notes).toHaveLength(0)
  })
})
