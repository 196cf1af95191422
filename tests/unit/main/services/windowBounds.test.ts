import { describe, expect, test } from 'vitest'
import { restoreBounds } from '../../../../src/main/services/windowBounds'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 }
const defaults = { width: 1280, height: 800 }

describe('restoreBounds', () => {
  test('a window saved on a display that is still there opens where it was', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 760, maximized: false }
    expect(restoreBounds(saved, [laptop], defaults)).toEqual(saved)
  })

  test('a maximized window opens maximized', () => {
    const saved = { x: 0, y: 0, width: 1440, height: 900, maximized: true }
    expect(restoreBounds(saved, [laptop], defaults).maximized).toBe(true)
  })

  test('a window left on a monitor that was unplugged is centred on the remaining display', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1100, maximized: false }
    expect(restoreBounds(saved, [laptop], defaults)).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 900,
      maximized: false,
    })
    expect(restoreBounds({ ...saved, width: 1000, height: 700 }, [laptop], defaults)).toEqual({
      x: 220,
      y: 100,
      width: 1000,
      height: 700,
      maximized: false,
    })
  })

  test('a window on the second monitor stays there while it is plugged in', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1100, maximized: false }
    expect(restoreBounds(saved, [laptop, monitorOnTheRight], defaults)).toEqual(saved)
  })

  test('a window hanging off the edge is pulled fully onto its display', () => {
    const saved = { x: 1000, y: -200, width: 1000, height: 700, maximized: false }
    expect(restoreBounds(saved, [laptop], defaults)).toEqual({
      x: 440,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    })
  })

  test('a window too small to work in is grown to 800×600', () => {
    const saved = { x: 10, y: 10, width: 300, height: 200, maximized: false }
    expect(restoreBounds(saved, [laptop], defaults)).toMatchObject({ width: 800, height: 600 })
  })

  test.each([undefined, null, 'big', { x: 1, y: 2 }, { x: 0, y: 0, width: NaN, height: 600 }])(
    'a saved value of the wrong shape (%j) gives the default size, centred',
    (saved) => {
      expect(restoreBounds(saved, [laptop], defaults)).toEqual({
        x: 80,
        y: 50,
        width: 1280,
        height: 800,
        maximized: false,
      })
    },
  )

  test('with no display information the defaults still give a usable window', () => {
    expect(restoreBounds(undefined, [], defaults)).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 800,
      maximized: false,
    })
  })
})
