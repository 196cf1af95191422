// Page geometry for the printed report: how wide the printable area is for a page size and
// orientation, and so how many stage columns of the journey map fit on one page.
import type { PdfPageSize } from '../../host/host'

/** Portrait width and height in millimetres. */
export const PAGE_SIZES_MM = {
  A4: [210, 297],
  A3: [297, 420],
  Letter: [215.9, 279.4],
  Tabloid: [279.4, 431.8],
} as const satisfies Record<PdfPageSize, readonly [number, number]>

export const PAGE_MARGIN_MM = 12
/** The lane header column, repeated on every page of the map. */
export const LANE_COLUMN_MM = 30
/** The narrowest a stage column gets: about 24 characters a line of 9 pt text. */
export const MIN_STAGE_COLUMN_MM = 50

/** The printable width in millimetres. */
export function contentWidthMm(pageSize: PdfPageSize, landscape: boolean): number {
  const [width, height] = PAGE_SIZES_MM[pageSize]
  return (landscape ? height : width) - 2 * PAGE_MARGIN_MM
}

/**
 * Splits `count` stages into pages of the map, as evenly as the page allows: 7 stages where 5
 * fit give pages of 4 and 3, never 5 and 2. Returns the [start, end) ranges; none for 0 stages.
 */
export function stagePages(
  count: number,
  pageSize: PdfPageSize,
  landscape: boolean,
): [number, number][] {
  if (count === 0) return []
  const fit = Math.max(
    1,
    Math.floor((contentWidthMm(pageSize, landscape) - LANE_COLUMN_MM) / MIN_STAGE_COLUMN_MM),
  )
  const pages = Math.ceil(count / fit)
  const ranges: [number, number][] = []
  for (let p = 0; p < pages; p++) {
    ranges.push([Math.ceil((p * count) / pages), Math.ceil(((p + 1) * count) / pages)])
  }
  return ranges
}
