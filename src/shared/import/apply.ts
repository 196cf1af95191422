// Imported notes onto the board as ONE undoable step, and the chunked driver that builds them
// without freezing the window: the notes are built a chunk at a time with a pause between chunks,
// and only when every chunk is built does anything touch the document, so a cancelled import
// leaves nothing behind.
import { castDraft } from 'immer'
import { makeNote } from '../commands/board/notes'
import { clampCoordinate, lanesOf, notesOf, type Recipe } from '../commands/board/recipe'
import { NOTE_SIZE } from '../document/defaults'
import { newId } from '../document/ids'
import { GRID_ORIGIN } from '../document/templates'
import type { JourneyDocument, Note, Stage } from '../document/types'
import type { CanvasStage } from './canvas'
import { EVIDENCE_PITCH, type EvidenceInput, type EvidenceResult } from './evidence'

/** The space between the board and the "Imported evidence" area, in board units. */
export const EVIDENCE_AREA_GAP = 160
const MIN_STAGE_WIDTH = 120

export interface ImportPlan {
  readonly recipe: Recipe
  /** Ids of the new notes, in the order of `notes`. */
  readonly ids: string[]
  readonly stageIds: string[]
  /** The top-left of the area the notes went to. */
  readonly area: { readonly x: number; readonly y: number }
}

/**
 * Where an import goes: the "Imported evidence" area, right of everything on the board (stages and
 * notes) and below the lanes, where a note is in no stage and no lane. Notes without a position are laid out there in a grid (at least 10 wide, about
 * square for large imports), unsorted, for the facilitator to drag into stages. Notes with a
 * position (from a .canvas file) keep their layout, moved as a group to that spot, and `stages`
 * (the canvas's groups) become new stage columns there, right of the existing ones.
 *
 * @example
 *   const plan = importRecipe(editor.getState(), evidenceNotes(rows, mapping, options).notes)
 *   editor.run('Import 200 notes', plan.recipe)
 */
export function importRecipe(
  doc: JourneyDocument,
  notes: readonly EvidenceInput[],
  stages: readonly CanvasStage[] = [],
  options: { readonly now?: Date; readonly columns?: number } = {},
): ImportPlan {
  const now = options.now ?? new Date()
  const { board } = doc
  let right = -Infinity
  for (const stage of board.stages) right = Math.max(right, stage.x + stage.width)
  for (const note of board.notes) right = Math.max(right, note.x + note.width)
  const areaX = Number.isFinite(right) ? right + EVIDENCE_AREA_GAP : GRID_ORIGIN.x
  // Below the lanes as well as right of the stages, so the notes sit in no lane and no stage and
  // take no kind from where they landed; on a board without lanes, level with its top.
  let top = Infinity
  let lanesBottom = -Infinity
  for (const lane of board.lanes) lanesBottom = Math.max(lanesBottom, lane.y + lane.height)
  if (Number.isFinite(lanesBottom)) top = lanesBottom + EVIDENCE_AREA_GAP
  else if (board.stages.length > 0 || board.notes.length === 0) top = GRID_ORIGIN.y
  else for (const note of board.notes) top = Math.min(top, note.y)
  const areaY = Number.isFinite(top) ? top : GRID_ORIGIN.y

  // Placed notes (from a canvas) keep their layout: their top-left corner goes to the area.
  let minX = Infinity
  let minY = Infinity
  for (const note of notes) {
    if (note.x === undefined || note.y === undefined) continue
    minX = Math.min(minX, note.x)
    minY = Math.min(minY, note.y)
  }
  for (const stage of stages) minX = Math.min(minX, stage.x)
  if (!Number.isFinite(minY)) minY = 0
  const dx = Number.isFinite(minX) ? areaX - minX : 0
  const dy = areaY - minY

  // Unplaced notes go in a grid, below the placed ones when there are both.
  let placedBottom = areaY
  for (const note of notes) {
    if (note.y !== undefined)
      placedBottom = Math.max(
        placedBottom,
        note.y + dy + (note.height ?? NOTE_SIZE) + EVIDENCE_PITCH - NOTE_SIZE,
      )
  }
  const unplaced = notes.filter((note) => note.x === undefined || note.y === undefined).length
  const perRow = Math.max(options.columns ?? 10, Math.ceil(Math.sqrt(unplaced)))
  const gridY = placedBottom

  const ids = notes.map(() => newId('note'))
  const newStages: Stage[] = []
  let stageRight = -Infinity
  for (const stage of [...stages].sort((a, b) => a.x - b.x)) {
    const x = Math.max(clampCoordinate(stage.x + dx), stageRight)
    const width = Math.max(MIN_STAGE_WIDTH, stage.width)
    newStages.push({ id: newId('stage'), name: stage.name, x, width })
    stageRight = x + width
  }

  const recipe: Recipe = (draft) => {
    const lanes = lanesOf(draft)
    let slot = 0
    const made: Note[] = notes.map((input, i) => {
      let x: number
      let y: number
      if (input.x !== undefined && input.y !== undefined) {
        x = input.x + dx
        y = input.y + dy
      } else {
        x = areaX + (slot % perRow) * EVIDENCE_PITCH
        y = gridY + Math.floor(slot / perRow) * EVIDENCE_PITCH
        slot++
      }
      const note = makeNote(
        {
          id: ids[i] ?? newId('note'),
          text: input.text,
          x,
          y,
          width: input.width ?? NOTE_SIZE,
          height: input.height ?? NOTE_SIZE,
          kind: input.kind ?? null,
          color: input.color ?? (input.kind === 'evidence' ? 'purple' : undefined),
        },
        lanes,
        now,
      )
      return { ...note, tags: [...input.tags], source: { ...input.source } }
    })
    if (made.length > 0) draft.board.notes = castDraft([...notesOf(draft), ...made])
    if (newStages.length > 0) draft.board.stages.push(...castDraft(newStages))
  }
  return { recipe, ids, stageIds: newStages.map((s) => s.id), area: { x: areaX, y: areaY } }
}

/** Something that says whether the user cancelled; an AbortSignal is one. */
export interface CancelSignal {
  readonly aborted: boolean
}

export interface ChunkedResult {
  readonly notes: EvidenceInput[]
  readonly skipped: number
  /** True when the signal was aborted: `notes` is then empty and nothing should be applied. */
  readonly cancelled: boolean
}

/**
 * Builds the note inputs for `rows` a chunk at a time, calling `onProgress(done, total)` after
 * each chunk and awaiting `pause()` between chunks (pass one that yields to the event loop, such
 * as `() => new Promise((r) => setTimeout(r, 0))`, so the window stays responsive). Touches no
 * document: apply the result with `importRecipe` in one `editor.run` when it is not cancelled.
 *
 * @example
 *   const result = await importInChunks(rows, 2000, setProgress, abort.signal,
 *     (chunk, offset) => evidenceNotes(chunk, mapping, options, offset), nextTask)
 *   if (!result.cancelled) editor.run('Import', importRecipe(doc, result.notes).recipe)
 */
export async function importInChunks<R>(
  rows: readonly R[],
  chunkSize: number,
  onProgress: (done: number, total: number) => void,
  signal: CancelSignal | undefined,
  build: (chunk: readonly R[], offset: number) => EvidenceResult,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ChunkedResult> {
  const size = Math.max(1, Math.floor(chunkSize))
  const notes: EvidenceInput[] = []
  let skipped = 0
  onProgress(0, rows.length)
  for (let start = 0; start < rows.length; start += size) {
    if (signal?.aborted) return { notes: [], skipped: 0, cancelled: true }
    const result = build(rows.slice(start, start + size), start)
    for (const note of result.notes) notes.push(note)
    skipped += result.skipped
    onProgress(Math.min(rows.length, start + size), rows.length)
    await pause()
  }
  if (signal?.aborted) return { notes: [], skipped: 0, cancelled: true }
  return { notes, skipped, cancelled: false }
}
