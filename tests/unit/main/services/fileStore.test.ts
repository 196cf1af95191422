import { chmod, mkdir, open, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { MAX_MAP_BYTES, readMapFile, saveMapFile } from '../../../../src/main/services/fileStore'
import { faultyFs } from './faultyFs'
import { mapText, tempFolder } from './mapFixture'

const OLD = mapText('Onboarding workshop', 30, 1)
const NEW = mapText('Onboarding workshop', 45, 2)

async function folderWithMap(): Promise<{ folder: string; path: string }> {
  const folder = await tempFolder()
  const path = join(folder, 'Onboarding.journey')
  await writeFile(path, OLD)
  return { folder, path }
}

describe('readMapFile', () => {
  test('reads a map with its modification time', async () => {
    const { path } = await folderWithMap()
    const result = await readMapFile(path)
    expect(result).toMatchObject({ ok: true, value: { text: OLD } })
    expect(result.ok && result.value.modifiedAt).toBeGreaterThan(0)
  })

  test('a missing file is reported as not found, by name', async () => {
    const folder = await tempFolder()
    const result = await readMapFile(join(folder, 'Renewal.journey'))
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(!result.ok && result.error.message).toMatch(/^Could not open “Renewal\.journey”: .+\.$/)
  })

  test('a folder is reported as a folder, not read', async () => {
    const folder = await tempFolder()
    await mkdir(join(folder, 'Workshop.journey'))
    const result = await readMapFile(join(folder, 'Workshop.journey'))
    expect(result).toMatchObject({ ok: false, error: { code: 'is-directory' } })
    expect(!result.ok && result.error.message).toContain('it is a folder')
  })

  test('a file over 100 MB is refused before it is read, with its size and the limit', async () => {
    const folder = await tempFolder()
    const path = join(folder, 'Video export.journey')
    const handle = await open(path, 'w')
    await handle.truncate(MAX_MAP_BYTES + 25 * 1024 * 1024) // sparse: costs no disk space
    await handle.close()
    const fs = faultyFs([{ call: 'readFile', code: 'EIO' }])
    const result = await readMapFile(path, fs)
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
    expect(!result.ok && result.error.message).toContain('125.0 MB')
    expect(!result.ok && result.error.message).toContain('at most 100 MB')
    expect(fs.calls.some((call) => call.startsWith('readFile'))).toBe(false)
  })

  test('a byte-order mark written by another editor is stripped', async () => {
    const folder = await tempFolder()
    const path = join(folder, 'From Notepad.journey')
    await writeFile(path, `\uFEFF${OLD}`)
    const result = await readMapFile(path)
    expect(result.ok && result.value.text).toBe(OLD)
  })

  test('a 50 MB map reads in full', async () => {
    const folder = await tempFolder()
    const path = join(folder, 'Big workshop.journey')
    const note = mapText('Big workshop', 1, 1)
    const text = `[${Array.from({ length: Math.ceil((50 * 1024 * 1024) / note.length) }, () => note).join(',')}]`
    await writeFile(path, text)
    const result = await readMapFile(path)
    expect(result.ok && result.value.text.length).toBe(text.length)
    expect(result.ok && result.value.text === text).toBe(true)
  })

  test('a file that cannot be read is reported as a permission problem', async () => {
    const { path } = await folderWithMap()
    const result = await readMapFile(path, faultyFs([{ call: 'readFile', code: 'EACCES' }]))
    expect(result).toMatchObject({ ok: false, error: { code: 'permission' } })
    expect(!result.ok && result.error.message).toContain('permission to read')
  })
})

describe('saveMapFile', () => {
  test('a save writes the map, keeps the previous version as .bak and reports the new time', async () => {
    const { path } = await folderWithMap()
    const result = await saveMapFile(path, NEW, { expectedToExist: true })
    expect(result).toMatchObject({ ok: true, value: { notice: null } })
    expect(await readFile(path, 'utf8')).toBe(NEW)
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(OLD)
  })

  test('a save interrupted by a full disk leaves the old map intact and says so plainly', async () => {
    const { folder, path } = await folderWithMap()
    const before = await readFile(path)
    const fs = faultyFs([{ call: 'writeFile', code: 'ENOSPC', partial: 0.3 }])
    const result = await saveMapFile(path, NEW, { fs, expectedToExist: true })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'no-space',
        message:
          'Could not save “Onboarding.journey”: the disk is full. Your previous version is untouched; free some space or choose Save As… to save elsewhere.',
      },
    })
    expect(Buffer.compare(await readFile(path), before)).toBe(0)
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  test('a save to a folder without write permission is a permission error, old map intact', async () => {
    const { path } = await folderWithMap()
    const result = await saveMapFile(path, NEW, {
      fs: faultyFs([{ call: 'open', code: 'EACCES' }]),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'permission' } })
    expect(!result.ok && result.error.message).toContain('Your previous version is untouched')
    expect(await readFile(path, 'utf8')).toBe(OLD)
  })

  test('a save on a read-only volume is a permission error', async () => {
    const { path } = await folderWithMap()
    const result = await saveMapFile(path, NEW, { fs: faultyFs([{ call: 'open', code: 'EROFS' }]) })
    expect(result).toMatchObject({ ok: false, error: { code: 'permission' } })
  })

  const runningAsRoot = process.getuid?.() === 0
  test.skipIf(runningAsRoot)(
    runningAsRoot
      ? 'a save into a real chmod 0o500 folder is a permission error (skipped: running as root, chmod does not stop root from writing)'
      : 'a save into a real chmod 0o500 folder is a permission error, old map intact',
    async () => {
      const { folder, path } = await folderWithMap()
      await chmod(folder, 0o500)
      try {
        const result = await saveMapFile(path, NEW)
        expect(result).toMatchObject({ ok: false, error: { code: 'permission' } })
        expect(await readFile(path, 'utf8')).toBe(OLD)
      } finally {
        await chmod(folder, 0o700)
      }
    },
  )

  test('a map deleted while open is saved again, with a notice saying where', async () => {
    const { path } = await folderWithMap()
    await unlink(path)
    const result = await saveMapFile(path, NEW, { expectedToExist: true })
    expect(result).toMatchObject({
      ok: true,
      value: {
        notice: `“Onboarding.journey” had been moved or deleted since you opened it; it was saved again at ${path}.`,
      },
    })
    expect(await readFile(path, 'utf8')).toBe(NEW)
  })

  test('a map renamed while open is saved again at its old path; the renamed copy is left alone', async () => {
    const { folder, path } = await folderWithMap()
    await rename(path, join(folder, 'Onboarding (old).journey'))
    const result = await saveMapFile(path, NEW, { expectedToExist: true })
    expect(result.ok && result.value.notice).toContain('had been moved or deleted')
    expect(await readFile(path, 'utf8')).toBe(NEW)
    expect(await readFile(join(folder, 'Onboarding (old).journey'), 'utf8')).toBe(OLD)
  })

  test('a first save (Save As to a new name) has no notice', async () => {
    const folder = await tempFolder()
    const result = await saveMapFile(join(folder, 'Renewal.journey'), NEW, {
      expectedToExist: false,
    })
    expect(result).toMatchObject({ ok: true, value: { notice: null } })
  })

  test('a save whose folder was removed fails as not found instead of throwing', async () => {
    const folder = await tempFolder()
    const result = await saveMapFile(join(folder, 'gone', 'Renewal.journey'), NEW, {
      expectedToExist: true,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(!result.ok && result.error.message).toContain('no longer exists')
  })
})
