import { describe, expect, it } from 'vitest'
import { createBoardView, type Rect } from '../../../../src/renderer/src/board/boardView'
import { keepInView } from '../../../../src/renderer/src/board/camera'

/** A 1000 × 700 board at zoom 1 with the minimap bottom left and the zoom buttons bottom right. */
function board(controls: readonly Rect[] = []) {
  const view = createBoardView()
  view.setViewport(1000, 700)
  view.setKeepClear(() => controls)
  return view
}
const minimap: Rect = { x: 16, y: 530, width: 230, height: 154 }
const zoom: Rect = { x: 800, y: 570, width: 184, height: 114 }

/** Where a board rect lies on screen after the camera moved. */
function onScreen(view: ReturnType<typeof board>, rect: Rect): Rect {
  const { camera } = view.getState()
  return { ...rect, x: camera.x + rect.x, y: camera.y + rect.y }
}

describe('bringing a note into view', () => {
  it('pans the least that shows it whole inside the margin', () => {
    const view = board()
    const note = { x: 1100, y: 100, width: 160, height: 160 }
    keepInView(view, note, 0)
    expect(onScreen(view, note)).toMatchObject({ x: 1000 - 160, y: 100 })
  })

  it('leaves a note in view, clear of the controls, where it is', () => {
    const view = board([minimap, zoom])
    keepInView(view, { x: 400, y: 300, width: 160, height: 160 }, 0)
    expect(view.getState().camera).toEqual({ x: 0, y: 0, scale: 1 })
  })

  it('moves a note off the zoom buttons: up when that is less, else sideways', () => {
    const view = board([minimap, zoom])
    // Its bottom 40 px under the buttons: up by 40 + 16 beats left by 160 + 16.
    const low = { x: 820, y: 450, width: 160, height: 160 }
    keepInView(view, low, 0)
    expect(onScreen(view, low)).toMatchObject({ x: 820, y: 570 - 16 - 160 })

    // Past the right edge and low: left into view, then up off the buttons.
    const edge = board([minimap, zoom])
    const past = { x: 1040, y: 500, width: 160, height: 160 }
    keepInView(edge, past, 0)
    expect(onScreen(edge, past)).toMatchObject({ x: 840, y: 394 })
  })

  it('moves a note off the minimap sideways when that is less than up', () => {
    const view = board([minimap, zoom])
    const note = { x: 200, y: 420, width: 160, height: 160 }
    keepInView(view, note, 0)
    // Up would be 580 − 514 = 66; right is 246 + 16 − 200 = 62.
    expect(onScreen(view, note)).toMatchObject({ x: 262, y: 420 })
  })

  it('stays under a control when the view has no room to move it out', () => {
    // A view as short as the note: moving up would put its top out of view.
    const view = createBoardView()
    view.setViewport(1000, 170)
    view.setKeepClear(() => [{ x: 0, y: 100, width: 1000, height: 70 }])
    const note = { x: 400, y: 5, width: 160, height: 160 }
    keepInView(view, note, 0)
    expect(view.getState().camera).toEqual({ x: 0, y: 0, scale: 1 })
  })
})
