// The Host contract (tests/contract) against the Electron implementation: the preload's IPC host
// wired to the main process's handlers through a fake IPC, with real files in a temp folder.
// The same cases run against the browser host in Chromium (tests/e2e/host-contract.spec.ts).
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { appSenderCheck, KnownPaths, registerHostHandlers } from '../../src/main/ipcHandlers'
import { RecentFiles } from '../../src/main/services/recentFiles'
import { RecoveryJournal } from '../../src/main/services/recoveryJournal'
import { MemorySettingsStore } from '../../src/main/services/settings'
import { createIpcHost } from '../../src/preload/ipcHost'
import type { FileRef } from '../../src/shared/host/host'
import { hostContractCases, type HostContractAdapter } from '../contract/hostContract'
import { FakeDialogs, FakeIpc, FakeWindows } from './main/fakeElectron'

const RENDERER_URL = pathToFileURL('/opt/journeyboard/out/renderer/index.html').href

let dir: string
let adapter: HostContractAdapter

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journeyboard-contract-'))
  const ipc = new FakeIpc()
  const dialogs = new FakeDialogs()
  const settings = new MemorySettingsStore()
  registerHostHandlers(ipc, {
    dialogs,
    journal: new RecoveryJournal(join(dir, 'recovery')),
    recent: new RecentFiles(settings),
    settings,
    windows: new FakeWindows(),
    knownPaths: new KnownPaths(),
    isTrustedSender: appSenderCheck({ rendererUrl: RENDERER_URL, devServerUrl: null }),
    printToPdf: async () => new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
    onRecentFilesChanged: () => {},
  })
  const host = createIpcHost(ipc.renderer(RENDERER_URL))
  const pathOf = (file: FileRef) => {
    if (file.path === null) throw new Error('an Electron FileRef always has a path')
    return file.path
  }
  adapter = {
    host,
    // A file reaches the renderer the way a user's file does: through the Open dialog.
    async makeFile(name, text) {
      const path = join(dir, name)
      await writeFile(path, text)
      dialogs.nextOpen = path
      const opened = await host.openDialog()
      if (!opened?.ok) throw new Error(`could not open ${path}`)
      return opened.value.file
    },
    readFile: async (file) =>
      existsSync(pathOf(file)) ? await readFile(pathOf(file), 'utf8') : null,
    removeFile: (file) => rm(pathOf(file)),
  }
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the Electron host (preload over IPC to main) keeps the Host contract', () => {
  for (const contractCase of hostContractCases) {
    it(contractCase.name, () => contractCase.run(adapter))
  }
})
