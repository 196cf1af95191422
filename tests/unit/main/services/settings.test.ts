import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { FileSettingsStore, MemorySettingsStore } from '../../../../src/main/services/settings'
import { tempFolder } from './mapFixture'

describe('FileSettingsStore', () => {
  test('settings persist across restarts', async () => {
    const path = join(await tempFolder(), 'settings.json')
    const first = new FileSettingsStore(path)
    first.set('theme', 'dark')
    first.set('autosaveSeconds', 5)
    first.set('windowBounds', { x: 10, y: 20, width: 1280, height: 800, maximized: false })
    const second = new FileSettingsStore(path)
    expect(second.get('theme')).toBe('dark')
    expect(second.get('autosaveSeconds')).toBe(5)
    expect(second.get('windowBounds')).toEqual({
      x: 10,
      y: 20,
      width: 1280,
      height: 800,
      maximized: false,
    })
  })

  test('a first start with no settings file starts empty and creates its folder on the first change', async () => {
    const path = join(await tempFolder(), 'Journeyboard', 'settings.json')
    const store = new FileSettingsStore(path)
    expect(store.get('theme')).toBeUndefined()
    store.set('theme', 'light')
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ theme: 'light' })
  })

  test('a broken settings file is kept as .broken and the app starts with defaults', async () => {
    const folder = await tempFolder()
    const path = join(folder, 'settings.json')
    await writeFile(path, '{"theme": "dark", "recentFi')
    const store = new FileSettingsStore(path)
    expect(store.get('theme')).toBeUndefined()
    expect(await readFile(`${path}.broken`, 'utf8')).toBe('{"theme": "dark", "recentFi')
    store.set('theme', 'light')
    expect(new FileSettingsStore(path).get('theme')).toBe('light')
  })

  test('a settings file holding something other than an object is treated as broken', async () => {
    const path = join(await tempFolder(), 'settings.json')
    await writeFile(path, '[1, 2, 3]')
    expect(new FileSettingsStore(path).get('0')).toBeUndefined()
    expect((await readdir(join(path, '..'))).sort()).toEqual(['settings.json.broken'])
  })

  test('setting undefined removes the key', async () => {
    const path = join(await tempFolder(), 'settings.json')
    const store = new FileSettingsStore(path)
    store.set('theme', 'dark')
    store.set('theme', undefined)
    expect(new FileSettingsStore(path).get('theme')).toBeUndefined()
  })

  test('writes leave no temp files behind', async () => {
    const folder = await tempFolder()
    const store = new FileSettingsStore(join(folder, 'settings.json'))
    for (let i = 0; i < 20; i += 1) store.set('counter', i)
    expect(await readdir(folder)).toEqual(['settings.json'])
  })
})

describe('MemorySettingsStore', () => {
  test('values read back are copies: changing them does not change the store', () => {
    const store = new MemorySettingsStore({ recentFiles: [] })
    const value = store.get('recentFiles') as unknown[]
    value.push('sneaky')
    expect(store.get('recentFiles')).toEqual([])
  })
})
