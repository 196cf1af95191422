// The file-system operations the main-process services use, as one narrow interface so tests can
// hand them a wrapper that fails at a chosen call (a full disk, a read-only folder), and the one
// place where a Node error becomes a HostError: a sentence that tells the user what happened and
// what is still safe.
import * as fsp from 'node:fs/promises'
import { basename } from 'node:path'
import type { HostError, HostErrorCode } from '../../shared/host/host'

/** An open file: written whole, flushed to the disk, closed. */
export interface OpenFile {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** What the services need to know about a file on disk. */
export interface FileStats {
  readonly size: number
  readonly mtimeMs: number
  /** Permission bits and file type, as in `fs.Stats.mode`. */
  readonly mode: number
  isDirectory(): boolean
  isFile(): boolean
}

/** The subset of `node:fs/promises` the services use. */
export type FileSystem = {
  open(path: string, flags: string, mode?: number): Promise<OpenFile>
  rename(from: string, to: string): Promise<void>
  stat(path: string): Promise<FileStats>
  readFile(path: string): Promise<Uint8Array>
  copyFile(from: string, to: string): Promise<void>
  link(existingPath: string, newPath: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  readdir(path: string): Promise<string[]>
}

/** The real file system. */
export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  stat: (path) => fsp.stat(path),
  readFile: (path) => fsp.readFile(path),
  copyFile: (from, to) => fsp.copyFile(from, to),
  link: (existingPath, newPath) => fsp.link(existingPath, newPath),
  unlink: (path) => fsp.unlink(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  readdir: (path) => fsp.readdir(path),
}

/** The `code` of a Node system error (`'ENOENT'`, `'ENOSPC'`…), if the value carries one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error
    if (typeof code === 'string') return code
  }
  return undefined
}

/** A system-style error, for failures the services detect themselves. */
export function systemError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code })
}

/**
 * Turn whatever an open or a save threw into a HostError whose message names the file, says
 * what happened and what is safe, e.g. for a full disk during a save:
 * "Could not save “Onboarding.journey”: the disk is full. Your previous version is untouched;
 * free some space or choose Save As… to save elsewhere."
 */
export function hostErrorFrom(error: unknown, path: string, action: 'open' | 'save'): HostError {
  const code = hostErrorCodeOf(errorCode(error))
  const name = basename(path)
  return {
    code,
    message:
      action === 'open' ? openMessage(code, name, path, error) : saveMessage(code, name, error),
  }
}

function hostErrorCodeOf(code: string | undefined): HostErrorCode {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no-space'
    case 'EISDIR':
      return 'is-directory'
    case 'EFBIG':
      return 'too-large'
    default:
      return 'io'
  }
}

function openMessage(code: HostErrorCode, name: string, path: string, error: unknown): string {
  switch (code) {
    case 'not-found':
      return `Could not open “${name}”: there is no file at ${path} any more. It may have been moved, renamed or deleted.`
    case 'permission':
      return `Could not open “${name}”: you do not have permission to read it. Nothing was changed; ask for access or copy the file somewhere you can read it.`
    case 'no-space':
      return `Could not open “${name}”: the disk is full. Nothing was changed; free some space and try again.`
    case 'is-directory':
      return `Could not open “${name}”: it is a folder, not a map file. Choose a .journey file inside it instead.`
    case 'too-large':
      return `Could not open “${name}”: it is too large to be a map file. Nothing was changed.`
    case 'io':
      return `Could not open “${name}”: the system reported an error (${describe(error)}). Nothing was changed; try again.`
  }
}

function saveMessage(code: HostErrorCode, name: string, error: unknown): string {
  switch (code) {
    case 'not-found':
      return `Could not save “${name}”: the folder it belongs in no longer exists. Nothing was written; choose Save As… to save it somewhere else.`
    case 'permission':
      return `Could not save “${name}”: you do not have permission to write to its folder. Your previous version is untouched; choose Save As… to save it somewhere else.`
    case 'no-space':
      return `Could not save “${name}”: the disk is full. Your previous version is untouched; free some space or choose Save As… to save elsewhere.`
    case 'is-directory':
      return `Could not save “${name}”: a folder with that name is in the way. Nothing was overwritten; choose Save As… to pick another name.`
    case 'too-large':
      return `Could not save “${name}”: the map is larger than the disk allows for one file. Your previous version is untouched; choose Save As… to save it on another disk.`
    case 'io':
      return `Could not save “${name}”: the system reported an error (${describe(error)}). Your previous version is untouched; try again or choose Save As… to save elsewhere.`
  }
}

function describe(error: unknown): string {
  const code = errorCode(error)
  const text = error instanceof Error ? error.message : String(error)
  return code !== undefined && !text.includes(code) ? `${code}: ${text}` : text
}
