// A customer-journey workshop board for the board command tests, driven through a real editor.
import { createEditor, type Editor } from '../../../../../src/shared/commands/editor'
import { createDocument, type JourneyDocument, type Note } from '../../../../../src/shared/document'
import { laneOf, stageOf } from '../../../../../src/shared/journey/geometry'

export const NOW = new Date('2026-03-02T10:00:00Z')

/** A fresh editor on the Customer journey template (7 stages × 5 lanes of 360 × 220). */
export function workshop(): Editor {
  return createEditor(createDocument('customer-journey', { title: 'Onboarding workshop' }), {
    now: () => NOW,
  })
}

export function stage(doc: JourneyDocument, name: string) {
  const found = doc.board.stages.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no stage ${name}`)
  return found
}

export function lane(doc: JourneyDocument, name: string) {
  const found = doc.board.lanes.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no lane ${name}`)
  return found
}

export function note(doc: JourneyDocument, id: string): Note {
  const found = doc.board.notes.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no note ${id}`)
  return found
}

export const stageName = (doc: JourneyDocument, id: string) =>
  stageOf(note(doc, id), doc.board.stages)?.name ?? null
export const laneName = (doc: JourneyDocument, id: string) =>
  laneOf(note(doc, id), doc.board.lanes)?.name ?? null

export function overlap(a: Note, b: Note): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
