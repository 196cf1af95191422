import { describe, expect, it } from 'vitest'
import {
  CURRENT_VERSION,
  createDocument,
  parseDocument,
  serializeDocument,
  type JourneyDocument,
} from '../../../../src/shared/document'
import { workshopMap } from '../../helpers/workshop'

function mustParse(text: string) {
  const result = parseDocument(text)
  if (!result.ok) throw new Error(`expected the map to open: ${result.message}`)
  return result
}

/** The workshop map as plain JSON, to damage in a test. */
function workshopJson(): Record<string, any> {
  return JSON.parse(serializeDocument(workshopMap()))
}

describe('opening a .journey file', () => {
  it('a saved workshop map opens exactly as it was, with nothing to report', () => {
    const map = workshopMap()
    const result = mustParse(serializeDocument(map))
    expect(result.document).toEqual(map)
    expect(result.problems).toEqual([])
    expect(result.readOnly).toBe(false)
  })

  it('a file with a byte-order mark opens', () => {
    const result = mustParse(`\uFEFF${serializeDocument(createDocument('blank'))}`)
    expect(result.document.title).toBe('Untitled map')
  })

  it('an empty file says it is empty', () => {
    const result = parseDocument('  \n')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/empty/)
  })

  it('text that is not JSON is refused with the line and column of the error', () => {
    const result = parseDocument('{\n  "format": "journeyboard",\n  oops\n}')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/not valid JSON.*line 3/)
  })

  it('a truncated file is recognised as cut off, and the backup is suggested', () => {
    const text = serializeDocument(workshopMap())
    const result = parseDocument(text.slice(0, Math.floor(text.length / 2)))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/cut off.*\.bak/)
  })

  it('JSON from another app is refused as not a Journeyboard map', () => {
    for (const other of [
      '{"type":"excalidraw","elements":[]}',
      '{"nodes":[],"edges":[]}',
      '[1,2,3]',
      '"hello"',
    ]) {
      const result = parseDocument(other)
      expect(result.ok).toBe(false)
      expect(!result.ok && result.message).toMatch(/not a Journeyboard map/)
    }
  })

  it('a file from a newer version opens read-only and says why', () => {
    const json = workshopJson()
    json.version = CURRENT_VERSION + 5
    json.futureField = { something: true }
    const result = mustParse(JSON.stringify(json))
    expect(result.readOnly).toBe(true)
    expect(result.readOnlyReason).toMatch(/newer version of Journeyboard.*read-only.*Save As/)
    expect(result.sourceVersion).toBe(CURRENT_VERSION + 5)
    expect(result.document.board.notes).toHaveLength(84)
  })

  it('a note with wrong types is reported field by field; every other note loads', () => {
    const json = workshopJson()
    json.board.notes[3].x = 'left'
    json.board.notes[3].color = 'chartreuse'
    json.board.notes[3].step.deadline = 'next Tuesday'
    const result = mustParse(JSON.stringify(json))
    expect(result.document.board.notes).toHaveLength(84)
    const paths = result.problems.map((p) => p.path)
    expect(paths).toEqual([
      'board.notes[3].x',
      'board.notes[3].color',
      'board.notes[3].step.deadline',
    ])
    expect(result.problems[2]?.message).toMatch(
      /date like 2026-03-31.*"next Tuesday".*reset to null/,
    )
    const note = result.document.board.notes[3]!
    expect(note.text).toBe(json.board.notes[3].text)
    expect(note.color).toBe('yellow')
  })

  it('a note without usable text is left out, and the message says which note', () => {
    const json = workshopJson()
    json.board.notes[5].text = 42
    json.board.notes[6] = 'not a note'
    const result = mustParse(JSON.stringify(json))
    expect(result.document.board.notes).toHaveLength(82)
    expect(result.problems).toEqual([
      { path: 'board.notes[5].text', message: expect.stringMatching(/^left out note: text .*42/) },
      {
        path: 'board.notes[6]',
        message: expect.stringMatching(/left out note: expected an object/),
      },
    ])
  })

  it('duplicate ids are made unique, keeping both notes', () => {
    const json = workshopJson()
    json.board.notes[1].id = json.board.notes[0].id
    const result = mustParse(JSON.stringify(json))
    const ids = result.document.board.notes.map((n) => n.id)
    expect(new Set(ids).size).toBe(84)
    expect(result.problems).toEqual([
      {
        path: 'board.notes[1].id',
        message: expect.stringMatching(/also used by board.notes\[0\]/),
      },
    ])
  })

  it('a step whose owner no longer exists keeps its other work and loses only the owner', () => {
    const json = workshopJson()
    const owned = json.board.notes.findIndex((n: any) => n.step.ownerId !== null)
    json.people = json.people.filter((p: any) => p.id !== json.board.notes[owned].step.ownerId)
    const result = mustParse(JSON.stringify(json))
    const note = result.document.board.notes[owned]!
    expect(note.step.ownerId).toBeNull()
    expect(note.step.deadline).toBe(json.board.notes[owned].step.deadline)
    expect(result.problems.some((p) => p.path === `board.notes[${owned}].step.ownerId`)).toBe(true)
  })

  it('blank names and impossible deadlines are repaired and reported, never kept', () => {
    const json = workshopJson()
    const owned = json.board.notes.findIndex((n: any) => n.step.ownerId !== null)
    const ownerId = json.board.notes[owned].step.ownerId
    const person = json.people.findIndex((p: any) => p.id === ownerId)
    json.people[person].name = '  '
    json.departments[0].name = ''
    json.board.stages[1].name = ''
    json.board.lanes[0].name = ' '
    json.board.notes[owned].step.deadline = '2027-02-30'
    const result = mustParse(JSON.stringify(json))
    const doc = result.document
    const paths = result.problems.map((p) => p.path)
    // A person or a department without a name is left out, and its steps lose only that.
    expect(doc.people.map((p) => p.id)).not.toContain(ownerId)
    expect(doc.people).toHaveLength(json.people.length - 1)
    expect(doc.departments).toHaveLength(json.departments.length - 1)
    expect(doc.board.notes[owned]!.step.ownerId).toBeNull()
    expect(paths).toContain(`people[${person}].name`)
    expect(paths).toContain(`board.notes[${owned}].step.ownerId`)
    // A stage or lane keeps its place and notes under a name that says it had none.
    expect(doc.board.stages[1]!.name).toBe('Untitled stage')
    expect(doc.board.lanes[0]!.name).toBe('Untitled lane')
    expect(paths).toEqual(expect.arrayContaining(['board.stages[1].name', 'board.lanes[0].name']))
    // 30 February is no deadline.
    expect(doc.board.notes[owned]!.step.deadline).toBeNull()
    const deadline = result.problems.find((p) => p.path === `board.notes[${owned}].step.deadline`)
    expect(deadline?.message).toContain('is not a date on the calendar')
    // The repaired map saves, and opens again with nothing to report.
    expect(mustParse(serializeDocument(doc)).problems).toEqual([])
  })

  it('missing optional fields take their defaults silently (a hand-written map opens)', () => {
    const result = mustParse(
      JSON.stringify({
        format: 'journeyboard',
        version: CURRENT_VERSION,
        title: 'Sketch',
        board: { notes: [{ text: 'Customer calls support', x: 10, y: 20 }] },
      }),
    )
    expect(result.problems).toEqual([])
    expect(result.document.board.notes[0]).toMatchObject({
      text: 'Customer calls support',
      x: 10,
      y: 20,
    })
    expect(result.document.session.phase).toBe('goals')
  })

  it('absurd numbers are refused: coordinates beyond ten million, negative sizes, NaN votes', () => {
    const json = workshopJson()
    json.board.notes[0].y = 1e300
    json.board.stages[0].width = -5
    json.board.notes[1].votes = -3
    const result = mustParse(JSON.stringify(json))
    expect(result.document.board.stages).toHaveLength(6)
    expect(result.document.board.notes[0]!.y).toBe(0)
    expect(result.document.board.notes[1]!.votes).toBe(0)
    expect(result.problems.map((p) => p.path)).toEqual([
      'board.stages[0].width',
      'board.notes[0].y',
      'board.notes[1].votes',
    ])
  })

  it('a 50 MB map opens completely', () => {
    const map = workshopMap()
    const long = 'Customer interview transcript. '.repeat(2000)
    const notes = Array.from({ length: 850 }, (_, i) => ({
      ...map.board.notes[i % 84]!,
      id: `note_big_${i}`,
      text: long,
    }))
    const big: JourneyDocument = { ...map, board: { ...map.board, notes } }
    const text = serializeDocument(big)
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024)
    const result = mustParse(text)
    expect(result.document.board.notes).toHaveLength(850)
    expect(result.problems).toEqual([])
  })
})

describe('saving a .journey file', () => {
  it('writes pretty-printed JSON with keys in a stable order whatever order the edits made', () => {
    const map = createDocument('customer-journey', {
      title: 'Onboarding',
      now: new Date('2026-01-01T00:00:00Z'),
    })
    const shuffled = JSON.parse(JSON.stringify(map), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    )
    expect(serializeDocument(shuffled)).toBe(serializeDocument(map))
    const text = serializeDocument(map)
    expect(text.startsWith('{\n  "format": "journeyboard",\n  "version": ')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('refuses to write a document that would not open again', () => {
    const map = createDocument('blank')
    const broken = {
      ...map,
      board: { ...map.board, notes: [{ id: 'x' }] },
    } as unknown as JourneyDocument
    expect(() => serializeDocument(broken)).toThrow()
  })
})

describe('opening a map with a damaged session', () => {
  it('one broken goal is left out and the other goals stay', () => {
    const map = createDocument('blank')
    const json = JSON.parse(serializeDocument(map))
    json.session.goals = [
      { id: 'goal_1', text: 'Halve time to first payroll', group: 'Leadership' },
      { id: 'goal_2', text: null, group: 'Sales' },
      { id: 'goal_3', text: 'Every task has an owner', group: 'Ops' },
    ]
    const result = mustParse(JSON.stringify(json))
    expect(result.document.session.goals.map((g) => g.text)).toEqual([
      'Halve time to first payroll',
      'Every task has an owner',
    ])
    expect(result.problems.map((p) => p.path)).toEqual(['session.goals[1].text'])
  })
})

describe('opening a map with damaged voting rounds', () => {
  const round = (over: Record<string, unknown>) => ({
    id: 'round_1',
    name: 'Round 1',
    startedAt: '2026-03-02T11:00:00.000Z',
    endedAt: null,
    scope: 'all',
    votesPerPerson: 3,
    oneVotePerNote: true,
    voters: 3,
    revealed: false,
    ballots: [{ voter: 'Voter 1', noteIds: ['note_a'] }],
    results: [],
    ...over,
  })

  it('a round, a ballot or a result that cannot be used is reported; the rest stays', () => {
    const json = JSON.parse(serializeDocument(createDocument('blank')))
    json.session.voting.rounds = [
      round({
        id: 'round_1',
        endedAt: '2026-03-02T11:20:00.000Z',
        scope: { laneId: 'lane_pain' },
        ballots: [{ voter: 'Voter 1', noteIds: ['note_a'] }, { noteIds: ['note_b'] }],
        results: [
          { noteId: 'note_a', votes: 1 },
          { noteId: 'note_b', votes: -4 },
        ],
      }),
      round({ id: 'round_2', scope: { kind: 'everything' }, voters: 0 }),
      'not a round',
    ]
    json.session.voting.currentRoundId = 'round_2'
    const result = mustParse(JSON.stringify(json))
    const [first, second] = result.document.session.voting.rounds
    expect(result.document.session.voting.rounds).toHaveLength(2)
    expect(first?.scope).toEqual({ laneId: 'lane_pain' })
    expect(first?.ballots).toEqual([{ voter: 'Voter 1', noteIds: ['note_a'] }])
    expect(first?.results).toEqual([{ noteId: 'note_a', votes: 1 }])
    expect(second).toMatchObject({ scope: 'all', voters: 1 })
    expect(result.document.session.voting.currentRoundId).toBe('round_2')
    expect(result.problems.map((p) => p.path)).toEqual([
      'session.voting.rounds[0].ballots[1]',
      'session.voting.rounds[0].results[1].votes',
      'session.voting.rounds[1].scope',
      'session.voting.rounds[1].voters',
      'session.voting.rounds[2]',
    ])
  })

  it('an open round that does not exist, or has ended, is closed', () => {
    const json = JSON.parse(serializeDocument(createDocument('blank')))
    json.session.voting.rounds = [round({ endedAt: '2026-03-02T11:20:00.000Z' })]
    json.session.voting.currentRoundId = 'round_1'
    const ended = mustParse(JSON.stringify(json))
    expect(ended.document.session.voting.currentRoundId).toBeNull()
    expect(ended.problems).toEqual([
      {
        path: 'session.voting.currentRoundId',
        message: 'the round "round_1" has already ended; no round is open now',
      },
    ])
    json.session.voting.currentRoundId = 'round_9'
    expect(mustParse(JSON.stringify(json)).problems[0]?.message).toBe(
      'no voting round has the id "round_9"; no round is open now',
    )
  })

  it('a note marked as the customer’s words and a focus area keeps both marks', () => {
    const json = workshopJson()
    json.board.notes[0].customerWords = true
    json.board.notes[0].focus = true
    json.board.notes[1].customerWords = 'yes'
    const result = mustParse(JSON.stringify(json))
    expect(result.document.board.notes[0]).toMatchObject({ customerWords: true, focus: true })
    expect(result.document.board.notes[1]?.customerWords).toBe(false)
    expect(result.problems.map((p) => p.path)).toEqual(['board.notes[1].customerWords'])
  })
})
