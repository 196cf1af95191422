// Runs the Host contract in a browser page against the browser host, with files in the origin
// private file system (OPFS). Bundled by tests/e2e/support/globalSetup.ts into out/contract;
// never part of the product build.
import { adoptFileHandle, createBrowserHost } from '../../src/renderer/src/host/browserHost'
import type { FileRef } from '../../src/shared/host/host'
import { hostContractCases, type HostContractAdapter } from './hostContract'

export interface ContractOutcome {
  readonly ok: boolean
  readonly message: string
}

export const caseNames = hostContractCases.map((c) => c.name)

export async function runCase(name: string): Promise<ContractOutcome> {
  const found = hostContractCases.find((c) => c.name === name)
  if (!found) return { ok: false, message: `No contract case named "${name}"` }
  try {
    await found.run(await browserAdapter())
    return { ok: true, message: '' }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

async function browserAdapter(): Promise<HostContractAdapter> {
  const root = await navigator.storage.getDirectory()
  const dir = await root.getDirectoryHandle('host-contract', { create: true })
  const handles = new Map<string, FileSystemFileHandle>()
  const suffix = crypto.randomUUID().slice(0, 8)
  return {
    host: createBrowserHost({
      databaseName: `journeyboard-contract-${suffix}`,
      settingsPrefix: `journeyboard-contract-${suffix}.`,
      shortcuts: false,
    }),
    async makeFile(name, text) {
      const handle = await dir.getFileHandle(name, { create: true })
      const writable = await handle.createWritable()
      await writable.write(text)
      await writable.close()
      const file = adoptFileHandle(handle)
      handles.set(file.id, handle)
      return file
    },
    async readFile(file: FileRef) {
      const handle = handles.get(file.id)
      if (!handle) return null
      try {
        return await (await handle.getFile()).text()
      } catch {
        return null
      }
    },
    async removeFile(file: FileRef) {
      await dir.removeEntry(file.name)
    },
  }
}
