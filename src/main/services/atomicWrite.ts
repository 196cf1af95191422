// Atomic file replacement: a concurrent reader, or the next start after a crash or a power cut,
// always sees either the complete old file or the complete new one, never a mix or a truncation.
// The new content goes to a temp file in the same folder, is flushed to the disk, and only then
// renamed over the target (rename within a folder is atomic). On any failure the temp file is
// removed and the target is untouched.
import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { errorCode, nodeFileSystem, systemError, type FileStats, type FileSystem } from './fs'

export interface AtomicWriteOptions {
  /** Keep the version being replaced beside it as `<path>.bak`. */
  readonly backup?: boolean
  readonly fs?: FileSystem
}

/**
 * Replace `path` with `data` atomically. With `backup`, the previous version (if any) is kept
 * as `<path>.bak`, itself replaced atomically, before the new version takes its place.
 * Throws the underlying system error (with its `code`) when the write fails; the target is
 * then exactly as it was.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFileSystem
  const folder = dirname(path)
  const existing = await statOrNull(fs, path)
  if (existing?.isDirectory()) throw systemError('EISDIR', `${path} is a directory`)

  const temp = tempPathFor(path)
  let tempCreated = false
  try {
    const file = await fs.open(temp, 'wx', modeOf(existing))
    tempCreated = true
    try {
      await file.writeFile(data)
      await file.sync()
    } finally {
      await file.close()
    }
    if (options.backup === true && existing?.isFile()) await keepBackup(fs, path)
    await fs.rename(temp, path)
    tempCreated = false
  } catch (error) {
    if (tempCreated) await removeQuietly(fs, temp)
    throw error
  }
  await syncFolder(fs, folder)
}

/**
 * The same guarantee with synchronous calls, for small files written from synchronous code
 * (settings). No backup.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temp = tempPathFor(path)
  let tempCreated = false
  try {
    const fd = nodeFs.openSync(temp, 'wx', 0o666)
    tempCreated = true
    try {
      nodeFs.writeFileSync(fd, data)
      nodeFs.fsyncSync(fd)
    } finally {
      nodeFs.closeSync(fd)
    }
    nodeFs.renameSync(temp, path)
    tempCreated = false
  } catch (error) {
    if (tempCreated) {
      try {
        nodeFs.unlinkSync(temp)
      } catch {
        // The temp file is already gone or cannot be removed; the original error matters more.
      }
    }
    throw error
  }
  try {
    const fd = nodeFs.openSync(dirname(path), 'r')
    try {
      nodeFs.fsyncSync(fd)
    } finally {
      nodeFs.closeSync(fd)
    }
  } catch {
    // Best effort, see syncFolder.
  }
}

/** `.<name>.<pid>.<random>.tmp` beside the target: hidden, unique, and on the same volume. */
function tempPathFor(path: string, suffix = 'tmp'): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.${suffix}`,
  )
}

/**
 * Point `<path>.bak` at the current version. A hard link costs no copy and shares the old
 * version's data, which the rename that follows leaves in place; where links are not supported
 * the file is copied and flushed instead. Either way the .bak is swapped in by a rename, so an
 * interrupted backup never leaves a half-written .bak.
 */
async function keepBackup(fs: FileSystem, path: string): Promise<void> {
  const temp = tempPathFor(path, 'bak.tmp')
  try {
    try {
      await fs.link(path, temp)
    } catch {
      await fs.copyFile(path, temp)
      const copy = await fs.open(temp, 'r+')
      try {
        await copy.sync()
      } finally {
        await copy.close()
      }
    }
    await fs.rename(temp, `${path}.bak`)
  } finally {
    // Normally gone after the rename; left over only after a failure, or when the .bak already
    // was this very file (rename between two links to one file does nothing).
    await removeQuietly(fs, temp)
  }
}

/**
 * Flush the folder entry so the rename itself survives a power cut. Best effort: Windows cannot
 * open a folder for this (EISDIR/EPERM), and once the rename has happened the new version is in
 * place, so a failure here must not be reported as a failed save.
 */
async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // See above.
  }
}

async function statOrNull(fs: FileSystem, path: string): Promise<FileStats | null> {
  try {
    return await fs.stat(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

/** Keep the permissions of the file being replaced; new files get the usual default. */
function modeOf(existing: FileStats | null): number {
  return existing === null ? 0o666 : existing.mode & 0o777
}

async function removeQuietly(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.unlink(path)
  } catch {
    // Already gone, or the folder refuses; nothing more can be done here.
  }
}
