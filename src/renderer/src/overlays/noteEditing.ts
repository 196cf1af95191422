// Starting and ending the writing of a note. A new note exists only in the view until it has
// text: ending it empty leaves the map untouched, and ending it with text adds it in one undo
// step ("Add note"), so undo takes the whole gesture back.
import { castDraft } from 'immer'
import type { Editor } from '../../../shared/commands/editor'
import {
  addNote,
  colorForKind,
  nextNotePosition,
  placeInCell,
  resizeLane,
  setNoteText,
  type NextNotePlace,
} from '../../../shared/commands/board'
import { plain } from '../../../shared/commands/board/recipe'
import type { JourneyDocument, Note, NoteColor } from '../../../shared/document'
import { NOTE_SIZE } from '../../../shared/document/defaults'
import type { BoardView, EditTarget, Point } from '../board/boardView'
import { panToShow } from '../board/camera'
import { laneOf } from '../../../shared/journey'

/** A note being written that is not in the map yet. */
export interface PendingNote {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly color: NoteColor
  /** The lane to grow so that the note lies inside it once written (a Tab chain's new row). */
  readonly growLane?: NextNotePlace['growLane']
}

const pending = new Map<string, PendingNote>()
let pendingCount = 0

/** The new note with this id, while it is being written and not in the map yet. */
export function pendingNote(id: string): PendingNote | null {
  return pending.get(id) ?? null
}

/**
 * Starts writing a new note centred on `centre` (board units), in the colour of the lane it sits
 * in. The canvas calls this on a double-click; `N`, Tab and the outline do too. `nearView`: a
 * note asked for at a point of the view (a double-click, `N` at the pointer) that would stick out
 * past its edge, or lie under a control on it, moves into view instead of the board panning to
 * it, as long as it stays under that point. One asked for near the edge of a cell is first moved
 * inside the cell (`placeInCell`), so its centre may not be quite under the pointer. (A Tab
 * chain's next note keeps its place in the row, and the board follows it.)
 */
export function beginNewNote(
  editor: Editor,
  view: BoardView,
  centre: Point,
  {
    nearView = false,
    growLane,
  }: { nearView?: boolean; growLane?: NextNotePlace['growLane'] | undefined } = {},
): void {
  let x = Math.round(centre.x - NOTE_SIZE / 2)
  let y = Math.round(centre.y - NOTE_SIZE / 2)
  if (nearView) {
    // Asked for near the edge of a cell, it stays inside that cell.
    const box = { x, y, width: NOTE_SIZE, height: NOTE_SIZE }
    const placed = placeInCell(editor.getState().board, box)
    x = placed.x
    y = placed.y
    const scale = view.getState().camera.scale
    const shift = panToShow(view, { x, y, width: NOTE_SIZE, height: NOTE_SIZE }, 8)
    const dx = shift.x / scale
    const dy = shift.y / scale
    if (Math.abs(dx) < NOTE_SIZE / 2 && Math.abs(dy) < NOTE_SIZE / 2) {
      x = Math.round(x + dx)
      y = Math.round(y + dy)
    }
  }
  const { lanes } = editor.getState().board
  const lane = growLane
    ? (lanes.find((l) => l.id === growLane.id) ?? null)
    : laneOf({ x, y, width: NOTE_SIZE, height: NOTE_SIZE }, lanes)
  pending.clear()
  // A Tab chain's new row below its lane (growLane) is written over the top of the lane below
  // until it is added; the lane grows then, in the same step.
  const note: PendingNote = {
    id: `pending-${++pendingCount}`,
    x,
    y,
    width: NOTE_SIZE,
    height: NOTE_SIZE,
    color: colorForKind(lane?.kind ?? null),
    ...(growLane ? { growLane } : {}),
  }
  pending.set(note.id, note)
  view.startEditing({ noteId: note.id, isNew: true })
}

/** How editing ended: Esc / Enter / a click elsewhere, or Tab (go on with the next note). */
export type EndHow = 'done' | 'next'

/**
 * Ends writing `target` with `text`. `foldFrom` is the editor revision when a note that the canvas
 * already added (isNew, in the map) started being edited: if nothing else changed since, the add
 * and the text become one step. Returns the id of the note written, if any.
 */
export function endEditing(
  editor: Editor,
  view: BoardView,
  target: EditTarget,
  text: string,
  how: EndHow,
  foldFrom: number | null,
): string | null {
  const draftNote = pendingNote(target.noteId)
  const blank = text.trim() === ''
  let written: string | null = null
  if (draftNote) {
    pending.delete(target.noteId)
    if (!blank) {
      const { recipe, id } = addNote({
        x: draftNote.x,
        y: draftNote.y,
        text,
        now: new Date(),
      })
      const grow = draftNote.growLane
      // A Tab chain's new row below its lane: the lane grows (the lanes below move down) and the
      // note is added in it, one step.
      editor.run(
        'Add note',
        grow
          ? (draft) => {
              const doc = plain(draft) as JourneyDocument
              const lane = doc.board.lanes.find((l) => l.id === grow.id)
              if (lane) resizeLane(doc, lane.id, Math.max(lane.height, grow.height))(draft)
              recipe(draft)
            }
          : recipe,
      )
      written = id
    }
  } else {
    const note = editor.getState().board.notes.find((n) => n.id === target.noteId)
    if (note) written = endExisting(editor, note, text, target.isNew, foldFrom)
  }
  // Another note may have started meanwhile (the outline, a double-click): leave it be.
  if (view.getState().editing?.noteId !== target.noteId) return written
  view.stopEditing()
  if (written) view.select([written])
  else view.clearSelection()
  if (how === 'next' && written) {
    const next = nextNotePosition(editor.getState(), written)
    beginNewNote(
      editor,
      view,
      { x: next.x + NOTE_SIZE / 2, y: next.y + NOTE_SIZE / 2 },
      { growLane: next.growLane },
    )
  }
  return written
}

function endExisting(
  editor: Editor,
  note: Note,
  text: string,
  isNew: boolean,
  foldFrom: number | null,
): string | null {
  const blank = text.trim() === ''
  const foldable = isNew && foldFrom !== null && editor.revision() === foldFrom && editor.canUndo()
  if (foldable) {
    // The canvas added the note just before editing began: take that step back and add the
    // note with its text as one step, or leave it out when it stayed empty.
    editor.undo()
    if (blank) return null
    editor.run('Add note', (draft) => {
      draft.board.notes.push(castDraft({ ...note, text }))
    })
    return note.id
  }
  if (isNew && blank) {
    editor.run('Delete note', (draft) => {
      draft.board.notes = draft.board.notes.filter((n) => n.id !== note.id)
    })
    return null
  }
  if (text !== note.text) editor.run('Edit note', setNoteText(note.id, text))
  return note.id
}
