// Dot voting: rounds with their rules, ballots cast one voter after another on one laptop, the
// tally and the ranking. The tally is a pure function of the round and the board, and it replays
// every ballot through the round's rules, so even a hand-edited file cannot count a dot twice.
import { castDraft } from 'immer'
import { newId } from '../../document/ids'
import type {
  Ballot,
  Board,
  JourneyDocument,
  Note,
  VoteResult,
  VotingRound,
  VotingScope,
} from '../../document/types'
import { kindOf, laneLocator } from '../../journey/geometry'
import { refuse, type Checked } from '../journey/recipe'

/** At most this many voters take turns in one round, and at most this many dots each. */
export const MAX_VOTERS = 100
export const MAX_VOTES_PER_PERSON = 100

export interface RoundRules {
  readonly name?: string
  readonly votesPerPerson: number
  readonly oneVotePerNote: boolean
  readonly scope: VotingScope
  readonly voters: number
}

type BoardPart = Pick<Board, 'notes' | 'lanes'>

/**
 * The ids of the notes a round is about, in board order: every note, the notes whose centre lies
 * in the lane, or the chosen notes that are still on the board.
 *
 * @example
 *   scopeNoteIds(map.board, { laneId: painLane.id }) // ['note_3', 'note_9', …]
 */
export function scopeNoteIds(board: BoardPart, scope: VotingScope): string[] {
  if (scope === 'all') return board.notes.map((n) => n.id)
  if ('laneId' in scope) {
    const locate = laneLocator(board.lanes)
    return board.notes.filter((n) => locate(n)?.id === scope.laneId).map((n) => n.id)
  }
  const chosen = new Set(scope.noteIds)
  return board.notes.filter((n) => chosen.has(n.id)).map((n) => n.id)
}

/** The scope in words: "all notes", "the notes in Pain points", "3 chosen notes". */
export function describeScope(board: BoardPart, scope: VotingScope): string {
  if (scope === 'all') return 'all notes'
  if ('laneId' in scope) {
    const lane = board.lanes.find((l) => l.id === scope.laneId)
    return `the notes in ${lane ? lane.name || 'an unnamed lane' : 'a lane that was deleted'}`
  }
  const n = scope.noteIds.length
  return `${n} chosen ${n === 1 ? 'note' : 'notes'}`
}

/** The round being voted on now, or null. */
export function currentRound(doc: Pick<JourneyDocument, 'session'>): VotingRound | null {
  const { rounds, currentRoundId } = doc.session.voting
  if (currentRoundId === null) return null
  const round = rounds.find((r) => r.id === currentRoundId)
  return round && round.endedAt === null ? round : null
}

/** The ballot of the voter whose turn it is: the round's last one. */
export function currentBallot(round: VotingRound): Ballot | null {
  return round.ballots.at(-1) ?? null
}

/** Dots the current voter still has. */
export function dotsLeft(round: VotingRound): number {
  const ballot = currentBallot(round)
  return Math.max(0, round.votesPerPerson - (ballot?.noteIds.length ?? 0))
}

/**
 * Why the current voter cannot put a dot on the note, or null when they can. The rules: the round
 * is open and not yet revealed, the note is in the round, the voter has a dot left, and with one
 * vote per note, the voter has not voted for this note yet.
 */
export function whyNoDot(round: VotingRound, board: BoardPart, noteId: string): string | null {
  const ballot = currentBallot(round)
  if (round.endedAt !== null) return 'This voting round has ended.'
  if (round.revealed) return 'The votes are revealed: no more dots can be placed in this round.'
  if (!ballot) return 'Nobody is voting yet.'
  if (!scopeNoteIds(board, round.scope).includes(noteId)) {
    return `That note is not part of this round: it is about ${describeScope(board, round.scope)}.`
  }
  if (ballot.noteIds.length >= round.votesPerPerson) {
    return `${ballot.voter} has placed all ${round.votesPerPerson} ${round.votesPerPerson === 1 ? 'dot' : 'dots'}.`
  }
  if (round.oneVotePerNote && ballot.noteIds.includes(noteId)) {
    return `One dot per note in this round: ${ballot.voter} already voted for that note.`
  }
  return null
}

/**
 * The round's tally: dots per note, most first; notes with the same count keep the board's order
 * (so ties always rank the same way). Each ballot is replayed through the rules: dots beyond
 * `votesPerPerson`, a second dot on a note when `oneVotePerNote`, and dots on notes outside the
 * round or no longer on the board do not count.
 *
 * @example
 *   tally(round, map.board) // [{ noteId: 'note_7', votes: 5 }, { noteId: 'note_2', votes: 3 }]
 */
export function tally(round: VotingRound, board: BoardPart): VoteResult[] {
  const inScope = scopeNoteIds(board, round.scope)
  const order = new Map(inScope.map((id, i) => [id, i]))
  const counts = new Map<string, number>()
  for (const ballot of round.ballots) {
    const seen = new Set<string>()
    let used = 0
    for (const id of ballot.noteIds) {
      if (used >= round.votesPerPerson) break
      if (!order.has(id)) continue
      if (round.oneVotePerNote && seen.has(id)) continue
      seen.add(id)
      used++
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  return [...counts]
    .map(([noteId, votes]) => ({ noteId, votes }))
    .sort((a, b) => b.votes - a.votes || (order.get(a.noteId) ?? 0) - (order.get(b.noteId) ?? 0))
}

export interface RankedNote {
  /** 1 for the most votes; notes with the same votes share a rank (1, 2, 2, 4). */
  readonly rank: number
  readonly noteId: string
  readonly votes: number
  /** The note as it is on the board now; null when it was deleted after the round. */
  readonly note: Note | null
}

/** Results (already in tally order) with their ranks and notes. */
export function ranking(results: readonly VoteResult[], board: Pick<Board, 'notes'>): RankedNote[] {
  const byId = new Map(board.notes.map((n) => [n.id, n]))
  let rank = 0
  let last = Number.NaN
  return results.map((r, i) => {
    if (r.votes !== last) {
      rank = i + 1
      last = r.votes
    }
    return { rank, noteId: r.noteId, votes: r.votes, note: byId.get(r.noteId) ?? null }
  })
}

/** The dots each note has from the ballots visible now: all after the reveal, else the voter's own. */
export function visibleDots(round: VotingRound): Map<string, number> {
  const counts = new Map<string, number>()
  const ballots = round.revealed ? round.ballots : round.ballots.slice(-1)
  for (const ballot of ballots) {
    for (const id of ballot.noteIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

const voterName = (n: number) => `Voter ${n}`

/**
 * Opens a voting round with the first voter's turn. Refused while another round is open, when
 * the round would have no notes, or when a number is out of range. The counts shown on the
 * round's notes start again from 0 (the previous rounds keep their results); the rules become the
 * defaults of the next round.
 *
 * @example
 *   const started = startRound(map, { votesPerPerson: 3, oneVotePerNote: true, scope: 'all', voters: 3 })
 *   if (started.ok) editor.run('Start voting', started.recipe)
 */
export function startRound(
  doc: Pick<JourneyDocument, 'session' | 'board'>,
  rules: RoundRules,
  options: { now?: Date; makeId?: () => string } = {},
): Checked<{ readonly id: string }> {
  if (currentRound(doc)) return refuse('A voting round is already open: end it first.')
  const { votesPerPerson, voters } = rules
  if (
    !Number.isInteger(votesPerPerson) ||
    votesPerPerson < 1 ||
    votesPerPerson > MAX_VOTES_PER_PERSON
  ) {
    return refuse(`Give each voter between 1 and ${MAX_VOTES_PER_PERSON} dots.`)
  }
  if (!Number.isInteger(voters) || voters < 1 || voters > MAX_VOTERS) {
    return refuse(`A round has between 1 and ${MAX_VOTERS} voters.`)
  }
  const ids = scopeNoteIds(doc.board, rules.scope)
  if (ids.length === 0) {
    return refuse(
      `There is nothing to vote on: ${describeScope(doc.board, rules.scope)} — no notes.`,
    )
  }
  const scope: VotingScope =
    rules.scope === 'all' || 'laneId' in rules.scope ? rules.scope : { noteIds: ids }
  const id = (options.makeId ?? (() => newId('round')))()
  const number = doc.session.voting.rounds.length + 1
  const round: VotingRound = {
    id,
    name: rules.name?.trim() || `Round ${number}`,
    startedAt: (options.now ?? new Date()).toISOString(),
    endedAt: null,
    scope,
    votesPerPerson,
    oneVotePerNote: rules.oneVotePerNote,
    voters,
    revealed: false,
    ballots: [{ voter: voterName(1), noteIds: [] }],
    results: [],
  }
  const inScope = new Set(ids)
  return {
    ok: true,
    id,
    recipe: (draft) => {
      const voting = draft.session.voting
      voting.rounds.push(castDraft(round))
      voting.currentRoundId = id
      voting.votesPerPerson = votesPerPerson
      voting.oneVotePerNote = rules.oneVotePerNote
      for (const note of draft.board.notes) {
        if (inScope.has(note.id) && note.votes !== 0) note.votes = 0
      }
    },
  }
}

/** The current voter puts one dot on the note; refused with the reason `whyNoDot` gives. */
export function placeDot(doc: Pick<JourneyDocument, 'session' | 'board'>, noteId: string): Checked {
  const round = currentRound(doc)
  if (!round) return refuse('No voting round is open.')
  const why = whyNoDot(round, doc.board, noteId)
  if (why !== null) return refuse(why)
  return {
    ok: true,
    recipe: (draft) => {
      const r = draft.session.voting.rounds.find((x) => x.id === round.id)
      r?.ballots.at(-1)?.noteIds.push(noteId)
    },
  }
}

/** Takes back the current voter's last dot on the note. */
export function removeDot(doc: Pick<JourneyDocument, 'session'>, noteId: string): Checked {
  const round = currentRound(doc)
  if (!round) return refuse('No voting round is open.')
  if (round.revealed) return refuse('The votes are revealed: dots can no longer be taken back.')
  const ballot = currentBallot(round)
  const at = ballot ? ballot.noteIds.lastIndexOf(noteId) : -1
  if (!ballot || at < 0) return refuse(`${ballot?.voter ?? 'This voter'} has no dot on that note.`)
  return {
    ok: true,
    recipe: (draft) => {
      const r = draft.session.voting.rounds.find((x) => x.id === round.id)
      r?.ballots.at(-1)?.noteIds.splice(at, 1)
    },
  }
}

/**
 * Hands the laptop to the next voter: the previous voter's dots are hidden until the reveal.
 * Refused after the last voter (reveal or end the round instead).
 */
export function nextVoter(
  doc: Pick<JourneyDocument, 'session'>,
): Checked<{ readonly voter: string }> {
  const round = currentRound(doc)
  if (!round) return refuse('No voting round is open.')
  if (round.revealed) return refuse('The votes are revealed: the round is over for voters.')
  if (round.ballots.length >= round.voters) {
    return refuse(`All ${round.voters} voters have voted: reveal the votes.`)
  }
  const voter = voterName(round.ballots.length + 1)
  return {
    ok: true,
    voter,
    recipe: (draft) => {
      const r = draft.session.voting.rounds.find((x) => x.id === round.id)
      r?.ballots.push({ voter, noteIds: [] })
    },
  }
}

/** Shows every voter's dots. After the reveal nobody votes in this round any more. */
export function revealVotes(doc: Pick<JourneyDocument, 'session'>): Checked {
  const round = currentRound(doc)
  if (!round) return refuse('No voting round is open.')
  return {
    ok: true,
    recipe: (draft) => {
      const r = draft.session.voting.rounds.find((x) => x.id === round.id)
      if (r && !r.revealed) r.revealed = true
    },
  }
}

/**
 * Ends the open round: its tally is kept in the round as its results, and each of the round's
 * notes shows its count (`note.votes`, 0 for a note nobody voted for).
 *
 * @example
 *   const ended = endRound(map)
 *   if (ended.ok) editor.run('End voting round', ended.recipe) // ended.results, most votes first
 */
export function endRound(
  doc: Pick<JourneyDocument, 'session' | 'board'>,
  now: Date = new Date(),
): Checked<{ readonly results: readonly VoteResult[] }> {
  const round = currentRound(doc)
  if (!round) return refuse('No voting round is open.')
  const results = tally(round, doc.board)
  const counts = new Map(results.map((r) => [r.noteId, r.votes]))
  const inScope = new Set(scopeNoteIds(doc.board, round.scope))
  return {
    ok: true,
    results,
    recipe: (draft) => {
      const r = draft.session.voting.rounds.find((x) => x.id === round.id)
      if (!r) return
      r.endedAt = now.toISOString()
      r.revealed = true
      r.results = results.map((x) => ({ ...x }))
      draft.session.voting.currentRoundId = null
      for (const note of draft.board.notes) {
        if (!inScope.has(note.id)) continue
        const votes = counts.get(note.id) ?? 0
        if (note.votes !== votes) note.votes = votes
      }
    },
  }
}

/**
 * Drops the open round without a result. Its notes show again what the last ended round gave
 * them (0 when no ended round counted them).
 */
export function discardRound(doc: Pick<JourneyDocument, 'session' | 'board'>): Checked {
  const round = currentRound(doc)
  if (!round) return refuse('No voting round is open.')
  const inScope = new Set(scopeNoteIds(doc.board, round.scope))
  const before = new Map<string, number>()
  for (const r of doc.session.voting.rounds) {
    if (r.endedAt === null) continue
    for (const result of r.results) before.set(result.noteId, result.votes)
  }
  return {
    ok: true,
    recipe: (draft) => {
      const voting = draft.session.voting
      const at = voting.rounds.findIndex((x) => x.id === round.id)
      if (at >= 0) voting.rounds.splice(at, 1)
      voting.currentRoundId = null
      for (const note of draft.board.notes) {
        if (!inScope.has(note.id)) continue
        const votes = before.get(note.id) ?? 0
        if (note.votes !== votes) note.votes = votes
      }
    },
  }
}

/**
 * Marks the top-voted pain points of an ended round as focus areas: the pain points ranked `top`
 * or better among the round's pain points (ties at the cut all count), with at least one vote.
 *
 * @example
 *   const marked = markTopPainPoints(map, round.id, 3)
 *   if (marked.ok) editor.run('Mark focus areas', marked.recipe) // marked.noteIds
 */
export function markTopPainPoints(
  doc: Pick<JourneyDocument, 'session' | 'board'>,
  roundId: string,
  top = 3,
): Checked<{ readonly noteIds: readonly string[] }> {
  const round = doc.session.voting.rounds.find((r) => r.id === roundId)
  if (!round || round.endedAt === null)
    return refuse('End the round first: focus areas come from its result.')
  const locate = laneLocator(doc.board.lanes)
  const byId = new Map(doc.board.notes.map((n) => [n.id, n]))
  const pains = round.results.filter((r) => {
    const note = byId.get(r.noteId)
    return note !== undefined && r.votes > 0 && kindOf(note, locate(note)) === 'pain-point'
  })
  const ranked = ranking(pains, doc.board).filter((r) => r.rank <= top)
  if (ranked.length === 0) return refuse('No pain point received a vote in this round.')
  const ids = ranked.map((r) => r.noteId)
  const set = new Set(ids)
  return {
    ok: true,
    noteIds: ids,
    recipe: (draft) => {
      for (const note of draft.board.notes) if (set.has(note.id) && !note.focus) note.focus = true
    },
  }
}
