import { describe, expect, it } from 'vitest'
import {
  createDocument,
  serializeDocument,
  serializeDocumentInSlices,
  type JourneyDocument,
} from '../../../../src/shared/document'
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
})
