import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CURRENT_VERSION,
  MIGRATIONS,
  parseDocument,
  serializeDocument,
} from '../../../../src/shared/document'

const versionsDir = fileURLToPath(new URL('../../../fixtures/versions/', import.meta.url))

describe('files from older versions', () => {
  it('there is one numbered migration per version after 1, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 2),
    )
  })

  it('there is a fixture for every old version', () => {
    const versions = readdirSync(versionsDir).map((name) => Number(/^v(\d+)-/.exec(name)?.[1]))
    for (let v = 1; v < CURRENT_VERSION; v++) expect(versions).toContain(v)
  })

  for (const name of readdirSync(versionsDir)) {
    it(`${name} opens with every note and no problems, and saves as the current version`, () => {
      const text = readFileSync(versionsDir + name, 'utf8')
      const result = parseDocument(text)
      if (!result.ok) throw new Error(result.message)
      expect(result.problems).toEqual([])
      expect(result.readOnly).toBe(false)
      expect(result.document.board.notes).toHaveLength(JSON.parse(text).board.notes.length)
      expect(JSON.parse(serializeDocument(result.document)).version).toBe(CURRENT_VERSION)
    })
  }

  it('a version 1 note source phrase and reference become a source object', () => {
    const result = parseDocument(readFileSync(versionsDir + 'v1-onboarding.journey', 'utf8'))
    if (!result.ok) throw new Error(result.message)
    expect(result.sourceVersion).toBe(1)
    const [kickoff, autobook] = result.document.board.notes
    expect(kickoff?.source).toEqual({
      kind: 'customer-interview',
      reference: 'Interview 4, Nordlicht GmbH',
    })
    expect(autobook?.source).toEqual({ kind: 'workshop', reference: '' })
    expect(autobook?.step).toMatchObject({
      decision: 'automate',
      ownerId: 'person_priya',
      deadline: '2026-04-15',
    })
  })
})

describe('version 3: voting rounds and the customer’s words', () => {
  it('a version 2 map gains unmarked notes and an empty list of rounds, and keeps its votes', () => {
    const text = readFileSync(versionsDir + 'v2-onboarding.journey', 'utf8')
    const result = parseDocument(text)
    if (!result.ok) throw new Error(result.message)
    expect(result.sourceVersion).toBe(2)
    const notes = result.document.board.notes
    expect(notes.every((n) => n.customerWords === false && n.focus === false)).toBe(true)
    expect(notes.map((n) => n.votes)).toEqual(
      (JSON.parse(text) as { board: { notes: { votes: number }[] } }).board.notes.map(
        (n) => n.votes,
      ),
    )
    expect(result.document.session.voting).toMatchObject({ rounds: [], currentRoundId: null })
    expect(result.document.session.phase).toBe('decide')
    expect(result.document.session.goals.map((g) => g.group)).toEqual(['Customer Success', 'Sales'])
  })

  it('the step is numbered 3 and named', () => {
    expect(MIGRATIONS.map((m) => `${m.version}: ${m.name}`)).toContain(
      '3: VotingRoundsAndCustomerWords',
    )
  })
})
