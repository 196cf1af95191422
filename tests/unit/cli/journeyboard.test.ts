import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import ICAL from 'ical.js'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runCli, USAGE } from '../../../src/cli/journeyboard'
import { serializeDocument } from '../../../src/shared/document'
import { faultyFs } from '../main/services/faultyFs'
import { goPackMap, NOW } from '../shared/export/maps'

let dir: string
let mapFile: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journeyboard-cli-'))
  mapFile = join(dir, 'B2B onboarding.journey')
  writeFileSync(mapFile, serializeDocument(goPackMap()))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function run(args: string[], options: { fs?: Parameters<typeof runCli>[1]['fs'] } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    now: () => NOW,
    ...options,
  })
  return { code, stdout, stderr }
}

describe('journeyboard validate', () => {
  test('a good map: exit 0 and one line saying so', async () => {
    const { code, stdout } = await run(['validate', mapFile])
    expect(code).toBe(0)
    expect(stdout).toBe(
      `${mapFile}: valid Journeyboard map (file format 3): 7 stages, 5 lanes, 84 notes\n`,
    )
  })

  test('a damaged map: exit 1 and each problem with its JSON path', async () => {
    const data = JSON.parse(serializeDocument(goPackMap()))
    data.board.notes[3].x = 'left'
    data.board.notes[5].step.deadline = 'soon'
    const file = join(dir, 'damaged.journey')
    writeFileSync(file, JSON.stringify(data))
    const { code, stdout } = await run(['validate', file])
    expect(code).toBe(1)
    expect(stdout).toContain(`${file}: 2 problems found`)
    expect(stdout).toMatch(/^ {2}board\.notes\[3\]\.x: /m)
    expect(stdout).toMatch(/^ {2}board\.notes\[5\]\.step\.deadline: /m)
  })

  test('not a map, a missing file and a folder: exit 1 with a clear message', async () => {
    const broken = join(dir, 'broken.journey')
    writeFileSync(broken, '{"format": "journeyboard", "version": 1, "board": {')
    const notMap = await run(['validate', broken])
    expect(notMap.code).toBe(1)
    expect(notMap.stdout).toMatch(/broken\.journey: .*(JSON|end)/i)
    const missing = await run(['validate', join(dir, 'nowhere.journey')])
    expect([missing.code, missing.stderr]).toEqual([
      1,
      `journeyboard: cannot read ${join(dir, 'nowhere.journey')}: there is no such file\n`,
    ])
    const folder = await run(['validate', dir])
    expect([folder.code, folder.stderr]).toEqual([
      1,
      `journeyboard: cannot read ${dir}: it is a folder, not a .journey file\n`,
    ])
  })
})

describe('journeyboard summary', () => {
  test('stages with step counts, decisions, owners with counts and readiness gaps', async () => {
    const { code, stdout } = await run(['summary', mapFile])
    expect(code).toBe(0)
    expect(stdout).toContain(
      'B2B onboarding workshop\n7 stages, 84 notes, 22 action steps, 6 people, 6 departments',
    )
    expect(stdout).toMatch(/^ {3}4\. Onboarding +18 notes +5 action steps$/m)
    expect(stdout).toMatch(/^ {2}Automate +9$/m)
    expect(stdout).toMatch(/^ {2}Undecided +1$/m)
    expect(stdout).toMatch(/^ {2}Priya Nair +6 steps, first deadline 2026-12-10$/m)
    expect(stdout).toMatch(/^ {2}\(no owner\) +1 step$/m)
    expect(stdout).toContain('Readiness on 2026-03-02: Not ready:')
    expect(stdout).toContain('  - Every task has an owner: 1 task has no owner.')
  })
})

describe('journeyboard export', () => {
  test('writes each format to stdout, readable by its own parser', async () => {
    const csv = await run(['export', mapFile, '--format', 'csv'])
    expect(csv.code).toBe(0)
    expect(parseCsv(csv.stdout, { bom: true, columns: true })).toHaveLength(22)
    const ics = await run(['export', mapFile, '--format=ics'])
    const calendar = new ICAL.Component(ICAL.parse(ics.stdout))
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(21)
    for (const format of ['md', 'json', 'canvas']) {
      const out = await run(['export', mapFile, '-f', format])
      expect([out.code, out.stderr]).toEqual([0, ''])
      if (format !== 'md') expect(() => JSON.parse(out.stdout)).not.toThrow()
    }
  })

  test('-o writes the file atomically and says where', async () => {
    const out = join(dir, 'plan.csv')
    const { code, stderr, stdout } = await run(['export', mapFile, '--format', 'csv', '-o', out])
    expect([code, stdout, stderr]).toEqual([0, '', `journeyboard: wrote ${out}\n`])
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFstage,step')).toBe(true)
  })

  test('a folder that does not exist, or a path under a file: exit 1, nothing written', async () => {
    const under = join(mapFile, 'plan.csv')
    const { code, stderr } = await run(['export', mapFile, '--format', 'csv', '-o', under])
    expect(code).toBe(1)
    expect(stderr).toBe(
      `journeyboard: cannot write ${under}: its folder does not exist; nothing was written, and any earlier plan.csv is untouched\n`,
    )
  })

  test('a read-only folder: exit 1, a clear message, nothing half-written', async () => {
    const folder = join(dir, 'readonly')
    mkdirSync(folder)
    const fs = faultyFs([{ call: 'open', code: 'EROFS' }])
    const out = join(folder, 'plan.md')
    const { code, stderr } = await run(['export', mapFile, '--format', 'md', '-o', out], { fs })
    expect(code).toBe(1)
    expect(stderr).toContain(`cannot write ${out}: the folder is read-only or you lack permission`)
    expect(readdirSync(folder)).toEqual([])
  })

  test.skipIf(process.getuid?.() === 0)('a real read-only folder (not as root)', async () => {
    const folder = join(dir, 'locked')
    mkdirSync(folder)
    chmodSync(folder, 0o555)
    try {
      const { code, stderr } = await run([
        'export',
        mapFile,
        '--format',
        'md',
        '-o',
        join(folder, 'plan.md'),
      ])
      expect(code).toBe(1)
      expect(stderr).toContain('the folder is read-only or you lack permission')
      expect(readdirSync(folder)).toEqual([])
    } finally {
      chmodSync(folder, 0o755)
    }
  })

  test('a full disk mid-write: exit 1, the earlier export untouched, no temp file left', async () => {
    const folder = join(dir, 'full')
    mkdirSync(folder)
    const out = join(folder, 'deadlines.ics')
    writeFileSync(out, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')
    const fs = faultyFs([{ call: 'writeFile', code: 'ENOSPC', partial: 0.5 }])
    const { code, stderr } = await run(['export', mapFile, '--format', 'ics', '-o', out], { fs })
    expect(code).toBe(1)
    expect(stderr).toBe(
      `journeyboard: cannot write ${out}: the disk is full; nothing was written, and any earlier deadlines.ics is untouched\n`,
    )
    expect(readFileSync(out, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')
    expect(readdirSync(folder)).toEqual(['deadlines.ics'])
  })
})

describe('usage errors: exit 2 and the one-line usage', () => {
  test.each([
    [[], 'no command given'],
    [['publish', 'x.journey'], 'unknown command "publish"'],
    [['validate'], 'validate needs a FILE'],
    [['summary', 'a.journey', 'b.journey'], 'summary takes one FILE, got 2'],
    [['export', 'a.journey'], 'export needs --format'],
    [
      ['export', 'a.journey', '--format', 'pdf'],
      'unknown format "pdf" (choose csv, md, json, ics, canvas)',
    ],
    [['export', 'a.journey', '--format'], '--format needs a value'],
    [['validate', 'a.journey', '--format', 'csv'], 'unknown option "--format"'],
    [['export', 'a.journey', '-f', 'csv', '--verbose'], 'unknown option "--verbose"'],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await run(args)
    expect([code, stdout, stderr]).toEqual([2, '', `journeyboard: ${message}\n${USAGE}\n`])
  })

  test('--help prints the usage and exits 0', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' })
  })
})

describe('bin/journeyboard.mjs, built and run with Node', () => {
  beforeAll(async () => {
    await build({ configFile: join(process.cwd(), 'src/cli/vite.config.ts'), logLevel: 'silent' })
  })

  const node = (args: string[]) =>
    spawnSync(process.execPath, ['bin/journeyboard.mjs', ...args], { encoding: 'utf8' })

  test('exit codes 0, 1 and 2 from a real process', () => {
    const ok = node(['validate', mapFile])
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringContaining('valid Journeyboard map')])
    expect(node(['validate', join(dir, 'nowhere.journey')]).status).toBe(1)
    const usage = node(['export', mapFile])
    expect([usage.status, usage.stderr]).toEqual([
      2,
      `journeyboard: export needs --format\n${USAGE}\n`,
    ])
    const csv = node(['export', mapFile, '--format', 'csv'])
    expect(parseCsv(csv.stdout, { bom: true, columns: true })).toHaveLength(22)
  })
})
