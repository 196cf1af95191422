// A note's text laid out to fit the note: wrapped into lines, and shrunk until every line fits.
// Latin wraps at spaces, CJK between any two characters, and a word too long for a line is broken
// between graphemes (so an emoji is never cut in half). Layouts are cached by text and size, so a
// note is measured once, not once per frame.
import { FONT, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_MIN_FONT_SIZE, NOTE_PADDING } from './style'

export interface TextLayout {
  /** Text size in board units. */
  readonly fontSize: number
  readonly lineHeight: number
  readonly lines: readonly string[]
  /** The text starts right-to-left (Hebrew, Arabic…): lines are right-aligned. */
  readonly rtl: boolean
  /** The text did not fit even at the smallest size and was cut. */
  readonly truncated: boolean
  /**
   * The lines as drawn, one by one, where the text has right-to-left characters: each line with
   * the direction of the text around it in its paragraph marked at its ends (see `inContext`), so
   * that it reads as the same line does in the whole paragraph (the note editor's). Absent when
   * the text has no right-to-left character.
   */
  readonly drawn?: readonly string[]
}

/** The font string for a note's text at `size` board units. */
export const noteFont = (size: number) => `${size}px ${FONT}`

/**
 * Lays out a note's text inside a `width` × `height` note.
 *
 * @example
 *   noteTextLayout('Sign-up form asks for too much', 160, 160).lines // ['Sign-up form asks', 'for too much']
 */
export function noteTextLayout(text: string, width: number, height: number): TextLayout {
  const key = `${width}x${height}|${text}`
  const cached = layouts.get(key)
  if (cached) return cached
  const layout = computeLayout(text, noteTextWidth(width), height - NOTE_PADDING * 2)
  if (layouts.size >= MAX_CACHED) layouts.clear()
  layouts.set(key, layout)
  return layout
}

const MAX_CACHED = 40_000
const layouts = new Map<string, TextLayout>()
const SIZES = [20, 18, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6].filter(
  (s) => s <= NOTE_FONT_SIZE && s >= NOTE_MIN_FONT_SIZE,
)
/** Token widths are measured once at this size and scaled: text width grows linearly with size. */
const REF_SIZE = 100
/** Measured widths run a little short of what fillText draws (kerning, hinting): keep a margin. */
const SAFETY = 0.97

/** The width a note's lines are wrapped to, inside its padding (the note editor wraps the same). */
export function noteTextWidth(width: number): number {
  return Math.max(1, width - NOTE_PADDING * 2) * SAFETY
}

interface Unit {
  readonly text: string
  /** Width at REF_SIZE. */
  readonly width: number
  readonly space: boolean
}

function computeLayout(text: string, width: number, maxHeight: number): TextLayout {
  const rtl = startsRightToLeft(text)
  const paragraphs = text.split(/\r?\n/).map(units)
  // Shrinking is better than cutting a word: first look for a size where every word fits whole.
  for (const wholeWords of [true, false]) {
    for (const size of SIZES) {
      const lineHeight = size * NOTE_LINE_HEIGHT
      const maxLines = Math.max(1, Math.floor(maxHeight / lineHeight))
      brokeWord = false
      const lines = wrap(paragraphs, (width * REF_SIZE) / size, maxLines + 1)
      if (lines.length <= maxLines && !(wholeWords && brokeWord)) {
        return withDrawn(text, { fontSize: size, lineHeight, lines, rtl, truncated: false })
      }
    }
  }
  const size = SIZES[SIZES.length - 1] ?? NOTE_MIN_FONT_SIZE
  const lineHeight = size * NOTE_LINE_HEIGHT
  const maxLines = Math.max(1, Math.floor(maxHeight / lineHeight))
  const lines = wrap(paragraphs, (width * REF_SIZE) / size, maxLines).slice(0, maxLines)
  const last = lines.length - 1
  lines[last] = ellipsize(lines[last] ?? '', (width * REF_SIZE) / size)
  return withDrawn(text, { fontSize: size, lineHeight, lines, rtl, truncated: true })
}

const LRM = '\u200E'
const RLM = '\u200F'

/** The layout with `drawn` lines when the text has right-to-left characters. */
function withDrawn(text: string, layout: TextLayout): TextLayout {
  if (!RTL_STRONG.test(text)) return layout
  return {
    ...layout,
    drawn: inContext(text.split(/\r?\n/), layout.lines, lineParagraphs, layout.rtl),
  }
}

/**
 * Each line drawn on its own loses what is around it in its paragraph: a neutral at its end (a
 * space, an emoji, punctuation) takes the line's base direction, where in the paragraph it sits
 * between two right-to-left words and reads right to left. So each line gets, at each end, a mark
 * (LRM or RLM, zero-width and strong) with the direction of the nearest strong character beyond
 * that end in its paragraph (where there is none, the paragraph's own direction, which the note
 * editor takes from the paragraph's first strong character).
 */
function inContext(
  paragraphs: readonly string[],
  lines: readonly string[],
  paragraphOf: readonly number[],
  rtl: boolean,
): string[] {
  // The note editor (dir=auto, so unicode-bidi: plaintext) gives each paragraph the direction of
  // its own first strong character; a paragraph with none takes the note's.
  const bases = paragraphs.map((p) => (Array.from(p).some(strong) ? startsRightToLeft(p) : rtl))
  let cursor = 0
  let current = -1
  return lines.map((line, i) => {
    const p = paragraphOf[i] ?? 0
    if (p !== current) {
      current = p
      cursor = 0
    }
    const paragraph = paragraphs[p] ?? ''
    // Lines keep the paragraph's text in order, less the spaces where they break (and the
    // ellipsis of a cut last line).
    const plain = line.endsWith('…') ? line.slice(0, -1) : line
    const found = paragraph.indexOf(plain, cursor)
    const start = found >= 0 ? found : cursor
    const end = start + plain.length
    cursor = end
    const before = [...paragraph.slice(0, start)].reverse().find(strong)
    const after = [...paragraph.slice(end)].find(strong)
    const mark = (ch: string | undefined) =>
      (ch === undefined ? bases[p] : RTL_STRONG.test(ch)) ? RLM : LRM
    return mark(before) + line + mark(after)
  })
}

const strong = (ch: string) => RTL_STRONG.test(ch) || LTR_STRONG.test(ch)

/** Set by `wrap` when it had to break a word that is longer than a line. */
let brokeWord = false
/** Set by `wrap`: the paragraph each line it made comes from. */
let lineParagraphs: number[] = []

/** Greedy line breaking; stops once `limit` lines are made (enough to know it does not fit). */
function wrap(paragraphs: readonly (readonly Unit[])[], width: number, limit: number): string[] {
  const lines: string[] = []
  lineParagraphs = []
  for (const [p, paragraph] of paragraphs.entries()) {
    let line = ''
    let lineWidth = 0
    let pendingSpace: Unit | null = null
    const flush = () => {
      lines.push(line)
      lineParagraphs.push(p)
      line = ''
      lineWidth = 0
      pendingSpace = null
    }
    for (const unit of paragraph) {
      if (lines.length >= limit) return lines
      if (unit.space) {
        if (line !== '') pendingSpace = unit
        continue
      }
      const spaceWidth: number = pendingSpace ? (pendingSpace as Unit).width : 0
      if (lineWidth + spaceWidth + unit.width <= width) {
        if (pendingSpace) line += (pendingSpace as Unit).text
        line += unit.text
        lineWidth += spaceWidth + unit.width
        pendingSpace = null
        continue
      }
      if (line !== '') flush()
      if (unit.width <= width) {
        line = unit.text
        lineWidth = unit.width
        continue
      }
      // A word longer than the line: break it between graphemes.
      brokeWord = true
      for (const g of graphemes(unit.text)) {
        const w = measure(g)
        if (lineWidth + w > width && line !== '') {
          flush()
          if (lines.length >= limit) return lines
        }
        line += g
        lineWidth += w
      }
    }
    lines.push(line)
    lineParagraphs.push(p)
  }
  return lines
}

function ellipsize(line: string, width: number): string {
  const dots = measure('…')
  let out = line.trimEnd()
  while (out !== '' && measure(out) + dots > width) {
    const parts = graphemes(out)
    parts.pop()
    out = parts.join('').trimEnd()
  }
  return `${out}…`
}

const CJK =
  /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[\u{20000}-\u{3FFFF}]/u
/** Punctuation that must not start a line: it stays with the unit before it. */
const NO_BREAK_BEFORE = /^[.,;:!?)\]}'"»”’%…、。，．：；！？）」』】〉》〕〗〙〛ー々〜・]+$/u

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment)
}

/** The text of one paragraph as break opportunities: words, single CJK characters, spaces. */
function units(paragraph: string): Unit[] {
  const pieces: { text: string; space: boolean }[] = []
  for (const { segment } of wordSegmenter.segment(paragraph)) {
    if (/^\s+$/u.test(segment)) {
      pieces.push({ text: segment, space: true })
      continue
    }
    const parts = CJK.test(segment) ? graphemes(segment) : [segment]
    for (const part of parts) {
      const previous = pieces[pieces.length - 1]
      if (
        previous &&
        !previous.space &&
        (NO_BREAK_BEFORE.test(part) || glues(previous.text, part))
      ) {
        previous.text += part
      } else {
        pieces.push({ text: part, space: false })
      }
    }
  }
  return pieces.map((p) => ({ ...p, width: measure(p.text) }))
}

/**
 * Outside CJK a line breaks at spaces and, as Chromium breaks a textarea's lines (so the note
 * editor and the canvas agree), after a hyphen between letters or digits ("follow-" / "up",
 * "2023-" / "2024") and on either side of an em dash. "-5" after a space stays whole.
 */
function glues(previous: string, part: string): boolean {
  if (CJK.test(part) || CJK.test(previous)) return false
  if (/[\p{L}\p{N}]-$/u.test(previous) && /^[\p{L}\p{N}]/u.test(part)) return false
  return !previous.endsWith('—') && !part.startsWith('—')
}

let measureContext: CanvasRenderingContext2D | null = null
const widths = new Map<string, number>()

/** Width of `text` at REF_SIZE, cached. */
function measure(text: string): number {
  const cached = widths.get(text)
  if (cached !== undefined) return cached
  if (!measureContext) {
    measureContext = document.createElement('canvas').getContext('2d')
    if (measureContext) measureContext.font = noteFont(REF_SIZE)
  }
  const width = measureContext ? measureContext.measureText(text).width : text.length * 55
  if (widths.size >= MAX_CACHED) widths.clear()
  widths.set(text, width)
  return width
}

const RTL_STRONG = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const LTR_STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]/u

/** The first strongly directional character decides the paragraph direction, as in `dir=auto`. */
export function startsRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (RTL_STRONG.test(ch)) return true
    if (LTR_STRONG.test(ch)) return false
  }
  return false
}
