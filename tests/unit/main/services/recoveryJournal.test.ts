import { readdir, readFile, utimes, writeFile, unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { RecoveryEntry } from '../../../../src/shared/host/host'
import {
  PRUNE_SAVED_ENTRIES_AFTER_MS,
  RecoveryJournal,
} from '../../../../src/main/services/recoveryJournal'
import { bundleForChild, type ChildBundle } from './bundleForChild'
import { sleep, startChild } from './childProcess'
import { faultyFs } from './faultyFs'
import { mapText, tempFolder } from './mapFixture'

const HOUR = 60 * 60 * 1000
const NOW = Date.UTC(2025, 2, 14, 10, 0, 0)

function entry(overrides: Partial<RecoveryEntry> = {}): RecoveryEntry {
  return {
    documentId: 'map-onboarding',
    title: 'Onboarding workshop',
    file: null,
    savedAt: NOW,
    text: mapText('Onboarding workshop', 5, 2),
    ...overrides,
  }
}

/** A map file on disk last modified at `modifiedAt`. */
async function mapFile(folder: string, name: string, modifiedAt: number): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, mapText(name, 5, 1))
  await utimes(path, modifiedAt / 1000, modifiedAt / 1000)
  return path
}

async function setUp(): Promise<{ folder: string; dir: string; journal: RecoveryJournal }> {
  const folder = await tempFolder()
  const dir = join(folder, 'recovery')
  return { folder, dir, journal: new RecoveryJournal(dir, { now: () => NOW }) }
}

describe('RecoveryJournal', () => {
  test('a map that was never saved is offered', async () => {
    const { journal } = await setUp()
    await journal.write(entry())
    expect(await journal.list()).toEqual([{ ...entry(), reason: 'never-saved' }])
  })

  test('a copy newer than its file is offered', async () => {
    const { folder, journal } = await setUp()
    const path = await mapFile(folder, 'Onboarding.journey', NOW - HOUR)
    const file = { id: path, name: 'Onboarding.journey', path }
    await journal.write(entry({ file }))
    expect(await journal.list()).toEqual([{ ...entry({ file }), reason: 'newer-than-file' }])
  })

  test('a copy older than its file (saved since) is not offered', async () => {
    const { folder, journal } = await setUp()
    const path = await mapFile(folder, 'Onboarding.journey', NOW + HOUR)
    await journal.write(entry({ file: { id: path, name: 'Onboarding.journey', path } }))
    expect(await journal.list()).toEqual([])
  })

  test('a copy whose file was deleted is offered as file-missing', async () => {
    const { folder, journal } = await setUp()
    const path = await mapFile(folder, 'Onboarding.journey', NOW - HOUR)
    await journal.write(entry({ file: { id: path, name: 'Onboarding.journey', path } }))
    await unlink(path)
    expect(await journal.list()).toMatchObject([
      { documentId: 'map-onboarding', reason: 'file-missing' },
    ])
  })

  test('offers come newest first', async () => {
    const { journal } = await setUp()
    await journal.write(entry({ documentId: 'map-renewal', savedAt: NOW - 2 * HOUR }))
    await journal.write(entry({ documentId: 'map-signup', savedAt: NOW }))
    await journal.write(entry({ documentId: 'map-discovery', savedAt: NOW - HOUR }))
    expect((await journal.list()).map((offer) => offer.documentId)).toEqual([
      'map-signup',
      'map-discovery',
      'map-renewal',
    ])
  })

  test('a later write replaces the earlier copy of the same map', async () => {
    const { journal } = await setUp()
    await journal.write(entry({ title: 'Draft', savedAt: NOW - HOUR }))
    await journal.write(entry({ title: 'Onboarding workshop v2', savedAt: NOW }))
    expect(await journal.list()).toMatchObject([{ title: 'Onboarding workshop v2' }])
  })

  test('document ids that are not safe file names still get one file each', async () => {
    const { dir, journal } = await setUp()
    const ids = ['../../etc/passwd', 'a/b', 'a_b', 'C:\\maps\\x', 'ünïcödé map', '']
    for (const documentId of ids.filter((id) => id !== ''))
      await journal.write(entry({ documentId }))
    const names = await readdir(dir)
    expect(names).toHaveLength(5)
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_-]+\.json$/)
    expect(new Set((await journal.list()).map((offer) => offer.documentId))).toEqual(
      new Set(ids.filter((id) => id !== '')),
    )
  })

  test('an entry of the wrong shape is refused on write', async () => {
    const { journal } = await setUp()
    const broken = { ...entry(), savedAt: 'yesterday' } as unknown as RecoveryEntry
    await expect(journal.write(broken)).rejects.toThrow()
    expect(await journal.list()).toEqual([])
  })

  test('a corrupt entry is set aside as .corrupt and the others are still offered', async () => {
    const { dir, journal } = await setUp()
    await journal.write(entry())
    await writeFile(join(dir, 'half-written.json'), '{"documentId":"map-x","title":"Hal')
    await writeFile(join(dir, 'wrong-shape.json'), JSON.stringify({ documentId: 42 }))
    expect(await journal.list()).toMatchObject([{ documentId: 'map-onboarding' }])
    const names = await readdir(dir)
    expect(names).toContain('half-written.json.corrupt')
    expect(names).toContain('wrong-shape.json.corrupt')
    expect(await readFile(join(dir, 'half-written.json.corrupt'), 'utf8')).toContain('"Hal')
    expect(await journal.list()).toHaveLength(1)
  })

  test('discard removes the copy, and discarding again is harmless', async () => {
    const { dir, journal } = await setUp()
    await journal.write(entry())
    await journal.write(entry({ documentId: 'map-renewal' }))
    await journal.discard('map-onboarding')
    await journal.discard('map-onboarding')
    expect((await journal.list()).map((offer) => offer.documentId)).toEqual(['map-renewal'])
    expect(await readdir(dir)).toHaveLength(1)
  })

  test('a discard right after a write wins: writes and discards of a map run in order', async () => {
    const { journal } = await setUp()
    const writing = journal.write(entry())
    const discarding = journal.discard('map-onboarding')
    await Promise.all([writing, discarding])
    expect(await journal.list()).toEqual([])
  })

  test('an empty or never-created journal lists nothing', async () => {
    const { journal } = await setUp()
    expect(await journal.list()).toEqual([])
  })

  test('a copy already saved to its file is pruned once it is two weeks old', async () => {
    const { folder, dir } = await setUp()
    const path = await mapFile(folder, 'Onboarding.journey', NOW)
    const old = NOW - PRUNE_SAVED_ENTRIES_AFTER_MS - HOUR
    const journal = new RecoveryJournal(dir, { now: () => NOW })
    await journal.write(
      entry({ savedAt: old, file: { id: path, name: 'Onboarding.journey', path } }),
    )
    expect(await journal.list()).toEqual([])
    expect(await readdir(dir)).toEqual([])
  })

  test('a journal write interrupted by a full disk keeps the previous copy', async () => {
    const { dir } = await setUp()
    await new RecoveryJournal(dir).write(entry({ title: 'Before the disk filled' }))
    const full = new RecoveryJournal(dir, {
      fs: faultyFs([{ call: 'writeFile', code: 'ENOSPC', partial: 0.5 }]),
    })
    await expect(full.write(entry({ title: 'After' }))).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await new RecoveryJournal(dir).list()).toMatchObject([
      { title: 'Before the disk filled' },
    ])
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('after a crash', () => {
  let bundle: ChildBundle
  beforeAll(async () => {
    bundle = await bundleForChild({ recoveryJournal: 'src/main/services/recoveryJournal.ts' })
  })
  afterAll(() => bundle.remove())

  test('a copy written by a process that was then killed is offered on the next start', async () => {
    const { dir } = await setUp()
    const child = startChild(resolve(import.meta.dirname, 'recoveryChild.mjs'), [
      bundle.modules.recoveryJournal!,
      dir,
      'map-onboarding',
    ])
    await child.said('written')
    await child.kill()

    const offers = await new RecoveryJournal(dir).list()
    expect(offers).toHaveLength(1)
    expect(offers[0]).toMatchObject({
      documentId: 'map-onboarding',
      title: 'Onboarding workshop',
      reason: 'never-saved',
    })
    expect(JSON.parse(offers[0]!.text)).toMatchObject({
      format: 'journeyboard',
      id: 'map-onboarding',
    })
    expect((await readdir(dir)).filter((name) => name.endsWith('.corrupt'))).toEqual([])
  })

  test('killed at random moments while rewriting its copy, the journal always holds a whole one', async () => {
    const { dir } = await setUp()
    for (let round = 0; round < 10; round += 1) {
      const child = startChild(resolve(import.meta.dirname, 'recoveryChild.mjs'), [
        bundle.modules.recoveryJournal!,
        dir,
        'map-onboarding',
      ])
      await child.said('written')
      await sleep(Math.random() * 30)
      await child.kill()
      const offers = await new RecoveryJournal(dir).list()
      expect(offers, `round ${round}`).toHaveLength(1)
      expect(() => JSON.parse(offers[0]!.text) as unknown).not.toThrow()
    }
    expect((await readdir(dir)).filter((name) => name.endsWith('.corrupt'))).toEqual([])
  })
})
