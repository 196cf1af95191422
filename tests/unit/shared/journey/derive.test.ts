import { describe, expect, it } from 'vitest'
import type { JourneyDocument, Note } from '../../../../src/shared/document'
import { createJourneySelector, deriveJourney, type Journey } from '../../../../src/shared/journey'
import { largeMap, note } from '../../helpers/boards'
import { workshopMap } from '../../helpers/workshop'

const stageNamed = (journey: Journey, name: string) => {
  const found = journey.stages.find((s) => s.stage.name === name)
  if (!found) throw new Error(`no stage ${name}`)
  return found
}
const stepOf = (journey: Journey, noteId: string) =>
  journey.stages.flatMap((s) => s.steps).find((step) => step.noteId === noteId)
const withNote = (doc: JourneyDocument, id: string, change: Partial<Note>): JourneyDocument => ({
  ...doc,
  board: {
    ...doc.board,
    notes: doc.board.notes.map((n) => (n.id === id ? { ...n, ...change } : n)),
  },
})
const byText = (doc: JourneyDocument, text: string): Note => {
  const found = doc.board.notes.find((n) => n.text === text)
  if (!found) throw new Error(`no note ${text}`)
  return found
}

describe('the journey derived from the workshop board', () => {
  const map = workshopMap()
  const journey = deriveJourney(map)

  it('has the seven stages left to right and all 84 notes as steps', () => {
    expect(journey.stages.map((s) => s.stage.name)).toEqual([
      'Awareness',
      'Evaluation',
      'Purchase',
      'Onboarding',
      'Adoption',
      'Renewal',
      'Advocacy',
    ])
    expect(journey.stages.flatMap((s) => s.steps)).toHaveLength(84)
    expect(journey.unsorted).toEqual([])
  })

  it('groups each stage’s steps by lane, top to bottom, in reading order', () => {
    const onboarding = stageNamed(journey, 'Onboarding')
    expect(onboarding.lanes.map((l) => l.lane.name)).toEqual([
      'Customer actions',
      'Touchpoints',
      'Pain points',
      'Ideas',
      'Tasks',
    ])
    const tasks = onboarding.lanes[4]?.steps ?? []
    // The import laid them out in a cascade, each 40 below the one before, two columns: within
    // half a note's height of each other they are one row, read left to right (as the outline,
    // Tidy and the clipboard read them).
    expect(tasks.map((t) => t.text)).toEqual([
      'Import validation with row-level errors',
      'Kick-off scheduling link in the signature email',
      'Support macro for the 10 most common import errors',
      'Job-match suggestions reviewed by a CSM before go-live',
      'Day-3 check-in call for every new account',
    ])
    expect(tasks.every((t) => t.kind === 'task')).toBe(true)
    expect(onboarding.unlaned).toEqual([])
  })

  it('a task carries its decision, owner, department and deadline', () => {
    const macro = stepOf(
      journey,
      byText(map, 'Support macro for the 10 most common import errors').id,
    )
    expect(macro).toMatchObject({
      kind: 'task',
      decision: 'human',
      owner: { name: 'Tom Becker' },
      department: { name: 'Support' },
      deadline: '2026-12-08',
      status: 'not-started',
      stageId: stageNamed(journey, 'Onboarding').stage.id,
    })
  })

  it('a pain point carries its votes and its source, and the stage adds its votes up', () => {
    const review = stepOf(journey, byText(map, 'Security review takes 3 weeks on average').id)
    expect(review).toMatchObject({ kind: 'pain-point', votes: 6, source: { kind: 'data' } })
    const evaluation = stageNamed(journey, 'Evaluation')
    expect(evaluation.votes).toBe(evaluation.steps.reduce((sum, s) => sum + s.votes, 0))
    expect(evaluation.votes).toBeGreaterThan(0)
  })

  it('does not change the map it reads', () => {
    const before = JSON.stringify(map)
    deriveJourney(map)
    expect(JSON.stringify(map)).toBe(before)
  })
})

describe('moving notes on the board', () => {
  const map = workshopMap()
  const stages = map.board.stages
  const onboarding = stages.find((s) => s.name === 'Onboarding')!
  const adoption = stages.find((s) => s.name === 'Adoption')!
  const kickoff = byText(map, 'Kick-off scheduling link in the signature email')

  it('a note dropped in the Onboarding column becomes an Onboarding step', () => {
    const parked = note({
      id: 'note_new',
      text: 'Welcome pack posted to the HR director',
      x: 5_000,
    })
    const dropped = { ...parked, x: onboarding.x + 100, y: map.board.lanes[1]!.y + 30 }
    const before = deriveJourney({
      ...map,
      board: { ...map.board, notes: [...map.board.notes, parked] },
    })
    expect(before.unsorted.map((s) => s.noteId)).toEqual(['note_new'])
    const after = deriveJourney({
      ...map,
      board: { ...map.board, notes: [...map.board.notes, dropped] },
    })
    expect(after.unsorted).toEqual([])
    const touchpoints = stageNamed(after, 'Onboarding').lanes[1]!
    expect(touchpoints.steps.map((s) => s.noteId)).toContain('note_new')
    expect(stepOf(after, 'note_new')?.kind).toBe('touchpoint')
  })

  it('moving a note to another column moves its step into that stage, with its work', () => {
    const moved = deriveJourney(withNote(map, kickoff.id, { x: adoption.x + 40 }))
    expect(stageNamed(moved, 'Onboarding').steps.map((s) => s.noteId)).not.toContain(kickoff.id)
    const step = stageNamed(moved, 'Adoption').lanes[4]!.steps.find((s) => s.noteId === kickoff.id)
    expect(step).toMatchObject({ decision: 'automate', owner: { name: 'Priya Nair' } })
  })

  it('moving a note down into another lane changes what it is', () => {
    const painLane = map.board.lanes.find((l) => l.kind === 'pain-point')!
    const moved = deriveJourney(withNote(map, kickoff.id, { y: painLane.y + 10 }))
    expect(stepOf(moved, kickoff.id)?.kind).toBe('pain-point')
  })

  it('a note below every lane stays in its stage, unlaned, with its own kind', () => {
    const moved = deriveJourney(withNote(map, kickoff.id, { y: 5_000, kind: 'idea' }))
    const stage = stageNamed(moved, 'Onboarding')
    expect(stage.unlaned.map((s) => s.noteId)).toEqual([kickoff.id])
    expect(stage.unlaned[0]?.kind).toBe('idea')
    expect(stage.steps.at(-1)?.noteId).toBe(kickoff.id)
  })

  it('stages read in the order the board shows them, even before the stage list is reordered', () => {
    const swapped = {
      ...map,
      board: {
        ...map.board,
        stages: map.board.stages.map((s) =>
          s.id === onboarding.id
            ? { ...s, x: adoption.x }
            : s.id === adoption.id
              ? { ...s, x: onboarding.x }
              : s,
        ),
      },
    }
    const names = deriveJourney(swapped).stages.map((s) => s.stage.name)
    expect(names.slice(3, 5)).toEqual(['Adoption', 'Onboarding'])
  })
})

describe('people and departments', () => {
  const map = workshopMap()
  const macro = byText(map, 'Support macro for the 10 most common import errors')

  it('a step whose owner was deleted shows no owner, and deriving does not fail', () => {
    const orphaned = withNote(map, macro.id, { step: { ...macro.step, ownerId: 'person_gone' } })
    expect(stepOf(deriveJourney(orphaned), macro.id)?.owner).toBeNull()
    const noPeople = deriveJourney({ ...map, people: [] })
    expect(noPeople.stages.flatMap((s) => s.steps).every((s) => s.owner === null)).toBe(true)
  })

  it('a step without a department of its own takes its owner’s department', () => {
    const people = map.people.map((p) =>
      p.name === 'Tom Becker' ? { ...p, departmentId: 'department_support' } : p,
    )
    const departments = [
      ...map.departments,
      { id: 'department_support', name: 'Support desk', reviewIntervalWeeks: 2 },
    ]
    const own = { ...macro.step, departmentId: null }
    const doc = { ...withNote(map, macro.id, { step: own }), people, departments }
    expect(stepOf(deriveJourney(doc), macro.id)?.department?.name).toBe('Support desk')
    const dangling = withNote(doc, macro.id, { step: { ...own, departmentId: 'department_gone' } })
    expect(stepOf(deriveJourney(dangling), macro.id)?.department?.name).toBe('Support desk')
  })
})

describe('metrics and boards without lanes', () => {
  it('each stage lists its own metrics', () => {
    const map = workshopMap()
    const onboarding = map.board.stages[3]!
    const metric = {
      id: 'metric_ttv',
      stageId: onboarding.id,
      name: 'Days to first salary review',
      unit: 'days',
      baseline: 41,
      target: 14,
      current: null,
    }
    const stray = { ...metric, id: 'metric_stray', stageId: 'stage_gone' }
    const journey = deriveJourney({ ...map, metrics: [metric, stray] })
    expect(journey.stages[3]?.metrics).toEqual([metric])
    expect(journey.stages.flatMap((s) => s.metrics)).toEqual([metric])
  })

  it('on a board with columns but no lanes every step is unlaned and keeps its own kind', () => {
    const map = workshopMap()
    const journey = deriveJourney({ ...map, board: { ...map.board, lanes: [] } })
    expect(journey.lanes).toEqual([])
    expect(journey.stages[0]?.lanes).toEqual([])
    expect(journey.stages.flatMap((s) => s.unlaned)).toHaveLength(84)
    expect(journey.stages[0]?.unlaned.every((s) => s.kind === 'other')).toBe(true)
  })

  it('an empty board derives an empty journey', () => {
    const map = workshopMap()
    const journey = deriveJourney({ ...map, board: { stages: [], lanes: [], notes: [] } })
    expect(journey).toEqual({ stages: [], lanes: [], unsorted: [] })
  })
})

describe('a 10,000-note map', () => {
  it('places every note once: in a stage or among the unsorted', () => {
    const map = largeMap()
    const journey = deriveJourney(map)
    const placed = journey.stages.flatMap((s) => s.steps).length + journey.unsorted.length
    expect(placed).toBe(10_000)
    expect(journey.unsorted).toHaveLength(100)
  })
})

describe('the journey selector', () => {
  it('derives again only when the board, people, departments or metrics change', () => {
    const map = workshopMap()
    const journeyOf = createJourneySelector()
    const first = journeyOf(map)
    const renamed: JourneyDocument = { ...map, title: 'Renamed workshop' }
    expect(journeyOf(renamed)).toBe(first)
    const moved = withNote(map, 'note_0', { x: 5_000 })
    expect(journeyOf(moved)).not.toBe(first)
    expect(journeyOf(moved).unsorted.map((s) => s.noteId)).toEqual(['note_0'])
  })
})
