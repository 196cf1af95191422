import { describe, expect, it } from 'vitest'
import { createEditor, type Editor } from '../../../../../src/shared/commands/editor'
import type { Checked } from '../../../../../src/shared/commands/journey'
import {
  currentRound,
  discardRound,
  dotsLeft,
  endRound,
  markTopPainPoints,
  nextVoter,
  placeDot,
  ranking,
  removeDot,
  revealVotes,
  scopeNoteIds,
  startRound,
  tally,
  visibleDots,
  type RoundRules,
} from '../../../../../src/shared/commands/session'
import {
  createDocument,
  type JourneyDocument,
  type VotingRound,
} from '../../../../../src/shared/document'
import { note } from '../../../helpers/boards'

/** A journey map with three pain points, two ideas and a task, all in the first stages. */
function votingMap(): JourneyDocument {
  const doc = createDocument('customer-journey', {
    title: 'Voting',
    now: new Date('2026-03-02T09:00:00Z'),
  })
  const lane = (kind: string) => doc.board.lanes.find((l) => l.kind === kind)!
  const at = (i: number, kind: string) => ({
    x: doc.board.stages[i]!.x + 20,
    y: lane(kind).y + 20,
  })
  return {
    ...doc,
    board: {
      ...doc.board,
      notes: [
        note({
          id: 'pain_a',
          text: 'Kick-off comes two weeks late',
          ...at(0, 'pain-point'),
          votes: 7,
        }),
        note({ id: 'pain_b', text: 'Nobody answers the chat', ...at(1, 'pain-point') }),
        note({ id: 'pain_c', text: 'Invoices in the wrong currency', ...at(2, 'pain-point') }),
        note({ id: 'idea_a', text: 'Book the kick-off at signature', ...at(0, 'idea') }),
        note({ id: 'idea_b', text: 'A status page', ...at(1, 'idea') }),
        note({ id: 'task_a', text: 'Write the welcome mail', ...at(0, 'task') }),
      ],
    },
  }
}

const ok = <T extends object>(checked: Checked<T>) => {
  if (!checked.ok) throw new Error(checked.message)
  return checked
}

function start(editor: Editor, rules: Partial<RoundRules> = {}): string {
  const started = ok(
    startRound(
      editor.getState(),
      { votesPerPerson: 3, oneVotePerNote: true, scope: 'all', voters: 3, ...rules },
      { now: new Date('2026-03-02T11:00:00Z'), makeId: () => 'round_1' },
    ),
  )
  editor.run('Start voting', started.recipe)
  return started.id
}

function vote(editor: Editor, ...noteIds: string[]) {
  for (const id of noteIds) editor.run('Place dot', ok(placeDot(editor.getState(), id)).recipe)
}

function next(editor: Editor) {
  editor.run('Next voter', ok(nextVoter(editor.getState())).recipe)
}

const round = (editor: Editor) => currentRound(editor.getState())!

describe('a three-voter round on one laptop', () => {
  it('tallies and ranks the dots; ties keep the board order', () => {
    const editor = createEditor(votingMap())
    start(editor)
    expect(round(editor).ballots).toEqual([{ voter: 'Voter 1', noteIds: [] }])
    vote(editor, 'pain_b', 'pain_c', 'idea_a')
    expect(dotsLeft(round(editor))).toBe(0)
    next(editor)
    vote(editor, 'pain_b', 'idea_b', 'pain_a')
    next(editor)
    vote(editor, 'pain_c', 'pain_b', 'idea_b')

    expect(tally(round(editor), editor.getState().board)).toEqual([
      { noteId: 'pain_b', votes: 3 },
      { noteId: 'pain_c', votes: 2 },
      { noteId: 'idea_b', votes: 2 },
      { noteId: 'pain_a', votes: 1 },
      { noteId: 'idea_a', votes: 1 },
    ])
    const ended = ok(endRound(editor.getState(), new Date('2026-03-02T11:20:00Z')))
    editor.run('End voting round', ended.recipe)
    const doc = editor.getState()
    expect(
      ranking(ended.results, doc.board).map((r) => [r.rank, r.noteId, r.votes, r.note?.text]),
    ).toEqual([
      [1, 'pain_b', 3, 'Nobody answers the chat'],
      [2, 'pain_c', 2, 'Invoices in the wrong currency'],
      [2, 'idea_b', 2, 'A status page'],
      [4, 'pain_a', 1, 'Kick-off comes two weeks late'],
      [4, 'idea_a', 1, 'Book the kick-off at signature'],
    ])
    // The counts show on the notes, the round keeps its result, and no round is open.
    expect(Object.fromEntries(doc.board.notes.map((n) => [n.id, n.votes]))).toEqual({
      pain_a: 1,
      pain_b: 3,
      pain_c: 2,
      idea_a: 1,
      idea_b: 2,
      task_a: 0,
    })
    expect(doc.session.voting.currentRoundId).toBeNull()
    expect(doc.session.voting.rounds[0]).toMatchObject({
      name: 'Round 1',
      startedAt: '2026-03-02T11:00:00.000Z',
      endedAt: '2026-03-02T11:20:00.000Z',
      revealed: true,
      results: ended.results,
    })
  })

  it('ties rank the same way whatever order the dots came in', () => {
    const a = createEditor(votingMap())
    start(a, { voters: 2, votesPerPerson: 2 })
    vote(a, 'idea_b', 'pain_a')
    next(a)
    vote(a, 'pain_c', 'idea_a')
    const b = createEditor(votingMap())
    start(b, { voters: 2, votesPerPerson: 2 })
    vote(b, 'idea_a', 'pain_c')
    next(b)
    vote(b, 'pain_a', 'idea_b')
    const order = ['pain_a', 'pain_c', 'idea_a', 'idea_b']
    expect(tally(round(a), a.getState().board).map((r) => r.noteId)).toEqual(order)
    expect(tally(round(b), b.getState().board).map((r) => r.noteId)).toEqual(order)
  })

  it('hides the previous voters’ dots until the reveal', () => {
    const editor = createEditor(votingMap())
    start(editor, { voters: 2 })
    vote(editor, 'pain_a', 'pain_b')
    next(editor)
    vote(editor, 'pain_b')
    expect(Object.fromEntries(visibleDots(round(editor)))).toEqual({ pain_b: 1 })
    editor.run('Reveal', ok(revealVotes(editor.getState())).recipe)
    expect(Object.fromEntries(visibleDots(round(editor)))).toEqual({ pain_a: 1, pain_b: 2 })
    const placed = placeDot(editor.getState(), 'pain_c')
    expect(placed.ok).toBe(false)
  })

  it('starting a round clears the counts on its notes; discarding brings them back', () => {
    const editor = createEditor(votingMap())
    start(editor)
    expect(editor.getState().board.notes.find((n) => n.id === 'pain_a')?.votes).toBe(0)
    editor.run('Discard round', ok(discardRound(editor.getState())).recipe)
    expect(editor.getState().session.voting.rounds).toEqual([])
    // pain_a's 7 came from no round, so nothing remembers it: 0.
    expect(editor.getState().board.notes.find((n) => n.id === 'pain_a')?.votes).toBe(0)
    editor.undo()
    editor.undo()
    expect(editor.getState().board.notes.find((n) => n.id === 'pain_a')?.votes).toBe(7)
  })

  it('refuses a second open round, a round with no notes and nonsense numbers', () => {
    const editor = createEditor(votingMap())
    const rules: RoundRules = { votesPerPerson: 3, oneVotePerNote: false, scope: 'all', voters: 3 }
    expect(startRound(editor.getState(), { ...rules, votesPerPerson: 0 })).toMatchObject({
      ok: false,
    })
    expect(startRound(editor.getState(), { ...rules, voters: 1.5 })).toMatchObject({ ok: false })
    expect(startRound(editor.getState(), { ...rules, scope: { noteIds: ['gone'] } })).toMatchObject(
      {
        ok: false,
        message: expect.stringContaining('nothing to vote on'),
      },
    )
    start(editor)
    expect(startRound(editor.getState(), rules)).toMatchObject({
      ok: false,
      message: expect.stringContaining('already open'),
    })
  })

  it('stops at the last voter', () => {
    const editor = createEditor(votingMap())
    start(editor, { voters: 2 })
    next(editor)
    expect(nextVoter(editor.getState())).toMatchObject({
      ok: false,
      message: 'All 2 voters have voted: reveal the votes.',
    })
  })
})

describe('the rules of a round', () => {
  it('allows one dot per note per voter when the round says so', () => {
    const editor = createEditor(votingMap())
    start(editor, { oneVotePerNote: true })
    vote(editor, 'pain_a')
    expect(placeDot(editor.getState(), 'pain_a')).toMatchObject({
      ok: false,
      message: 'One dot per note in this round: Voter 1 already voted for that note.',
    })
    next(editor)
    vote(editor, 'pain_a')
    expect(tally(round(editor), editor.getState().board)).toEqual([{ noteId: 'pain_a', votes: 2 }])
  })

  it('lets a voter stack dots on a note otherwise, up to their dots', () => {
    const editor = createEditor(votingMap())
    start(editor, { oneVotePerNote: false })
    vote(editor, 'pain_a', 'pain_a', 'pain_a')
    expect(placeDot(editor.getState(), 'pain_b')).toMatchObject({
      ok: false,
      message: 'Voter 1 has placed all 3 dots.',
    })
    editor.run('Take dot back', ok(removeDot(editor.getState(), 'pain_a')).recipe)
    vote(editor, 'pain_b')
    expect(tally(round(editor), editor.getState().board)).toEqual([
      { noteId: 'pain_a', votes: 2 },
      { noteId: 'pain_b', votes: 1 },
    ])
  })

  it('takes dots only on the notes of the round: one lane', () => {
    const doc = votingMap()
    const pains = doc.board.lanes.find((l) => l.kind === 'pain-point')!
    const editor = createEditor(doc)
    start(editor, { scope: { laneId: pains.id } })
    expect(scopeNoteIds(editor.getState().board, round(editor).scope)).toEqual([
      'pain_a',
      'pain_b',
      'pain_c',
    ])
    expect(placeDot(editor.getState(), 'idea_a')).toMatchObject({
      ok: false,
      message: 'That note is not part of this round: it is about the notes in Pain points.',
    })
    // Untouched notes outside the lane keep their counts.
    expect(editor.getState().board.notes.find((n) => n.id === 'idea_a')?.votes).toBe(0)
  })

  it('takes dots only on the notes of the round: the selection', () => {
    const editor = createEditor(votingMap())
    start(editor, { scope: { noteIds: ['idea_b', 'task_a', 'deleted_note'] } })
    expect(round(editor).scope).toEqual({ noteIds: ['idea_b', 'task_a'] })
    vote(editor, 'task_a')
    expect(placeDot(editor.getState(), 'pain_b').ok).toBe(false)
  })

  it('does not count dots a hand-edited file adds beyond the rules', () => {
    const doc = votingMap()
    const forged: VotingRound = {
      id: 'round_x',
      name: 'Forged',
      startedAt: '2026-03-02T11:00:00.000Z',
      endedAt: null,
      scope: { noteIds: ['pain_a', 'pain_b'] },
      votesPerPerson: 2,
      oneVotePerNote: true,
      voters: 1,
      revealed: false,
      ballots: [
        { voter: 'Voter 1', noteIds: ['pain_a', 'pain_a', 'idea_a', 'pain_b', 'pain_b', 'pain_c'] },
      ],
      results: [],
    }
    expect(tally(forged, doc.board)).toEqual([
      { noteId: 'pain_a', votes: 1 },
      { noteId: 'pain_b', votes: 1 },
    ])
  })
})

describe('focus areas', () => {
  it('marks the top-voted pain points of an ended round, ties at the cut included', () => {
    const editor = createEditor(votingMap())
    const id = start(editor, { voters: 2, oneVotePerNote: false })
    vote(editor, 'pain_b', 'pain_b', 'idea_a')
    next(editor)
    vote(editor, 'pain_a', 'pain_c', 'idea_a')
    expect(markTopPainPoints(editor.getState(), id, 2)).toMatchObject({ ok: false })
    editor.run('End', ok(endRound(editor.getState())).recipe)
    const marked = ok(markTopPainPoints(editor.getState(), id, 2))
    expect(marked.noteIds).toEqual(['pain_b', 'pain_a', 'pain_c'])
    editor.run('Mark focus areas', marked.recipe)
    const focus = editor
      .getState()
      .board.notes.filter((n) => n.focus)
      .map((n) => n.id)
    expect(focus).toEqual(['pain_a', 'pain_b', 'pain_c'])
  })

  it('says so when no pain point got a vote', () => {
    const editor = createEditor(votingMap())
    const id = start(editor)
    vote(editor, 'idea_a')
    editor.run('End', ok(endRound(editor.getState())).recipe)
    expect(markTopPainPoints(editor.getState(), id)).toEqual({
      ok: false,
      message: 'No pain point received a vote in this round.',
    })
  })
})
