// The Journeyboard document: the one source of truth for a map. Every type here is read-only;
// the document changes only through commands (immer recipes) in src/shared/commands.

/** The six steps of the workshop method, in order. */
export const PHASES = ['goals', 'homework', 'map', 'decide', 'assign', 'review'] as const
export type Phase = (typeof PHASES)[number]

/** What a lane holds, and so what a note in it is. */
export const NOTE_KINDS = [
  'customer-action',
  'touchpoint',
  'pain-point',
  'idea',
  'task',
  'evidence',
  'metric',
  'other',
] as const
export type NoteKind = (typeof NOTE_KINDS)[number]

export const SOURCE_KINDS = ['workshop', 'data', 'staff-interview', 'customer-interview'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const DECISIONS = ['automate', 'human', 'undecided'] as const
export type Decision = (typeof DECISIONS)[number]

export const STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const
export type Status = (typeof STATUSES)[number]

export const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple', 'grey'] as const
export type NoteColor = (typeof NOTE_COLORS)[number]

export interface Goal {
  readonly id: string
  readonly text: string
  /** The group of participants that wrote the goal. */
  readonly group: string
}

export interface Participant {
  readonly id: string
  readonly name: string
}

/** Which notes a voting round is about: every note, the notes of one lane, or chosen notes. */
export type VotingScope =
  'all' | { readonly laneId: string } | { readonly noteIds: readonly string[] }

/** The dots one participant placed in a round; a note id appears once per dot. */
export interface Ballot {
  /** How the voter is shown: "Voter 2" in a one-laptop room, or a name. */
  readonly voter: string
  readonly noteIds: readonly string[]
}

/** Dots a note received in an ended round. */
export interface VoteResult {
  readonly noteId: string
  readonly votes: number
}

/** One round of dot voting: its rules, the ballots as they were cast, and, once ended, its tally. */
export interface VotingRound {
  readonly id: string
  readonly name: string
  readonly startedAt: string
  /** When the round ended; null while voting goes on. */
  readonly endedAt: string | null
  readonly scope: VotingScope
  readonly votesPerPerson: number
  readonly oneVotePerNote: boolean
  /** How many participants take a turn at the laptop. */
  readonly voters: number
  /** Whether every voter's dots are shown; before the reveal only the current voter's are. */
  readonly revealed: boolean
  /** One ballot per voter who has had a turn, in turn order; the last one is voting now. */
  readonly ballots: readonly Ballot[]
  /** The tally, most votes first, written when the round ends; empty before that. */
  readonly results: readonly VoteResult[]
}

export interface Voting {
  /** The rules the next round starts with. */
  readonly votesPerPerson: number
  readonly oneVotePerNote: boolean
  /** Every round held, oldest first; ended rounds keep their results. */
  readonly rounds: readonly VotingRound[]
  /** The round being voted on now, or null. */
  readonly currentRoundId: string | null
}

export interface Timer {
  /** Length of the current timebox in seconds; 0 when no timer is set. */
  readonly durationSeconds: number
}

export interface Session {
  readonly goals: readonly Goal[]
  readonly participants: readonly Participant[]
  readonly phase: Phase
  readonly voting: Voting
  readonly timer: Timer
}

/** Someone a step can be assigned to. */
export interface Person {
  readonly id: string
  readonly name: string
  readonly role: string
  readonly departmentId: string | null
}

export interface Department {
  readonly id: string
  readonly name: string
  /** How often the department reviews its part of the map; null while not decided. */
  readonly reviewIntervalWeeks: number | null
}

/** A stage column on the board; the order of the array is left to right. */
export interface Stage {
  readonly id: string
  readonly name: string
  readonly x: number
  readonly width: number
}

/** A row on the board; its kind is the kind of every note whose centre lies in it. */
export interface Lane {
  readonly id: string
  readonly name: string
  readonly kind: NoteKind
  readonly y: number
  readonly height: number
}

export interface Source {
  readonly kind: SourceKind
  /** Where the evidence came from: a survey id, an interview, a report. Empty for workshop notes. */
  readonly reference: string
}

/** The work attributes of a note; they make it a step of the journey. */
export interface StepWork {
  readonly decision: Decision
  readonly rationale: string
  readonly ownerId: string | null
  readonly departmentId: string | null
  /** An ISO date (YYYY-MM-DD), or null. */
  readonly deadline: string | null
  readonly status: Status
  readonly metric: string
}

export interface Note {
  readonly id: string
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly color: NoteColor
  /** The note's own kind, used when it sits in no lane; null to take it from the lane. */
  readonly kind: NoteKind | null
  readonly tags: readonly string[]
  readonly source: Source
  /** The customer's own words (a quote from an interview or survey), not the team's summary. */
  readonly customerWords: boolean
  /** Dots the note received in the last voting round that included it. */
  readonly votes: number
  /** A focus area the room chose (usually a top-voted pain point). */
  readonly focus: boolean
  readonly author: string
  /** ISO timestamp. */
  readonly createdAt: string
  readonly step: StepWork
}

export interface Board {
  readonly stages: readonly Stage[]
  readonly lanes: readonly Lane[]
  readonly notes: readonly Note[]
}

export interface Metric {
  readonly id: string
  readonly stageId: string
  readonly name: string
  readonly unit: string
  readonly baseline: number | null
  readonly target: number | null
  readonly current: number | null
}

/** A named snapshot of the derived journey, for "what changed since". */
export interface Baseline {
  readonly id: string
  readonly name: string
  readonly takenAt: string
  readonly journey: unknown
}

export const FORMAT = 'journeyboard'

export interface JourneyDocument {
  readonly format: typeof FORMAT
  readonly version: number
  readonly id: string
  readonly title: string
  readonly createdAt: string
  readonly updatedAt: string
  readonly session: Session
  readonly people: readonly Person[]
  readonly departments: readonly Department[]
  readonly board: Board
  readonly metrics: readonly Metric[]
  readonly baselines: readonly Baseline[]
}
