// Which of a set of half-open spans [start, start + size) holds a point: the rule behind "a note
// belongs to the stage column (or lane) containing its centre", with one answer on borders and
// overlaps, and an index that answers by binary search so 10,000 notes stay cheap.

/** A span on one axis: a stage column's x and width, or a lane's y and height. */
export type Span = readonly [start: number, size: number]

/**
 * The index of the span holding `point`, or -1. Spans are half-open, so a point on the border of
 * two touching spans belongs to the right (or lower) one only. When spans overlap, the one whose own
 * centre is nearest the point wins; on a tie, the earlier in the array. Spans of zero or negative
 * size hold nothing; a point that is not a finite number is in no span.
 *
 * @example
 *   spanAt([[0, 100], [100, 100]], 100) // 1: the border belongs to the second span
 *   spanAt([[0, 300], [200, 100]], 240) // 1: both hold it, the second's centre (250) is nearer
 */
export function spanAt(spans: readonly Span[], point: number): number {
  let best = -1
  let bestDistance = Infinity
  for (let i = 0; i < spans.length; i++) {
    const [start, size] = spans[i] as Span
    if (!(size > 0 && point >= start && point < start + size)) continue
    const distance = Math.abs(start + size / 2 - point)
    if (distance < bestDistance) {
      best = i
      bestDistance = distance
    }
  }
  return best
}

/** Answers `spanAt` for many points: built once per set of spans, O(log n) per point. */
export interface SpanIndex {
  /** The same answer as `spanAt(spans, point)`. */
  find(point: number): number
}

/**
 * Builds a `SpanIndex`. The borders of all spans cut the axis into segments; each segment keeps the
 * spans that cover it (one, unless spans overlap), so a lookup is a binary search plus, where
 * spans overlap, a comparison of the few that cover the segment.
 *
 * @example
 *   const index = indexSpans(board.stages.map((s) => [s.x, s.width] as const))
 *   index.find(note.x + note.width / 2) // the stage's position in board.stages, or -1
 */
export function indexSpans(spans: readonly Span[]): SpanIndex {
  const valid: number[] = []
  const cuts = new Set<number>()
  spans.forEach(([start, size], i) => {
    if (!(size > 0) || !Number.isFinite(start) || !Number.isFinite(start + size)) return
    valid.push(i)
    cuts.add(start)
    cuts.add(start + size)
  })
  const borders = Float64Array.from(cuts).sort()
  // covering[k]: the spans covering [borders[k], borders[k + 1]), in array order.
  const covering: number[][] = []
  for (let k = 0; k + 1 < borders.length; k++) {
    const from = borders[k] as number
    const to = borders[k + 1] as number
    covering.push(
      valid.filter((i) => {
        const [start, size] = spans[i] as Span
        return start <= from && start + size >= to
      }),
    )
  }
  const last = borders.length - 1
  return {
    find(point) {
      if (!(last > 0 && point >= (borders[0] as number) && point < (borders[last] as number))) {
        return -1
      }
      let lo = 0
      let hi = last - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((borders[mid] as number) <= point) lo = mid
        else hi = mid - 1
      }
      const candidates = covering[lo] as number[]
      if (candidates.length <= 1) return candidates[0] ?? -1
      let best = -1
      let bestDistance = Infinity
      for (const i of candidates) {
        const [start, size] = spans[i] as Span
        const distance = Math.abs(start + size / 2 - point)
        if (distance < bestDistance) {
          best = i
          bestDistance = distance
        }
      }
      return best
    },
  }
}
