// "Compare with baseline" on the B2B onboarding workshop: the edits a team makes in the weeks
// after the workshop, each found and named as the facilitator would say it.
import { describe, expect, test } from 'vitest'
import type { JourneyDocument, Note, Stage } from '../../../../src/shared/document'
import { journeyData } from '../../../../src/shared/export'
import { comparableJourney, compareJourneys } from '../../../../src/shared/journey/compare'
import { workshopMap } from '../../helpers/workshop'

type Edit = (doc: JourneyDocument) => JourneyDocument

function stage(doc: JourneyDocument, name: string): Stage {
  const found = doc.board.stages.find((s) => s.name === name)
  if (!found) throw new Error(`no stage ${name}`)
  return found
}

function note(doc: JourneyDocument, id: string): Note {
  const found = doc.board.notes.find((n) => n.id === id)
  if (!found) throw new Error(`no note ${id}`)
  return found
}

const editNote =
  (id: string, change: (note: Note) => Note): Edit =>
  (doc) => ({
    ...doc,
    board: { ...doc.board, notes: doc.board.notes.map((n) => (n.id === id ? change(n) : n)) },
  })

function compareAfter(before: JourneyDocument, ...edits: Edit[]) {
  const after = edits.reduce((doc, edit) => edit(doc), before)
  return compareJourneys(journeyData(before), journeyData(after))
}

describe('compareJourneys on the workshop map', () => {
  test('an untouched map has no changes', () => {
    const doc = workshopMap()
    const changes = compareJourneys(journeyData(doc), journeyData(doc))
    expect(changes.changeCount).toBe(0)
    expect(changes.stepsMoved).toEqual([])
    expect(changes.progress.before).toEqual(changes.progress.after)
  })

  test('a note dragged from Onboarding into Adoption is one move, not a removal and an addition', () => {
    const doc = workshopMap()
    const kickoff = note(doc, 'note_45')
    const shift = stage(doc, 'Adoption').x - stage(doc, 'Onboarding').x
    const changes = compareAfter(
      doc,
      editNote('note_45', (n) => ({ ...n, x: n.x + shift })),
    )
    expect(changes.stepsMoved).toEqual([
      { id: 'note_45', text: kickoff.text, from: 'Onboarding', to: 'Adoption' },
    ])
    expect(changes.stepsAdded).toEqual([])
    expect(changes.stepsRemoved).toEqual([])
    expect(changes.changeCount).toBe(1)
  })

  test('stages renamed, added and removed; the removed stage’s notes move out of any stage', () => {
    const doc = workshopMap()
    const advocacy = stage(doc, 'Advocacy')
    const inAdvocacy = journeyData(doc).stages.find((s) => s.id === advocacy.id)?.steps ?? []
    expect(inAdvocacy.length).toBeGreaterThan(0)
    const last = doc.board.stages.at(-1) as Stage
    const changes = compareAfter(doc, (d) => ({
      ...d,
      board: {
        ...d.board,
        stages: d.board.stages
          .filter((s) => s.id !== advocacy.id)
          .map((s) => (s.name === 'Purchase' ? { ...s, name: 'Contract and purchase' } : s))
          .concat({
            id: 'stage_expansion',
            name: 'Expansion',
            x: last.x + 2 * last.width,
            width: last.width,
          }),
      },
    }))
    expect(changes.stagesRenamed).toEqual([
      { id: stage(doc, 'Purchase').id, from: 'Purchase', to: 'Contract and purchase' },
    ])
    expect(changes.stagesAdded).toEqual([{ id: 'stage_expansion', name: 'Expansion' }])
    expect(changes.stagesRemoved).toEqual([{ id: advocacy.id, name: 'Advocacy' }])
    expect(changes.stepsMoved.map((m) => m.id).sort()).toEqual(inAdvocacy.map((s) => s.id).sort())
    expect(changes.stepsMoved.every((m) => m.from === 'Advocacy' && m.to === null)).toBe(true)
    // Renaming a stage does not make its steps "moved".
    expect(changes.stepsMoved.some((m) => m.from === 'Purchase')).toBe(false)
  })

  test('decisions, owners and deadlines agreed after the workshop', () => {
    const doc = workshopMap()
    const before = note(doc, 'note_45')
    expect(before.step.decision).toBe('automate')
    const tom = doc.people.find((p) => p.name === 'Tom Becker')
    if (!tom) throw new Error('Tom Becker is in the workshop')
    const changes = compareAfter(
      doc,
      editNote('note_45', (n) => ({
        ...n,
        step: { ...n.step, decision: 'human', ownerId: tom.id, deadline: '2027-01-09' },
      })),
      editNote('note_47', (n) => ({ ...n, step: { ...n.step, ownerId: null, deadline: null } })),
    )
    expect(changes.decisions).toEqual([
      { id: 'note_45', text: before.text, stage: 'Onboarding', from: 'automate', to: 'human' },
    ])
    expect(changes.owners.map((c) => [c.id, c.from, c.to])).toEqual([
      ['note_45', 'Priya Nair', 'Tom Becker'],
      ['note_47', 'Tom Becker', null],
    ])
    expect(changes.deadlines.map((c) => [c.id, c.from, c.to])).toEqual([
      ['note_45', '2026-12-10', '2027-01-09'],
      ['note_47', '2026-12-08', null],
    ])
    expect(changes.stepsMoved).toEqual([])
  })

  test('a person renamed in the People list is not an owner change', () => {
    const changes = compareAfter(workshopMap(), (d) => ({
      ...d,
      people: d.people.map((p) => (p.name === 'Priya Nair' ? { ...p, name: 'Priya N.' } : p)),
    }))
    expect(changes.owners).toEqual([])
    expect(changes.changeCount).toBe(0)
  })

  test('status progress: steps started and done, and the share of done action steps', () => {
    const changes = compareAfter(
      workshopMap(),
      editNote('note_45', (n) => ({ ...n, step: { ...n.step, status: 'done' } })),
      editNote('note_46', (n) => ({ ...n, step: { ...n.step, status: 'done' } })),
      editNote('note_47', (n) => ({ ...n, step: { ...n.step, status: 'in-progress' } })),
      editNote('note_7', (n) => ({ ...n, step: { ...n.step, status: 'cancelled' } })),
    )
    expect(changes.statuses.map((c) => [c.id, c.from, c.to])).toEqual([
      ['note_7', 'not-started', 'cancelled'],
      ['note_45', 'not-started', 'done'],
      // In the journey's reading order: note_47 and note_46 are one row, note_47 on the left.
      ['note_47', 'not-started', 'in-progress'],
      ['note_46', 'not-started', 'done'],
    ])
    const { before, after, donePercentBefore, donePercentAfter } = changes.progress
    expect(before.done).toBe(0)
    expect(after.done).toBe(2)
    expect(after['in-progress']).toBe(1)
    expect(after.cancelled).toBe(1)
    const total = (c: typeof before) => Object.values(c).reduce((a, b) => a + b, 0)
    expect(total(after)).toBe(total(before))
    expect(donePercentBefore).toBe(0)
    expect(donePercentAfter).toBe(Math.round((2 / (total(after) - after.cancelled)) * 100))
  })

  test('steps added on the board and removed from it', () => {
    const doc = workshopMap()
    const renewal = stage(doc, 'Renewal')
    const removed = note(doc, 'note_3')
    const template = note(doc, 'note_70')
    const changes = compareAfter(doc, (d) => ({
      ...d,
      board: {
        ...d.board,
        notes: d.board.notes
          .filter((n) => n.id !== 'note_3')
          .concat({
            ...template,
            id: 'note_new',
            text: 'Quarterly health check',
            x: renewal.x + 20,
          }),
      },
    }))
    expect(changes.stepsAdded).toEqual([
      { id: 'note_new', text: 'Quarterly health check', stage: 'Renewal' },
    ])
    expect(changes.stepsRemoved).toEqual([{ id: 'note_3', text: removed.text, stage: 'Awareness' }])
  })
})

describe('comparableJourney reads a stored baseline', () => {
  test('a baseline written to the file and read back compares like the original', () => {
    const doc = workshopMap()
    const stored: unknown = JSON.parse(JSON.stringify(journeyData(doc)))
    const journey = comparableJourney(stored)
    if (!journey) throw new Error('the stored journey is readable')
    expect(compareJourneys(journey, journeyData(doc)).changeCount).toBe(0)
  })

  test('is null for what is not a journey, and tolerates broken step fields', () => {
    expect(comparableJourney(null)).toBeNull()
    expect(comparableJourney('journey')).toBeNull()
    expect(comparableJourney({ stages: [{ name: 'no id' }] })).toBeNull()
    const journey = comparableJourney({
      stages: [{ id: 's1', name: 'A', steps: [{ id: 'n1', status: 'bogus', decision: 7 }, 42] }],
    })
    expect(journey?.stages[0]?.steps).toEqual([
      {
        id: 'n1',
        text: '',
        action: false,
        decision: 'undecided',
        owner: null,
        deadline: null,
        status: 'not-started',
      },
    ])
    expect(journey?.unsorted).toEqual([])
  })
})
