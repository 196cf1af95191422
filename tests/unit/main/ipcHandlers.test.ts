import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Host, MenuCommand } from '../../../src/shared/host/host'
import { IPC_CHANNELS, MENU_COMMAND_EVENT } from '../../../src/shared/host/ipc'
import {
  appSenderCheck,
  KnownPaths,
  registerHostHandlers,
  type PdfPrintRequest,
  type SenderFrameLike,
} from '../../../src/main/ipcHandlers'
import { RecentFiles } from '../../../src/main/services/recentFiles'
import { RecoveryJournal } from '../../../src/main/services/recoveryJournal'
import { MemorySettingsStore } from '../../../src/main/services/settings'
import { createIpcHost } from '../../../src/preload/ipcHost'
import { FakeDialogs, FakeIpc, FakeWindows } from './fakeElectron'

const RENDERER_URL = pathToFileURL('/opt/journeyboard/out/renderer/index.html').href
const MAP_TEXT = JSON.stringify({
  format: 'journeyboard',
  version: 1,
  title: 'Onboarding workshop',
})

let dir: string
let ipc: FakeIpc
let dialogs: FakeDialogs
let windows: FakeWindows
let settings: MemorySettingsStore
let printed: PdfPrintRequest[]
let recentChanges: number
let host: Host

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journeyboard-ipc-'))
  ipc = new FakeIpc()
  dialogs = new FakeDialogs()
  windows = new FakeWindows()
  settings = new MemorySettingsStore()
  printed = []
  recentChanges = 0
  registerHostHandlers(ipc, {
    dialogs,
    journal: new RecoveryJournal(join(dir, 'recovery')),
    recent: new RecentFiles(settings),
    settings,
    windows,
    knownPaths: new KnownPaths(),
    isTrustedSender: appSenderCheck({ rendererUrl: RENDERER_URL, devServerUrl: null }),
    printToPdf: async (request) => {
      printed.push(request)
      return new TextEncoder().encode('%PDF-1.7\n% Onboarding report\n%%EOF\n')
    },
    onRecentFilesChanged: () => {
      recentChanges += 1
    },
  })
  host = createIpcHost(ipc.renderer(RENDERER_URL))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the Host over IPC', () => {
  it('registers a handler or listener for every channel', () => {
    for (const channel of Object.values(IPC_CHANNELS)) {
      expect(ipc.handlers.has(channel) || ipc.listeners.has(channel), channel).toBe(true)
    }
  })

  it('saves a new map through Save As and opens it again', async () => {
    dialogs.nextSave = join(dir, 'Onboarding workshop')
    const saved = await host.save({
      file: null,
      text: MAP_TEXT,
      suggestedName: 'Onboarding workshop',
    })
    expect(dialogs.shown).toEqual(['Save map: Onboarding workshop.journey'])
    if (saved === null || !saved.ok) throw new Error(`save failed: ${JSON.stringify(saved)}`)
    const path = join(dir, 'Onboarding workshop.journey')
    expect(saved.value.file).toEqual({ id: path, name: 'Onboarding workshop.journey', path })
    expect(await readFile(path, 'utf8')).toBe(MAP_TEXT)

    const opened = await host.openFile(saved.value.file)
    expect(opened).toMatchObject({ ok: true, value: { file: saved.value.file, text: MAP_TEXT } })

    const edited = MAP_TEXT.replace('Onboarding workshop', 'Onboarding workshop (day 2)')
    const again = await host.save({ file: saved.value.file, text: edited, suggestedName: 'x' })
    expect(again).toMatchObject({ ok: true, value: { file: saved.value.file, notice: null } })
    expect(await readFile(path, 'utf8')).toBe(edited)
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(MAP_TEXT)
  })

  it('opens a map the user picks in the Open dialog, and resolves null when they cancel', async () => {
    const path = join(dir, 'Support Q3.journey')
    await writeFile(path, MAP_TEXT)
    dialogs.nextOpen = path
    expect(await host.openDialog()).toMatchObject({ ok: true, value: { text: MAP_TEXT } })
    dialogs.nextOpen = null
    expect(await host.openDialog()).toBeNull()
    dialogs.nextSave = null
    expect(await host.save({ file: null, text: MAP_TEXT, suggestedName: 'Untitled' })).toBeNull()
  })

  it('refuses to open or save a path the main process never handed out', async () => {
    const secret = join(dir, 'someone-elses.journey')
    await writeFile(secret, 'private')
    const file = { id: secret, name: 'someone-elses.journey', path: secret }
    await expect(host.openFile(file)).rejects.toThrow(
      'Refused host:openFile: “someone-elses.journey” was not opened through Journeyboard in this session.',
    )
    await expect(host.save({ file, text: 'overwritten', suggestedName: 'x' })).rejects.toThrow(
      /Refused host:save: .* was not opened through Journeyboard/,
    )
    const elsewhere = join(dir, 'new.journey')
    await expect(
      host.save({
        file: { id: 'x', name: 'new.journey', path: elsewhere },
        text: 'x',
        suggestedName: 'x',
      }),
    ).rejects.toThrow(/Refused host:save/)
    expect(await readFile(secret, 'utf8')).toBe('private')
    expect(existsSync(elsewhere)).toBe(false)
    await expect(host.addRecentFile(file, 'Someone else')).rejects.toThrow(
      /Refused host:addRecentFile/,
    )
  })

  it('refuses every request from a page that is not the app', async () => {
    const evil = createIpcHost(ipc.renderer('https://evil.example/journeyboard.html'))
    dialogs.nextOpen = join(dir, 'a.journey')
    await expect(evil.openDialog()).rejects.toThrow(
      'Refused host:openDialog: the request did not come from a Journeyboard window.',
    )
    await expect(evil.getSetting('theme')).rejects.toThrow(
      /did not come from a Journeyboard window/,
    )
    await expect(evil.listRecovery()).rejects.toThrow(/did not come from a Journeyboard window/)
    expect(dialogs.shown).toEqual([])

    const otherFile = createIpcHost(ipc.renderer(pathToFileURL('/tmp/download.html').href))
    await expect(otherFile.recentFiles()).rejects.toThrow(/did not come from a Journeyboard window/)

    const frame = createIpcHost(ipc.renderer(RENDERER_URL, {}, { url: RENDERER_URL }))
    await expect(frame.recentFiles()).rejects.toThrow(/did not come from a Journeyboard window/)

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    evil.setDocumentState({ documentId: null, title: 'Phish', fileName: null, dirty: false })
    evil.closeWindow()
    expect(windows.states).toEqual([])
    expect(windows.closed).toEqual([])
    warn.mockRestore()
  })

  it('refuses malformed arguments with the reason', async () => {
    await expect(host.getSetting('windowBounds')).rejects.toThrow(
      'Refused host:getSetting: "windowBounds" is not a setting the app knows.',
    )
    await expect(
      host.openFile({ id: 'x', name: 5, path: null } as unknown as {
        id: string
        name: string
        path: null
      }),
    ).rejects.toThrow(/Refused host:openFile: name: /)
  })

  it('keeps settings the renderer may use', async () => {
    await host.setSetting('ui.panels.outline', { open: true, width: 320 })
    expect(await host.getSetting('ui.panels.outline')).toEqual({ open: true, width: 320 })
    expect(await host.getSetting('theme')).toBeUndefined()
  })

  it('writes, lists and discards recovery copies, and a listed copy’s file can be opened', async () => {
    const path = join(dir, 'Onboarding.journey')
    await writeFile(path, MAP_TEXT)
    dialogs.nextOpen = path
    const opened = await host.openDialog()
    if (opened === null || !opened.ok) throw new Error('open failed')
    await host.writeRecovery({
      documentId: 'doc-onboarding',
      title: 'Onboarding',
      file: opened.value.file,
      savedAt: Date.now() + 60_000,
      text: MAP_TEXT.replace('workshop', 'workshop, unsaved'),
    })
    const offers = await host.listRecovery()
    expect(offers).toMatchObject([{ documentId: 'doc-onboarding', reason: 'newer-than-file' }])
    await host.discardRecovery('doc-onboarding')
    expect(await host.listRecovery()).toEqual([])
  })

  it('refuses a recovery copy that names a file the app never handed out', async () => {
    const stranger = join(dir, 'stranger.journey')
    await expect(
      host.writeRecovery({
        documentId: 'doc-1',
        title: 'Stranger',
        file: { id: stranger, name: 'stranger.journey', path: stranger },
        savedAt: 1,
        text: MAP_TEXT,
      }),
    ).rejects.toThrow(/Refused host:writeRecovery/)
  })

  it('remembers recent maps and tells the menu', async () => {
    const path = join(dir, 'Onboarding.journey')
    await writeFile(path, MAP_TEXT)
    dialogs.nextOpen = path
    const opened = await host.openDialog()
    if (opened === null || !opened.ok) throw new Error('open failed')
    await host.addRecentFile(opened.value.file, 'Onboarding workshop')
    expect(recentChanges).toBe(1)
    expect(await host.recentFiles()).toMatchObject([
      { file: opened.value.file, title: 'Onboarding workshop' },
    ])
  })

  it('lets the renderer open recent maps from an earlier session', async () => {
    const path = join(dir, 'Last week.journey')
    await writeFile(path, MAP_TEXT)
    new RecentFiles(settings).add({ id: path, name: 'Last week.journey', path }, 'Last week')
    const [recent] = await host.recentFiles()
    if (recent === undefined) throw new Error('no recent file')
    expect(await host.openFile(recent.file)).toMatchObject({ ok: true, value: { text: MAP_TEXT } })
  })

  it('hands out the map a window was opened for, once', async () => {
    const path = join(dir, 'From the command line.journey')
    await writeFile(path, MAP_TEXT)
    windows.initialFile = path
    const renderer = ipc.renderer(RENDERER_URL)
    const file = await renderer.invoke(IPC_CHANNELS.initialFile)
    expect(file).toEqual({ id: path, name: 'From the command line.journey', path })
    expect(await renderer.invoke(IPC_CHANNELS.initialFile)).toBeNull()
    expect(await host.openFile(file as { id: string; name: string; path: string })).toMatchObject({
      ok: true,
    })
  })

  it('exports a PDF where the user picks, as the page size and orientation asked', async () => {
    dialogs.nextSave = join(dir, 'Onboarding report')
    const result = await host.exportPdf({
      html: '<h1>Onboarding</h1>',
      pageSize: 'A3',
      landscape: true,
      suggestedName: 'Onboarding report',
    })
    expect(dialogs.shown).toEqual(['Export PDF: Onboarding report.pdf'])
    expect(printed).toEqual([{ html: '<h1>Onboarding</h1>', pageSize: 'A3', landscape: true }])
    expect(result).toMatchObject({ ok: true, value: { file: { name: 'Onboarding report.pdf' } } })
    expect(await readFile(join(dir, 'Onboarding report.pdf'), 'utf8')).toMatch(/^%PDF-1.7/)
    dialogs.nextSave = null
    expect(
      await host.exportPdf({
        html: '<p/>',
        pageSize: 'A4',
        landscape: false,
        suggestedName: 'x.pdf',
      }),
    ).toBeNull()
  })

  it('saves other exports as text or bytes', async () => {
    dialogs.nextSave = join(dir, 'Action plan.csv')
    const csv = await host.saveExport({
      suggestedName: 'Action plan.csv',
      data: 'Task,Owner\n',
      mimeType: 'text/csv',
    })
    expect(csv).toMatchObject({ ok: true })
    expect(await readFile(join(dir, 'Action plan.csv'), 'utf8')).toBe('Task,Owner\n')
    dialogs.nextSave = join(dir, 'board.bin')
    await host.saveExport({
      suggestedName: 'board.bin',
      data: new Uint8Array([1, 2, 3]),
      mimeType: 'application/octet-stream',
    })
    expect([...(await readFile(join(dir, 'board.bin')))]).toEqual([1, 2, 3])
  })

  it('reports a failed export as a HostError, not a crash', async () => {
    dialogs.nextSave = join(dir, 'no such folder', 'plan.csv')
    const result = await host.saveExport({
      suggestedName: 'plan.csv',
      data: 'x',
      mimeType: 'text/csv',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('passes the document state and the close request to the window', () => {
    const state = {
      documentId: 'doc-1',
      title: 'Onboarding',
      fileName: 'Onboarding.journey',
      dirty: true,
    }
    host.setDocumentState(state)
    host.closeWindow()
    expect(windows.states).toEqual([state])
    expect(windows.closed).toHaveLength(1)
  })
})

describe('menu commands in the preload', () => {
  it('delivers commands to subscribers until they unsubscribe', () => {
    const received: MenuCommand[] = []
    const unsubscribe = host.onMenuCommand((command) => received.push(command))
    ipc.sendToRenderer(MENU_COMMAND_EVENT, { id: 'view.zoomIn' })
    unsubscribe()
    ipc.sendToRenderer(MENU_COMMAND_EVENT, { id: 'view.zoomOut' })
    expect(received).toEqual([{ id: 'view.zoomIn' }])
  })

  it('keeps commands that arrive before the page subscribed (a map from the command line)', async () => {
    const file = { id: '/maps/a.journey', name: 'a.journey', path: '/maps/a.journey' }
    ipc.sendToRenderer(MENU_COMMAND_EVENT, { id: 'file.openRecent', file })
    const received: MenuCommand[] = []
    host.onMenuCommand((command) => received.push(command))
    await Promise.resolve()
    expect(received).toEqual([{ id: 'file.openRecent', file }])
  })

  it('hands edit commands back to Chromium while a text field has focus', () => {
    let editing = true
    const renderer = ipc.renderer(RENDERER_URL)
    const editingHost = createIpcHost(renderer, { isEditingText: () => editing })
    const received: MenuCommand[] = []
    editingHost.onMenuCommand((command) => received.push(command))
    ipc.sendToRenderer(MENU_COMMAND_EVENT, { id: 'edit.paste' })
    ipc.sendToRenderer(MENU_COMMAND_EVENT, { id: 'file.save' })
    editing = false
    ipc.sendToRenderer(MENU_COMMAND_EVENT, { id: 'edit.paste' })
    expect(windows.edits).toEqual(['edit.paste'])
    expect(received.map((command) => command.id)).toEqual(['file.save', 'edit.paste'])
  })
})

describe('the sender check', () => {
  const check = appSenderCheck({
    rendererUrl: RENDERER_URL,
    devServerUrl: 'http://localhost:5173/',
  })
  const frame = (url: string, parent: unknown = null): SenderFrameLike => ({ url, parent })

  it('trusts the app page, with any hash or query, and the dev server', () => {
    expect(check(frame(RENDERER_URL))).toBe(true)
    expect(check(frame(`${RENDERER_URL}#/map`))).toBe(true)
    expect(check(frame('http://localhost:5173/src/index.html'))).toBe(true)
  })

  it('refuses other pages, sub-frames and missing frames', () => {
    expect(check(frame('http://localhost:5174/'))).toBe(false)
    expect(check(frame('https://example.com/'))).toBe(false)
    expect(check(frame(pathToFileURL('/opt/journeyboard/out/renderer/other.html').href))).toBe(
      false,
    )
    expect(check(frame(RENDERER_URL, frame(RENDERER_URL)))).toBe(false)
    expect(check(null)).toBe(false)
    expect(check(frame('not a url'))).toBe(false)
  })
})
