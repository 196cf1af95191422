// The meaningful words of a note: what clustering names a stage after and what suggesting a
// stage compares. Lower case, common English words dropped, plurals folded into the singular.

/** Words too common to say what a note is about. */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing done down during each even every
  few for from further get gets got had has have having he her here hers him his how i if in into
  is it its itself just let like made make many may me more most much must my need needs no nor
  not now of off on once one only or other our ours out over own per same she should so some such
  than that the their theirs them then there these they this those through to too under until up
  upon us very via was way we were what when where which while who whom why will with within
  without would yet you your yours two three four five six seven eight nine ten`.split(/\s+/),
)

/**
 * The meaningful words of a text, in order, repeats kept: lower case, at least three letters,
 * not a stop word, not a number; "emails" and "email's" both read as "email".
 *
 * @example
 *   meaningfulWords('The kick-off call came two weeks after signing')
 *   // ['kick-off', 'call', 'came', 'two', 'week', 'signing']
 */
export function meaningfulWords(text: string): string[] {
  const out: string[] = []
  for (const token of text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) {
    if (token.length < 3) continue
    const word = singular(withoutPossessive(trimJoiners(token)))
    if (word.length >= 3 && !STOP_WORDS.has(word) && !isNumber(word)) out.push(word)
  }
  return out
}

const isNumber = (word: string): boolean => /^\p{N}/u.test(word) && /^\p{N}+$/u.test(word)

const isJoiner = (c: string | undefined): boolean => c === "'" || c === '’' || c === '-'

/** "'quoted'" → "quoted", "-ish" → "ish": apostrophes and hyphens only count inside a word. */
function trimJoiners(token: string): string {
  let start = 0
  let end = token.length
  while (start < end && isJoiner(token[start])) start++
  while (end > start && isJoiner(token[end - 1])) end--
  return start === 0 && end === token.length ? token : token.slice(start, end)
}

function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word
}

/** A naive singular: drops a plural "s" but leaves "process", "status", "analysis". */
function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word
  const before = word[word.length - 2]
  return before === 's' || before === 'u' || before === 'i' ? word : word.slice(0, -1)
}
