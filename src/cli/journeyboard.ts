// The `journeyboard` command line: validate, summarise and export .journey files with Node alone,
// for scripts and CI. Exit codes: 0 ok, 1 problems found (or a file that cannot be read or
// written), 2 a usage error.
import { basename } from 'node:path'
import { errorCode, nodeFileSystem, type FileSystem } from '../main/services/fs'
import { writeFileAtomic } from '../main/services/atomicWrite'
import { parseDocument, type JourneyDocument } from '../shared/document'
import { EXPORT_FORMATS, exportDocument, isExportFormat, type ExportFormat } from '../shared/export'
import { summaryText } from './summary'

export const USAGE =
  'usage: journeyboard validate FILE | summary FILE | export FILE --format csv|md|json|ics|canvas [-o OUT]'

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** The file system to read and write through; tests pass one that fails on purpose. */
  readonly fs?: FileSystem
  /** The clock, for the readiness date and the calendar's timestamps. */
  readonly now?: () => Date
}

type Command =
  | { readonly name: 'validate' | 'summary'; readonly file: string }
  | {
      readonly name: 'export'
      readonly file: string
      readonly format: ExportFormat
      readonly out: string | null
    }
  | { readonly name: 'help' }

class UsageError extends Error {}

/**
 * Runs one command and resolves to its exit code; never throws for a user's mistake.
 *
 * @example
 *   await runCli(['summary', 'onboarding.journey'], { stdout: print, stderr: print }) // 0
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let command: Command
  try {
    command = parseArgs(args)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`journeyboard: ${error.message}\n${USAGE}\n`)
    return EXIT.usage
  }
  if (command.name === 'help') {
    io.stdout(`${USAGE}\n`)
    return EXIT.ok
  }
  const fs = io.fs ?? nodeFileSystem
  const now = (io.now ?? (() => new Date()))()

  let text: string
  try {
    text = new TextDecoder('utf-8').decode(await fs.readFile(command.file))
  } catch (error) {
    io.stderr(`journeyboard: ${readError(error, command.file)}\n`)
    return EXIT.problems
  }
  const result = parseDocument(text, now)

  if (command.name === 'validate') {
    if (!result.ok) {
      io.stdout(`${command.file}: ${result.message}\n`)
      for (const p of result.problems) io.stdout(`  ${p.path || '(file)'}: ${p.message}\n`)
      return EXIT.problems
    }
    if (result.readOnly && result.readOnlyReason)
      io.stdout(`${command.file}: ${result.readOnlyReason}\n`)
    if (result.problems.length > 0) {
      io.stdout(
        `${command.file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found\n`,
      )
      for (const p of result.problems) io.stdout(`  ${p.path || '(file)'}: ${p.message}\n`)
      return EXIT.problems
    }
    const doc = result.document
    io.stdout(
      `${command.file}: valid Journeyboard map (file format ${result.sourceVersion}): ` +
        `${doc.board.stages.length} stages, ${doc.board.lanes.length} lanes, ${doc.board.notes.length} notes\n`,
    )
    return EXIT.ok
  }

  if (!result.ok) {
    io.stderr(`journeyboard: ${command.file}: ${result.message}\n`)
    return EXIT.problems
  }
  if (result.problems.length > 0) {
    io.stderr(
      `journeyboard: ${command.file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} repaired while reading; run "journeyboard validate" for the list\n`,
    )
  }
  const doc: JourneyDocument = result.document

  if (command.name !== 'export') {
    io.stdout(summaryText(doc, now.toISOString().slice(0, 10)))
    return EXIT.ok
  }

  const output = exportDocument(doc, command.format, { now })
  if (command.out === null) {
    io.stdout(output)
    return EXIT.ok
  }
  try {
    await writeFileAtomic(command.out, output, { fs })
  } catch (error) {
    io.stderr(`journeyboard: ${writeError(error, command.out)}\n`)
    return EXIT.problems
  }
  io.stderr(`journeyboard: wrote ${command.out}\n`)
  return EXIT.ok
}

function parseArgs(args: readonly string[]): Command {
  const [name, ...rest] = args
  if (name === undefined) throw new UsageError('no command given')
  if (name === '--help' || name === '-h' || name === 'help') return { name: 'help' }
  if (name !== 'validate' && name !== 'summary' && name !== 'export') {
    throw new UsageError(`unknown command "${name}"`)
  }
  const files: string[] = []
  let format: string | null = null
  let out: string | null = null
  let optionsEnded = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      files.push(arg)
      continue
    }
    if (arg === '--') {
      optionsEnded = true
      continue
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = eq < 0 ? arg : arg.slice(0, eq)
    const value = (): string => {
      const v = eq < 0 ? rest[++i] : arg.slice(eq + 1)
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`)
      return v
    }
    if (name === 'export' && (flag === '--format' || flag === '-f')) format = value()
    else if (name === 'export' && (flag === '-o' || flag === '--output')) out = value()
    else throw new UsageError(`unknown option "${arg}"`)
  }
  if (files.length === 0) throw new UsageError(`${name} needs a FILE`)
  if (files.length > 1) throw new UsageError(`${name} takes one FILE, got ${files.length}`)
  const file = files[0] as string
  if (name !== 'export') return { name, file }
  if (format === null) throw new UsageError('export needs --format')
  if (!isExportFormat(format)) {
    throw new UsageError(`unknown format "${format}" (choose ${EXPORT_FORMATS.join(', ')})`)
  }
  return { name, file, format, out }
}

function readError(error: unknown, path: string): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `cannot read ${path}: there is no such file`
    case 'EISDIR':
      return `cannot read ${path}: it is a folder, not a .journey file`
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${path}: permission denied`
    default:
      return `cannot read ${path}: ${describe(error)}`
  }
}

function writeError(error: unknown, path: string): string {
  const name = basename(path)
  const kept = `nothing was written, and any earlier ${name} is untouched`
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `cannot write ${path}: its folder does not exist; ${kept}`
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `cannot write ${path}: the folder is read-only or you lack permission; ${kept}`
    case 'ENOSPC':
    case 'EDQUOT':
      return `cannot write ${path}: the disk is full; ${kept}`
    case 'EISDIR':
      return `cannot write ${path}: it is a folder; choose a file name`
    default:
      return `cannot write ${path}: ${describe(error)}; ${kept}`
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The entry point of bin/journeyboard.mjs: runs with the process's streams and exit code. */
export async function main(args: readonly string[] = process.argv.slice(2)): Promise<number> {
  return runCli(args, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  })
}
