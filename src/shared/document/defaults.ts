// Default values for every entity: what a new part of a map starts as, and what a broken field in
// an opened file is reset to (parseDocument reports each reset).
import { newId } from './ids'
import type {
  Ballot,
  Baseline,
  Department,
  Goal,
  Lane,
  Metric,
  Note,
  Participant,
  Person,
  Session,
  Source,
  Stage,
  StepWork,
  VoteResult,
  VotingRound,
} from './types'

export const NOTE_SIZE = 160

export const defaultStepWork = (): StepWork => ({
  decision: 'undecided',
  rationale: '',
  ownerId: null,
  departmentId: null,
  deadline: null,
  status: 'not-started',
  metric: '',
})

export const defaultSource = (): Source => ({ kind: 'workshop', reference: '' })

export const defaultNote = (now = new Date()): Note => ({
  id: newId('note'),
  text: '',
  x: 0,
  y: 0,
  width: NOTE_SIZE,
  height: NOTE_SIZE,
  color: 'yellow',
  kind: null,
  tags: [],
  source: defaultSource(),
  customerWords: false,
  votes: 0,
  focus: false,
  author: '',
  createdAt: now.toISOString(),
  step: defaultStepWork(),
})

export const defaultSession = (): Session => ({
  goals: [],
  participants: [],
  phase: 'goals',
  voting: { votesPerPerson: 3, oneVotePerNote: false, rounds: [], currentRoundId: null },
  timer: { durationSeconds: 0 },
})

export const defaultStage = (): Stage => ({
  id: newId('stage'),
  name: 'Untitled stage',
  x: 0,
  width: 320,
})
export const defaultLane = (): Lane => ({
  id: newId('lane'),
  name: 'Untitled lane',
  kind: 'other',
  y: 0,
  height: 200,
})
export const defaultGoal = (): Goal => ({ id: newId('goal'), text: '', group: '' })
export const defaultParticipant = (): Participant => ({ id: newId('participant'), name: '' })
export const defaultPerson = (): Person => ({
  id: newId('person'),
  name: '',
  role: '',
  departmentId: null,
})
export const defaultDepartment = (): Department => ({
  id: newId('department'),
  name: '',
  reviewIntervalWeeks: null,
})
export const defaultMetric = (): Metric => ({
  id: newId('metric'),
  stageId: '',
  name: '',
  unit: '',
  baseline: null,
  target: null,
  current: null,
})
export const defaultBaseline = (now = new Date()): Baseline => ({
  id: newId('baseline'),
  name: '',
  takenAt: now.toISOString(),
  journey: null,
})
export const defaultVotingRound = (now = new Date()): VotingRound => ({
  id: newId('round'),
  name: 'Voting round',
  startedAt: now.toISOString(),
  endedAt: null,
  scope: 'all',
  votesPerPerson: 3,
  oneVotePerNote: false,
  voters: 1,
  revealed: false,
  ballots: [],
  results: [],
})
export const defaultBallot = (): Ballot => ({ voter: '', noteIds: [] })
export const defaultVoteResult = (): VoteResult => ({ noteId: '', votes: 0 })
