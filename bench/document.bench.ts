// How long opening and saving big maps takes: parseDocument and serializeDocument on generated
// boards of 1,000 and 10,000 notes, an atomic save of the 10,000-note map to a temp folder, and the
// recovery copy written after an edit (one note moved since the last copy).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { createEditor } from '../src/shared/commands/editor'
import {
  createDocument,
  parseDocument,
  serializeDocument,
  serializeDocumentInSlices,
  type JourneyDocument,
} from '../src/shared/document'
import { defaultNote } from '../src/shared/document/defaults'
import { writeFileAtomic } from '../src/main/services/atomicWrite'

function board(count: number): JourneyDocument {
  const map = createDocument('customer-journey', { now: new Date('2026-01-01T00:00:00Z') })
  const notes = Array.from({ length: count }, (_, i) => ({
    ...defaultNote(new Date('2026-01-01T00:00:00Z')),
    id: `note_${i}`,
    text: `Customer note ${i}: the kick-off call came two weeks after signing`,
    x: 200 + (i % 100) * 180,
    y: 80 + Math.floor(i / 100) * 180,
  }))
  return { ...map, board: { ...map.board, notes } }
}

const dir = mkdtempSync(join(tmpdir(), 'journeyboard-bench-'))

for (const count of [1_000, 10_000]) {
  const map = board(count)
  const text = serializeDocument(map)
  describe(`${count.toLocaleString('en')} notes (${(text.length / 1e6).toFixed(1)} MB)`, () => {
    bench('parseDocument', () => {
      parseDocument(text)
    })
    bench('serializeDocument', () => {
      serializeDocument(map)
    })
    // As in the app: the edit runs through the editor, whose documents are frozen (immer).
    const editor = createEditor(map)
    bench('recovery copy after a note moved (serializeDocumentInSlices)', async () => {
      editor.run('Move note', (doc) => void (doc.board.notes[0]!.x += 1))
      await serializeDocumentInSlices(editor.getState(), async () => undefined)
    })
    bench('atomic save (temp, fsync, .bak, rename)', async () => {
      await writeFileAtomic(join(dir, `bench-${count}.journey`), text, { backup: true })
    })
  })
}
