// The recovery journal: one file per open map holding its latest unsaved copy, so a crash, a
// power cut or a killed process loses at most the last few seconds of work. Each copy is written
// atomically, so the journal never holds a half-written entry; an entry that cannot be read is
// moved aside as `<name>.corrupt` (kept for salvage, never offered, never a crash).
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import type { RecoveryEntry, RecoveryOffer, RecoveryReason } from '../../shared/host/host'
import { writeFileAtomic } from './atomicWrite'
import { errorCode, nodeFileSystem, type FileSystem } from './fs'

/** Entries already saved to their file are deleted once they are this old. */
export const PRUNE_SAVED_ENTRIES_AFTER_MS = 14 * 24 * 60 * 60 * 1000

const ENTRY_EXTENSION = '.json'

const recoveryEntrySchema = z.object({
  documentId: z.string().min(1),
  title: z.string(),
  file: z
    .object({
      id: z.string(),
      name: z.string(),
      path: z.string().nullable(),
    })
    .nullable(),
  savedAt: z.number(),
  text: z.string(),
})

export interface RecoveryJournalDeps {
  readonly fs?: FileSystem
  readonly now?: () => number
}

export class RecoveryJournal {
  readonly #dir: string
  readonly #fs: FileSystem
  readonly #now: () => number
  /** Writes and discards of one map run in the order they were asked for. */
  readonly #pending = new Map<string, Promise<void>>()

  constructor(dir: string, deps: RecoveryJournalDeps = {}) {
    this.#dir = dir
    this.#fs = deps.fs ?? nodeFileSystem
    this.#now = deps.now ?? Date.now
  }

  /** Replace the recovery copy of `entry.documentId` with this one. */
  async write(entry: RecoveryEntry): Promise<void> {
    const valid = recoveryEntrySchema.parse(entry)
    await this.#inOrder(valid.documentId, async () => {
      await this.#fs.mkdir(this.#dir, { recursive: true })
      await writeFileAtomic(this.#pathFor(valid.documentId), JSON.stringify(valid), {
        fs: this.#fs,
      })
    })
  }

  /**
   * Recovery copies worth offering, newest first: maps never saved, copies newer than their
   * file, and copies whose file is gone.
   */
  async list(): Promise<RecoveryOffer[]> {
    let names: string[]
    try {
      names = await this.#fs.readdir(this.#dir)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    const offers: RecoveryOffer[] = []
    for (const name of names.filter((n) => n.endsWith(ENTRY_EXTENSION) && !n.startsWith('.'))) {
      const entry = await this.#read(name)
      if (entry === null) continue
      const reason = await this.#reasonToOffer(entry)
      if (reason !== null) offers.push({ ...entry, reason })
      else if (this.#now() - entry.savedAt > PRUNE_SAVED_ENTRIES_AFTER_MS) {
        await this.#removeQuietly(join(this.#dir, name)).catch(() => undefined)
      }
    }
    return offers.sort((a, b) => b.savedAt - a.savedAt)
  }

  /** Forget the recovery copy of a map (after it was saved, or the user declined it). */
  async discard(documentId: string): Promise<void> {
    await this.#inOrder(documentId, () => this.#removeQuietly(this.#pathFor(documentId)))
  }

  /** The entry in `name`, or null when it is gone or unreadable (then moved aside). */
  async #read(name: string): Promise<RecoveryEntry | null> {
    const path = join(this.#dir, name)
    let bytes: Uint8Array
    try {
      bytes = await this.#fs.readFile(path)
    } catch {
      // Discarded meanwhile, or unreadable for now (permissions, I/O): try again next start.
      return null
    }
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes))
      return recoveryEntrySchema.parse(parsed)
    } catch {
      try {
        await this.#fs.rename(path, `${path}.corrupt`)
      } catch {
        // It stays where it is and is skipped again next time.
      }
      return null
    }
  }

  async #reasonToOffer(entry: RecoveryEntry): Promise<RecoveryReason | null> {
    if (entry.file === null) return 'never-saved'
    // Without a path (a browser file handle) the file cannot be compared: offer, to be safe.
    if (entry.file.path === null) return 'newer-than-file'
    try {
      const stats = await this.#fs.stat(entry.file.path)
      if (!stats.isFile()) return 'file-missing'
      return entry.savedAt > stats.mtimeMs ? 'newer-than-file' : null
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT' || code === 'ENOTDIR') return 'file-missing'
      // The file cannot be checked (permissions, an unplugged drive): offer, to be safe.
      return 'newer-than-file'
    }
  }

  /** A file name that is safe on every platform and unique per document id. */
  #pathFor(documentId: string): string {
    const readable = documentId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64)
    const hash = createHash('sha256').update(documentId).digest('hex').slice(0, 12)
    return join(this.#dir, `${readable}-${hash}${ENTRY_EXTENSION}`)
  }

  #inOrder(documentId: string, task: () => Promise<void>): Promise<void> {
    const previous = this.#pending.get(documentId) ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(task)
    this.#pending.set(documentId, next)
    const forget = (): void => {
      if (this.#pending.get(documentId) === next) this.#pending.delete(documentId)
    }
    next.then(forget, forget)
    return next
  }

  async #removeQuietly(path: string): Promise<void> {
    try {
      await this.#fs.unlink(path)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
    }
  }
}
