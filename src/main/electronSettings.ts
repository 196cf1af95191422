// Settings on electron-store, behind the SettingsStore interface the handlers use. Keys are taken
// literally ("export.pageSize" is one key, not a path into an object).
import Store from 'electron-store'
import type { SettingsStore } from './services/settings'

export class ElectronSettingsStore implements SettingsStore {
  readonly #store: Store<Record<string, unknown>>

  constructor(name = 'settings') {
    this.#store = new Store<Record<string, unknown>>({
      name,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: true,
    })
  }

  get(key: string): unknown {
    return this.#store.get(key)
  }

  set(key: string, value: unknown): void {
    if (value === undefined) this.#store.delete(key)
    else this.#store.set(key, value)
  }
}
