// How stage and lane names are laid out in their headers: lane names wrapped at words, and cut
// with an ellipsis where the header holds fewer lines than the name needs; stage names at any zoom.
import { describe, expect, it } from 'vitest'
import type { Board } from '../../../../src/shared/document'
import {
  gapsBetween,
  laneLabel,
  laneNamesReach,
  stageLabels,
} from '../../../../src/renderer/src/board/drawGrid'

// No canvas in Node: a stand-in that measures every character as 0.6 of the font size.
const ctx = {
  font: '',
  measureText: (text: string) => ({ width: Array.from(text).length * 60 }),
} as unknown as CanvasRenderingContext2D

// The Customer journey template's lane header: 196 × 220 board units.
const header = { x: 4, y: 80, width: 196, height: 220 }

describe('lane names', () => {
  it('wrap at words and are whole when the header holds them', () => {
    const { lines } = laneLabel(ctx, header, 'Emotions and feelings of the customer', 1)
    expect(lines.join(' ')).toBe('Emotions and feelings of the customer')
    expect(lines.some((line) => line.endsWith('…'))).toBe(false)
  })

  it('end with an ellipsis where the header holds fewer lines than the name needs', () => {
    // Fitted on a projector (17 %): names at 11 px on screen, two lines to a header.
    const { lines } = laneLabel(ctx, header, 'Emotions and feelings of the customer', 0.17)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines[0]).toBe('Emotions')
    // Before, the header read "Emotions" / "and": as if that were the whole name.
    expect(lines.at(-1)).toMatch(/^and .*…$/)
  })

  it('a short lane keeps one line, cut with an ellipsis', () => {
    const short = { ...header, height: 60 }
    const { lines } = laneLabel(ctx, short, 'Emotions and feelings of the customer', 1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Emotions.*…$/)
  })
})

describe('lane names far out', () => {
  it('are left out where the smallest readable name is half as tall again as the header', () => {
    // At 2 %, 11 px on screen is 550 units: far more than the 208-unit header holds.
    const far = laneLabel(ctx, header, 'Touchpoints', 0.02)
    expect(far.lines).toEqual([])
    expect(far.widen).toBe(0)
    // At 3 %, 367 units: left out too. At 5 %, 220 units, a little taller than the header, as on
    // a fitted board far wider than the view: written, on one line.
    expect(laneLabel(ctx, header, 'Touchpoints', 0.03).lines).toEqual([])
    expect(laneLabel(ctx, header, 'Touchpoints', 0.05).lines).toHaveLength(1)
  })
})

describe('stage names', () => {
  const names = ['Awareness', 'Evaluation', 'Purchase', 'Onboarding']
  const board = {
    stages: names.map((name, i) => ({ id: `s${i}`, name, x: 200 + i * 3600, width: 3600 })),
  } as unknown as Board

  it("are written however far out, at least 5 px on screen from their header's ends", () => {
    // At 2 %, the least zoom, a 3,600-wide column is 72 px on screen: "Onboarding" at 11 px
    // would fill it to within a pixel of the next header's name.
    const scale = 0.02
    const { labels, size } = stageLabels(ctx, board, scale)
    expect(labels).toEqual(names)
    for (const name of names) {
      const text = Array.from(name).length * 0.6 * size * scale
      // The header's box is 12 units narrower than its column.
      expect(text, name).toBeLessThanOrEqual((3600 - 12) * scale - 2 * 5 + 1e-9)
      expect(size * scale, name).toBeGreaterThanOrEqual(8)
    }
  })
})

describe('stage numbers', () => {
  it('stay on every header when one name is too long for its own', () => {
    const long = 'Purchase & contract signature (legal, procurement)'
    const board = {
      stages: ['Awareness', 'Evaluation', long].map((name, i) => ({
        id: `s${i}`,
        name,
        x: 200 + i * 360,
        width: 360,
      })),
    } as unknown as Board
    const { labels } = stageLabels(ctx, board, 1)
    expect(labels).toEqual(['1   Awareness', '2   Evaluation', `3   ${long}`])
  })
})

describe('room for the lane names left of the lane headers', () => {
  it('is what a widened name needs past a header narrower on screen than the name', () => {
    expect(laneNamesReach(0.02)).toBeCloseTo(76 - 164 * 0.02)
    expect(laneNamesReach(0.17)).toBeCloseTo(76 - 164 * 0.17)
    // At half size and above the header holds its name.
    expect(laneNamesReach(0.5)).toBe(0)
  })
})

describe('the strips of the grid in no band', () => {
  it('are where a band was taken out, and none on a grid with no bands of that kind', () => {
    const spans = [
      { start: 0, end: 100 },
      { start: 200, end: 300 },
    ]
    expect(gapsBetween(spans, 0, 300)).toEqual([{ start: 100, end: 200 }])
    expect(gapsBetween(spans, 0, 400)).toEqual([
      { start: 100, end: 200 },
      { start: 300, end: 400 },
    ])
    // Stages without lanes: the columns are not one big strip in no lane.
    expect(gapsBetween([], 0, 300)).toEqual([])
  })
})
