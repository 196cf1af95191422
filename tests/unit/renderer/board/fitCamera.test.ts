import { describe, expect, it } from 'vitest'
import { fitCamera, type Rect } from '../../../../src/renderer/src/board/boardView'

const viewport = { width: 1000, height: 700 }
/** The minimap in the bottom-left corner and the zoom buttons in the bottom-right one. */
const minimap: Rect = { x: 16, y: 530, width: 230, height: 154 }
const zoom: Rect = { x: 800, y: 630, width: 184, height: 54 }

/** Where the fitted board lands on screen. */
function shown(bounds: Rect, camera: { x: number; y: number; scale: number }): Rect {
  return {
    x: camera.x + bounds.x * camera.scale,
    y: camera.y + bounds.y * camera.scale,
    width: bounds.width * camera.scale,
    height: bounds.height * camera.scale,
  }
}

const apart = (a: Rect, b: Rect) =>
  a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height

describe('fitting the map to the view', () => {
  it('centres the map with a margin when no control is in the way', () => {
    const bounds = { x: 0, y: 0, width: 2000, height: 400 }
    const camera = fitCamera(bounds, viewport, [], 1)
    expect(camera.scale).toBeCloseTo((1000 - 96) / 2000)
    const box = shown(bounds, camera)
    expect(box.x + box.width / 2).toBeCloseTo(500)
    expect(box.y + box.height / 2).toBeCloseTo(350)
  })

  it('fits a tall map below a control hanging over the top of the view (the running timer)', () => {
    const timer: Rect = { x: 380, y: 0, width: 240, height: 70 }
    const bounds = { x: 0, y: 0, width: 1000, height: 1400 }
    const camera = fitCamera(bounds, viewport, [timer, minimap, zoom], 1)
    const box = shown(bounds, camera)
    expect(apart(box, timer)).toBe(true)
    expect(box.y).toBeGreaterThanOrEqual(70 + 16 - 1e-9)
    for (const control of [minimap, zoom]) expect(apart(box, control)).toBe(true)
    // As tall as the view below the timer allows (before, it was squeezed between the controls).
    expect(camera.scale).toBeCloseTo((700 - 86 - 48) / 1400)
  })

  it('keeps a centred map that clears the controls where it is', () => {
    const bounds = { x: 0, y: 0, width: 2000, height: 400 }
    expect(fitCamera(bounds, viewport, [minimap, zoom], 1)).toEqual(
      fitCamera(bounds, viewport, [], 1),
    )
  })

  it('moves a wide map above the controls', () => {
    const bounds = { x: 0, y: 0, width: 2000, height: 1100 }
    const camera = fitCamera(bounds, viewport, [minimap, zoom], 1)
    const box = shown(bounds, camera)
    expect(apart(box, minimap) && apart(box, zoom)).toBe(true)
    expect(box.y + box.height).toBeLessThanOrEqual(minimap.y)
    // Only as much smaller as the room above the controls asks.
    expect(camera.scale).toBeCloseTo((530 - 16 - 48) / 1100)
  })

  it('fits a tall map between the controls on the left and on the right', () => {
    // Centred, it would reach under the minimap; above the controls it would be smaller.
    const bounds = { x: 0, y: 0, width: 1800, height: 2000 }
    const centred = shown(bounds, fitCamera(bounds, viewport, [], 1))
    expect(apart(centred, minimap)).toBe(false)
    const camera = fitCamera(bounds, viewport, [minimap, zoom], 1)
    const box = shown(bounds, camera)
    expect(apart(box, minimap) && apart(box, zoom)).toBe(true)
    expect(box.x).toBeGreaterThanOrEqual(minimap.x + minimap.width)
    expect(box.x + box.width).toBeLessThanOrEqual(zoom.x)
    // The room between them: 1000 − (16 + 230 + 16) − (200 + 16) = 522 pixels across.
    expect(camera.scale).toBeCloseTo(522 / 1800)
  })

  it('never magnifies beyond the limit it is given, and survives a view smaller than its controls', () => {
    const small = { x: 0, y: 0, width: 100, height: 100 }
    expect(fitCamera(small, viewport, [minimap, zoom], 1).scale).toBe(1)
    const tiny = fitCamera(small, { width: 120, height: 90 }, [minimap, zoom], 1)
    expect(Number.isFinite(tiny.x) && Number.isFinite(tiny.y) && tiny.scale > 0).toBe(true)
  })

  it('keeps the room asked for on the left at the scale it fits at, and only when the margin is short', () => {
    // Room that grows as the scale falls, as the lane names' does.
    const room = (scale: number) => 12 + Math.max(0, 76 - 164 * scale)
    const wide = { x: 0, y: 0, width: 40_000, height: 2000 }
    const camera = fitCamera(wide, viewport, [], 1, 48, room)
    const box = shown(wide, camera)
    expect(box.x).toBeGreaterThanOrEqual(room(camera.scale))
    expect(box.x + box.width).toBeCloseTo(1000 - 48)
    // Fitted between the controls, the room is kept from the minimap's edge, not the view's: the
    // lane names a far-out map widens to the left do not go under it.
    const tallGrid = { x: 0, y: 0, width: 1800, height: 2000 }
    const between = fitCamera(tallGrid, viewport, [minimap, zoom], 1, 48, room)
    const beside = shown(tallGrid, between)
    expect(beside.x - room(between.scale)).toBeGreaterThanOrEqual(minimap.x + minimap.width)
    expect(beside.x + beside.width).toBeLessThanOrEqual(zoom.x)
    // A map fitted by its height has room enough beside it: centred as before.
    const tall = { x: 0, y: 0, width: 800, height: 20_000 }
    const centred = fitCamera(tall, viewport, [], 1, 48, room)
    expect(centred).toEqual(fitCamera(tall, viewport, [], 1))
  })
})
