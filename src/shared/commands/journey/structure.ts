// Structuring a board: stage columns from a freeform board's heaps (as proposed, renamed, merged
// or split by the facilitator), and unsorted notes moved into the stage suggested for them.
import { newId } from '../../document/ids'
import { MAX_COORDINATE } from '../../document/schema'
import type { JourneyDocument, Note, Stage } from '../../document/types'
import type { StageProposal } from '../../journey/cluster'
import { stageLocator } from '../../journey/geometry'
import { suggestStage } from '../../journey/suggest'
import { plain, type Recipe } from './recipe'

/** Space kept between a note moved into a column and the column's edge. */
export const TIDY_MARGIN = 12

/**
 * Creates one stage column per proposal, left to right after any existing ones, and tidies each
 * proposal's notes into its column: every note moves by the proposal's `dx`, and a note whose
 * centre would still fall outside its column (after a merge or a split) is moved just inside it.
 * Empty names become "Stage n". Run it as one step, so one Undo takes the structure away.
 *
 * @example
 *   editor.run('Structure board', applyStageProposal(map, proposeStages(map.board.notes)))
 */
export function applyStageProposal(
  doc: Pick<JourneyDocument, 'board'>,
  proposals: readonly StageProposal[],
  makeId: () => string = () => newId('stage'),
): Recipe {
  const stages: Stage[] = proposals.map((p, i) => ({
    id: makeId(),
    name: p.name.trim().replace(/\s+/g, ' ') || `Stage ${doc.board.stages.length + i + 1}`,
    x: clamp(Math.round(p.x)),
    width: Math.max(1, Math.round(p.width)),
  }))
  const moves = new Map<string, number>()
  const byId = new Map(doc.board.notes.map((n) => [n.id, n]))
  proposals.forEach((proposal, i) => {
    const stage = stages[i] as Stage
    for (const id of proposal.noteIds) {
      const note = byId.get(id)
      if (note) moves.set(id, xInside(note, note.x + proposal.dx, stage))
    }
  })
  return (draft) => {
    if (stages.length === 0) return
    draft.board.stages.push(...stages)
    moveNotes(draft, moves)
  }
}

/**
 * The proposals with the one at `index` and the next merged into one column spanning both,
 * named after the first. Unchanged when there is no next one.
 */
export function mergeWithNext(proposals: readonly StageProposal[], index: number): StageProposal[] {
  const a = proposals[index]
  const b = proposals[index + 1]
  if (!a || !b) return [...proposals]
  const left = Math.min(a.x, b.x)
  const right = Math.max(a.x + a.width, b.x + b.width)
  const merged: StageProposal = {
    name: a.name,
    noteIds: [...a.noteIds, ...b.noteIds],
    x: left,
    width: right - left,
    dx: a.dx,
  }
  return [...proposals.slice(0, index), merged, ...proposals.slice(index + 2)]
}

/**
 * The proposals with the one at `index` split in two at the median of its notes' centres: the
 * left half keeps the name, the right half is called "<name> (2)". Null when it cannot be split
 * side by side (fewer than two notes, or all of them in one vertical line).
 */
export function splitProposal(
  doc: Pick<JourneyDocument, 'board'>,
  proposals: readonly StageProposal[],
  index: number,
): StageProposal[] | null {
  const proposal = proposals[index]
  if (!proposal) return null
  const byId = new Map(doc.board.notes.map((n) => [n.id, n]))
  const notes = proposal.noteIds
    .map((id) => byId.get(id))
    .filter((n): n is Note => n !== undefined)
    .map((note) => ({ note, centre: note.x + note.width / 2 + proposal.dx }))
    .sort((a, b) => a.centre - b.centre)
  if (notes.length < 2) return null
  const median = (notes[Math.floor((notes.length - 1) / 2)] as (typeof notes)[number]).centre
  const left = notes.filter((n) => n.centre <= median)
  const right = notes.filter((n) => n.centre > median)
  if (right.length === 0) return null
  const lastLeft = (left.at(-1) as (typeof notes)[number]).centre
  const firstRight = (right[0] as (typeof notes)[number]).centre
  const border = Math.round((lastLeft + firstRight) / 2)
  const inOrder = (list: typeof notes) => {
    const keep = new Set(list.map((n) => n.note.id))
    return proposal.noteIds.filter((id) => keep.has(id))
  }
  const halves: StageProposal[] = [
    {
      name: proposal.name,
      noteIds: inOrder(left),
      x: proposal.x,
      width: border - proposal.x,
      dx: proposal.dx,
    },
    {
      name: `${proposal.name} (2)`,
      noteIds: inOrder(right),
      x: border,
      width: proposal.x + proposal.width - border,
      dx: proposal.dx,
    },
  ]
  return [...proposals.slice(0, index), ...halves, ...proposals.slice(index + 1)]
}

/** The proposals with the one at `index` renamed. */
export function renameProposal(
  proposals: readonly StageProposal[],
  index: number,
  name: string,
): StageProposal[] {
  return proposals.map((p, i) => (i === index ? { ...p, name } : p))
}

/**
 * Moves a note horizontally into a stage column, keeping its height on the board (and so its
 * lane): the least movement that puts the whole note inside the column, or its centre at the
 * column's centre when the column is narrower than the note.
 */
export function acceptSuggestion(noteId: string, stageId: string): Recipe {
  return (draft) => {
    const stage = plain(draft.board.stages).find((s) => s.id === stageId)
    const index = plain(draft.board.notes).findIndex((n) => n.id === noteId)
    const note = draft.board.notes[index]
    if (!stage || !note) return
    const x = xInside(plain(note) as Note, note.x, stage as Stage)
    if (x !== note.x) note.x = x
  }
}

/**
 * Moves every unsorted note into the stage `suggestStage` proposes for it, as one step. Does
 * nothing on a board without stages.
 */
export function acceptAllSuggestions(doc: Pick<JourneyDocument, 'board'>): Recipe {
  const locate = stageLocator(doc.board.stages)
  const stages = new Map(doc.board.stages.map((s) => [s.id, s]))
  const moves = new Map<string, number>()
  for (const note of doc.board.notes) {
    if (locate(note) !== null) continue
    const suggestion = suggestStage(note, doc)
    const stage = suggestion ? stages.get(suggestion.stageId) : undefined
    if (stage) moves.set(note.id, xInside(note, note.x, stage))
  }
  return (draft) => moveNotes(draft, moves)
}

/** The x nearest `x` at which the note lies inside the column (its centre, if it cannot fit). */
function xInside(note: Note, x: number, stage: Stage): number {
  const margin = Math.min(TIDY_MARGIN, Math.max(0, (stage.width - note.width) / 2))
  const min = stage.x + margin
  const max = stage.x + stage.width - margin - note.width
  const inside =
    max >= min ? Math.min(max, Math.max(min, x)) : stage.x + stage.width / 2 - note.width / 2
  // A centre exactly on the right border would belong to the next column.
  const centre = inside + note.width / 2
  return clamp(centre >= stage.x + stage.width ? inside - 1 : inside)
}

function moveNotes(draft: Parameters<Recipe>[0], moves: ReadonlyMap<string, number>): void {
  if (moves.size === 0) return
  plain(draft.board.notes).forEach((note, i) => {
    const x = moves.get(note.id)
    const target = draft.board.notes[i]
    if (x !== undefined && target && x !== note.x) target.x = x
  })
}

function clamp(value: number): number {
  return Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, value))
}
