// Child process for the crash test: writes a recovery copy with the built RecoveryJournal, says
// so, then keeps writing newer copies until the parent kills it.
// Arguments: <built recoveryJournal.mjs> <journal folder> <document id>
import { pathToFileURL } from 'node:url'

const [modulePath, dir, documentId] = process.argv.slice(2)
const { RecoveryJournal } = await import(pathToFileURL(modulePath).href)
const journal = new RecoveryJournal(dir)
const entry = (edit) => ({
  documentId,
  title: 'Onboarding workshop',
  file: null,
  savedAt: Date.now(),
  text: JSON.stringify({
    format: 'journeyboard',
    version: 1,
    id: documentId,
    edits: edit,
    notes: 'x'.repeat(200_000),
  }),
})
await journal.write(entry(1))
process.stdout.write('written\n')
for (let edit = 2; ; edit += 1) await journal.write(entry(edit))
