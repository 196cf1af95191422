// How a lane's name is laid out in its header: wrapped at words, and cut with an ellipsis where
// the header holds fewer lines than the name needs.
import { describe, expect, it } from 'vitest'
import { laneLabel } from '../../../../src/renderer/src/board/drawGrid'

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
