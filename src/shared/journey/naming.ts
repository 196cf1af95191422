// How a proposed stage gets its name: a note that reads like a heading, or else the words the
// heap's notes share most.
import { meaningfulWords } from './words'

const SENTENCE_PUNCTUATION = /[.,;:!?"“”()]/
const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
])

/**
 * How much a note reads like a heading: 0 when it does not (more than five words or 40
 * characters, or sentence punctuation), 3 for ALL CAPS, 2 for Title Case (small words such as
 * "the" may stay lower case), 1 for two words or fewer, else 0.
 *
 * @example
 *   headingScore('FIRST CONTACT') // 3
 *   headingScore('Signing the Contract') // 2
 *   headingScore('Legal review took three weeks') // 0
 */
export function headingScore(text: string): number {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed.length > 40) return 0
  const words = trimmed.split(/\s+/)
  if (words.length > 5) return 0
  if (SENTENCE_PUNCTUATION.test(trimmed)) return 0
  const letters = trimmed.replace(/[^\p{L}]/gu, '')
  if (
    letters.length >= 2 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  ) {
    return 3
  }
  const titleCase = words.every(
    (word, i) => (i > 0 && MINOR_WORDS.has(word)) || /^[^\p{L}]*\p{Lu}/u.test(word),
  )
  if (titleCase) return 2
  return words.length <= 2 ? 1 : 0
}

/**
 * A name from the words most notes share: the top one or two meaningful words, counted once per
 * note, in Title Case ("Training & Admin"); ties go to the word seen first. A second word must be
 * shared by at least two notes. Null when the notes have no meaningful words.
 *
 * @example
 *   nameFromWords(['Admins need training', 'Training videos are too long for admins'])
 *   // 'Training & Admin'
 */
export function nameFromWords(texts: readonly string[]): string | null {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const word of new Set(meaningfulWords(text))) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (!first) return null
  const words = second && second[1] >= 2 ? [first[0], second[0]] : [first[0]]
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' & ')
}
