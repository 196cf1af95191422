// Builds realistic maps for tests from the B2B onboarding workshop in tests/fixtures.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createDocument, type JourneyDocument, type Note } from '../../../src/shared/document'
import { defaultNote } from '../../../src/shared/document/defaults'

const fixture = fileURLToPath(
  new URL('../../fixtures/workshop-b2b-onboarding.csv', import.meta.url),
)

/** The workshop as a Customer journey map: each CSV row a note in its stage column and lane. */
export function workshopMap(): JourneyDocument {
  const rows = parseCsv(readFileSync(fixture, 'utf8'))
  const [header, ...body] = rows
  if (!header) throw new Error('empty fixture')
  const col = (name: string) => header.indexOf(name)
  const base = createDocument('customer-journey', {
    title: 'B2B onboarding workshop',
    now: new Date('2026-03-02T09:00:00Z'),
  })
  const departments = [...new Set(body.map((r) => r[col('department')] ?? '').filter(Boolean))].map(
    (name, i) => ({ id: `department_${i}`, name, reviewIntervalWeeks: 4 }),
  )
  const people = [...new Set(body.map((r) => r[col('owner')] ?? '').filter(Boolean))].map(
    (name, i) => ({
      id: `person_${i}`,
      name,
      role: '',
      departmentId: null,
    }),
  )
  const filled = new Map<string, number>()
  const notes: Note[] = body.map((row, i) => {
    const stage = base.board.stages.find((s) => s.name === row[col('stage')])
    const lane = base.board.lanes.find((l) => l.name === row[col('lane')])
    if (!stage || !lane) throw new Error(`row ${i + 2}: unknown stage or lane`)
    const key = `${stage.id}/${lane.id}`
    const slot = filled.get(key) ?? 0
    filled.set(key, slot + 1)
    const decision = row[col('decision')]
    const base_ = defaultNote(new Date('2026-03-02T10:00:00Z'))
    return {
      ...base_,
      id: `note_${i}`,
      text: row[col('text')] ?? '',
      x: stage.x + 10 + (slot % 2) * 170,
      y: lane.y + 10 + Math.floor(slot / 2) * 40,
      source: {
        kind: (row[col('source')] ?? 'workshop').replace(/ /g, '-') as Note['source']['kind'],
        reference: '',
      },
      votes: Number(row[col('votes')] || 0),
      step: {
        ...base_.step,
        decision: decision === 'automate' || decision === 'human' ? decision : 'undecided',
        ownerId: people.find((p) => p.name === row[col('owner')])?.id ?? null,
        departmentId: departments.find((d) => d.name === row[col('department')])?.id ?? null,
        deadline: row[col('deadline')] || null,
      },
    }
  })
  return { ...base, people, departments, board: { ...base.board, notes } }
}

/** A small RFC 4180 reader, enough for the fixtures (quotes, doubled quotes, newlines in cells). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
