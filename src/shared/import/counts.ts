// How much evidence each stage holds, by source: "Onboarding: 12 customer quotes, 3 data points".
import type { JourneyDocument, SourceKind } from '../document/types'
import { stageLocator } from '../journey/geometry'

export type EvidenceKind = Exclude<SourceKind, 'workshop'>
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'customer-interview',
  'staff-interview',
  'data',
]

export interface StageEvidence {
  /** The stage's id, or null for the notes in no stage. */
  readonly stageId: string | null
  readonly name: string
  readonly counts: Readonly<Record<EvidenceKind, number>>
  readonly total: number
  /** "12 customer quotes, 3 data points", or "no evidence". */
  readonly summary: string
}

const WORDS: Record<EvidenceKind, readonly [string, string]> = {
  'customer-interview': ['customer quote', 'customer quotes'],
  'staff-interview': ['staff interview note', 'staff interview notes'],
  data: ['data point', 'data points'],
}

/** "12 customer quotes, 3 data points" for these counts; "no evidence" when all are 0. */
export function evidenceSummary(counts: Readonly<Record<EvidenceKind, number>>): string {
  const parts = EVIDENCE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => {
    const n = counts[kind]
    return `${n.toLocaleString('en-US')} ${WORDS[kind][n === 1 ? 0 : 1]}`
  })
  return parts.length > 0 ? parts.join(', ') : 'no evidence'
}

/**
 * The evidence (notes whose source is not the workshop) in each stage column, left to right, then
 * the evidence in no stage as "Unsorted" when there is any.
 *
 * @example
 *   evidenceCounts(doc).map((s) => `${s.name}: ${s.summary}`) // ['Onboarding: 12 customer quotes, 3 data points', …]
 */
export function evidenceCounts(doc: JourneyDocument): StageEvidence[] {
  const { stages, notes } = doc.board
  const locate = stageLocator(stages)
  const zero = (): Record<EvidenceKind, number> => ({
    'customer-interview': 0,
    'staff-interview': 0,
    data: 0,
  })
  const byStage = new Map<string | null, Record<EvidenceKind, number>>()
  for (const stage of stages) byStage.set(stage.id, zero())
  byStage.set(null, zero())
  for (const note of notes) {
    const kind = note.source.kind
    if (kind === 'workshop') continue
    const counts = byStage.get(locate(note)?.id ?? null)
    if (counts) counts[kind]++
  }
  const entry = (stageId: string | null, name: string): StageEvidence => {
    const counts = byStage.get(stageId) ?? zero()
    const total = EVIDENCE_KINDS.reduce((sum, kind) => sum + counts[kind], 0)
    return { stageId, name, counts, total, summary: evidenceSummary(counts) }
  }
  const out = stages.map((stage) => entry(stage.id, stage.name))
  const unsorted = entry(null, 'Unsorted')
  if (unsorted.total > 0) out.push(unsorted)
  return out
}
