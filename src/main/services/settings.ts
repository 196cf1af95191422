// App settings (recent files, window bounds, preferences) as a small JSON file. Loaded once,
// written atomically on every change, so a crash mid-write never costs the user their settings;
// a file that cannot be parsed is kept aside as `<file>.broken` and the app starts with defaults.
import * as nodeFs from 'node:fs'
import { dirname } from 'node:path'
import { writeFileAtomicSync } from './atomicWrite'
import { errorCode } from './fs'

export interface SettingsStore {
  /** The stored value, or undefined when there is none. */
  get(key: string): unknown
  /** Store a JSON-serializable value; undefined removes the key. */
  set(key: string, value: unknown): void
}

/** Settings kept in memory only (tests, and the fallback when there is nowhere to write). */
export class MemorySettingsStore implements SettingsStore {
  readonly #values = new Map<string, unknown>()

  constructor(initial: Readonly<Record<string, unknown>> = {}) {
    for (const [key, value] of Object.entries(initial)) this.set(key, value)
  }

  get(key: string): unknown {
    return copyOf(this.#values.get(key))
  }

  set(key: string, value: unknown): void {
    const copy = copyOf(value)
    if (copy === undefined) this.#values.delete(key)
    else this.#values.set(key, copy)
  }

  /** Every setting as one plain object, for writing to disk. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.#values)
  }
}

/**
 * Settings in a JSON file. `set` updates memory first, then writes the whole file atomically;
 * if that write fails (a full disk) it throws, and the value stays in memory for this session.
 */
export class FileSettingsStore implements SettingsStore {
  readonly #filePath: string
  readonly #memory: MemorySettingsStore

  constructor(filePath: string) {
    this.#filePath = filePath
    this.#memory = new MemorySettingsStore(loadSettings(filePath))
  }

  get(key: string): unknown {
    return this.#memory.get(key)
  }

  set(key: string, value: unknown): void {
    this.#memory.set(key, value)
    nodeFs.mkdirSync(dirname(this.#filePath), { recursive: true })
    writeFileAtomicSync(this.#filePath, `${JSON.stringify(this.#memory, null, 2)}\n`)
  }
}

/** The settings in `filePath`; empty when it is missing or broken (a broken one is set aside). */
function loadSettings(filePath: string): Record<string, unknown> {
  let text: string
  try {
    text = nodeFs.readFileSync(filePath, 'utf8')
  } catch (error) {
    // Missing: a first start. Unreadable (permissions): start with defaults, leave it alone.
    if (errorCode(error) !== 'ENOENT')
      console.warn(`Settings could not be read from ${filePath}.`, error)
    return {}
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (isPlainObject(parsed)) return parsed
  } catch {
    // Handled below, like a value of the wrong shape.
  }
  try {
    nodeFs.renameSync(filePath, `${filePath}.broken`)
  } catch {
    // It will be overwritten by the next change; nothing better to do.
  }
  return {}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A deep copy through JSON: what is stored is exactly what a restart would read back. */
function copyOf(value: unknown): unknown {
  if (value === undefined) return undefined
  const text = JSON.stringify(value)
  return text === undefined ? undefined : (JSON.parse(text) as unknown)
}
