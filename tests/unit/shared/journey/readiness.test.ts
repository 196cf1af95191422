import { describe, expect, it } from 'vitest'
import type { JourneyDocument, Note } from '../../../../src/shared/document'
import {
  checkReadiness,
  deriveJourney,
  isOverdue,
  READINESS_CHECKS,
} from '../../../../src/shared/journey'
import { largeMap, note } from '../../helpers/boards'
import { workshopMap } from '../../helpers/workshop'

const TODAY = '2026-03-02'
const UNDECIDED = 'Share NPS themes with Product every month'

const item = (doc: JourneyDocument, id: string, today = TODAY) => {
  const found = checkReadiness(doc, today).items.find((i) => i.id === id)
  if (!found) throw new Error(`no item ${id}`)
  return found
}
const byText = (doc: JourneyDocument, text: string): Note => {
  const found = doc.board.notes.find((n) => n.text === text)
  if (!found) throw new Error(`no note ${text}`)
  return found
}
const editNote = (
  doc: JourneyDocument,
  id: string,
  change: (n: Note) => Note,
): JourneyDocument => ({
  ...doc,
  board: { ...doc.board, notes: doc.board.notes.map((n) => (n.id === id ? change(n) : n)) },
})

/** The workshop map with goals written and its one open task decided, owned and dated. */
function completeMap(): JourneyDocument {
  const map = workshopMap()
  const open = byText(map, UNDECIDED)
  const done = editNote(map, open.id, (n) => ({
    ...n,
    step: { ...n.step, decision: 'human', ownerId: 'person_0', deadline: '2027-01-31' },
  }))
  const goals = [
    { id: 'goal_1', text: 'Halve the time to first salary review', group: 'Customer Success' },
  ]
  return { ...done, session: { ...done.session, goals } }
}

describe('readiness of the workshop map', () => {
  const map = workshopMap()
  const readiness = checkReadiness(map, TODAY)
  const open = byText(map, UNDECIDED)

  it('lists every check, in order', () => {
    expect(readiness.items.map((i) => i.id)).toEqual([...READINESS_CHECKS])
  })

  it('flags the one task that is undecided and has no owner', () => {
    expect(item(map, 'decisions')).toMatchObject({ ok: false, noteIds: [open.id] })
    expect(item(map, 'owners')).toMatchObject({ ok: false, noteIds: [open.id] })
    expect(item(map, 'deadlines')).toMatchObject({ ok: false, noteIds: [open.id] })
    expect(item(map, 'owners').detail).toBe('1 task has no owner.')
  })

  it('is not ready and says why in one sentence', () => {
    expect(readiness.ready).toBe(false)
    expect(readiness.summary).toBe(
      'Not ready: no goals, 1 undecided task, 1 task without an owner and 1 task without a deadline.',
    )
  })

  it('finds a touchpoint in every stage, no unsorted notes and a review interval everywhere', () => {
    for (const id of ['touchpoints', 'unsorted', 'overdue', 'reviews']) {
      expect(item(map, id).ok, id).toBe(true)
    }
  })
})

describe('a complete map', () => {
  it('says it is ready, with nothing missing', () => {
    const readiness = checkReadiness(completeMap(), TODAY)
    expect(readiness.items.filter((i) => !i.ok)).toEqual([])
    expect(readiness.ready).toBe(true)
    expect(readiness.summary).toBe('Ready: nothing is missing.')
  })

  it('accepts the journey it was derived from instead of deriving again', () => {
    const map = completeMap()
    expect(checkReadiness(map, TODAY, deriveJourney(map))).toEqual(checkReadiness(map, TODAY))
  })
})

describe('gaps readiness finds', () => {
  it('a task whose owner was deleted has no owner', () => {
    const map = completeMap()
    const macro = byText(map, 'Support macro for the 10 most common import errors')
    const orphaned = editNote(map, macro.id, (n) => ({
      ...n,
      step: { ...n.step, ownerId: 'person_gone' },
    }))
    expect(item(orphaned, 'owners')).toMatchObject({ ok: false, noteIds: [macro.id] })
  })

  it('deadlines in the past are flagged unless the task is done or cancelled', () => {
    const map = completeMap()
    // On 2027-01-12 the deadlines of 2026-12 and 2027-01-05/10 have passed.
    const later = '2027-01-12'
    const overdue = item(map, 'overdue', later)
    expect(overdue.ok).toBe(false)
    const passed = map.board.notes.filter(
      (n) => n.step.deadline !== null && n.step.deadline < later,
    )
    expect([...overdue.noteIds].sort()).toEqual(passed.map((n) => n.id).sort())
    expect(overdue.detail).toMatch(
      /^\d+ open deadlines are before 2027-01-12, the earliest 2026-12-05\.$/,
    )

    const finished = map.board.notes.reduce(
      (doc, n) =>
        passed.includes(n)
          ? editNote(doc, n.id, (x) => ({ ...x, step: { ...x.step, status: 'done' } }))
          : doc,
      map,
    )
    expect(item(finished, 'overdue', later).ok).toBe(true)
  })

  it('a deadline today is not yet past', () => {
    const map = completeMap()
    expect(item(map, 'overdue', '2026-12-05').ok).toBe(true)
    expect(item(map, 'overdue', '2026-12-06').noteIds).toHaveLength(1)
  })

  it('a cancelled task needs no decision, owner or deadline', () => {
    const map = completeMap()
    const task = byText(map, UNDECIDED)
    const cancelled = editNote(map, task.id, (n) => ({
      ...n,
      step: {
        ...n.step,
        decision: 'undecided',
        ownerId: null,
        deadline: null,
        status: 'cancelled',
      },
    }))
    expect(checkReadiness(cancelled, TODAY).ready).toBe(true)
  })

  it('unsorted notes are listed, and count as tasks too when they are tasks', () => {
    const map = completeMap()
    const parked = note({
      id: 'note_parked',
      text: 'Ask legal about DPA templates',
      x: 9_000,
      y: 3_000,
      kind: 'task',
    })
    const doc = { ...map, board: { ...map.board, notes: [...map.board.notes, parked] } }
    expect(item(doc, 'unsorted')).toMatchObject({ ok: false, noteIds: ['note_parked'] })
    expect(item(doc, 'owners').noteIds).toEqual(['note_parked'])
    expect(checkReadiness(doc, TODAY).summary).toBe(
      'Not ready: 1 unsorted note, 1 undecided task, 1 task without an owner and 1 task without a deadline.',
    )
  })

  it('a stage with no touchpoint is named', () => {
    const map = completeMap()
    const renewal = map.board.stages.find((s) => s.name === 'Renewal')!
    const touchLane = map.board.lanes.find((l) => l.kind === 'touchpoint')!
    const notes = map.board.notes.filter(
      (n) =>
        !(
          n.x + n.width / 2 >= renewal.x &&
          n.x + n.width / 2 < renewal.x + renewal.width &&
          n.y + n.height / 2 >= touchLane.y &&
          n.y + n.height / 2 < touchLane.y + touchLane.height
        ),
    )
    const doc = { ...map, board: { ...map.board, notes } }
    expect(item(doc, 'touchpoints')).toMatchObject({
      ok: false,
      detail: 'No touchpoint in Renewal.',
    })
  })

  it('a department without a review interval is named', () => {
    const map = completeMap()
    const departments = map.departments.map((d, i) =>
      i < 2 ? { ...d, reviewIntervalWeeks: null } : d,
    )
    const names = departments.slice(0, 2).map((d) => d.name)
    expect(item({ ...map, departments }, 'reviews')).toMatchObject({
      ok: false,
      detail: `${names[0]} and ${names[1]} have no review interval.`,
    })
  })

  it('a blank map is not ready: no goals and no stages', () => {
    const map = workshopMap()
    const blank = { ...map, departments: [], board: { stages: [], lanes: [], notes: [] } }
    const readiness = checkReadiness(blank, TODAY)
    expect(readiness.ready).toBe(false)
    expect(readiness.summary).toBe('Not ready: no goals and no stages.')
  })

  it('a 10,000-note map lists its gaps', () => {
    const readiness = checkReadiness(largeMap(), TODAY)
    expect(readiness.items.find((i) => i.id === 'unsorted')?.noteIds).toHaveLength(100)
    expect(readiness.items.find((i) => i.id === 'owners')?.noteIds.length).toBeGreaterThan(0)
  })

  it('refuses a today that is not a date', () => {
    expect(() => checkReadiness(workshopMap(), '02/03/2026')).toThrow(RangeError)
  })
})

describe('an overdue step', () => {
  const due = (
    deadline: string | null,
    status: 'not-started' | 'in-progress' | 'done' | 'cancelled',
  ) => ({ deadline, status }) as const

  it('is open with a deadline before today; a deadline of today is not yet past', () => {
    expect(isOverdue(due('2026-03-01', 'in-progress'), '2026-03-02')).toBe(true)
    expect(isOverdue(due('2026-03-02', 'not-started'), '2026-03-02')).toBe(false)
  })

  it('done, cancelled, undated or unreadable deadlines are never overdue', () => {
    expect(isOverdue(due('2026-03-01', 'done'), '2026-03-02')).toBe(false)
    expect(isOverdue(due('2026-03-01', 'cancelled'), '2026-03-02')).toBe(false)
    expect(isOverdue(due(null, 'not-started'), '2026-03-02')).toBe(false)
    expect(isOverdue(due('next week', 'not-started'), '2026-03-02')).toBe(false)
  })
})
