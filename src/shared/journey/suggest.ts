// Where an unsorted note probably belongs: the stage column beside it, or the one whose notes talk
// about the same things when the words say so more clearly than the position.
import type { Board, JourneyDocument, Note } from '../document/types'
import { stageLocator } from './geometry'
import { meaningfulWords } from './words'

export interface StageSuggestion {
  readonly stageId: string
  /** 'nearest': the closest column; 'shared-words': the column whose notes share its words. */
  readonly reason: 'nearest' | 'shared-words'
  /** The note's words found in that stage's notes (and not in every stage), for the hint. */
  readonly sharedWords: readonly string[]
}

/**
 * Suggests a stage for a note, usually an unsorted one. The nearest column by horizontal distance
 * from the note's centre wins (a note inside a column gets that column), unless the note is more
 * than half its width away from it and another column is the clear match by words: it shares at
 * least two of the note's meaningful words, more than any other column does. Words found in
 * every stage say nothing and are not counted. Null when the board has no stages.
 *
 * The word index of the board is built once per board object and reused while it is unchanged.
 *
 * @example
 *   suggestStage(parkedNote, map)
 *   // { stageId: 'stage_…', reason: 'shared-words', sharedWords: ['security', 'questionnaire'] }
 */
export function suggestStage(
  note: Note,
  doc: Pick<JourneyDocument, 'board'>,
): StageSuggestion | null {
  const { stages } = doc.board
  if (stages.length === 0) return null
  const centre = note.x + note.width / 2
  let nearest = 0
  let nearestGap = Infinity
  stages.forEach((stage, i) => {
    const right = stage.x + stage.width
    const gap = centre < stage.x ? stage.x - centre : centre >= right ? centre - right : 0
    if (gap < nearestGap) {
      nearest = i
      nearestGap = gap
    }
  })

  const index = wordIndex(doc.board)
  const words = [...new Set(meaningfulWords(note.text))].filter(
    (w) => (index.stagesWith.get(w) ?? 0) < stages.length,
  )
  const shared = stages.map((stage) => {
    const counts = index.byStage.get(stage.id)
    // The note's own words are in the index when it sits in the stage already; they do not count.
    const own = index.noteStage.get(note.id) === stage.id
    return words.filter((w) => (counts?.get(w) ?? 0) > (own ? 1 : 0))
  })
  const ranked = shared
    .map((list, i) => ({ i, score: list.length }))
    .sort((a, b) => b.score - a.score)
  const [best, second] = ranked
  const clearWords = best !== undefined && best.score >= 2 && best.score > (second?.score ?? 0)
  const pick = clearWords && nearestGap > note.width / 2 ? best.i : nearest
  return {
    stageId: (stages[pick] as (typeof stages)[number]).id,
    reason: pick === nearest ? 'nearest' : 'shared-words',
    sharedWords: shared[pick] ?? [],
  }
}

interface WordIndex {
  /** For each stage id, how many of its notes use each word. */
  readonly byStage: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** For each word, in how many stages it appears. */
  readonly stagesWith: ReadonlyMap<string, number>
  readonly noteStage: ReadonlyMap<string, string>
}

const indexes = new WeakMap<Board, WordIndex>()

function wordIndex(board: Board): WordIndex {
  const cached = indexes.get(board)
  if (cached) return cached
  const locate = stageLocator(board.stages)
  const byStage = new Map<string, Map<string, number>>()
  const noteStage = new Map<string, string>()
  for (const note of board.notes) {
    const stage = locate(note)
    if (!stage) continue
    noteStage.set(note.id, stage.id)
    let counts = byStage.get(stage.id)
    if (!counts) byStage.set(stage.id, (counts = new Map()))
    for (const word of new Set(meaningfulWords(note.text))) {
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  const stagesWith = new Map<string, number>()
  for (const counts of byStage.values()) {
    for (const word of counts.keys()) stagesWith.set(word, (stagesWith.get(word) ?? 0) + 1)
  }
  const index = { byStage, stagesWith, noteStage }
  indexes.set(board, index)
  return index
}
