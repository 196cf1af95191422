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
  const byY = [...boxes].sort((a, b) => centreY(a) - centreY(b) || centreX(a) - centreX(b))
  const out: T[] = []
  let row: T[] = []
  let rowTop = 0
  for (const box of byY) {
    const first = row[0]
    if (first && centreY(box) - rowTop > first.height / 2) {
      for (const item of row.sort((a, b) => centreX(a) - centreX(b))) out.push(item)
      row = []
    }
    if (row.length === 0) rowTop = centreY(box)
    row.push(box)
  }
  for (const item of row.sort((a, b) => centreX(a) - centreX(b))) out.push(item)
  return out
}

const centreX = (box: Box) => box.x + box.width / 2
const centreY = (box: Box) => box.y + box.height / 2
