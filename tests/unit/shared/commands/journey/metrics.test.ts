import { describe, expect, it } from 'vitest'
import { createEditor } from '../../../../../src/shared/commands/editor'
import { addMetric, deleteMetric, updateMetric } from '../../../../../src/shared/commands/journey'
import { deriveJourney } from '../../../../../src/shared/journey'
import { workshopMap } from '../../../helpers/workshop'

describe('metrics per stage', () => {
  it('adds a metric that shows under its stage, edits it and deletes it', () => {
    const editor = createEditor(workshopMap())
    const onboarding = editor.getState().board.stages.find((s) => s.name === 'Onboarding')
    if (!onboarding) throw new Error('fixture has Onboarding')
    const added = addMetric(editor.getState(), onboarding.id, {
      name: 'Time to first value',
      unit: 'days',
      baseline: 21,
      target: 7,
    })
    if (!added.ok) throw new Error(added.message)
    editor.run('Add metric', added.recipe)
    const stageOf = () =>
      deriveJourney(editor.getState()).stages.find((s) => s.stage.id === onboarding.id)
    expect(stageOf()?.metrics).toEqual([
      {
        id: added.id,
        stageId: onboarding.id,
        name: 'Time to first value',
        unit: 'days',
        baseline: 21,
        target: 7,
        current: null,
      },
    ])
    const updated = updateMetric(added.id, { current: 14 })
    if (!updated.ok) throw new Error(updated.message)
    editor.run('Update metric', updated.recipe)
    expect(stageOf()?.metrics[0]?.current).toBe(14)
    editor.run('Delete metric', deleteMetric(added.id))
    expect(stageOf()?.metrics).toEqual([])
  })

  it('refuses an empty name, a number that is not finite, and an unknown stage', () => {
    const map = workshopMap()
    const stageId = map.board.stages[0]?.id ?? ''
    expect(addMetric(map, stageId, { name: ' ' }).ok).toBe(false)
    expect(addMetric(map, stageId, { name: 'NPS', target: Number.NaN }).ok).toBe(false)
    expect(addMetric(map, 'stage_gone', { name: 'NPS' }).ok).toBe(false)
    expect(updateMetric('metric_x', { baseline: Number.POSITIVE_INFINITY }).ok).toBe(false)
  })
})
