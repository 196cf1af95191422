// Child process for the "killed during save" test: saves the new version of a map over and over
// with the built writeFileAtomic until the parent kills it.
// Arguments: <built atomicWrite.mjs> <target path> <file holding the new version>
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [modulePath, target, sourcePath] = process.argv.slice(2)
const { writeFileAtomic } = await import(pathToFileURL(modulePath).href)
const text = readFileSync(sourcePath, 'utf8')
process.stdout.write('saving\n')
for (;;) await writeFileAtomic(target, text, { backup: true })
