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
