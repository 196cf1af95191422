// Realistic map files for the service tests: a workshop board serialized the way the app saves it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'

const STAGES = ['Discover', 'Sign up', 'Onboarding', 'First value', 'Renewal']
const PAIN_POINTS = [
  'Pricing page does not say what happens after the trial',
  'Verification email lands in spam',
  'Nobody calls back after the demo request',
  'Import from spreadsheet fails on dates',
  'Invoice has the wrong company name',
]

/** A map with `noteCount` notes; `revision` changes every note so two revisions differ everywhere. */
export function mapText(title: string, noteCount: number, revision = 1): string {
  const notes = Array.from({ length: noteCount }, (_, index) => ({
    id: `note-${index}`,
    text: `${PAIN_POINTS[index % PAIN_POINTS.length]} (rev ${revision}, #${index})`,
    x: (index % 50) * 220,
    y: Math.floor(index / 50) * 140,
    width: 200,
    height: 120,
    color: revision % 2 === 0 ? 'yellow' : 'pink',
    tags: ['pain-point'],
    votes: index % 7,
  }))
  const document = {
    format: 'journeyboard',
    version: 1,
    id: 'map-onboarding',
    title,
    board: {
      stages: STAGES.map((name, index) => ({
        id: `stage-${index}`,
        name,
        x: index * 2200,
        width: 2200,
      })),
      notes,
    },
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** A fresh, empty folder under the system temp folder, removed when the test finishes. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'journeyboard-test-'))
  onTestFinished(() => rm(folder, { recursive: true, force: true }))
  return folder
}
