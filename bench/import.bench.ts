// How long reading a big evidence export takes: 100,000 survey rows detected and parsed.
import { bench, describe } from 'vitest'
import { detectDelimiter, parseDelimited } from '../src/shared/import'

const rows = Array.from(
  { length: 100_000 },
  (_, i) =>
    `R-${i},${['Enterprise', 'SMB', 'Mid-market'][i % 3]},${i % 11},"Kick-off came late, ""again"" (${i})"`,
)
const csv = ['response_id,segment,nps,comment', ...rows].join('\r\n')

describe('importing 100,000 CSV rows', () => {
  bench('detectDelimiter + parseDelimited', () => {
    parseDelimited(csv, detectDelimiter(csv))
  })
})
