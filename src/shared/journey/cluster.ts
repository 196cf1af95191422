// "Structure this board": turns the heaps of a freeform board into proposed stage columns, left
// to right, each named after its heading note or its most frequent words.
import { NOTE_SIZE } from '../document/defaults'
import type { Note } from '../document/types'
import { headingScore, nameFromWords } from './naming'

export interface StageProposal {
  /** A name for the stage: the heap's heading note, else its most frequent words. */
  readonly name: string
  /** The notes of the heap, in reading order. */
  readonly noteIds: readonly string[]
  /** The proposed column, [x, x + width); proposals never overlap and run left to right. */
  readonly x: number
  readonly width: number
  /**
   * How far to move the heap's notes horizontally so they sit inside the column: 0 unless heaps
   * overlap horizontally (one above the other), in which case later columns are pushed right.
   */
  readonly dx: number
}

/** Two notes whose centres are within this many note sizes of each other are in one heap. */
export const LINK_DISTANCE = 1.5
/** At most this many stages are proposed; beyond it the closest heaps (left to right) merge. */
export const MAX_PROPOSALS = 12
/** A heap with more notes than this is named after an even sample of them. */
export const NAMING_SAMPLE = 500
/** Space between a heap's outermost notes and its column's edges. */
export const COLUMN_PADDING = 20

/**
 * Proposes stage columns for a freeform board. Notes fall into heaps by single linkage: two notes
 * whose centres are within `LINK_DISTANCE` × the median note size are in the same heap, and so
 * is anything linked to them through other notes. A grid of cells that small keeps this near
 * linear: notes sharing a cell are linked outright and neighbouring cells are compared until one
 * pair links, so 10,000 notes, or 3,000 in one heap, take milliseconds. More than
 * `MAX_PROPOSALS` heaps are merged along the x axis, closest first.
 *
 * Heaps are ordered left to right by their centres. Each is named after its most heading-like
 * note (short, no sentence punctuation, ALL CAPS or Title Case; the topmost wins a tie), else its
 * most frequent meaningful words (from an even sample of `NAMING_SAMPLE` notes in a bigger heap),
 * else "Stage n". Columns hug their heaps and meet halfway across the gaps between them; a heap
 * that sits above another is given the next column and a `dx` to move it there. No notes: no
 * proposals; one note: one stage.
 *
 * @example
 *   proposeStages(board.notes).map((p) => p.name) // ['FIRST CONTACT', 'Signing the Contract', …]
 */
export function proposeStages(notes: readonly Note[]): StageProposal[] {
  if (notes.length === 0) return []
  const heaps = capHeaps(findHeaps(notes), notes)
  const ordered = heaps
    .map((members) => ({ members: members.sort(readingOrder(notes)), ...extent(members, notes) }))
    .sort((a, b) => a.centreX - b.centreX || a.centreY - b.centreY)

  const columns: { x: number; width: number; dx: number }[] = []
  let right = -Infinity
  for (const heap of ordered) {
    const wanted = Math.floor(heap.left - COLUMN_PADDING)
    const x = Math.max(wanted, right)
    const width = Math.ceil(heap.right + COLUMN_PADDING) - wanted
    columns.push({ x, width, dx: x - wanted })
    right = x + width
  }
  for (let i = 0; i + 1 < columns.length; i++) {
    const left = columns[i] as (typeof columns)[number]
    const next = columns[i + 1] as (typeof columns)[number]
    const middle = Math.round((left.x + left.width + next.x) / 2)
    if (middle <= left.x + left.width) continue
    left.width = middle - left.x
    next.width += next.x - middle
    next.x = middle
  }

  return ordered.map((heap, i) => {
    const column = columns[i] as (typeof columns)[number]
    const members = heap.members.map((m) => notes[m] as Note)
    return {
      name: nameOf(members) ?? `Stage ${i + 1}`,
      noteIds: members.map((n) => n.id),
      x: column.x,
      width: column.width,
      dx: column.dx,
    }
  })
}

/** The heaps of a board, as lists of indexes into `notes`, by single linkage on a grid. */
function findHeaps(notes: readonly Note[]): number[][] {
  const link = LINK_DISTANCE * medianSize(notes)
  const linkSquared = link * link
  const cellSize = link / Math.SQRT2 // any two centres in one cell are within `link`
  const cx = Float64Array.from(notes, (n) => n.x + n.width / 2)
  const cy = Float64Array.from(notes, (n) => n.y + n.height / 2)

  const cells = new Map<string, { i: number; j: number; members: number[] }>()
  notes.forEach((_, n) => {
    const i = Math.floor((cx[n] as number) / cellSize)
    const j = Math.floor((cy[n] as number) / cellSize)
    const key = `${i},${j}`
    const cell = cells.get(key)
    if (cell) cell.members.push(n)
    else cells.set(key, { i, j, members: [n] })
  })

  const list = [...cells.values()]
  const slot = new Map(list.map((cell, k) => [cell, k]))
  const parent = list.map((_, k) => k)
  const root = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k] as number] as number
      k = parent[k] as number
    }
    return k
  }
  const linked = (a: number[], b: number[]): boolean => {
    for (const p of a) {
      for (const q of b) {
        const dx = (cx[p] as number) - (cx[q] as number)
        const dy = (cy[p] as number) - (cy[q] as number)
        if (dx * dx + dy * dy <= linkSquared) return true
      }
    }
    return false
  }
  list.forEach((cell, k) => {
    // Cells up to two away can hold linked centres; look at each neighbouring pair once.
    for (let di = 0; di <= 2; di++) {
      for (let dj = -2; dj <= 2; dj++) {
        if (di === 0 && dj <= 0) continue
        const other = cells.get(`${cell.i + di},${cell.j + dj}`)
        if (!other) continue
        const a = root(k)
        const b = root(slot.get(other) as number)
        if (a !== b && linked(cell.members, other.members)) parent[b] = a
      }
    }
  })

  const heaps = new Map<number, number[]>()
  list.forEach((cell, k) => {
    const r = root(k)
    const heap = heaps.get(r)
    if (heap) heap.push(...cell.members)
    else heaps.set(r, [...cell.members])
  })
  return [...heaps.values()]
}

/** Merges heaps along the x axis, across the narrowest gaps, until at most MAX_PROPOSALS remain. */
function capHeaps(heaps: number[][], notes: readonly Note[]): number[][] {
  if (heaps.length <= MAX_PROPOSALS) return heaps
  const spans = heaps
    .map((members) => ({ members, ...extent(members, notes) }))
    .sort((a, b) => a.left - b.left)
  // gaps[k]: the space between heap k + 1 and everything to its left.
  const gaps: { k: number; gap: number }[] = []
  let right = -Infinity
  spans.forEach((span, k) => {
    if (k > 0) gaps.push({ k, gap: span.left - right })
    right = Math.max(right, span.right)
  })
  const cuts = new Set(
    gaps
      .sort((a, b) => b.gap - a.gap || a.k - b.k)
      .slice(0, MAX_PROPOSALS - 1)
      .map((g) => g.k),
  )
  const merged: number[][] = []
  spans.forEach((span, k) => {
    const last = merged[merged.length - 1]
    if (last && !cuts.has(k)) last.push(...span.members)
    else merged.push([...span.members])
  })
  return merged
}

function extent(members: readonly number[], notes: readonly Note[]) {
  let left = Infinity
  let right = -Infinity
  let sumX = 0
  let sumY = 0
  for (const m of members) {
    const note = notes[m] as Note
    left = Math.min(left, note.x)
    right = Math.max(right, note.x + note.width)
    sumX += note.x + note.width / 2
    sumY += note.y + note.height / 2
  }
  return { left, right, centreX: sumX / members.length, centreY: sumY / members.length }
}

function medianSize(notes: readonly Note[]): number {
  const sizes = Float64Array.from(notes, (n) => Math.max(n.width, n.height)).sort()
  const median = sizes[sizes.length >> 1] ?? NOTE_SIZE
  return median > 0 ? median : NOTE_SIZE
}

const readingOrder =
  (notes: readonly Note[]) =>
  (a: number, b: number): number => {
    const na = notes[a] as Note
    const nb = notes[b] as Note
    return na.y - nb.y || na.x - nb.x || a - b
  }

/** The heap's most heading-like note (topmost on a tie), else its most frequent words. */
function nameOf(members: readonly Note[]): string | null {
  let best: Note | null = null
  let bestScore = 0
  for (const note of members) {
    const score = headingScore(note.text)
    if (score > bestScore) {
      best = note
      bestScore = score
    }
  }
  if (best) return best.text.trim().replace(/\s+/g, ' ')
  // A heap of thousands speaks with the same words as an even sample of it, read much faster.
  const step = Math.max(1, members.length / NAMING_SAMPLE)
  const sample: string[] = []
  for (let i = 0; i < members.length; i += step) sample.push((members[Math.floor(i)] as Note).text)
  return nameFromWords(sample)
}
