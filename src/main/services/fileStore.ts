// Reading and saving map files for the main process. Saves are atomic with a .bak of the previous
// version; every failure comes back as a HostError the user can act on, never as a throw.
import { basename } from 'node:path'
import type { HostError, HostResult } from '../../shared/host/host'
import { writeFileAtomic } from './atomicWrite'
import { errorCode, hostErrorFrom, nodeFileSystem, systemError, type FileSystem } from './fs'

/** The largest file the app will read as a map; anything bigger is not one of ours. */
export const MAX_MAP_BYTES = 100 * 1024 * 1024

const BYTE_ORDER_MARK = 0xfeff

/** Read a map file as text (UTF-8, without a byte-order mark) with its modification time. */
export async function readMapFile(
  path: string,
  fs: FileSystem = nodeFileSystem,
): Promise<HostResult<{ text: string; modifiedAt: number }>> {
  try {
    const stats = await fs.stat(path)
    if (stats.isDirectory()) throw systemError('EISDIR', `${path} is a directory`)
    if (stats.size > MAX_MAP_BYTES) return { ok: false, error: tooLarge(path, stats.size) }
    const bytes = await fs.readFile(path)
    if (bytes.byteLength > MAX_MAP_BYTES)
      return { ok: false, error: tooLarge(path, bytes.byteLength) }
    let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1)
    return { ok: true, value: { text, modifiedAt: stats.mtimeMs } }
  } catch (error) {
    return { ok: false, error: hostErrorFrom(error, path, 'open') }
  }
}

export interface SaveMapOptions {
  readonly fs?: FileSystem
  /** The map was opened from (or saved to) this path, so the file should still be there. */
  readonly expectedToExist?: boolean
}

/**
 * Save a map atomically, keeping the previous version as `<path>.bak`. A file that was moved or
 * deleted while the map was open is written again at its path, with a notice saying so.
 */
export async function saveMapFile(
  path: string,
  text: string,
  options: SaveMapOptions = {},
): Promise<HostResult<{ modifiedAt: number; notice: string | null }>> {
  const fs = options.fs ?? nodeFileSystem
  try {
    const wasMissing = options.expectedToExist === true && !(await exists(fs, path))
    await writeFileAtomic(path, text, { backup: true, fs })
    const stats = await fs.stat(path)
    const notice = wasMissing
      ? `“${basename(path)}” had been moved or deleted since you opened it; it was saved again at ${path}.`
      : null
    return { ok: true, value: { modifiedAt: stats.mtimeMs, notice } }
  } catch (error) {
    return { ok: false, error: hostErrorFrom(error, path, 'save') }
  }
}

function tooLarge(path: string, size: number): HostError {
  const megabytes = (size / (1024 * 1024)).toFixed(1)
  const limit = MAX_MAP_BYTES / (1024 * 1024)
  return {
    code: 'too-large',
    message: `Could not open “${basename(path)}”: it is ${megabytes} MB, and a map file can be at most ${limit} MB. Nothing was changed; it is probably not a Journeyboard map.`,
  }
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}
