// What the keyboard, the menu, the selection toolbar and the clipboard do to the board, each
// written once: every change to the map is one command (one undo step); every other action moves
// the view.
import type { Editor } from '../../../shared/commands/editor'
import {
  alignNotes,
  coveredCount,
  deleteNotes,
  duplicateNotes,
  moveNotes,
  hasGrid,
  notesFromLines,
  pasteNotes,
  setNotesColor,
  setNotesKind,
  tidyNotes,
  type AlignHow,
} from '../../../shared/commands/board'
import {
  MAX_PASTE_NOTES,
  PASTE_CONFIRM_THRESHOLD,
  linesFromText,
  notesToClipboard,
  parseClipboardNotes,
  textFromHtml,
} from '../../../shared/clipboard'
import type { Note, NoteColor, NoteKind } from '../../../shared/document'
import { laneLocator } from '../../../shared/journey'
import { SELECTION_BAR_GAP, type BoardView, type Point } from '../board/boardView'
import { fitAll, keepInView, notesBounds, zoomToSelection } from '../board/camera'
import { countNotes } from './labels'
import { beginNewNote } from './noteEditing'

/** What the board's surroundings offer the actions: messages, questions, the pointer. */
export interface BoardUi {
  /**
   * A short message in the board's status line ("Only text can be pasted as notes."). With
   * `untilChange`, it is about the change just made, and goes at the map's next change (an undo).
   */
  say(message: string, options?: { untilChange?: boolean }): void
  /** Asks a yes/no question in a dialog; resolves to true for yes. */
  confirm(question: { title: string; body: string; confirm: string }): Promise<boolean>
  /** The pointer in board-area pixels while it is over the board, else null. */
  pointer(): Point | null
  openFind(): void
}

/** What the clipboard holds, read from a paste event or the async clipboard API. */
export interface ClipboardContent {
  readonly json: string | null
  readonly text: string | null
  readonly html: string | null
  readonly hasImage: boolean
}

export type BoardActions = ReturnType<typeof createBoardActions>

export const ARROW_STEP = 10
export const ARROW_STEP_LARGE = 50
const ZOOM_STEP = 1.25
/** How far inside the view's edges the board brings notes it follows (px). */
const FOLLOW_MARGIN = 32
/** The selection toolbar's height before it has been drawn (px, one row of buttons). */
const SELECTION_BAR_HEIGHT = 44
const READ_ONLY = 'This map is read-only. Save a copy with Save As to change it.'

/**
 * Room above selected notes for the selection toolbar: its height and its gap on either side.
 * Where it is not drawn yet, `unseen` stands for its height.
 */
function selectionBarRoom(unseen: number): number {
  const bar = document.querySelector<HTMLElement>('.selection-bar')
  const height = bar ? bar.offsetHeight : unseen
  return height > 0 ? height + 2 * SELECTION_BAR_GAP : 0
}

export function createBoardActions(
  editor: Editor,
  view: BoardView,
  ui: BoardUi,
  readOnly: boolean,
) {
  /** The selected notes that are on the board, in the map's order. */
  const selected = (): string[] => {
    const { selection } = view.getState()
    if (selection.size === 0) return []
    return editor
      .getState()
      .board.notes.filter((n) => selection.has(n.id))
      .map((n) => n.id)
  }
  /** Where new notes go: the pointer when it is over the board, else the middle of the view. */
  const target = (): Point => {
    const { viewport } = view.getState()
    return view.toBoard(ui.pointer() ?? { x: viewport.width / 2, y: viewport.height / 2 })
  }
  /** The last move by the arrow keys, and the map's revision right after it (see moveSelected). */
  let lastMove: { revision: number; ids: string; dx: number; dy: number } | null = null
  /** Runs a change to the map, or says why a read-only map does not change. */
  const change = (run: () => void) => {
    if (readOnly) ui.say(READ_ONLY)
    else run()
  }

  /**
   * Pans the least that shows these notes, as long as the view can hold them at this zoom: a
   * larger group moved by the keys is not chased around (Shift+2 zooms to it). A larger paste
   * (`showStart`) brings its top-left corner into view at this zoom, where its first lines are,
   * with room above them for the selection toolbar.
   */
  const follow = (ids: readonly string[], { showStart = false } = {}) => {
    const wanted = new Set(ids)
    const bounds = notesBounds(editor.getState().board.notes.filter((n) => wanted.has(n.id)))
    if (!bounds) return
    const { camera, viewport } = view.getState()
    const s = camera.scale
    const width = (viewport.width - 2 * FOLLOW_MARGIN) / s
    if (bounds.width <= width && bounds.height <= (viewport.height - 2 * FOLLOW_MARGIN) / s) {
      keepInView(view, bounds, FOLLOW_MARGIN)
    } else if (showStart) {
      const top = FOLLOW_MARGIN + selectionBarRoom(SELECTION_BAR_HEIGHT)
      const height = (viewport.height - top - FOLLOW_MARGIN) / s
      const start = {
        x: bounds.x,
        y: bounds.y,
        width: Math.min(bounds.width, width),
        height: Math.min(bounds.height, height),
      }
      keepInView(view, start, FOLLOW_MARGIN, top)
    }
  }

  const actions = {
    ui,
    selected,
    newNote() {
      change(() => beginNewNote(editor, view, target(), { nearView: true }))
    },
    editSelected() {
      const [id] = selected()
      if (id && !readOnly) view.startEditing({ noteId: id, isNew: false })
    },
    deleteSelected() {
      const ids = selected()
      if (ids.length === 0) return
      const revision = editor.revision()
      change(() => {
        editor.run(ids.length === 1 ? 'Delete note' : 'Delete notes', deleteNotes(ids))
        view.clearSelection()
      })
      // A note seen going is enough; several may go unseen, off screen or in a Ctrl+A.
      if (ids.length > 1 && editor.revision() !== revision)
        ui.say(`Deleted ${countNotes(ids.length)}. Undo brings them back.`, { untilChange: true })
    },
    duplicateSelected() {
      const ids = selected()
      if (ids.length === 0) return
      change(() => {
        const copy = duplicateNotes(ids)
        editor.run(ids.length === 1 ? 'Duplicate note' : 'Duplicate notes', copy.recipe)
        view.select(copy.ids)
        follow(copy.ids)
      })
    },
    selectAll() {
      view.select(editor.getState().board.notes.map((n) => n.id))
    },
    clearSelection() {
      view.clearSelection()
    },
    /**
     * Moves the selected notes; `held` for a key's auto-repeat. A key held down is one gesture:
     * each repeat takes back the step the press made and makes one step of the whole move, as
     * long as nothing else changed the map meanwhile.
     */
    moveSelected(dx: number, dy: number, held = false) {
      const ids = selected()
      if (ids.length === 0) return
      change(() => {
        const last = lastMove
        const key = ids.join(' ')
        if (held && last && last.revision === editor.revision() && last.ids === key) {
          editor.undo()
          dx += last.dx
          dy += last.dy
        }
        const before = editor.revision()
        editor.run(ids.length === 1 ? 'Move note' : 'Move notes', moveNotes(ids, dx, dy))
        // A move that changed nothing (a note at the edge of the board) made no step: the next
        // repeat must not take back the step before it.
        lastMove =
          editor.revision() === before ? null : { revision: editor.revision(), ids: key, dx, dy }
        // The board follows notes moved past the edge of the view.
        follow(ids)
      })
    },
    setColor(color: NoteColor) {
      const ids = selected()
      if (ids.length > 0) change(() => editor.run('Change colour', setNotesColor(ids, color)))
    },
    /**
     * Gives the selected notes outside the lanes a kind of their own; a note in a lane takes the
     * lane's kind, so those in lanes are left as they are.
     */
    setKind(kind: NoteKind | null) {
      const { board } = editor.getState()
      const inLane = laneLocator(board.lanes)
      const selection = view.getState().selection
      const ids = board.notes.filter((n) => selection.has(n.id) && !inLane(n)).map((n) => n.id)
      if (ids.length > 0) change(() => editor.run('Change kind', setNotesKind(ids, kind)))
    },
    /**
     * Lines the selected notes up. Lining up notes that stand side by side piles them on top of
     * each other, as in any drawing tool; the board says so, with the way back.
     */
    align(how: AlignHow) {
      const ids = selected()
      if (ids.length < 2) return
      const chosen = (): Note[] => {
        const wanted = new Set(ids)
        return editor.getState().board.notes.filter((n) => wanted.has(n.id))
      }
      const before = coveredCount(chosen())
      const revision = editor.revision()
      change(() => editor.run('Align notes', alignNotes(ids, how)))
      if (!readOnly && editor.revision() === revision) {
        ui.say(
          'Nothing to line up: Align lines notes up within each stage column or lane, and these are already in line there, or each in a different one.',
        )
        return
      }
      const piled = coveredCount(chosen()) - before
      if (piled > 0)
        ui.say(
          `${countNotes(piled)} now ${piled === 1 ? 'lies' : 'lie'} on top of others. Undo takes it back; Tidy spreads notes out in their cells.`,
          { untilChange: true },
        )
    },
    tidy() {
      const ids = selected()
      if (ids.length > 0) change(() => editor.run('Tidy notes', tidyNotes(editor.getState(), ids)))
    },
    zoomIn() {
      view.zoomAt(ZOOM_STEP)
    },
    zoomOut() {
      view.zoomAt(1 / ZOOM_STEP)
    },
    fitAll() {
      fitAll(view, editor.getState())
    },
    zoomToSelection() {
      zoomToSelection(view, editor.getState(), selectionBarRoom(0))
    },

    /** The selected notes as clipboard data (our JSON and plain text), or null with none. */
    copyData(): { json: string; text: string } | null {
      const ids = selected()
      if (ids.length === 0) return null
      return notesToClipboard(editor.getState(), ids)
    },
    /** After the notes were put on the clipboard by a cut: remove them. */
    removeCut() {
      const ids = selected()
      if (ids.length === 0) return
      change(() => {
        editor.run(ids.length === 1 ? 'Cut note' : 'Cut notes', deleteNotes(ids))
        view.clearSelection()
      })
    },

    /**
     * Pastes what the clipboard holds: our notes when it has them, else one note per line of its
     * plain text, else of its HTML's text. Large pastes ask first; an image alone is refused.
     */
    async paste(content: ClipboardContent): Promise<void> {
      if (readOnly) {
        ui.say(READ_ONLY)
        return
      }
      const at = target()
      if (content.json !== null) {
        const payload = parseClipboardNotes(content.json)
        if (payload) {
          const pasted = pasteNotes(payload, at, new Date())
          if (pasted.ids.length > 0) {
            editor.run(pasted.ids.length === 1 ? 'Paste note' : 'Paste notes', pasted.recipe)
            view.select(pasted.ids)
            follow(pasted.ids, { showStart: true })
            return
          }
        }
      }
      let lines = content.text !== null ? linesFromText(content.text) : []
      if (lines.length === 0 && content.html !== null)
        lines = linesFromText(textFromHtml(content.html))
      if (lines.length === 0) {
        ui.say(
          content.hasImage ? 'Only text can be pasted as notes.' : 'There is no text to paste.',
        )
        return
      }
      await createFromLines(lines, at)
    },
  }

  const createFromLines = async (lines: readonly string[], at: Point) => {
    const count = lines.length
    if (count > MAX_PASTE_NOTES) {
      ui.say(
        `The clipboard holds ${count.toLocaleString('en-US')} lines; one paste makes at most ` +
          `${countNotes(MAX_PASTE_NOTES)}. Paste it in smaller parts.`,
      )
      return
    }
    const large = count > PASTE_CONFIRM_THRESHOLD
    // So many notes go in a block clear of the stages and lanes (notesFromLines), not into a cell.
    const where = large && hasGrid(editor.getState().board) ? ' outside the stages and lanes' : ''
    if (large) {
      const ok = await ui.confirm({
        title: `Create ${countNotes(count)}?`,
        body:
          `The clipboard holds ${count.toLocaleString('en-US')} lines of text; each line becomes a note.` +
          (where ? ` So many go in a block${where}, to sort from there.` : ''),
        confirm: `Create ${countNotes(count)}`,
      })
      if (!ok) return
      ui.say(`Creating ${countNotes(count)}…`)
      // Let the message paint before the work starts.
      await nextFrame()
    }
    const made = notesFromLines(lines, at, new Date())
    editor.run(count === 1 ? 'Paste note' : 'Paste notes', made.recipe)
    view.select(made.ids)
    follow(made.ids, { showStart: true })
    if (large) ui.say(`Created ${countNotes(made.ids.length)}${where}.`)
  }

  return actions
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}
