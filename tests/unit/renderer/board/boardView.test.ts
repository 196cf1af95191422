import { describe, expect, it } from 'vitest'
import { createBoardView } from '../../../../src/renderer/src/board/boardView'

describe('the focused note', () => {
  it('a note focused with its selection (a view row, the outline) lets go when the selection moves on', () => {
    const view = createBoardView()
    view.select(['note_a'])
    view.setFocused('note_a')
    view.select(['note_b'])
    // Its focus ring stayed, so two notes looked selected.
    expect(view.getState().focusedId).toBeNull()
    view.select(['note_b'])
    view.setFocused('note_b')
    view.select(['note_c'], 'add')
    expect(view.getState().focusedId).toBe('note_b')
    view.clearSelection()
    expect(view.getState().focusedId).toBeNull()
  })

  it("Find's current match stays focused whatever is selected", () => {
    const view = createBoardView()
    view.setHighlight(['note_a', 'note_b'], 'note_a')
    view.select(['note_c'])
    expect(view.getState().focusedId).toBe('note_a')
    view.select(['note_a'])
    view.select(['note_c'])
    expect(view.getState().focusedId).toBe('note_a')
  })
})
