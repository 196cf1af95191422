// A FileSystem that behaves like the real one except at the calls a test picks, where it fails
// the way a full disk or a read-only folder would.
import { basename } from 'node:path'
import {
  nodeFileSystem,
  systemError,
  type FileSystem,
  type OpenFile,
} from '../../../../src/main/services/fs'

export type FaultyCall = keyof FileSystem | 'writeFile' | 'sync'

export interface Fault {
  readonly call: FaultyCall
  /** The system error code to fail with, e.g. 'ENOSPC'. */
  readonly code: string
  /** Fail only for paths this accepts (all paths when absent). */
  readonly when?: (path: string) => boolean
  /** For writeFile: write this share of the data (0..1) before failing, as a filling disk does. */
  readonly partial?: number
}

export interface FaultyFileSystem extends FileSystem {
  /** Every call made, as "<call> <base name>". */
  readonly calls: string[]
}

export function faultyFs(
  faults: readonly Fault[],
  base: FileSystem = nodeFileSystem,
): FaultyFileSystem {
  const calls: string[] = []
  const faultFor = (call: FaultyCall, path: string): Fault | undefined => {
    calls.push(`${call} ${basename(path)}`)
    return faults.find((fault) => fault.call === call && (fault.when?.(path) ?? true))
  }
  const check = (call: FaultyCall, path: string): void => {
    const fault = faultFor(call, path)
    if (fault !== undefined)
      throw systemError(fault.code, `${fault.code}: simulated, ${call} '${path}'`)
  }
  const wrapFile = (file: OpenFile, path: string): OpenFile => ({
    writeFile: async (data) => {
      const fault = faultFor('writeFile', path)
      if (fault === undefined) return file.writeFile(data)
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
      await file.writeFile(bytes.subarray(0, Math.floor(bytes.byteLength * (fault.partial ?? 0))))
      throw systemError(fault.code, `${fault.code}: simulated, write '${path}'`)
    },
    sync: async () => {
      check('sync', path)
      return file.sync()
    },
    close: () => file.close(),
  })
  return {
    calls,
    open: async (path, flags, mode) => {
      check('open', path)
      return wrapFile(await base.open(path, flags, mode), path)
    },
    rename: async (from, to) => {
      check('rename', to)
      return base.rename(from, to)
    },
    stat: async (path) => {
      check('stat', path)
      return base.stat(path)
    },
    readFile: async (path) => {
      check('readFile', path)
      return base.readFile(path)
    },
    copyFile: async (from, to) => {
      check('copyFile', to)
      return base.copyFile(from, to)
    },
    link: async (existingPath, newPath) => {
      check('link', newPath)
      return base.link(existingPath, newPath)
    },
    unlink: async (path) => {
      check('unlink', path)
      return base.unlink(path)
    },
    mkdir: async (path, options) => {
      check('mkdir', path)
      return base.mkdir(path, options)
    },
    readdir: async (path) => {
      check('readdir', path)
      return base.readdir(path)
    },
  }
}
