// Stage columns and lanes are bands along one axis (x for stages, y for lanes). These plans say
// where each band goes when one is added, resized or moved, and how far the notes in each band
// travel with it, so stages.ts and lanes.ts share one layout rule.

/** A stage column or a lane, seen along its axis. */
export interface Band {
  readonly id: string
  readonly start: number
  readonly size: number
}

/** Where bands go: new start by band id (bands not listed stay), and the new left-to-right order. */
export interface BandPlan {
  readonly starts: ReadonlyMap<string, number>
  /** Band ids in their new order, when the order changes. */
  readonly order?: readonly string[]
}

/** Bands after position `index` (in array order, which is left to right) move by `delta`. */
export function shiftAfter(bands: readonly Band[], index: number, delta: number): BandPlan {
  const starts = new Map<string, number>()
  bands.forEach((band, i) => {
    if (i > index) starts.set(band.id, band.start + delta)
  })
  return { starts }
}

/**
 * The bands re-laid out end to end in a new order, from where the first band starts now; each band
 * keeps its size, and the gap before it (where a band was deleted, with notes in no band in it:
 * they go with the band after them), unless it comes first.
 */
export function reorder(bands: readonly Band[], from: number, to: number): BandPlan {
  const order = [...bands]
  const [moved] = order.splice(from, 1)
  if (!moved) return { starts: new Map() }
  order.splice(Math.max(0, Math.min(order.length, to)), 0, moved)
  const lead = new Map<string, number>()
  const sorted = [...bands].sort((a, b) => a.start - b.start)
  sorted.forEach((band, i) => {
    const before = sorted[i - 1]
    lead.set(band.id, before ? Math.max(0, band.start - (before.start + before.size)) : 0)
  })
  let cursor = Math.min(...bands.map((band) => band.start))
  const starts = new Map<string, number>()
  order.forEach((band, i) => {
    if (i > 0) cursor += lead.get(band.id) ?? 0
    starts.set(band.id, cursor)
    cursor += band.size
  })
  return { starts, order: order.map((band) => band.id) }
}

/**
 * How far each note travels: by the distance its band moved. `bandOf` answers which band holds the
 * note's centre, before the change.
 */
export function noteDeltas<N extends { readonly id: string }>(
  notes: readonly N[],
  bands: readonly Band[],
  plan: BandPlan,
  bandOf: (note: N) => string | null,
): Map<string, number> {
  const moved = new Map<string, number>()
  for (const band of bands) {
    const start = plan.starts.get(band.id)
    if (start !== undefined && start !== band.start) moved.set(band.id, start - band.start)
  }
  const out = new Map<string, number>()
  if (moved.size === 0) return out
  for (const note of notes) {
    const band = bandOf(note)
    const delta = band === null ? undefined : moved.get(band)
    if (delta !== undefined) out.set(note.id, delta)
  }
  return out
}

/**
 * What is wrong with a stage or lane name, as a message for the facilitator, or null when it is
 * fine. Names are trimmed first.
 *
 * @example
 *   validateName('  ') // 'A stage needs a name.'
 */
export function validateName(name: string, what: 'stage' | 'lane' = 'stage'): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return `A ${what} needs a name.`
  if (trimmed.length > MAX_NAME_LENGTH) {
    return `A ${what} name can be at most ${MAX_NAME_LENGTH} characters.`
  }
  return null
}

export const MAX_NAME_LENGTH = 200

/** The trimmed name, cut to the longest allowed, or `fallback` when nothing is left. */
export function usableName(name: string, fallback: string): string {
  const trimmed = name.trim().slice(0, MAX_NAME_LENGTH)
  return validateName(trimmed) === null ? trimmed : fallback
}
