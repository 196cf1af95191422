// How long a big paste takes: 20,000 spreadsheet lines split into lines, and turned into notes
// in one undoable step on the workshop board.
import { bench, describe } from 'vitest'
import { createEditor } from '../src/shared/commands/editor'
import { notesFromLines } from '../src/shared/commands/board'
import { linesFromText, textFromHtml } from '../src/shared/clipboard'
import { createDocument } from '../src/shared/document'

const lines = Array.from({ length: 20_000 }, (_, i) => `Support ticket ${i + 1}: cannot log in`)
const text = lines.join('\r\n')
const html = `<table>${lines.map((l) => `<tr><td>${l}</td></tr>`).join('')}</table>`
const now = new Date('2026-03-02T10:00:00Z')

describe('pasting 20,000 lines', () => {
  bench('linesFromText', () => {
    linesFromText(text)
  })
  bench('textFromHtml (a pasted table)', () => {
    textFromHtml(html)
  })
  bench('notesFromLines + editor.run (one undo step)', () => {
    const editor = createEditor(createDocument('customer-journey'))
    editor.run('Paste', notesFromLines(lines, { x: 0, y: 2000 }, now).recipe)
  })
})
