// Numbered migrations of the .journey format. Each step takes a parsed file of version N-1 (plain
// JSON, not yet validated, so every step reads defensively) and returns it at version N. Files of
// every old version are kept under tests/fixtures/ and must keep loading.

export const CURRENT_VERSION = 3

export interface Migration {
  /** The version this step produces. */
  readonly version: number
  readonly name: string
  readonly up: (file: Record<string, unknown>) => Record<string, unknown>
}

/** v1 → v2: a note's evidence source was a phrase ("customer interview") with a separate
 *  `sourceReference`; it becomes `{ kind: "customer-interview", reference }`. */
const sourceBecomesObject: Migration = {
  version: 2,
  name: 'SourceBecomesObject',
  up(file) {
    const board = asRecord(file.board)
    if (!board || !Array.isArray(board.notes)) return file
    const notes = board.notes.map((raw: unknown) => {
      const note = asRecord(raw)
      if (!note || typeof note.source === 'object') return raw
      const { sourceReference, ...rest } = note
      const kind =
        typeof note.source === 'string' ? note.source.trim().toLowerCase().replace(/\s+/g, '-') : ''
      return {
        ...rest,
        source: {
          kind: kind === '' ? 'workshop' : kind,
          reference: typeof sourceReference === 'string' ? sourceReference : '',
        },
      }
    })
    return { ...file, board: { ...board, notes } }
  },
}

/** v2 → v3: facilitation. A note can be the customer's own words and a focus area; voting keeps
 *  its rounds (ballots and results) and which one is open. Old votes stay on their notes. */
const votingRoundsAndCustomerWords: Migration = {
  version: 3,
  name: 'VotingRoundsAndCustomerWords',
  up(file) {
    let next = file
    const board = asRecord(file.board)
    if (board && Array.isArray(board.notes)) {
      const notes = board.notes.map((raw: unknown) => {
        const note = asRecord(raw)
        if (!note) return raw
        return {
          ...note,
          customerWords: typeof note.customerWords === 'boolean' ? note.customerWords : false,
          focus: typeof note.focus === 'boolean' ? note.focus : false,
        }
      })
      next = { ...next, board: { ...board, notes } }
    }
    const session = asRecord(file.session)
    const voting = session && asRecord(session.voting)
    if (session && voting) {
      next = {
        ...next,
        session: {
          ...session,
          voting: {
            ...voting,
            rounds: Array.isArray(voting.rounds) ? voting.rounds : [],
            currentRoundId: voting.currentRoundId ?? null,
          },
        },
      }
    }
    return next
  },
}

export const MIGRATIONS: readonly Migration[] = [sourceBecomesObject, votingRoundsAndCustomerWords]

/**
 * Brings a file from `fromVersion` up to CURRENT_VERSION, one numbered step at a time.
 * Returns the names of the steps it ran, for the message shown to the user.
 */
export function migrate(
  file: Record<string, unknown>,
  fromVersion: number,
): { file: Record<string, unknown>; applied: string[] } {
  let current = file
  const applied: string[] = []
  for (const step of MIGRATIONS) {
    if (step.version <= fromVersion) continue
    current = { ...step.up(current), version: step.version }
    applied.push(`${step.version}: ${step.name}`)
  }
  return { file: current, applied }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}
