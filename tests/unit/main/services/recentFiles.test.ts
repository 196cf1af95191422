import { describe, expect, test } from 'vitest'
import type { FileRef } from '../../../../src/shared/host/host'
import { RecentFiles } from '../../../../src/main/services/recentFiles'
import { MemorySettingsStore } from '../../../../src/main/services/settings'

const map = (name: string): FileRef => ({ id: `/maps/${name}`, name, path: `/maps/${name}` })

function recentFiles(options: { existing?: Set<string>; limit?: number } = {}) {
  const settings = new MemorySettingsStore()
  let clock = 1_000
  const recent = new RecentFiles(settings, {
    limit: options.limit,
    now: () => (clock += 1_000),
    exists: (path) => options.existing?.has(path) ?? true,
  })
  return { settings, recent }
}

describe('RecentFiles', () => {
  test('the most recently opened map comes first', () => {
    const { recent } = recentFiles()
    recent.add(map('Discovery.journey'), 'Discovery')
    recent.add(map('Onboarding.journey'), 'Onboarding')
    expect(recent.list().map((entry) => entry.title)).toEqual(['Onboarding', 'Discovery'])
  })

  test('opening a map again moves it to the top instead of listing it twice', () => {
    const { recent } = recentFiles()
    recent.add(map('Discovery.journey'), 'Discovery')
    recent.add(map('Onboarding.journey'), 'Onboarding')
    recent.add(map('Discovery.journey'), 'Discovery (renamed title)')
    expect(recent.list().map((entry) => entry.title)).toEqual([
      'Discovery (renamed title)',
      'Onboarding',
    ])
  })

  test('at most ten maps are remembered', () => {
    const { recent } = recentFiles()
    for (let i = 1; i <= 14; i += 1) recent.add(map(`Workshop ${i}.journey`), `Workshop ${i}`)
    const titles = recent.list().map((entry) => entry.title)
    expect(titles).toHaveLength(10)
    expect(titles[0]).toBe('Workshop 14')
    expect(titles[9]).toBe('Workshop 5')
  })

  test('the limit can be set', () => {
    const { recent } = recentFiles({ limit: 3 })
    for (let i = 1; i <= 5; i += 1) recent.add(map(`Workshop ${i}.journey`), `Workshop ${i}`)
    expect(recent.list()).toHaveLength(3)
  })

  test('a map whose file is gone is not listed, but comes back when the file does', () => {
    const existing = new Set(['/maps/Onboarding.journey'])
    const { recent } = recentFiles({ existing })
    recent.add(map('Discovery.journey'), 'Discovery')
    recent.add(map('Onboarding.journey'), 'Onboarding')
    expect(recent.list().map((entry) => entry.title)).toEqual(['Onboarding'])
    existing.add('/maps/Discovery.journey')
    expect(recent.list().map((entry) => entry.title)).toEqual(['Onboarding', 'Discovery'])
  })

  test('remove and clear', () => {
    const { recent } = recentFiles()
    recent.add(map('Discovery.journey'), 'Discovery')
    recent.add(map('Onboarding.journey'), 'Onboarding')
    recent.remove('/maps/Discovery.journey')
    expect(recent.list().map((entry) => entry.title)).toEqual(['Onboarding'])
    recent.clear()
    expect(recent.list()).toEqual([])
  })

  test('stored data of the wrong shape is ignored, entry by entry, never thrown on', () => {
    const { settings, recent } = recentFiles()
    settings.set('recentFiles', 'not a list')
    expect(recent.list()).toEqual([])
    settings.set('recentFiles', [
      null,
      { file: { id: 1 }, title: 'Broken' },
      { file: map('Renewal.journey'), title: 'Renewal', openedAt: 5 },
    ])
    expect(recent.list()).toEqual([{ file: map('Renewal.journey'), title: 'Renewal', openedAt: 5 }])
    recent.add(map('Onboarding.journey'), 'Onboarding')
    expect(recent.list().map((entry) => entry.title)).toEqual(['Onboarding', 'Renewal'])
  })

  test('the list is kept in the settings under recentFiles', () => {
    const { settings, recent } = recentFiles()
    recent.add(map('Onboarding.journey'), 'Onboarding')
    expect(settings.get('recentFiles')).toEqual([
      { file: map('Onboarding.journey'), title: 'Onboarding', openedAt: 2_000 },
    ])
  })
})
