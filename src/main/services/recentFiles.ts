// The recently opened maps, newest first, kept in the settings. Whatever is stored there is
// checked on every read: entries of the wrong shape are ignored, never thrown on, and maps whose
// file is gone are not listed (but kept, so a map on an unplugged drive comes back with it).
import { existsSync } from 'node:fs'
import { z } from 'zod'
import type { FileRef, RecentFile } from '../../shared/host/host'
import type { SettingsStore } from './settings'

export const RECENT_FILES_KEY = 'recentFiles'
export const DEFAULT_RECENT_FILES_LIMIT = 10

const recentFileSchema = z.object({
  file: z.object({ id: z.string(), name: z.string(), path: z.string().nullable() }),
  title: z.string(),
  openedAt: z.number(),
})

export interface RecentFilesOptions {
  readonly limit?: number
  readonly now?: () => number
  readonly exists?: (path: string) => boolean
}

export class RecentFiles {
  readonly #settings: SettingsStore
  readonly #limit: number
  readonly #now: () => number
  readonly #exists: (path: string) => boolean

  constructor(settings: SettingsStore, options: RecentFilesOptions = {}) {
    this.#settings = settings
    this.#limit = options.limit ?? DEFAULT_RECENT_FILES_LIMIT
    this.#now = options.now ?? Date.now
    this.#exists = options.exists ?? existsSync
  }

  /** The recent maps whose file still exists, most recently opened first. */
  list(): RecentFile[] {
    return this.#stored().filter(
      (recent) => recent.file.path === null || this.#exists(recent.file.path),
    )
  }

  /** Put a map at the top of the list (once, however often it is opened). */
  add(file: FileRef, title: string): void {
    const entry: RecentFile = { file: { ...file }, title, openedAt: this.#now() }
    const others = this.#stored().filter((recent) => !sameFile(recent.file, file))
    this.#store([entry, ...others])
  }

  remove(path: string): void {
    this.#store(this.#stored().filter((recent) => recent.file.path !== path))
  }

  clear(): void {
    this.#store([])
  }

  /** The valid stored entries, newest first, one per file, at most `limit`. */
  #stored(): RecentFile[] {
    const value = this.#settings.get(RECENT_FILES_KEY)
    if (!Array.isArray(value)) return []
    const valid: RecentFile[] = []
    for (const item of value) {
      const parsed = recentFileSchema.safeParse(item)
      if (parsed.success && !valid.some((recent) => sameFile(recent.file, parsed.data.file))) {
        valid.push(parsed.data)
      }
    }
    return valid.sort((a, b) => b.openedAt - a.openedAt).slice(0, this.#limit)
  }

  #store(files: readonly RecentFile[]): void {
    this.#settings.set(RECENT_FILES_KEY, files.slice(0, this.#limit))
  }
}

function sameFile(a: FileRef, b: FileRef): boolean {
  return a.path !== null || b.path !== null ? a.path === b.path : a.id === b.id
}
