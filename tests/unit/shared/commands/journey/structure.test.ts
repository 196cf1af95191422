import { describe, expect, it } from 'vitest'
import { createEditor } from '../../../../../src/shared/commands/editor'
import {
  acceptAllSuggestions,
  acceptSuggestion,
  applyStageProposal,
  mergeWithNext,
  renameProposal,
  splitProposal,
} from '../../../../../src/shared/commands/journey'
import { createDocument } from '../../../../../src/shared/document'
import {
  deriveJourney,
  proposeStages,
  stageOf,
  suggestStage,
} from '../../../../../src/shared/journey'
import { freeformBoard, note } from '../../../helpers/boards'
import { workshopMap } from '../../../helpers/workshop'

describe('accepting a proposed structure', () => {
  it('creates the five columns with every note in its heap’s stage, and one Undo removes them', () => {
    const { doc, heaps } = freeformBoard()
    const editor = createEditor(doc)
    const proposals = proposeStages(doc.board.notes)
    editor.run('Structure board', applyStageProposal(editor.getState(), proposals))
    const journey = deriveJourney(editor.getState())
    expect(journey.stages.map((s) => s.stage.name)).toEqual(proposals.map((p) => p.name))
    expect(journey.unsorted).toEqual([])
    journey.stages.forEach((stage, i) => {
      expect(stage.steps.map((s) => s.noteId).sort()).toEqual([...(heaps[i]?.noteIds ?? [])].sort())
    })
    editor.undo()
    expect(editor.getState().board.stages).toEqual([])
    expect(editor.getState().board.notes).toEqual(doc.board.notes)
  })

  it('keeps the facilitator’s renames, merges and splits', () => {
    const { doc } = freeformBoard()
    let proposals = proposeStages(doc.board.notes)
    proposals = renameProposal(proposals, 0, 'Discovery')
    proposals = mergeWithNext(proposals, 1)
    const split = splitProposal(doc, proposals, 3)
    if (!split) throw new Error('the last heap can be split')
    proposals = split
    const editor = createEditor(doc)
    editor.run('Structure board', applyStageProposal(doc, proposals))
    const journey = deriveJourney(editor.getState())
    expect(journey.stages).toHaveLength(5)
    expect(journey.stages[0]?.stage.name).toBe('Discovery')
    expect(journey.stages[4]?.stage.name).toBe(`${proposals[3]?.name} (2)`)
    expect(journey.unsorted).toEqual([])
    journey.stages.forEach((stage, i) => {
      expect(stage.steps.map((s) => s.noteId).sort()).toEqual(
        [...(proposals[i]?.noteIds ?? [])].sort(),
      )
    })
  })

  it('splits at the median of the notes’ centres, and refuses a single note or a vertical line', () => {
    const notes = [0, 200, 400, 600].map((x, i) => note({ id: `n${i}`, x, y: 0 }))
    const doc = { board: { stages: [], lanes: [], notes } }
    const [whole] = proposeStages(notes)
    if (!whole) throw new Error('one heap')
    const halves = splitProposal(doc, [whole], 0)
    expect(halves?.map((p) => p.noteIds)).toEqual([
      ['n0', 'n1'],
      ['n2', 'n3'],
    ])
    const column = [0, 1, 2].map((i) => note({ id: `v${i}`, x: 0, y: i * 200 }))
    const [line] = proposeStages(column)
    if (!line) throw new Error('one heap')
    expect(splitProposal({ board: { stages: [], lanes: [], notes: column } }, [line], 0)).toBeNull()
  })

  it('a board of one note becomes one stage; a board of none stays as it is', () => {
    const one = {
      ...createDocument('blank'),
      board: { stages: [], lanes: [], notes: [note({ id: 'solo', x: 40, y: 40 })] },
    }
    const editor = createEditor(one)
    editor.run('Structure board', applyStageProposal(one, proposeStages(one.board.notes)))
    expect(deriveJourney(editor.getState()).stages[0]?.steps.map((s) => s.noteId)).toEqual(['solo'])
    const empty = createEditor(createDocument('blank'))
    empty.run('Structure board', applyStageProposal(empty.getState(), []))
    expect(empty.canUndo()).toBe(false)
  })
})

describe('accepting suggested stages for unsorted notes', () => {
  const parked = (doc: ReturnType<typeof workshopMap>) => {
    const last = doc.board.stages.at(-1)
    if (!last) throw new Error('fixture has stages')
    return note({
      id: 'parked',
      text: 'Ask happy customers for a case study',
      x: last.x + last.width + 400,
      y: 300,
    })
  }

  it('moves one note into the suggested column, keeping its lane', () => {
    const map = workshopMap()
    const doc = { ...map, board: { ...map.board, notes: [...map.board.notes, parked(map)] } }
    const editor = createEditor(doc)
    const suggestion = suggestStage(parked(map), doc)
    if (!suggestion) throw new Error('board has stages')
    editor.run('Move to stage', acceptSuggestion('parked', suggestion.stageId))
    const moved = editor.getState().board.notes.find((n) => n.id === 'parked')
    if (!moved) throw new Error('still there')
    expect(stageOf(moved, editor.getState().board.stages)?.id).toBe(suggestion.stageId)
    expect(moved.y).toBe(300)
  })

  it('accepts every suggestion as one step', () => {
    const map = workshopMap()
    const extra = [parked(map), note({ id: 'left', text: 'Cold email', x: -2000, y: 100 })]
    const doc = { ...map, board: { ...map.board, notes: [...map.board.notes, ...extra] } }
    const editor = createEditor(doc)
    expect(deriveJourney(doc).unsorted).toHaveLength(2)
    editor.run('Sort notes', acceptAllSuggestions(doc))
    expect(deriveJourney(editor.getState()).unsorted).toEqual([])
    editor.undo()
    expect(deriveJourney(editor.getState()).unsorted).toHaveLength(2)
  })

  it('a column narrower than the note takes the note’s centre', () => {
    const doc = {
      ...createDocument('blank'),
      board: {
        stages: [{ id: 's', name: 'Thin', x: 1000, width: 40 }],
        lanes: [],
        notes: [note({ id: 'n', x: 0, y: 0 })],
      },
    }
    const editor = createEditor(doc)
    editor.run('Move to stage', acceptSuggestion('n', 's'))
    const moved = editor.getState().board.notes[0]
    if (!moved) throw new Error('still there')
    expect(stageOf(moved, editor.getState().board.stages)?.id).toBe('s')
  })
})
