// The order in which people read notes on a wall: rows from top to bottom, each row left to right.

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/**
 * The boxes in reading order. A note whose centre lies less than half a note height below the
 * first note of the current row still belongs to that row, so a slightly crooked row reads as one.
 *
 * @example
 *   readingOrder(selectedNotes).map((n) => n.text) // ['Sees ad', 'Visits site', 'Books demo']
 */
export function readingOrder<T extends Box>(boxes: readonly T[]): T[] {
  return readingOrderOf(boxes, (box) => box)
}

/** `readingOrder` of any items, each read as the box `boxOf` gives (the journey sorts indices). */
export function readingOrderOf<T>(items: readonly T[], boxOf: (item: T) => Box): T[] {
  // Each item's centre and height read once: a sort reads them n log n times.
  const entries = items.map((item) => {
    const box = boxOf(item)
    return { item, cx: centreX(box), cy: centreY(box), half: box.height / 2 }
  })
  entries.sort((a, b) => a.cy - b.cy || a.cx - b.cx)
  const out: T[] = []
  let row: typeof entries = []
  const flush = () => {
    row.sort((a, b) => a.cx - b.cx)
    for (const entry of row) out.push(entry.item)
    row = []
  }
  for (const entry of entries) {
    const first = row[0]
    if (first && entry.cy - first.cy > first.half) flush()
    row.push(entry)
  }
  flush()
  return out
}

const centreX = (box: Box) => box.x + box.width / 2
const centreY = (box: Box) => box.y + box.height / 2
