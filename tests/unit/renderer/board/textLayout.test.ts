// Where a note's lines break: at spaces, and where Chromium breaks a textarea's lines, so that the
// canvas and the note editor agree (after a hyphen between letters or digits, around an em dash).
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { noteTextLayout } from '../../../../src/renderer/src/board/textLayout'

// No canvas in Node: text is then measured as 0.55 of the font size per character, so at the
// largest size (20 px) every character is 11 px wide. A note `width` wide wraps its lines to
// (width - 28) × 0.97.
beforeAll(() => {
  vi.stubGlobal('document', { createElement: () => ({ getContext: () => null }) })
})

const lines = (text: string, width: number) => {
  const layout = noteTextLayout(text, width, 400)
  expect(layout.fontSize).toBe(20)
  return layout.lines
}

describe('line breaks in a note', () => {
  it('break after a hyphen between letters or digits, as the browser does', () => {
    // 79.5 px a line: "follow-" (77) fits, "follow-up" (99) does not.
    expect(lines('follow-up', 110)).toEqual(['follow-', 'up'])
    expect(lines('2023-2024', 110)).toEqual(['2023-', '2024'])
    expect(lines('COVID-19', 110)).toEqual(['COVID-', '19'])
    expect(lines('שלום-עולם', 110)).toEqual(['שלום-', 'עולם'])
    // 60 px a line.
    expect(lines('e-mail,', 90)).toEqual(['e-', 'mail,'])
  })

  it('keep a hyphenated word whole when it fits', () => {
    expect(lines('a follow-up', 200)).toEqual(['a follow-up'])
  })

  it('keep a minus sign with its number', () => {
    // 31 px a line: "x -5" (44) does not fit; "-5" (22) does.
    expect(lines('x -5', 60)).toEqual(['x', '-5'])
  })

  it('break on either side of an em dash', () => {
    // 16.5 px a line: one character each.
    expect(lines('a—b', 45)).toEqual(['a', '—', 'b'])
    // 50 px a line.
    expect(lines('—dash', 80)).toEqual(['—', 'dash'])
  })
})

const graphemes = (text: string) =>
  Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  )

describe('text of any script in a note', () => {
  it('wraps Chinese and Japanese between any two characters, never before closing punctuation', () => {
    // 79.5 px a line: seven characters of 11 px.
    const text = '客户找不到发票。請求書が見つからない、支払い画面で迷う'
    const wrapped = lines(text, 110)
    expect(wrapped.length).toBeGreaterThan(3)
    expect(wrapped.join('')).toBe(text)
    for (const line of wrapped) {
      expect(line.length * 11).toBeLessThanOrEqual(79.5)
      expect(line).not.toMatch(/^[。、]/u)
    }
    // Lines are filled, not broken between words: all but the last hold six or seven characters.
    for (const line of wrapped.slice(0, -1)) expect(line.length).toBeGreaterThanOrEqual(6)
  })

  it('never cuts an emoji in half, even in a run of emoji too long for a line', () => {
    const person = '👩🏽‍💻'
    const text = `Onboarding ${person.repeat(6)} 🐢🎉`
    const wrapped = noteTextLayout(text, 160, 400).lines
    expect(wrapped.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''))
    // Every line is made of whole graphemes of the text: each person is whole on one line.
    const whole = new Set(graphemes(text))
    for (const line of wrapped) for (const g of graphemes(line)) expect(whole).toContain(g)
    expect(wrapped.filter((line) => line.includes(person)).length).toBeGreaterThan(1)
  })

  it('shrinks the text before it cuts a word or a line', () => {
    // At 20 px, "Customers" (99 px) is wider than the 79.5 px line; at 16 px (79.2 px) it fits.
    const layout = noteTextLayout('Customers abandon checkout', 110, 200)
    expect(layout.fontSize).toBeLessThan(20)
    expect(layout.truncated).toBe(false)
    expect(layout.lines).toEqual(['Customers', 'abandon', 'checkout'])
  })

  it('cuts a text too long for the note at the smallest size, inside the note, with an ellipsis', () => {
    const text = 'The renewal notice came too late for the budget cycle. '
      .repeat(182)
      .slice(0, 10_000)
    const layout = noteTextLayout(text, 160, 160)
    expect(layout.truncated).toBe(true)
    expect(layout.fontSize).toBe(6)
    // Every line fits the note's width and all of them its height, inside the padding.
    expect(layout.lines.length * layout.lineHeight).toBeLessThanOrEqual(160 - 2 * 14)
    for (const line of layout.lines) {
      expect(line.length * 0.55 * layout.fontSize).toBeLessThanOrEqual((160 - 28) * 0.97)
    }
    expect(layout.lines.at(-1)).toMatch(/…$/u)
    expect(text.startsWith(layout.lines.slice(0, -1).join(' '))).toBe(true)
  })
})

describe('lines of mixed direction', () => {
  it('are drawn with the direction of the text around them marked, as they read in the paragraph', () => {
    // 128 px a line: "Go שלום 😀" (110) fits, " עולם" more does not. The emoji ends the first line
    // between two Hebrew words: in the paragraph it reads right to left with them, and drawn on its
    // own the line needs an RLM after it to do the same.
    const layout = noteTextLayout('Go שלום 😀 עולם', 160, 400)
    expect(layout.lines).toEqual(['Go שלום 😀', 'עולם'])
    expect(layout.drawn).toEqual(['\u200eGo שלום 😀\u200f', '\u200fעולם\u200e'])
  })

  it('are drawn as they are where the text runs one way only', () => {
    expect(noteTextLayout('Sign-up form asks for too much', 160, 160).drawn).toBeUndefined()
  })

  it('mark each paragraph by its own direction, as the note editor reads it', () => {
    const layout = noteTextLayout('שלום 😀\nHi', 300, 400)
    expect(layout.drawn).toEqual(['\u200fשלום 😀\u200f', '\u200eHi\u200e'])
    // A left-to-right paragraph after a right-to-left one: its trailing emoji stays on the right.
    expect(noteTextLayout('שלום\nGo 😀', 300, 400).drawn).toEqual([
      '\u200fשלום\u200f',
      '\u200eGo 😀\u200e',
    ])
  })
})
