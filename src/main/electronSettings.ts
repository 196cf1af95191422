// Settings on electron-store, behind the SettingsStore interface the handlers use. Keys are taken
// literally ("export.pageSize" is one key, not a path into an object). A settings file that is not
// valid JSON is kept beside it as `settings.json.broken` before the app starts with defaults, so
// nothing is thrown away unseen.
import { app } from 'electron'
import Store from 'electron-store'
import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { SettingsStore } from './services/settings'

export class ElectronSettingsStore implements SettingsStore {
  readonly #store: Store<Record<string, unknown>>

  constructor(name = 'settings') {
    const options = { name, accessPropertiesByDotNotation: false, clearInvalidConfig: false }
    try {
      this.#store = new Store<Record<string, unknown>>(options)
    } catch (error) {
      const file = join(app.getPath('userData'), `${name}.json`)
      if (existsSync(file)) renameSync(file, `${file}.broken`)
      console.warn(`Settings could not be read (${String(error)}); kept as ${file}.broken`)
      this.#store = new Store<Record<string, unknown>>(options)
    }
  }

  get(key: string): unknown {
    return this.#store.get(key)
  }

  set(key: string, value: unknown): void {
    if (value === undefined) this.#store.delete(key)
    else this.#store.set(key, value)
  }
}
