// Which maps a command line asks to open: `journeyboard "Onboarding.journey"` at start, or the
// argv a second instance forwards to the running one. Pure, so it is tested without Electron.
import { isAbsolute, resolve } from 'node:path'

export const MAP_EXTENSION = '.journey'

/**
 * The absolute paths of the `.journey` arguments in `argv`, resolved against `workingDirectory`.
 * Switches (`--inspect`, Chromium's own flags) and the executable and app paths are ignored.
 */
export function mapPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = []
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(MAP_EXTENSION)) continue
    const path = isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg)
    if (!paths.includes(path)) paths.push(path)
  }
  return paths
}
