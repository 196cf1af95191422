import { describe, expect, it } from 'vitest'
import {
  CLIPBOARD_MIME,
  notesToClipboard,
  parseClipboardNotes,
} from '../../../../src/shared/clipboard'
import { addNote } from '../../../../src/shared/commands/board'
import { NOW, workshop } from '../commands/board/fixtures'

function boardWithThreeNotes() {
  const editor = workshop()
  const ids = [
    { x: 600, y: 300, text: 'Calls support\nabout the invoice' },
    { x: 200, y: 100, text: 'Reads the welcome email' },
    { x: 400, y: 110, text: 'Cannot find the login link 🔑' },
  ].map((input) => {
    const { recipe, id } = addNote({ ...input, now: NOW })
    editor.run('Add note', recipe)
    return id
  })
  return { doc: editor.getState(), ids }
}

describe('notes on the clipboard', () => {
  it('uses a web custom type so notes survive between maps', () => {
    expect(CLIPBOARD_MIME).toBe('web application/x-journeyboard+json')
  })

  it('the plain text is one line per note in reading order, with line breaks flattened', () => {
    const { doc, ids } = boardWithThreeNotes()
    expect(notesToClipboard(doc, ids).text).toBe(
      'Reads the welcome email\nCannot find the login link 🔑\nCalls support about the invoice',
    )
  })

  it('the JSON round trip gives back the same notes', () => {
    const { doc, ids } = boardWithThreeNotes()
    const payload = parseClipboardNotes(notesToClipboard(doc, ids).json)
    expect(payload?.format).toBe('journeyboard-notes')
    expect(payload?.notes.map((n) => n.id).sort()).toEqual([...ids].sort())
    expect(payload?.notes.find((n) => n.id === ids[0])).toEqual(doc.board.notes[0])
  })

  it('garbage is null, never an exception', () => {
    for (const garbage of [
      '',
      'not json',
      '{"format":"journeyboard-notes"',
      'null',
      '42',
      '[]',
      '{"format":"excalidraw","version":1,"notes":[]}',
      '{"format":"journeyboard-notes","version":2,"notes":[]}',
      '{"format":"journeyboard-notes","version":1,"notes":"many"}',
      '{"format":"journeyboard-notes","version":1,"notes":[{"id":"n1","text":5}]}',
    ]) {
      expect(parseClipboardNotes(garbage)).toBeNull()
    }
  })

  it('invalid notes are dropped and the valid ones kept', () => {
    const { doc, ids } = boardWithThreeNotes()
    const payload = JSON.parse(notesToClipboard(doc, ids).json)
    payload.notes[1].x = 'left'
    payload.notes.push({ id: 'note_bad', text: 'Half a note' })
    const parsed = parseClipboardNotes(JSON.stringify(payload))
    expect(parsed?.notes).toHaveLength(2)
  })
})
