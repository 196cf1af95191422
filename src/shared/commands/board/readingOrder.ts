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
  const cy = (item: T) => centreY(boxOf(item))
  const cx = (item: T) => centreX(boxOf(item))
  const byY = [...items].sort((a, b) => cy(a) - cy(b) || cx(a) - cx(b))
  const out: T[] = []
  let row: T[] = []
  let rowTop = 0
  for (const item of byY) {
    const first = row[0]
    if (first !== undefined && cy(item) - rowTop > boxOf(first).height / 2) {
      for (const member of row.sort((a, b) => cx(a) - cx(b))) out.push(member)
      row = []
    }
    if (row.length === 0) rowTop = cy(item)
    row.push(item)
  }
  for (const member of row.sort((a, b) => cx(a) - cx(b))) out.push(member)
  return out
}

const centreX = (box: Box) => box.x + box.width / 2
const centreY = (box: Box) => box.y + box.height / 2
