import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, test } from 'vitest'
import { journeyData, journeyJson } from '../../../../src/shared/export'
import { deriveJourney } from '../../../../src/shared/journey'
import { largeMap } from '../../helpers/boards'
import {
  emptyJourneyMap,
  goPackMap,
  hostileMap,
  LONG,
  noStagesMap,
  ownerWithoutDeadlineMap,
} from './maps'

const schema = JSON.parse(
  readFileSync(new URL('../../../../docs/journey.schema.json', import.meta.url), 'utf8'),
) as object
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

function valid(text: string): unknown {
  const data: unknown = JSON.parse(text)
  const ok = validate(data)
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
  return data
}

describe('the journey as JSON', () => {
  test('validates against docs/journey.schema.json and holds the derived journey', () => {
    const map = goPackMap()
    const data = valid(journeyJson(map)) as ReturnType<typeof journeyData>
    const journey = deriveJourney(map)
    expect(data.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.stage.name))
    expect(data.stages.map((s) => s.steps.map((step) => step.id))).toEqual(
      journey.stages.map((s) => s.steps.map((step) => step.noteId)),
    )
    const first = data.stages[0]?.steps.find((s) => s.kind === 'task')
    expect(first).toMatchObject({
      text: 'Show starting prices on the pricing page',
      action: true,
      decision: 'human',
      owner: { id: 'person_0', name: 'Lee Chen' },
      department: { name: 'Marketing' },
      deadline: '2026-12-15',
    })
    expect(data.lanes.map((l) => l.kind)).toEqual([
      'customer-action',
      'touchpoint',
      'pain-point',
      'idea',
      'task',
    ])
  })

  test('the same map always gives the same text, keys in a fixed order', () => {
    const map = goPackMap()
    const text = journeyJson(map)
    expect(journeyJson(structuredClone(map))).toBe(text)
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'mapId',
      'title',
      'lanes',
      'stages',
      'unsorted',
      'people',
      'departments',
    ])
    expect(text.endsWith('}\n')).toBe(true)
  })

  test('the schema really checks: a wrong decision, a missing field and an extra field are refused', () => {
    const data = JSON.parse(journeyJson(goPackMap()))
    data.stages[0].steps[0].decision = 'maybe'
    delete data.stages[1].steps[0].owner
    data.stages[2].colour = 'red'
    expect(validate(data)).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/stages/0/steps/0/decision', '/stages/1/steps/0', '/stages/2']),
    )
  })

  test('hostile text, no stages, no steps, an owner without a deadline and 5,000 steps all validate', () => {
    const hostile = valid(journeyJson(hostileMap())) as ReturnType<typeof journeyData>
    expect(hostile.stages.flatMap((s) => s.steps).map((s) => s.text)).toContain(LONG)
    const free = valid(journeyJson(noStagesMap())) as ReturnType<typeof journeyData>
    expect(free.stages).toEqual([])
    expect(free.unsorted.map((s) => s.text)).toEqual([
      'Pricing page is confusing',
      'Fix the pricing page',
    ])
    const empty = valid(journeyJson(emptyJourneyMap())) as ReturnType<typeof journeyData>
    expect(empty.stages.every((s) => s.steps.length === 0)).toBe(true)
    const undated = valid(journeyJson(ownerWithoutDeadlineMap())) as ReturnType<typeof journeyData>
    expect(undated.stages[0]?.steps.find((s) => s.id === 'note_undated')).toMatchObject({
      owner: { name: 'Noor Haddad' },
      deadline: null,
      action: true,
    })
    const large = valid(journeyJson(largeMap(5_000))) as ReturnType<typeof journeyData>
    expect(large.stages.reduce((n, s) => n + s.steps.length, 0) + large.unsorted.length).toBe(5_000)
  })
})
