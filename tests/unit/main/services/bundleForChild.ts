// Builds service modules into plain ES modules a child Node process can import (Node 20 cannot
// run TypeScript), so tests can kill a real process in the middle of its work.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const repoRoot = resolve(import.meta.dirname, '../../../..')

export interface ChildBundle {
  /** name → path of the built .mjs */
  readonly modules: Record<string, string>
  readonly remove: () => Promise<void>
}

/** Bundle `entries` (name → path from the repository root) into a temp folder. */
export async function bundleForChild(
  entries: Readonly<Record<string, string>>,
): Promise<ChildBundle> {
  const outDir = await mkdtemp(join(tmpdir(), 'journeyboard-child-'))
  const input = Object.fromEntries(
    Object.entries(entries).map(([name, path]) => [name, resolve(repoRoot, path)]),
  )
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { input, output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  })
  return {
    modules: Object.fromEntries(
      Object.keys(entries).map((name) => [name, join(outDir, `${name}.mjs`)]),
    ),
    remove: () => rm(outDir, { recursive: true, force: true }),
  }
}
