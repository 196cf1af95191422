// The IPC contract between the preload and the main process: the channel names and a schema for
// every argument the renderer may send. The main process trusts nothing it has not parsed here.
import { z } from 'zod'
import { MENU_COMMANDS, PDF_PAGE_SIZES } from './host'
import type {
  DocumentState,
  ExportRequest,
  FileRef,
  MenuCommand,
  PdfRequest,
  RecoveryEntry,
  SaveRequest,
} from './host'
import { IPC_CHANNELS, NATIVE_EDIT_COMMANDS, type IpcChannel } from './ipcChannels'

export * from './ipcChannels'

/** The largest map text accepted over IPC (characters; the file store checks bytes). */
export const MAX_TEXT_LENGTH = 100 * 1024 * 1024
const MAX_NAME_LENGTH = 255
const MAX_PATH_LENGTH = 4096
const MAX_ID_LENGTH = 200
const MAX_TITLE_LENGTH = 1000
/** The largest JSON form of one setting's value. */
export const MAX_SETTING_BYTES = 1024 * 1024

/**
 * Settings the renderer may read and write: these names, or a dotted name under one of the
 * prefixes (e.g. `ui.panels.outline`). Keys the main process owns itself (window bounds, recent
 * files) are deliberately not reachable.
 */
export const SETTINGS_KEYS = [
  'theme',
  'locale',
  'autosaveSeconds',
  'lastPhase',
  'showGrid',
  'snapToGrid',
  'pdfPageSize',
  'pdfLandscape',
] as const
export const SETTINGS_KEY_PREFIXES = ['ui', 'board', 'export', 'workshop', 'onboarding'] as const
const SETTINGS_KEY_PATTERN = new RegExp(
  `^(?:${SETTINGS_KEY_PREFIXES.join('|')})(?:\\.[A-Za-z][A-Za-z0-9]{0,40}){1,4}$`,
)
const MAX_SETTINGS_KEY_LENGTH = 64

export const ipcFileRef = z.object({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  path: z.string().min(1).max(MAX_PATH_LENGTH).nullable(),
}) satisfies z.ZodType<FileRef>

const mapText = z
  .string()
  .max(MAX_TEXT_LENGTH, { error: 'The map is larger than 100 MB, the most a map file may hold.' })

const suggestedName = z.string().min(1).max(MAX_NAME_LENGTH)

export const ipcSaveRequest = z.object({
  file: ipcFileRef.nullable(),
  text: mapText,
  suggestedName,
}) satisfies z.ZodType<SaveRequest>

export const ipcRecoveryEntry = z.object({
  documentId: z.string().min(1).max(MAX_ID_LENGTH),
  title: z.string().max(MAX_TITLE_LENGTH),
  file: ipcFileRef.nullable(),
  savedAt: z.number().finite().nonnegative(),
  text: mapText,
}) satisfies z.ZodType<RecoveryEntry>

export const ipcSettingsKey = z
  .string()
  .max(MAX_SETTINGS_KEY_LENGTH, {
    error: `A settings key has at most ${MAX_SETTINGS_KEY_LENGTH} characters.`,
  })
  .refine(
    (key) => (SETTINGS_KEYS as readonly string[]).includes(key) || SETTINGS_KEY_PATTERN.test(key),
    { error: (issue) => `"${String(issue.input)}" is not a setting the app knows.` },
  )

export const ipcSettingValue = z.unknown().superRefine((value, ctx) => {
  const problem = jsonProblem(value)
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
})

export const ipcPdfRequest = z.object({
  html: z.string().min(1).max(MAX_TEXT_LENGTH, { error: 'The report is larger than 100 MB.' }),
  pageSize: z.enum(PDF_PAGE_SIZES),
  landscape: z.boolean(),
  suggestedName,
}) satisfies z.ZodType<PdfRequest>

export const ipcExportRequest = z.object({
  suggestedName,
  data: z.union([
    z.string().max(MAX_TEXT_LENGTH, { error: 'The export is larger than 100 MB.' }),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_TEXT_LENGTH, {
      error: 'The export is larger than 100 MB.',
    }),
  ]),
  mimeType: z
    .string()
    .max(200)
    .regex(/^[\w.+-]+\/[\w.+-]+(?:;.*)?$/, { error: 'Not a MIME type such as "text/csv".' }),
}) satisfies z.ZodType<ExportRequest>

export const ipcDocumentState = z.object({
  documentId: z.string().min(1).max(MAX_ID_LENGTH).nullable(),
  title: z.string().max(MAX_TITLE_LENGTH),
  fileName: z.string().max(MAX_NAME_LENGTH).nullable(),
  dirty: z.boolean(),
}) satisfies z.ZodType<DocumentState>

export const ipcMenuCommand = z.union([
  z.object({ id: z.enum(MENU_COMMANDS) }).strict(),
  z.object({ id: z.literal('file.openRecent'), file: ipcFileRef }).strict(),
  z.object({ id: z.literal('file.saveAndClose') }).strict(),
]) satisfies z.ZodType<MenuCommand>

const noArgument = z.undefined({ error: 'This call takes no argument.' })

/** The schema of each channel's one argument (calls with several values send one object). */
export const IPC_ARGUMENTS = {
  [IPC_CHANNELS.openDialog]: noArgument,
  [IPC_CHANNELS.openFile]: ipcFileRef,
  [IPC_CHANNELS.save]: ipcSaveRequest,
  [IPC_CHANNELS.writeRecovery]: ipcRecoveryEntry,
  [IPC_CHANNELS.listRecovery]: noArgument,
  [IPC_CHANNELS.discardRecovery]: z.string().min(1).max(MAX_ID_LENGTH),
  [IPC_CHANNELS.recentFiles]: noArgument,
  [IPC_CHANNELS.addRecentFile]: z.object({
    file: ipcFileRef,
    title: z.string().max(MAX_TITLE_LENGTH),
  }),
  [IPC_CHANNELS.getSetting]: ipcSettingsKey,
  [IPC_CHANNELS.setSetting]: z.object({ key: ipcSettingsKey, value: ipcSettingValue }),
  [IPC_CHANNELS.exportPdf]: ipcPdfRequest,
  [IPC_CHANNELS.saveExport]: ipcExportRequest,
  [IPC_CHANNELS.initialFile]: noArgument,
  [IPC_CHANNELS.setDocumentState]: ipcDocumentState,
  [IPC_CHANNELS.closeWindow]: noArgument,
  [IPC_CHANNELS.nativeEdit]: z.enum(NATIVE_EDIT_COMMANDS),
} as const satisfies Record<IpcChannel, z.ZodType>

/** The parsed argument of a channel, e.g. `IpcArgument<'host:save'>` is a SaveRequest. */
export type IpcArgument<C extends IpcChannel> = z.output<(typeof IPC_ARGUMENTS)[C]>

export type IpcParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/**
 * Checks what the renderer sent on `channel`. Never throws; a refusal carries a sentence naming
 * the channel and the first problems found, e.g.
 * `host:getSetting: "secret" is not a setting the app knows.`
 */
export function parseIpcArgument<C extends IpcChannel>(
  channel: C,
  value: unknown,
): IpcParseResult<IpcArgument<C>>
export function parseIpcArgument(channel: string, value: unknown): IpcParseResult<unknown>
export function parseIpcArgument(channel: string, value: unknown): IpcParseResult<unknown> {
  if (!isIpcChannel(channel)) {
    return { ok: false, message: `"${channel.slice(0, 100)}" is not a Journeyboard IPC channel.` }
  }
  const result = IPC_ARGUMENTS[channel].safeParse(value)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, message: `${channel}: ${describeIssues(result.error.issues)}` }
}

export function isIpcChannel(channel: string): channel is IpcChannel {
  return Object.hasOwn(IPC_ARGUMENTS, channel)
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path.map(String).join('.')
    return where === '' ? issue.message : `${where}: ${issue.message}`
  })
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : ''
  return `${shown.join('; ')}${more}`
}

/** Why a setting's value cannot be stored as JSON, or null when it can. */
function jsonProblem(value: unknown): string | null {
  let bytes = 0
  const visit = (item: unknown, depth: number): string | null => {
    if (depth > 20) return 'A setting may nest at most 20 levels deep.'
    if (item === null || typeof item === 'boolean') return null
    if (typeof item === 'number')
      return Number.isFinite(item) ? null : 'A setting must be a finite number.'
    if (typeof item === 'string') {
      bytes += item.length
      return null
    }
    if (Array.isArray(item)) {
      for (const element of item) {
        const problem = visit(element, depth + 1)
        if (problem !== null) return problem
      }
      return null
    }
    if (typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype) {
      for (const [key, element] of Object.entries(item)) {
        bytes += key.length
        const problem = visit(element, depth + 1)
        if (problem !== null) return problem
      }
      return null
    }
    return `A setting must be plain JSON data, not ${item === undefined ? 'undefined' : typeof item}.`
  }
  if (value === undefined) return null // removes the setting
  const problem = visit(value, 0)
  if (problem !== null) return problem
  return bytes > MAX_SETTING_BYTES ? 'A setting may hold at most 1 MB.' : null
}
