// The runtime schema of the current document version: one zod schema per entity, mirroring
// types.ts field for field. `serializeDocument` runs it before anything is written, and
// `parseDocument` uses each entity's fields one by one to salvage what is valid.
import { z } from 'zod'
import { isIsoDate } from '../journey/isoDate'
import {
  DECISIONS,
  FORMAT,
  NOTE_COLORS,
  NOTE_KINDS,
  PHASES,
  SOURCE_KINDS,
  STATUSES,
  type JourneyDocument,
} from './types'

/** Coordinates beyond this are nonsense from a broken file, not a big board. */
export const MAX_COORDINATE = 10_000_000

const id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters')
const text = z.string()
const coordinate = z.number().finite().min(-MAX_COORDINATE).max(MAX_COORDINATE)
const size = z.number().finite().positive('must be greater than 0').max(MAX_COORDINATE)
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-31')
  .refine(isIsoDate, 'is not a date on the calendar')
/** The name of a person, department, stage or lane: the app never lets one be blank. */
const name = z.string().refine((value) => value.trim() !== '', 'must not be blank')
const timestamp = z.string().min(1)
const nullableNumber = z.number().finite().nullable()

export const goalSchema = z.object({ id, text, group: text })
export const participantSchema = z.object({ id, name: text })
const votesPerPerson = z.number().int().min(0).max(100)
export const votingScopeSchema = z.union([
  z.literal('all'),
  z.object({ laneId: id }),
  z.object({ noteIds: z.array(id) }),
])
export const ballotSchema = z.object({ voter: text, noteIds: z.array(id) })
export const voteResultSchema = z.object({ noteId: id, votes: z.number().int().min(0) })
export const votingRoundSchema = z.object({
  id,
  name: text,
  startedAt: timestamp,
  endedAt: timestamp.nullable(),
  scope: votingScopeSchema,
  votesPerPerson,
  oneVotePerNote: z.boolean(),
  voters: z.number().int().min(1).max(100),
  revealed: z.boolean(),
  ballots: z.array(ballotSchema),
  results: z.array(voteResultSchema),
})
export const votingSchema = z.object({
  votesPerPerson,
  oneVotePerNote: z.boolean(),
  rounds: z.array(votingRoundSchema),
  currentRoundId: id.nullable(),
})
export const timerSchema = z.object({
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
})
export const sessionSchema = z.object({
  goals: z.array(goalSchema),
  participants: z.array(participantSchema),
  phase: z.enum(PHASES),
  voting: votingSchema,
  timer: timerSchema,
})
export const personSchema = z.object({ id, name, role: text, departmentId: id.nullable() })
export const departmentSchema = z.object({
  id,
  name,
  reviewIntervalWeeks: z.number().int().min(1).max(520).nullable(),
})
export const stageSchema = z.object({ id, name, x: coordinate, width: size })
export const laneSchema = z.object({
  id,
  name,
  kind: z.enum(NOTE_KINDS),
  y: coordinate,
  height: size,
})
export const sourceSchema = z.object({ kind: z.enum(SOURCE_KINDS), reference: text })
export const stepWorkSchema = z.object({
  decision: z.enum(DECISIONS),
  rationale: text,
  ownerId: id.nullable(),
  departmentId: id.nullable(),
  deadline: isoDate.nullable(),
  status: z.enum(STATUSES),
  metric: text,
})
export const noteSchema = z.object({
  id,
  text,
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  color: z.enum(NOTE_COLORS),
  kind: z.enum(NOTE_KINDS).nullable(),
  tags: z.array(z.string()),
  source: sourceSchema,
  customerWords: z.boolean(),
  votes: z.number().int().min(0),
  focus: z.boolean(),
  author: text,
  createdAt: timestamp,
  step: stepWorkSchema,
})
export const boardSchema = z.object({
  stages: z.array(stageSchema),
  lanes: z.array(laneSchema),
  notes: z.array(noteSchema),
})
export const metricSchema = z.object({
  id,
  stageId: id,
  name: text,
  unit: text,
  baseline: nullableNumber,
  target: nullableNumber,
  current: nullableNumber,
})
export const baselineSchema = z.object({ id, name: text, takenAt: timestamp, journey: z.unknown() })

export const documentSchema = z.object({
  format: z.literal(FORMAT),
  version: z.number().int().min(1),
  id,
  title: text,
  createdAt: timestamp,
  updatedAt: timestamp,
  session: sessionSchema,
  people: z.array(personSchema),
  departments: z.array(departmentSchema),
  board: boardSchema,
  metrics: z.array(metricSchema),
  baselines: z.array(baselineSchema),
}) satisfies z.ZodType<JourneyDocument>
