// Reads a .journey file: never throws, migrates old versions, and salvages every valid part of a
// damaged file, listing precisely (JSON path and message) what it repaired or left out.
import type { z } from 'zod'
import * as d from './defaults'
import { newId } from './ids'
import { CURRENT_VERSION, migrate } from './migrations'
import * as s from './schema'
import { FORMAT, type JourneyDocument, type Session } from './types'

/** Something in the file that could not be used as it was. */
export interface Problem {
  /** Where, as a JSON path: `board.notes[3].x`. */
  readonly path: string
  readonly message: string
}

export type ParseResult =
  | {
      readonly ok: true
      readonly document: JourneyDocument
      readonly problems: readonly Problem[]
      /** A file from a newer Journeyboard: show it, but never save over it. */
      readonly readOnly: boolean
      readonly readOnlyReason: string | null
      /** The format version the file was written in, before migration. */
      readonly sourceVersion: number
    }
  | { readonly ok: false; readonly message: string; readonly problems: readonly Problem[] }

/**
 * Parses the text of a .journey file.
 *
 * - Not JSON, truncated JSON, or JSON that is not a Journeyboard map: `ok: false` with a message
 *   for the user.
 * - Older versions are migrated step by step; newer versions open read-only.
 * - Invalid fields are reset to their defaults and invalid entries (a note without text, a stage
 *   without a position) are left out; each is listed in `problems`. Duplicate ids get new ids;
 *   references to people, departments or stages that do not exist are cleared.
 *
 * @example
 *   const result = parseDocument(text)
 *   if (result.ok) show(result.document, result.problems)
 */
export function parseDocument(text: string, now: Date = new Date()): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return fail('The file is empty: it holds no map.')

  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch (error) {
    return fail(describeJsonError(body, error))
  }
  if (!isRecord(raw)) {
    return fail('This file is JSON but not a Journeyboard map: it holds no map object.')
  }
  if (raw.format !== FORMAT) {
    return fail(
      'This file is JSON but not a Journeyboard map (it has no "format": "journeyboard"). ' +
        'It may come from another app.',
    )
  }

  const problems: Problem[] = []
  let version = raw.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push({
      path: 'version',
      message: `expected a whole number of 1 or more, found ${describe(version)}; read as version 1`,
    })
    version = 1
  }
  const sourceVersion = version as number
  const readOnly = sourceVersion > CURRENT_VERSION
  const migrated = readOnly ? raw : migrate(raw, sourceVersion).file

  const document = salvageDocument(migrated, problems, now)
  return {
    ok: true,
    document,
    problems,
    readOnly,
    readOnlyReason: readOnly
      ? `This map was saved by a newer version of Journeyboard (file format ${sourceVersion}; ` +
        `this version reads up to ${CURRENT_VERSION}). It is open read-only so nothing in it is ` +
        'lost; use Save As to keep a copy in this version.'
      : null,
    sourceVersion,
  }
}

interface EntitySpec<T> {
  readonly noun: string
  readonly schema: z.ZodObject
  readonly defaults: () => T
  /** Fields without which the entry means nothing: an invalid one drops the entry. */
  readonly required: readonly string[]
  /** Fields that are themselves objects, salvaged field by field. */
  readonly nested?: Readonly<Record<string, EntitySpec<unknown>>>
  /** Fields that are lists of entities, salvaged entry by entry. */
  readonly lists?: Readonly<Record<string, EntitySpec<unknown>>>
  /** How the user recognises the entry in a message. */
  readonly label?: (raw: Record<string, unknown>) => string
}

const spec = <T>(s: EntitySpec<T>): EntitySpec<T> => s
const named = (key: string) => (raw: Record<string, unknown>) =>
  typeof raw[key] === 'string' ? ` “${clip(raw[key] as string, 40)}”` : ''

const ballot = spec({
  noun: 'ballot',
  schema: s.ballotSchema,
  defaults: d.defaultBallot,
  required: ['voter'],
  label: named('voter'),
})
const voteResult = spec({
  noun: 'vote result',
  schema: s.voteResultSchema,
  defaults: d.defaultVoteResult,
  required: ['noteId', 'votes'],
})
const round = spec({
  noun: 'voting round',
  schema: s.votingRoundSchema,
  defaults: d.defaultVotingRound,
  required: ['id'],
  lists: { ballots: ballot, results: voteResult },
  label: named('name'),
})
const voting = spec({
  noun: 'voting',
  schema: s.votingSchema,
  defaults: () => d.defaultSession().voting,
  required: [],
  lists: { rounds: round },
})
const timer = spec({
  noun: 'timer',
  schema: s.timerSchema,
  defaults: () => d.defaultSession().timer,
  required: [],
})
const goal = spec({
  noun: 'goal',
  schema: s.goalSchema,
  defaults: d.defaultGoal,
  required: ['text'],
  label: named('text'),
})
const participant = spec({
  noun: 'participant',
  schema: s.participantSchema,
  defaults: d.defaultParticipant,
  required: ['name'],
  label: named('name'),
})
const session = spec({
  noun: 'session',
  schema: s.sessionSchema,
  defaults: d.defaultSession,
  required: [],
  nested: { voting, timer },
  lists: { goals: goal, participants: participant },
})
const person = spec({
  noun: 'person',
  schema: s.personSchema,
  defaults: d.defaultPerson,
  required: ['name'],
  label: named('name'),
})
const department = spec({
  noun: 'department',
  schema: s.departmentSchema,
  defaults: d.defaultDepartment,
  required: ['name'],
  label: named('name'),
})
const stage = spec({
  noun: 'stage',
  schema: s.stageSchema,
  defaults: d.defaultStage,
  required: ['x', 'width'],
  label: named('name'),
})
const lane = spec({
  noun: 'lane',
  schema: s.laneSchema,
  defaults: d.defaultLane,
  required: ['y', 'height'],
  label: named('name'),
})
const source = spec({
  noun: 'source',
  schema: s.sourceSchema,
  defaults: d.defaultSource,
  required: [],
})
const step = spec({
  noun: 'step',
  schema: s.stepWorkSchema,
  defaults: d.defaultStepWork,
  required: [],
})
const note = spec({
  noun: 'note',
  schema: s.noteSchema,
  defaults: d.defaultNote,
  required: ['text'],
  nested: { source, step },
  label: named('text'),
})
const metric = spec({
  noun: 'metric',
  schema: s.metricSchema,
  defaults: d.defaultMetric,
  required: ['stageId', 'name'],
  label: named('name'),
})
const baseline = spec({
  noun: 'baseline',
  schema: s.baselineSchema,
  defaults: d.defaultBaseline,
  required: ['name'],
  label: named('name'),
})

function salvageDocument(
  raw: Record<string, unknown>,
  problems: Problem[],
  now: Date,
): JourneyDocument {
  const stamp = now.toISOString()
  const field = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    const value = raw[key]
    if (value === undefined) return fallback
    const result = schema.safeParse(value)
    if (result.success) return result.data
    problems.push({
      path: key,
      message: `${issueText(result.error)}; reset to ${describe(fallback)}`,
    })
    return fallback
  }
  const shape = s.documentSchema.shape
  const boardRaw = isRecord(raw.board) ? raw.board : {}
  if (raw.board !== undefined && !isRecord(raw.board)) {
    problems.push({
      path: 'board',
      message: `expected an object, found ${describe(raw.board)}; the board is empty`,
    })
  }

  const stages = unique(
    list(stage, boardRaw.stages, 'board.stages', problems),
    'board.stages',
    problems,
  )
  const lanes = unique(list(lane, boardRaw.lanes, 'board.lanes', problems), 'board.lanes', problems)
  const notes = unique(list(note, boardRaw.notes, 'board.notes', problems), 'board.notes', problems)
  const departments = unique(
    list(department, raw.departments, 'departments', problems),
    'departments',
    problems,
  )
  const people = unique(list(person, raw.people, 'people', problems), 'people', problems)
  const sessionValue = checkVoting(
    raw.session === undefined
      ? d.defaultSession()
      : (salvage(session, raw.session, 'session', problems) ?? d.defaultSession()),
    problems,
  )

  const departmentIds = new Set(departments.map((x) => x.id))
  const personIds = new Set(people.map((x) => x.id))
  const stageIds = new Set(stages.map((x) => x.id))

  const checkedPeople = people.map((p, i) =>
    p.departmentId !== null && !departmentIds.has(p.departmentId)
      ? (problems.push({
          path: `people[${i}].departmentId`,
          message: `no department has the id "${p.departmentId}"; cleared`,
        }),
        { ...p, departmentId: null })
      : p,
  )
  const checkedNotes = notes.map((n, i) => {
    let work = n.step
    if (work.ownerId !== null && !personIds.has(work.ownerId)) {
      problems.push({
        path: `board.notes[${i}].step.ownerId`,
        message: `no person has the id "${work.ownerId}"; the step has no owner now`,
      })
      work = { ...work, ownerId: null }
    }
    if (work.departmentId !== null && !departmentIds.has(work.departmentId)) {
      problems.push({
        path: `board.notes[${i}].step.departmentId`,
        message: `no department has the id "${work.departmentId}"; cleared`,
      })
      work = { ...work, departmentId: null }
    }
    return work === n.step ? n : { ...n, step: work }
  })
  const metrics = unique(
    list(metric, raw.metrics, 'metrics', problems),
    'metrics',
    problems,
  ).filter((m, i) => {
    if (stageIds.has(m.stageId)) return true
    problems.push({
      path: `metrics[${i}]`,
      message: `left out metric “${clip(m.name, 40)}”: no stage has the id "${m.stageId}"`,
    })
    return false
  })

  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    id: field('id', shape.id, newId('map')),
    title: field('title', shape.title, 'Untitled map'),
    createdAt: field('createdAt', shape.createdAt, stamp),
    updatedAt: field('updatedAt', shape.updatedAt, stamp),
    session: sessionValue,
    people: checkedPeople,
    departments,
    board: { stages, lanes, notes: checkedNotes },
    metrics,
    baselines: unique(list(baseline, raw.baselines, 'baselines', problems), 'baselines', problems),
  }
}

/** Rounds get unique ids, and the current round must be one that is still open. */
function checkVoting(value: Session, problems: Problem[]): Session {
  const rounds = unique([...value.voting.rounds], 'session.voting.rounds', problems)
  let currentRoundId = value.voting.currentRoundId
  if (currentRoundId !== null) {
    const current = rounds.find((r) => r.id === currentRoundId)
    if (!current || current.endedAt !== null) {
      problems.push({
        path: 'session.voting.currentRoundId',
        message: current
          ? `the round "${currentRoundId}" has already ended; no round is open now`
          : `no voting round has the id "${currentRoundId}"; no round is open now`,
      })
      currentRoundId = null
    }
  }
  if (
    rounds.every((r, i) => r === value.voting.rounds[i]) &&
    currentRoundId === value.voting.currentRoundId
  ) {
    return value
  }
  return { ...value, voting: { ...value.voting, rounds, currentRoundId } }
}

/** Salvages each entry of an array; entries that cannot be used are reported and left out. */
function list<T>(entity: EntitySpec<T>, raw: unknown, path: string, problems: Problem[]): T[] {
  if (raw === undefined) return []
  if (!Array.isArray(raw)) {
    problems.push({ path, message: `expected a list, found ${describe(raw)}; read as empty` })
    return []
  }
  const out: T[] = []
  raw.forEach((entry, i) => {
    const value = salvage(entity, entry, `${path}[${i}]`, problems)
    if (value !== null) out.push(value)
  })
  return out
}

/** Salvages one object field by field against its schema; null when a required field is unusable. */
function salvage<T>(
  entity: EntitySpec<T>,
  raw: unknown,
  path: string,
  problems: Problem[],
): T | null {
  if (!isRecord(raw)) {
    problems.push({
      path,
      message: `left out ${entity.noun}: expected an object, found ${describe(raw)}`,
    })
    return null
  }
  const fallback = entity.defaults() as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, fieldSchema] of Object.entries(entity.schema.shape)) {
    const value = raw[key]
    const required = entity.required.includes(key)
    const nested = entity.nested?.[key]
    const entries = entity.lists?.[key]
    if (value === undefined) {
      if (required) {
        problems.push({
          path,
          message: `left out ${entity.noun}${entity.label?.(raw) ?? ''}: it has no ${key}`,
        })
        return null
      }
      out[key] = fallback[key]
      continue
    }
    if (entries) {
      out[key] = list(entries, value, `${path}.${key}`, problems)
      continue
    }
    if (nested) {
      out[key] = salvage(nested, value, `${path}.${key}`, problems) ?? fallback[key]
      continue
    }
    const result = (fieldSchema as z.ZodType).safeParse(value)
    if (result.success) {
      out[key] = result.data
    } else if (required) {
      problems.push({
        path: `${path}.${key}`,
        message: `left out ${entity.noun}${entity.label?.(raw) ?? ''}: ${key} ${issueText(result.error)}, found ${describe(value)}`,
      })
      return null
    } else {
      out[key] = fallback[key]
      problems.push({
        path: `${path}.${key}`,
        message: `${issueText(result.error)}, found ${describe(value)}; reset to ${describe(fallback[key])}`,
      })
    }
  }
  return out as T
}

/** Gives every entry after the first with the same id a new id, and says so. */
function unique<T extends { readonly id: string }>(
  entries: T[],
  path: string,
  problems: Problem[],
): T[] {
  const seen = new Map<string, number>()
  return entries.map((entry, i) => {
    const first = seen.get(entry.id)
    if (first === undefined) {
      seen.set(entry.id, i)
      return entry
    }
    const id = newId(entry.id.split('_')[0] || 'item')
    problems.push({
      path: `${path}[${i}].id`,
      message: `the id "${entry.id}" is also used by ${path}[${first}]; this one now has the id "${id}"`,
    })
    return { ...entry, id }
  })
}

function fail(message: string): ParseResult {
  return { ok: false, message, problems: [] }
}

function describeJsonError(body: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error)
  const position = /position (\d+)/.exec(detail)
  const truncated =
    /end of (JSON )?input|Unterminated/i.test(detail) ||
    (position && Number(position[1]) >= body.trimEnd().length)
  if (truncated) {
    return 'The file is cut off before the end of the map (it may have been copied or synced only in part). Nothing was opened; if you have a backup (.bak) beside it, open that.'
  }
  if (position) {
    const offset = Number(position[1])
    const before = body.slice(0, offset)
    const line = before.split('\n').length
    const column = offset - before.lastIndexOf('\n')
    return `The file is not valid JSON: there is an error at line ${line}, column ${column}. Nothing was opened.`
  }
  return 'The file is not valid JSON, so it is not a Journeyboard map. Nothing was opened.'
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'is invalid'
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
  return `${where}${issue.message}`
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  const json = JSON.stringify(value)
  return json === undefined ? String(value) : clip(json, 60)
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
