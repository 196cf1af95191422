// Rich text from the clipboard (a web page, a document, a spreadsheet) to plain text, without a
// DOM: the text is kept, the markup dropped.

/**
 * The text of an HTML fragment: <script>, <style>, <head> and comments removed; <br> and the ends
 * of paragraphs, blocks, list items and table rows become line breaks, table cells become tabs
 * (so `linesFromText` joins a row's cells); every other tag is dropped; entities are decoded.
 * Linear in the length of the input, whatever the markup.
 *
 * @example
 *   textFromHtml('<p>Kick-off <b>late</b></p><p>Q&amp;A</p>') // 'Kick-off late\nQ&A'
 */
export function textFromHtml(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|head|template|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/<br\b[^<>]*>/gi, '\n')
    .replace(/<\/(?:p|div|li|tr|h[1-6]|blockquote|pre|section|article|table|ul|ol)\s*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[a-zA-Z/!?][^<>]*>/g, '')
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g,
    (entity, body: string) => {
      if (body.startsWith('#')) {
        const code =
          body[1] === 'x' || body[1] === 'X'
            ? parseInt(body.slice(2), 16)
            : parseInt(body.slice(1), 10)
        const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        if (!valid) return '\uFFFD'
        return code === 0xa0 ? ' ' : String.fromCodePoint(code)
      }
      return NAMED[body] ?? NAMED[body.toLowerCase()] ?? entity
    },
  )
}
