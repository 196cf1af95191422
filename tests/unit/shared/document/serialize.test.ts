import { castDraft, freeze } from 'immer'
import { describe, expect, it, vi } from 'vitest'
import { createEditor } from '../../../../src/shared/commands/editor'
import {
  createDocument,
  serializeDocument,
  serializeDocumentInSlices,
  type JourneyDocument,
  type Note,
} from '../../../../src/shared/document'
import { noteSchema } from '../../../../src/shared/document/schema'
import { largeMap, note } from '../../helpers/boards'
import { workshopMap } from '../../helpers/workshop'

const noPause = async () => undefined

function withNotes(doc: JourneyDocument, notes: JourneyDocument['board']['notes']) {
  return { ...doc, board: { ...doc.board, notes } }
}

describe('writing a map a slice of notes at a time', () => {
  it('gives the same file text as writing it at once', async () => {
    const maps: [string, JourneyDocument][] = [
      ['the workshop map', workshopMap()],
      ['a map without notes', createDocument('customer-journey')],
      ['a map of 1,200 notes', largeMap(1_200)],
    ]
    for (const [name, map] of maps) {
      const text = await serializeDocumentInSlices(map, noPause, 7)
      expect(text, name).toBe(serializeDocument(map))
    }
  })

  it('is not confused by a title, a lane or notes that read like its own placeholder', async () => {
    const base = createDocument('customer-journey', { title: 'journeyboard-notes' })
    const lanes = base.board.lanes.map((lane, i) =>
      i === 0 ? { ...lane, name: 'journeyboard-notes-' } : lane,
    )
    const map = withNotes({ ...base, board: { ...base.board, lanes } }, [
      note({ id: 'a', text: 'journeyboard-notes' }),
      note({ id: 'b', text: '"journeyboard-notes-"\n  ], {\n "notes": []' }),
      note({ id: 'c', text: 'Ünïcode ✓ 日本語 👩🏽‍💻 and a tab\t' }),
    ])
    const text = await serializeDocumentInSlices(map, noPause, 2)
    expect(text).toBe(serializeDocument(map))
    expect(JSON.parse(text).title).toBe('journeyboard-notes')
    expect(JSON.parse(text).board.lanes[0].name).toBe('journeyboard-notes-')
  })

  it('pauses after every slice, so the page can draw and take input in between', async () => {
    const map = largeMap(1_200)
    let pauses = 0
    await serializeDocumentInSlices(map, async () => void pauses++, 500)
    expect(pauses).toBe(3)
  })

  it('refuses an invalid note, as writing at once does', async () => {
    const map = withNotes(createDocument('blank'), [note({ id: 'a', width: -5 })])
    expect(() => serializeDocument(map)).toThrow()
    await expect(serializeDocumentInSlices(map, noPause)).rejects.toThrow()
  })

  it("writes a frozen note in the schema's order and without stray keys, every time", async () => {
    // Keys in reverse order, as a note built by spreading edits can have them, and one the schema
    // does not know: frozen, so the second copy takes it as already checked.
    const reversed = Object.fromEntries(
      Object.entries(note({ id: 'r', text: 'Reversed keys' })).reverse(),
    ) as Note
    const stray = {
      ...note({ id: 's' }),
      colour: 'teal',
    } as Note
    const map = freeze(
      withNotes(createDocument('blank'), [
        reversed,
        stray,
        { ...note({ id: 't' }), step: { ...note({ id: 't' }).step, rationale: 'why' } },
      ]),
      true,
    )
    const expected = serializeDocument(map)
    expect(expected.indexOf('"id": "r"')).toBeLessThan(expected.indexOf('"text": "Reversed keys"'))
    expect(expected).not.toContain('colour')
    for (const copy of ['first', 'second']) {
      expect(await serializeDocumentInSlices(map, noPause, 2), copy).toBe(expected)
    }
  })

  it('checks again only the notes an edit changed since the last copy', async () => {
    const editor = createEditor(largeMap(300))
    editor.run('Move note', (doc) => void (doc.board.notes[0]!.x += 1))
    await serializeDocumentInSlices(editor.getState(), noPause)
    editor.run('Move note', (doc) => void (doc.board.notes[7]!.x += 1))
    editor.run('Add note', (doc) => void doc.board.notes.push(castDraft(note({ id: 'added' }))))
    const check = vi.spyOn(noteSchema, 'parse')
    const text = await serializeDocumentInSlices(editor.getState(), noPause)
    const checked = check.mock.calls.map(([value]) => (value as { id: string }).id)
    check.mockRestore()
    expect(checked).toEqual([editor.getState().board.notes[7]!.id, 'added'])
    expect(text).toBe(serializeDocument(editor.getState()))
  })

  it('refuses a frozen invalid note made by an edit', async () => {
    const editor = createEditor(largeMap(10))
    editor.run('Move note', (doc) => void (doc.board.notes[0]!.x += 1))
    await serializeDocumentInSlices(editor.getState(), noPause)
    editor.run('Break note', (doc) => void (doc.board.notes[3]!.width = Number.NaN))
    await expect(serializeDocumentInSlices(editor.getState(), noPause)).rejects.toThrow()
  })

  it('checks again a note that is not frozen, which can change in place after a copy', async () => {
    const map = largeMap(10)
    await serializeDocumentInSlices(map, noPause)
    ;(map.board.notes[2] as { width: number }).width = -5
    await expect(serializeDocumentInSlices(map, noPause)).rejects.toThrow()
    // Frozen but for its step work: the same.
    const editor = createEditor(largeMap(10))
    editor.run('Move note', (doc) => void (doc.board.notes[0]!.x += 1))
    const doc = editor.getState()
    const loose = { ...doc.board.notes[4]!, step: { ...doc.board.notes[4]!.step } }
    const notes = [...doc.board.notes]
    notes[4] = Object.freeze(loose)
    const partly = { ...doc, board: { ...doc.board, notes } }
    await serializeDocumentInSlices(partly, noPause)
    ;(loose.step as { deadline: string | null }).deadline = 'soon'
    await expect(serializeDocumentInSlices(partly, noPause)).rejects.toThrow()
  })
})
