// Plain text to note texts: one note per line, the way a column copied from a spreadsheet or a
// list from an email should land on the board.

/**
 * The lines of pasted text that should become notes: split on CRLF, CR or LF; control characters
 * (NUL and the like) removed; trimmed; empty lines dropped. A spreadsheet row of several cells
 * (tab-separated) becomes one line, its non-empty cells joined with " · ". Emoji, right-to-left
 * and CJK text pass through untouched. Linear in the length of the text.
 *
 * @example
 *   linesFromText('Sees the ad\r\nBooks a demo\r\n\r\n') // ['Sees the ad', 'Books a demo']
 *   linesFromText('Onboarding\tWelcome email late') // ['Onboarding · Welcome email late']
 */
export function linesFromText(text: string): string[] {
  const out: string[] = []
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const clean = raw.replace(CONTROL, '')
    const line = clean.includes('\t')
      ? clean
          .split('\t')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== '')
          .join(' · ')
      : clean.trim()
    if (line !== '') out.push(line)
  }
  return out
}

// C0 controls except tab, DEL, C1 controls, and the byte-order mark. Joiners, variation selectors
// and bidirectional marks are kept: emoji and right-to-left text need them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g
