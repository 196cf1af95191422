import { describe, expect, it } from 'vitest'
import { linesFromText } from '../../../../src/shared/clipboard'

describe('plain text to note lines', () => {
  it('a column copied from a spreadsheet (CRLF, trailing empty lines) gives one line per row', () => {
    const column = 'Sees ad on LinkedIn\r\nReads G2 reviews\r\n  Books a demo  \r\n\r\n\r\n'
    expect(linesFromText(column)).toEqual([
      'Sees ad on LinkedIn',
      'Reads G2 reviews',
      'Books a demo',
    ])
  })

  it('a spreadsheet column whose cells end in tabs still gives one note per row', () => {
    expect(linesFromText('Signs the order form\t\r\nGets the invoice\t\r\n\t\r\n')).toEqual([
      'Signs the order form',
      'Gets the invoice',
    ])
  })

  it('a multi-column row keeps its non-empty cells, joined with a middle dot', () => {
    expect(linesFromText('Onboarding\t\tWelcome email is late\tMaria\n')).toEqual([
      'Onboarding · Welcome email is late · Maria',
    ])
  })

  it('old Mac line breaks (CR) split lines too', () => {
    expect(linesFromText('Kick-off\rTraining\rGo-live')).toEqual([
      'Kick-off',
      'Training',
      'Go-live',
    ])
  })

  it('NUL and other control characters are removed', () => {
    expect(linesFromText('\uFEFFPass\u0000word reset\u0007 loops\u001B')).toEqual([
      'Password reset loops',
    ])
  })

  it('emoji, right-to-left and CJK lines survive untouched', () => {
    const lines = [
      '👩‍💻 Developer onboarding takes 3 weeks 🐢',
      'Thumbs up 👍🏽 from the pilot team',
      'العميل لا يجد زر تسجيل الدخول',
      'הלקוח מחכה לחשבונית',
      '客户找不到登录按钮',
      'ログインできない',
      '\u200Fمرحبا\u200E mixed English',
    ]
    expect(linesFromText(lines.join('\n'))).toEqual(lines.map((line) => line.trim()))
    expect(linesFromText(lines[0]!)[0]).toBe(lines[0])
  })

  it('a 10,000-character line stays one line', () => {
    const long = 'x'.repeat(4_000) + ' Onboarding feedback ' + 'y'.repeat(5_979)
    expect(long).toHaveLength(10_000)
    expect(linesFromText(long)).toEqual([long])
  })

  it('20,000 pasted lines come back as 20,000 lines', () => {
    const text = Array.from(
      { length: 20_000 },
      (_, i) => `Support ticket ${i + 1}: cannot log in`,
    ).join('\r\n')
    const lines = linesFromText(text)
    expect(lines).toHaveLength(20_000)
    expect(lines[19_999]).toBe('Support ticket 20000: cannot log in')
  })
})
