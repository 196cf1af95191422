import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS } from '../../../src/shared/host/host'
import {
  IPC_ARGUMENTS,
  IPC_CHANNELS,
  ipcMenuCommand,
  MAX_TEXT_LENGTH,
  parseIpcArgument,
} from '../../../src/shared/host/ipc'

const mapFile = {
  id: '/maps/Onboarding.journey',
  name: 'Onboarding.journey',
  path: '/maps/Onboarding.journey',
}

function refusal(channel: string, value: unknown): string {
  const result = parseIpcArgument(channel, value)
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(value)?.slice(0, 80)}`)
  return result.message
}

describe('the IPC contract', () => {
  it('has a schema for every channel, and every channel is namespaced host:', () => {
    for (const channel of Object.values(IPC_CHANNELS)) {
      expect(channel).toMatch(/^host:[a-zA-Z]+$/)
      expect(IPC_ARGUMENTS[channel]).toBeDefined()
    }
  })

  it('accepts a well-formed save of a workshop map', () => {
    const result = parseIpcArgument(IPC_CHANNELS.save, {
      file: mapFile,
      text: '{"format":"journeyboard","version":1}',
      suggestedName: 'Onboarding.journey',
    })
    expect(result).toEqual({
      ok: true,
      value: {
        file: mapFile,
        text: '{"format":"journeyboard","version":1}',
        suggestedName: 'Onboarding.journey',
      },
    })
  })

  it('refuses an unknown channel by name', () => {
    expect(refusal('host:readAnyFile', '/etc/passwd')).toBe(
      '"host:readAnyFile" is not a Journeyboard IPC channel.',
    )
    expect(refusal('__proto__', {})).toMatch(/not a Journeyboard IPC channel/)
  })

  it('names the channel and the field that has the wrong type', () => {
    const message = refusal(IPC_CHANNELS.openFile, { id: 'a', name: 42, path: null })
    expect(message).toMatch(/^host:openFile: name: /)
    expect(message).toMatch(/expected string/i)
    expect(
      refusal(IPC_CHANNELS.setDocumentState, {
        documentId: null,
        title: 'Map',
        fileName: null,
        dirty: 'yes',
      }),
    ).toMatch(/^host:setDocumentState: dirty: .*expected boolean/i)
    expect(refusal(IPC_CHANNELS.openFile, 'Onboarding.journey')).toMatch(
      /^host:openFile: .*expected object/i,
    )
  })

  it('refuses a map larger than 100 MB with a sentence the user could read', () => {
    const huge = 'x'.repeat(MAX_TEXT_LENGTH + 1)
    const message = refusal(IPC_CHANNELS.save, {
      file: null,
      text: huge,
      suggestedName: 'Huge.journey',
    })
    expect(message).toBe(
      'host:save: text: The map is larger than 100 MB, the most a map file may hold.',
    )
    expect(
      refusal(IPC_CHANNELS.writeRecovery, {
        documentId: 'doc-1',
        title: 'Huge',
        file: null,
        savedAt: 1,
        text: huge,
      }),
    ).toMatch(/text: The map is larger than 100 MB/)
  })

  it('refuses over-long names, ids and paths', () => {
    expect(refusal(IPC_CHANNELS.openFile, { ...mapFile, name: 'n'.repeat(300) })).toMatch(
      /name: .*255/,
    )
    expect(refusal(IPC_CHANNELS.discardRecovery, 'd'.repeat(201))).toMatch(/200/)
    expect(refusal(IPC_CHANNELS.openFile, { ...mapFile, path: `/${'p'.repeat(5000)}` })).toMatch(
      /path: /,
    )
  })

  it('accepts known settings and dotted settings under an allowed prefix', () => {
    expect(parseIpcArgument(IPC_CHANNELS.getSetting, 'theme').ok).toBe(true)
    expect(parseIpcArgument(IPC_CHANNELS.getSetting, 'ui.panels.outline').ok).toBe(true)
    expect(
      parseIpcArgument(IPC_CHANNELS.setSetting, { key: 'export.pageSize', value: 'A3' }).ok,
    ).toBe(true)
    expect(parseIpcArgument(IPC_CHANNELS.setSetting, { key: 'theme', value: undefined }).ok).toBe(
      true,
    )
  })

  it('refuses settings the app does not know, including the ones main keeps for itself', () => {
    expect(refusal(IPC_CHANNELS.getSetting, 'windowBounds')).toBe(
      'host:getSetting: "windowBounds" is not a setting the app knows.',
    )
    expect(refusal(IPC_CHANNELS.setSetting, { key: 'recentFiles', value: [] })).toMatch(
      /key: "recentFiles" is not a setting the app knows/,
    )
    expect(refusal(IPC_CHANNELS.getSetting, 'ui.__proto__')).toMatch(/not a setting/)
    expect(refusal(IPC_CHANNELS.getSetting, `ui.${'a'.repeat(80)}`)).toMatch(
      /at most 64 characters/,
    )
    expect(refusal(IPC_CHANNELS.getSetting, 7)).toMatch(/expected string/i)
  })

  it('refuses setting values that are not plain JSON or are too large', () => {
    expect(refusal(IPC_CHANNELS.setSetting, { key: 'theme', value: Number.NaN })).toMatch(
      /finite number/,
    )
    expect(refusal(IPC_CHANNELS.setSetting, { key: 'theme', value: new Date() })).toMatch(
      /plain JSON/,
    )
    expect(
      refusal(IPC_CHANNELS.setSetting, { key: 'theme', value: 'x'.repeat(2 * 1024 * 1024) }),
    ).toMatch(/at most 1 MB/)
  })

  it('refuses arguments on calls that take none', () => {
    expect(parseIpcArgument(IPC_CHANNELS.openDialog, undefined).ok).toBe(true)
    expect(refusal(IPC_CHANNELS.openDialog, { path: '/etc' })).toBe(
      'host:openDialog: This call takes no argument.',
    )
  })

  it('checks PDF and export requests', () => {
    const pdf = {
      html: '<h1>Onboarding</h1>',
      pageSize: 'A3',
      landscape: true,
      suggestedName: 'Onboarding.pdf',
    }
    expect(parseIpcArgument(IPC_CHANNELS.exportPdf, pdf).ok).toBe(true)
    expect(refusal(IPC_CHANNELS.exportPdf, { ...pdf, pageSize: 'A0' })).toMatch(/pageSize: /)
    const csv = { suggestedName: 'Action plan.csv', data: 'Task,Owner\n', mimeType: 'text/csv' }
    expect(parseIpcArgument(IPC_CHANNELS.saveExport, csv).ok).toBe(true)
    expect(
      parseIpcArgument(IPC_CHANNELS.saveExport, { ...csv, data: new Uint8Array([1, 2]) }).ok,
    ).toBe(true)
    expect(refusal(IPC_CHANNELS.saveExport, { ...csv, mimeType: 'csv please' })).toMatch(
      /MIME type/,
    )
    expect(refusal(IPC_CHANNELS.saveExport, { ...csv, data: 12 })).toMatch(/data: /)
  })

  it('knows every menu command and refuses made-up ones', () => {
    for (const id of MENU_COMMANDS) expect(ipcMenuCommand.safeParse({ id }).success).toBe(true)
    expect(ipcMenuCommand.safeParse({ id: 'file.openRecent', file: mapFile }).success).toBe(true)
    expect(ipcMenuCommand.safeParse({ id: 'file.openRecent' }).success).toBe(false)
    expect(ipcMenuCommand.safeParse({ id: 'file.format-disk' }).success).toBe(false)
  })
})
