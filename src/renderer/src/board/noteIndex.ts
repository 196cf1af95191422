// A uniform-grid spatial index of the notes, rebuilt when the document changes (never per frame):
// which notes touch a rectangle, in drawing order, and which note is under a point.
import type { Note } from '../../../shared/document'
import type { Point, Rect } from './boardView'

/** Board units per grid cell: a little more than a note, so most notes sit in one to four cells. */
const CELL = 256

export interface NoteIndex {
  readonly notes: readonly Note[]
  readonly byId: ReadonlyMap<string, Note>
  /** The box around every note, or null for a board without notes. */
  readonly bounds: Rect | null
  /** Notes that touch `rect`, bottom first (document order is drawing order). Do not change it. */
  query(rect: Rect): readonly Note[]
  /** The topmost note under `point`, or null. */
  hit(point: Point): Note | null
}

export function buildNoteIndex(notes: readonly Note[]): NoteIndex {
  const cells = new Map<number, number[]>()
  const byId = new Map<string, Note>()
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  notes.forEach((note, i) => {
    byId.set(note.id, note)
    minX = Math.min(minX, note.x)
    minY = Math.min(minY, note.y)
    maxX = Math.max(maxX, note.x + note.width)
    maxY = Math.max(maxY, note.y + note.height)
    const x0 = cellOf(note.x)
    const x1 = cellOf(note.x + note.width)
    const y0 = cellOf(note.y)
    const y1 = cellOf(note.y + note.height)
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cellKey(cx, cy)
        const bucket = cells.get(key)
        if (bucket) bucket.push(i)
        else cells.set(key, [i])
      }
    }
  })
  const bounds =
    notes.length > 0 ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null
  // Marks which notes a query has already taken; a new stamp per query avoids clearing it.
  const seen = new Uint32Array(notes.length)
  let stamp = 0

  const touches = (note: Note, r: Rect) =>
    note.x < r.x + r.width &&
    note.x + note.width > r.x &&
    note.y < r.y + r.height &&
    note.y + note.height > r.y

  return {
    notes,
    byId,
    bounds,
    query(rect) {
      if (!bounds) return []
      const covers =
        rect.x <= bounds.x &&
        rect.y <= bounds.y &&
        rect.x + rect.width >= bounds.x + bounds.width &&
        rect.y + rect.height >= bounds.y + bounds.height
      if (covers) return notes
      const x0 = cellOf(Math.max(rect.x, bounds.x))
      const x1 = cellOf(Math.min(rect.x + rect.width, bounds.x + bounds.width))
      const y0 = cellOf(Math.max(rect.y, bounds.y))
      const y1 = cellOf(Math.min(rect.y + rect.height, bounds.y + bounds.height))
      if (x1 < x0 || y1 < y0) return []
      // A rectangle over much of the board: one pass in order beats gathering and sorting.
      if ((x1 - x0 + 1) * (y1 - y0 + 1) * 4 > cells.size)
        return notes.filter((n) => touches(n, rect))
      stamp++
      if (stamp === 0xffffffff) {
        seen.fill(0)
        stamp = 1
      }
      const found: number[] = []
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const bucket = cells.get(cellKey(cx, cy))
          if (!bucket) continue
          for (const i of bucket) {
            if (seen[i] === stamp) continue
            seen[i] = stamp
            const note = notes[i]
            if (note && touches(note, rect)) found.push(i)
          }
        }
      }
      found.sort((a, b) => a - b)
      return found.map((i) => notes[i] as Note)
    },
    hit(point) {
      const bucket = cells.get(cellKey(cellOf(point.x), cellOf(point.y)))
      if (!bucket) return null
      let top = -1
      for (const i of bucket) {
        const n = notes[i]
        if (
          n &&
          i > top &&
          point.x >= n.x &&
          point.x <= n.x + n.width &&
          point.y >= n.y &&
          point.y <= n.y + n.height
        ) {
          top = i
        }
      }
      return top >= 0 ? (notes[top] ?? null) : null
    },
  }
}

const cellOf = (v: number) => Math.floor(v / CELL)
// Cells are keyed by one number; boards stay far inside ±2^20 cells (±268 million units).
const cellKey = (cx: number, cy: number) => (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576)
