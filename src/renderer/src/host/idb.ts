// A small promise wrapper over IndexedDB: one database, named object stores, get/put/delete/all.
// The browser host keeps recovery copies, recent files and file handles here.

export interface KeyValueStore {
  get<T>(store: string, key: string): Promise<T | undefined>
  put(store: string, key: string, value: unknown): Promise<void>
  delete(store: string, key: string): Promise<void>
  all<T>(store: string): Promise<T[]>
}

export function openKeyValueStore(name: string, stores: readonly string[]): KeyValueStore {
  let opening: Promise<IDBDatabase> | null = null
  const db = (): Promise<IDBDatabase> => {
    opening ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1)
      request.onupgradeneeded = () => {
        for (const store of stores) {
          if (!request.result.objectStoreNames.contains(store)) {
            request.result.createObjectStore(store)
          }
        }
      }
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}`))
      request.onblocked = () => reject(new Error(`The database ${name} is blocked`))
    })
    return opening
  }

  const run = async <T>(
    store: string,
    mode: IDBTransactionMode,
    action: (objects: IDBObjectStore) => IDBRequest,
  ): Promise<T> => {
    const database = await db()
    return new Promise<T>((resolve, reject) => {
      const tx = database.transaction(store, mode)
      const request = action(tx.objectStore(store))
      let result: T
      request.onsuccess = () => {
        result = request.result as T
      }
      tx.oncomplete = () => resolve(result)
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB failed'))
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
    })
  }

  return {
    get: (store, key) => run(store, 'readonly', (s) => s.get(key)),
    put: async (store, key, value) => {
      await run(store, 'readwrite', (s) => s.put(value, key))
    },
    delete: async (store, key) => {
      await run(store, 'readwrite', (s) => s.delete(key))
    },
    all: (store) => run(store, 'readonly', (s) => s.getAll()),
  }
}
