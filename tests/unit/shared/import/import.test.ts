import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEditor } from '../../../../src/shared/commands/editor'
import { createDocument } from '../../../../src/shared/document'
import { laneOf, stageOf } from '../../../../src/shared/journey/geometry'
import {
  analyseImport,
  decodeText,
  detectDelimiter,
  detectHeader,
  evidenceCounts,
  evidenceNotes,
  guessMapping,
  importInChunks,
  importRecipe,
  linesToEvidence,
  parseDelimited,
  parseJsonCanvas,
  readImportBytes,
} from '../../../../src/shared/import'

const fixture = (name: string) => new Uint8Array(readFileSync(resolve('tests/fixtures', name)))
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

describe('decodeText', () => {
  it('reads UTF-8, with and without a BOM, like TextDecoder', () => {
    const text = 'Zoë, José, Łukasz — 顧客の声: 使いやすい 👍'
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', replaced: 0 })
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])
    expect(decodeText(bom)).toEqual({ text, encoding: 'utf-8-bom', replaced: 0 })
  })

  it('falls back to Windows-1252 for é and €', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x71, 0x94])
    expect(decodeText(bytes)).toEqual({
      text: 'Café €5 “q”',
      encoding: 'windows-1252',
      replaced: 0,
    })
  })

  it('reads a file mixing UTF-8 and Windows-1252 line by line, counting undefined bytes', () => {
    const bytes = new Uint8Array([...utf8('café\n'), 0x63, 0x61, 0x66, 0xe9, 0x81])
    expect(decodeText(bytes)).toEqual({ text: 'café\ncafé\uFFFD', encoding: 'mixed', replaced: 1 })
  })

  it('reads UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x68, 0, 0xe9, 0])
    expect(decodeText(le).text).toBe('hé')
  })

  it('rejects binary garbage and empty files with a clear message', () => {
    const garbage = new Uint8Array(4096)
    let seed = 42
    for (let i = 0; i < garbage.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      garbage[i] = seed & 0xff
    }
    expect(readImportBytes(garbage)).toEqual({
      ok: false,
      message: 'This file is not text: it looks like binary data.',
    })
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82])
    expect(analyseImport({ name: 'photo.csv', bytes: png })).toEqual({
      ok: false,
      message: 'This file is not text: it looks like binary data.',
    })
    expect(analyseImport({ name: 'empty.csv', bytes: new Uint8Array() })).toEqual({
      ok: false,
      message: 'The file is empty.',
    })
    expect(analyseImport({ name: 'blank.txt', bytes: utf8('\n \r\n') })).toMatchObject({
      ok: false,
      message: 'The file is empty.',
    })
  })
})

describe('parseDelimited', () => {
  it('reads quotes, doubled quotes, quoted newlines and CRLF', () => {
    const { rows, problems } = parseDelimited('a,b\r\n"x, y","say ""hi""\r\nagain"\r\n', ',')
    expect(rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nagain'],
    ])
    expect(problems).toEqual([])
  })

  it('reports ragged rows and keeps them', () => {
    const { rows, problems } = parseDelimited('a,b,c\n1,2\n1,2,3\n1,2,3,4\n', ',')
    expect(rows).toHaveLength(4)
    expect(problems.map((p) => p.line)).toEqual([2, 4])
    expect(problems[0]?.message).toContain('2 fields')
  })

  it('reports an unterminated quote with its line and still reads the rows after it', () => {
    const text = 'id,comment\n1,fine\n2,"never closed\n3,also fine\n4,last\n'
    const { rows, problems } = parseDelimited(text, ',')
    expect(problems).toEqual([
      { line: 3, message: expect.stringContaining('line 3 is never closed') as string },
    ])
    expect(rows.map((r) => r[0])).toEqual(['id', '1', '2', '3', '4'])
    expect(rows[2]).toEqual(['2', '"never closed'])
  })

  it('detects comma, semicolon, tab and pipe, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('id,comment\n1,"a; b; c"\n2,"d; e"\n')).toBe(',')
    expect(detectDelimiter('id;comment\n1;"Great, fast, cheap"\n2;ok\n')).toBe(';')
    expect(detectDelimiter('id\tcomment\n1\tSlow, really\n')).toBe('\t')
    expect(detectDelimiter('id|comment\n1|Slow, really\n')).toBe('|')
  })

  it('detects a header', () => {
    expect(
      detectHeader([
        ['response_id', 'comment'],
        ['R-1', 'Slow'],
      ]),
    ).toBe(true)
    expect(
      detectHeader([
        ['Name', 'Age'],
        ['Ann', '34'],
        ['Bo', '29'],
      ]),
    ).toBe(true)
    expect(
      detectHeader([
        ['Slow onboarding', 'SMB'],
        ['Great support', 'Enterprise'],
      ]),
    ).toBe(false)
    expect(
      detectHeader([
        ['1', 'Slow'],
        ['2', 'Fast'],
      ]),
    ).toBe(false)
  })
})

describe('the 200-row NPS survey', () => {
  const analysis = analyseImport({
    name: 'nps-survey-200.csv',
    bytes: fixture('nps-survey-200.csv'),
  })
  if (!analysis.ok || analysis.source.kind !== 'table') throw new Error('not a table')
  const source = analysis.source

  it('is read as comma-separated UTF-8 with a header and a guessed mapping', () => {
    expect(source.encoding).toBe('utf-8')
    expect(source.delimiter).toBe(',')
    expect(source.hasHeader).toBe(true)
    expect(source.problems).toEqual([])
    expect(source.rows).toHaveLength(201)
    expect(source.rows[0]).toEqual([
      'response_id',
      'submitted',
      'segment',
      'nps',
      'comment',
      'theme_guess',
    ])
    expect(source.mapping).toEqual({ text: 4, reference: 0, segment: 2, score: 3 })
  })

  it('gives 200 notes with source, reference and tags; accents, Japanese and newlines intact', () => {
    const { notes, skipped } = evidenceNotes(source.rows.slice(1), source.mapping, {
      sourceKind: 'data',
      header: source.rows[0],
      firstRow: 2,
    })
    expect(skipped).toBe(0)
    expect(notes).toHaveLength(200)
    expect(notes[0]).toMatchObject({
      text: 'Hard to justify the price to our new CFO, and that cost us a week',
      source: { kind: 'data', reference: 'R-1000' },
      tags: ['segment:Enterprise', 'nps:9'],
    })
    expect(notes.find((n) => n.source.reference === 'R-1012')?.text).toBe(
      'The security review took forever\nAlso: the export to Excel drops accents (Zoë, José, Łukasz).',
    )
    expect(notes.find((n) => n.source.reference === 'R-1008')?.text).toContain(
      '顧客の声: 使いやすい',
    )
    expect(new Set(notes.map((n) => n.source.reference)).size).toBe(200)
  })

  it('applies as one undo step, right of the board, unsorted, and counts per stage', () => {
    const editor = createEditor(createDocument('customer-journey'))
    const { notes } = evidenceNotes(source.rows.slice(1), source.mapping, {
      sourceKind: 'customer-interview',
      header: source.rows[0],
    })
    const plan = importRecipe(editor.getState(), notes)
    editor.run('Import 200 notes', plan.recipe)
    const doc = editor.getState()
    expect(doc.board.notes).toHaveLength(200)
    const stages = doc.board.stages
    const last = stages.at(-1)
    expect(
      doc.board.notes.every(
        (n) =>
          last &&
          n.x >= last.x + last.width &&
          stageOf(n, stages) === null &&
          laneOf(n, doc.board.lanes) === null,
      ),
    ).toBe(true)
    expect(doc.board.notes[0]).toMatchObject({
      kind: 'evidence',
      color: 'purple',
      source: { kind: 'customer-interview', reference: 'R-1000' },
    })
    expect(evidenceCounts(doc).at(-1)).toMatchObject({ name: 'Unsorted', total: 200 })
    // Drag three into Onboarding.
    const onboarding = stages.find((s) => s.name === 'Onboarding')
    if (!onboarding) throw new Error('no Onboarding')
    editor.run('Move', (draft) => {
      for (const note of draft.board.notes.slice(0, 3)) note.x = onboarding.x + 20
    })
    const counts = evidenceCounts(editor.getState())
    expect(counts.find((c) => c.name === 'Onboarding')?.summary).toBe('3 customer quotes')
    expect(counts.find((c) => c.name === 'Awareness')?.summary).toBe('no evidence')
    editor.undo()
    editor.undo()
    expect(editor.getState().board.notes).toHaveLength(0)
  })
})

describe('bad CSV input', () => {
  it('reads ragged rows, quoted newlines and mixed encodings', () => {
    const analysis = analyseImport({
      name: 'ragged-mixed.csv',
      bytes: fixture('import/ragged-mixed.csv'),
    })
    if (!analysis.ok || analysis.source.kind !== 'table') throw new Error('not a table')
    const { source } = analysis
    expect(source.encoding).toBe('mixed')
    expect(source.problems.map((p) => p.line)).toEqual([4, 5])
    const { notes } = evidenceNotes(source.rows.slice(1), source.mapping, {
      sourceKind: 'data',
      firstRow: 2,
    })
    expect(notes.map((n) => n.text)).toEqual([
      'Quoted\nnewline, and comma',
      'Too few fields',
      'Too many',
      'café in UTF-8',
      'café in Windows-1252',
    ])
    expect(notes[1]?.tags).toEqual([])
  })

  it('reads a Windows-1252 semicolon file with é and €', () => {
    const analysis = analyseImport({
      name: 'windows-1252.csv',
      bytes: fixture('import/windows-1252.csv'),
    })
    if (!analysis.ok || analysis.source.kind !== 'table') throw new Error('not a table')
    const { source } = analysis
    expect(source.encoding).toBe('windows-1252')
    expect(source.delimiter).toBe(';')
    expect(source.mapping).toMatchObject({ text: 1, reference: 0, segment: 2 })
    const { notes } = evidenceNotes(source.rows.slice(1), source.mapping, { sourceKind: 'data' })
    expect(notes.map((n) => n.text)).toEqual([
      'Café au lait was cold',
      'Price went up by 10 € a month',
      'Naïve "setup" wizard; confusing',
    ])
  })

  it('skips and counts rows with empty text; references fall back to the row number', () => {
    const rows = [
      ['', 'x'],
      ['  ', 'y'],
      ['Slow', 'z'],
    ]
    const { notes, skipped } = evidenceNotes(
      rows,
      { text: 0 },
      { sourceKind: 'staff-interview', firstRow: 2 },
    )
    expect(skipped).toBe(2)
    expect(notes).toEqual([
      expect.objectContaining({
        text: 'Slow',
        source: { kind: 'staff-interview', reference: 'row 4' },
      }),
    ])
  })

  it('guesses the text column from the data when there is no header', () => {
    const rows = [
      ['1', 'SMB', 'The invoice was wrong twice in a row'],
      ['2', 'Ent', 'Nobody called back after the demo'],
    ]
    expect(guessMapping(null, rows).text).toBe(2)
  })
})

describe('100,000 rows', () => {
  const rows = Array.from({ length: 100_000 }, (_, i) => [
    `R-${i}`,
    i % 2 ? 'SMB' : 'Enterprise',
    String(i % 11),
    `Comment number ${i}, with a comma`,
  ])
  const csv = [
    'id,segment,nps,comment',
    ...rows.map((r) => `${r[0]},${r[1]},${r[2]},"${r[3]}"`),
  ].join('\n')
  const mapping = { text: 3, reference: 0, segment: 1, score: 2 }
  const build = (chunk: readonly string[][], offset: number) =>
    evidenceNotes(
      chunk,
      mapping,
      { sourceKind: 'data', header: ['id', 'segment', 'nps', 'comment'] },
      offset,
    )

  it('reads every one of 100,000 rows', () => {
    const parsed = parseDelimited(csv, detectDelimiter(csv))
    expect(parsed.rows).toHaveLength(100_001)
    expect(parsed.rows[100_000]).toEqual(rows[99_999])
  })

  it('builds in chunks with progress, then applies in one step', async () => {
    const progress: number[] = []
    const result = await importInChunks(rows, 5000, (done) => progress.push(done), undefined, build)
    expect(result.cancelled).toBe(false)
    expect(result.notes).toHaveLength(100_000)
    expect(progress).toHaveLength(21)
    expect(progress.at(-1)).toBe(100_000)
    const editor = createEditor(createDocument('customer-journey'))
    editor.run('Import', importRecipe(editor.getState(), result.notes).recipe)
    expect(editor.getState().board.notes).toHaveLength(100_000)
    expect(editor.getState().board.notes[99_999]?.source.reference).toBe('R-99999')
    editor.undo()
    expect(editor.getState().board.notes).toHaveLength(0)
  })

  it('cancelled half-way applies nothing', async () => {
    const abort = new AbortController()
    const progress: number[] = []
    const result = await importInChunks(
      rows,
      5000,
      (done) => {
        progress.push(done)
        if (done >= 50_000) abort.abort()
      },
      abort.signal,
      build,
    )
    expect(result).toEqual({ notes: [], skipped: 0, cancelled: true })
    expect(progress.at(-1)).toBe(50_000)
  })
})

describe('plain text', () => {
  it('makes one note per line or per paragraph', () => {
    const text = '- Slow login\n- No invoice\n\nThe CSM said:\n“We lose them in week two”\n'
    expect(
      linesToEvidence(text, 'line', { sourceKind: 'staff-interview' }).map((n) => n.text),
    ).toEqual(['Slow login', 'No invoice', 'The CSM said:', '“We lose them in week two”'])
    const paragraphs = linesToEvidence(text, 'paragraph', {
      sourceKind: 'staff-interview',
      reference: 'notes.txt',
    })
    expect(paragraphs.map((n) => n.text)).toEqual([
      'Slow login\nNo invoice',
      'The CSM said:\n“We lose them in week two”',
    ])
    expect(paragraphs[1]?.source).toEqual({
      kind: 'staff-interview',
      reference: 'notes.txt, paragraph 2',
    })
  })
})

describe('JSON Canvas', () => {
  const text = readFileSync(resolve('tests/fixtures/import/unknown-nodes.canvas'), 'utf8')

  it('keeps text, makes stages of groups and reports the rest', () => {
    const canvas = parseJsonCanvas(text, { reference: 'board.canvas' })
    expect(canvas.stages).toEqual([
      { name: 'Onboarding', x: 0, width: 600 },
      { name: 'Support', x: 640, width: 400 },
    ])
    expect(canvas.notes.map((n) => n.text)).toEqual([
      'Welcome email came late',
      '**Tickets** bounce between teams',
      'Customer said: 遅い',
    ])
    expect(canvas.notes[0]).toMatchObject({ x: 40, y: 60, width: 250, height: 120, color: 'pink' })
    expect(canvas.problems).toEqual([
      'Node s1 has an unknown type "sticker"; its text was kept as a note.',
      'Node x1 has an unknown type "drawing" and no text; it was skipped.',
      '1 file node skipped: f1 (interviews/anna.md).',
      '1 link node skipped: l1 (https://example.com/report).',
      '1 edge (arrows) not imported: the board has no arrows.',
    ])
  })

  it('appends the groups as stages right of the existing ones, notes inside them', () => {
    const editor = createEditor(createDocument('customer-journey'))
    const canvas = parseJsonCanvas(text)
    const before = editor.getState().board.stages
    editor.run('Import canvas', importRecipe(editor.getState(), canvas.notes, canvas.stages).recipe)
    const { stages, notes } = editor.getState().board
    expect(stages.map((s) => s.name)).toEqual([
      ...before.map((s) => s.name),
      'Onboarding',
      'Support',
    ])
    const last = before.at(-1)
    expect(stages[7]!.x).toBeGreaterThanOrEqual(last!.x + last!.width)
    expect(notes.map((n) => stageOf(n, stages)?.id)).toEqual([
      stages[7]!.id,
      stages[8]!.id,
      stages[7]!.id,
    ])
  })

  it('reports a file that is not JSON Canvas', () => {
    expect(parseJsonCanvas('{oops').problems[0]).toMatch(/^This is not a JSON Canvas file/)
    expect(parseJsonCanvas('[1,2]').problems).toEqual([
      'This is not a JSON Canvas file: it has no list of nodes.',
    ])
  })
})
