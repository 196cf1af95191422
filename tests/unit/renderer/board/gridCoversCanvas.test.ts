import { describe, expect, it } from 'vitest'
import { gridCoversCanvas } from '../../../../src/renderer/src/board/gridPixels'
import { createDocument } from '../../../../src/shared/document/templates'

// The Customer journey grid spans x 200…2720 and y 80…1180 (7 stages of 360, 5 lanes of 220).
const board = createDocument('customer-journey').board
const canvas = { width: 1000, height: 700 }

/** The canvas transform for a camera: board point p is drawn at (x + p * scale) * ratio. */
const transform = (x: number, y: number, scale = 1, ratio = 1) => ({
  a: scale * ratio,
  d: scale * ratio,
  e: x * ratio,
  f: y * ratio,
})

describe('whether the grid paints the whole canvas (so the frame needs no clearing)', () => {
  it('does when the view is inside the grid', () => {
    expect(gridCoversCanvas(board, transform(-300, -200), canvas.width, canvas.height)).toBe(true)
  })

  it('does not when the lane headers, the stage headers or the space past the grid show', () => {
    // Board x 200 (the grid's left edge) lands 50 px into the canvas.
    expect(gridCoversCanvas(board, transform(-150, -200), canvas.width, canvas.height)).toBe(false)
    expect(gridCoversCanvas(board, transform(-300, -40), canvas.width, canvas.height)).toBe(false)
    expect(gridCoversCanvas(board, transform(-2000, -200), canvas.width, canvas.height)).toBe(false)
    expect(gridCoversCanvas(board, transform(-300, -600), canvas.width, canvas.height)).toBe(false)
  })

  it('does not when zoomed out far enough to see the whole grid', () => {
    expect(gridCoversCanvas(board, transform(0, 0, 0.3), canvas.width, canvas.height)).toBe(false)
  })

  it('counts canvas pixels, not screen pixels, on a high-density screen', () => {
    const sharp = { width: 2000, height: 1400 }
    expect(gridCoversCanvas(board, transform(-300, -200, 1, 2), sharp.width, sharp.height)).toBe(
      true,
    )
    // 1000 × 700 screen pixels are 2000 × 1400 canvas pixels: past the grid's bottom at y 1180.
    expect(gridCoversCanvas(board, transform(-300, -500, 1, 2), sharp.width, sharp.height)).toBe(
      false,
    )
  })

  it('takes an edge that falls inside a pixel as covering it: the bands are filled on whole pixels', () => {
    // The grid's left edge at x = 0.4 is filled from pixel 0.
    expect(gridCoversCanvas(board, transform(-199.6, -200), canvas.width, canvas.height)).toBe(true)
    expect(gridCoversCanvas(board, transform(-198.6, -200), canvas.width, canvas.height)).toBe(
      false,
    )
  })

  it('does not when the lanes leave a gap, however small', () => {
    const lanes = board.lanes.map((lane, i) => (i === 2 ? { ...lane, y: lane.y + 0.5 } : lane))
    const gapped = { ...board, lanes }
    expect(gridCoversCanvas(gapped, transform(-300, -200), canvas.width, canvas.height)).toBe(false)
  })

  it('does when lanes overlap, and never on a board without lanes', () => {
    const lanes = board.lanes.map((lane, i) => (i === 2 ? { ...lane, height: 300 } : lane))
    expect(
      gridCoversCanvas({ ...board, lanes }, transform(-300, -200), canvas.width, canvas.height),
    ).toBe(true)
    const blank = createDocument('blank').board
    expect(gridCoversCanvas(blank, transform(0, 0), canvas.width, canvas.height)).toBe(false)
  })
})
