// The one contract every Host implementation passes: the browser host (run in Chromium by
// tests/e2e/host-contract.spec.ts) and the Electron preload + main pair (run in Node by
// tests/unit/host-contract.test.ts). Free of DOM and Node APIs, so it runs in both.
import type { FileRef, Host, RecoveryEntry } from '../../src/shared/host/host'

/** What a test run provides: the host under test and a way to make and inspect real files. */
export interface HostContractAdapter {
  readonly host: Host
  /** Creates a file the host can open and save to, holding `text`. */
  makeFile(name: string, text: string): Promise<FileRef>
  /** The file's contents as stored, or null when it does not exist. */
  readFile(file: FileRef): Promise<string | null>
  /** Deletes the file behind the host's back (moved away, deleted by the user). */
  removeFile(file: FileRef): Promise<void>
}

export interface HostContractCase {
  readonly name: string
  run(adapter: HostContractAdapter): Promise<void>
}

export class ContractFailure extends Error {
  override readonly name = 'ContractFailure'
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message)
}

function same(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  check(a === e, `${what}: expected ${e}, got ${a}`)
}

const map = (title: string, notes: readonly string[] = []) =>
  `${JSON.stringify({ format: 'journeyboard', title, notes }, null, 2)}\n`

let counter = 0
/** A name no other case uses, so cases may share a directory and a recovery store. */
const unique = (stem: string) => `${stem} ${Date.now().toString(36)}${(counter++).toString(36)}`

const recovery = (
  documentId: string,
  file: FileRef | null,
  savedAt: number,
  title = 'Onboarding workshop',
): RecoveryEntry => ({ documentId, title, file, savedAt, text: map(title, ['Recovered note']) })

async function offerFor(host: Host, documentId: string) {
  return (await host.listRecovery()).find((offer) => offer.documentId === documentId)
}

export const hostContractCases: readonly HostContractCase[] = [
  {
    name: 'a map saved to a known file opens with the same text',
    async run({ host, makeFile }) {
      const file = await makeFile(`${unique('Workshop')}.journey`, map('Before'))
      const text = map('Onboarding workshop', ['Sign-up form asks too much', 'Welcome call'])
      const saved = await host.save({ file, text, suggestedName: file.name })
      check(saved !== null, 'save to a known file must not ask the user (it returned null)')
      check(saved.ok, `save failed: ${saved.ok ? '' : saved.error.message}`)
      same(saved.value.file.id, file.id, 'the saved file')
      check(saved.value.modifiedAt > 0, 'save reports the modification time')
      const opened = await host.openFile(file)
      check(opened.ok, `openFile failed: ${opened.ok ? '' : opened.error.message}`)
      same(opened.value.text, text, 'text read back')
      same(opened.value.file.id, file.id, 'the opened file')
    },
  },
  {
    name: 'saving replaces the whole content, leaving nothing of a longer old version',
    async run({ host, makeFile, readFile }) {
      const long = map(
        'Long',
        Array.from({ length: 200 }, (_, i) => `Old note ${i}`),
      )
      const file = await makeFile(`${unique('Replace')}.journey`, long)
      const short = map('Short')
      const saved = await host.save({ file, text: short, suggestedName: file.name })
      check(saved?.ok, 'save failed')
      same(await readFile(file), short, 'file contents after save')
    },
  },
  {
    name: 'a recovery copy of a never-saved map is offered',
    async run({ host }) {
      const id = unique('map_neversaved')
      await host.writeRecovery(recovery(id, null, Date.now()))
      const offer = await offerFor(host, id)
      check(offer, 'the recovery copy was not offered')
      same(offer.reason, 'never-saved', 'reason')
      same(offer.title, 'Onboarding workshop', 'title')
      same(offer.text, map('Onboarding workshop', ['Recovered note']), 'text')
      await host.discardRecovery(id)
    },
  },
  {
    name: 'a recovery copy newer than its file is offered; an older one is not',
    async run({ host, makeFile }) {
      const file = await makeFile(`${unique('Recovery')}.journey`, map('On disk'))
      const opened = await host.openFile(file)
      check(opened.ok, 'openFile failed')
      const fileTime = opened.value.modifiedAt
      const newer = unique('map_newer')
      const older = unique('map_older')
      await host.writeRecovery(recovery(newer, file, fileTime + 60_000))
      await host.writeRecovery(recovery(older, file, fileTime - 60_000))
      const offers = await host.listRecovery()
      const offered = offers.find((o) => o.documentId === newer)
      check(offered, 'a copy newer than its file was not offered')
      same(offered.reason, 'newer-than-file', 'reason')
      check(!offers.some((o) => o.documentId === older), 'a copy older than its file was offered')
      await host.discardRecovery(newer)
      await host.discardRecovery(older)
    },
  },
  {
    name: 'a recovery copy whose file is gone is offered as file missing',
    async run({ host, makeFile, removeFile }) {
      const file = await makeFile(`${unique('Gone')}.journey`, map('Gone'))
      const id = unique('map_missing')
      await host.writeRecovery(recovery(id, file, Date.now()))
      await removeFile(file)
      const offer = await offerFor(host, id)
      check(offer, 'a copy of a deleted file was not offered')
      same(offer.reason, 'file-missing', 'reason')
      await host.discardRecovery(id)
    },
  },
  {
    name: 'a discarded recovery copy is no longer offered',
    async run({ host }) {
      const id = unique('map_discard')
      await host.writeRecovery(recovery(id, null, Date.now()))
      check(await offerFor(host, id), 'the copy was not offered before discarding')
      await host.discardRecovery(id)
      check(!(await offerFor(host, id)), 'the copy is still offered after discardRecovery')
    },
  },
  {
    name: 'writing a recovery copy again replaces the earlier one',
    async run({ host }) {
      const id = unique('map_rewrite')
      await host.writeRecovery(recovery(id, null, Date.now(), 'First title'))
      await host.writeRecovery(recovery(id, null, Date.now(), 'Second title'))
      const offers = (await host.listRecovery()).filter((o) => o.documentId === id)
      same(offers.length, 1, 'copies offered for one map')
      same(offers[0]?.title, 'Second title', 'title')
      await host.discardRecovery(id)
    },
  },
  {
    name: 'settings round-trip as JSON values',
    async run({ host }) {
      const key = unique('ui.contract').replaceAll(' ', '')
      same(await host.getSetting(key), undefined, 'an unknown setting')
      const value = { zoom: 1.25, panels: ['journey', 'plan'], lastPhase: 'map', dark: false }
      await host.setSetting(key, value)
      same(await host.getSetting(key), value, 'setting read back')
      await host.setSetting(key, 3)
      same(await host.getSetting(key), 3, 'setting after overwrite')
    },
  },
  {
    name: 'recent files list the latest first, once each',
    async run({ host, makeFile }) {
      const first = await makeFile(`${unique('First')}.journey`, map('First'))
      const second = await makeFile(`${unique('Second')}.journey`, map('Second'))
      await host.addRecentFile(first, 'First workshop')
      await tick()
      await host.addRecentFile(second, 'Second workshop')
      await tick()
      await host.addRecentFile(first, 'First workshop, renamed')
      const recent = await host.recentFiles()
      const ours = recent.filter((r) => r.file.id === first.id || r.file.id === second.id)
      same(
        ours.map((r) => r.title),
        ['First workshop, renamed', 'Second workshop'],
        'recent titles',
      )
      check(
        ours.every((r) => r.openedAt > 0),
        'recent files carry when they were opened',
      )
    },
  },
  {
    name: 'opening a removed file gives a not-found error',
    async run({ host, makeFile, removeFile }) {
      const file = await makeFile(`${unique('Removed')}.journey`, map('Removed'))
      await removeFile(file)
      const opened = await host.openFile(file)
      check(!opened.ok, 'openFile of a removed file succeeded')
      same(opened.error.code, 'not-found', 'error code')
      check(opened.error.message.length > 10, 'the error has a message for the user')
    },
  },
]

/** Waits a few milliseconds, so two timestamps in a row differ. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5))
}
