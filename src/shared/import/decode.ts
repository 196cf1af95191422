// Bytes of an imported file to text, without TextDecoder (src/shared runs where there is none):
// UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, and Windows-1252 for
// the bytes that are not UTF-8, so a spreadsheet saved by an old Excel still reads "é" and "€".

export type TextEncoding =
  'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed'

export interface DecodedText {
  readonly text: string
  /**
   * What the bytes were: 'mixed' is UTF-8 with some Windows-1252 bytes in it (a file pasted
   * together from two sources); each byte that is not UTF-8 was read as Windows-1252.
   */
  readonly encoding: TextEncoding
  /** Characters that could not be read and became U+FFFD. */
  readonly replaced: number
}

/** How each encoding is named to the facilitator. */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
  mixed: 'UTF-8 with some Windows-1252 bytes',
}

// Windows-1252 bytes 0x80–0x9F; 0 marks the five bytes that have no character.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
]

/** The character of one Windows-1252 byte, or -1 for the five undefined bytes. */
function cp1252(byte: number): number {
  if (byte < 0x80 || byte > 0x9f) return byte
  return CP1252_HIGH[byte - 0x80] || -1
}

/**
 * The length of the well-formed UTF-8 sequence starting at `i` (1–4), or 0 when the bytes there
 * are not UTF-8 (overlong forms, surrogates and values past U+10FFFF are not).
 */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0
  if (b0 < 0x80) return 1
  const cont = (k: number) => {
    const b = bytes[i + k]
    return b !== undefined && (b & 0xc0) === 0x80
  }
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0
  const b1 = bytes[i + 1] ?? 0
  if (b0 >= 0xe0 && b0 <= 0xef) {
    if (b0 === 0xe0 && b1 < 0xa0) return 0
    if (b0 === 0xed && b1 > 0x9f) return 0
    return cont(1) && cont(2) ? 3 : 0
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    if (b0 === 0xf0 && b1 < 0x90) return 0
    if (b0 === 0xf4 && b1 > 0x8f) return 0
    return cont(1) && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}

function codePointAt(bytes: Uint8Array, i: number, length: number): number {
  const b0 = bytes[i] ?? 0
  const c = (k: number) => (bytes[i + k] ?? 0) & 0x3f
  if (length === 1) return b0
  if (length === 2) return ((b0 & 0x1f) << 6) | c(1)
  if (length === 3) return ((b0 & 0x0f) << 12) | (c(1) << 6) | c(2)
  return ((b0 & 0x07) << 18) | (c(1) << 12) | (c(2) << 6) | c(3)
}

/** Builds a string from code points in slices, so a 50 MB file does not overflow the stack. */
class TextBuilder {
  private readonly parts: string[] = []
  private units: number[] = []
  push(codePoint: number): void {
    if (codePoint > 0xffff) {
      const v = codePoint - 0x10000
      this.units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff))
    } else this.units.push(codePoint)
    if (this.units.length >= 8192) this.flush()
  }
  private flush(): void {
    if (this.units.length === 0) return
    this.parts.push(String.fromCharCode(...this.units))
    this.units = []
  }
  toString(): string {
    this.flush()
    return this.parts.join('')
  }
}

/**
 * Reads the bytes of a text file. A byte-order mark is removed. Bytes that are valid UTF-8 are read
 * as UTF-8; where they are not, each offending byte is read as Windows-1252 (so a whole
 * Windows-1252 file reads right, and so does a file that mixes the two). The five bytes that
 * Windows-1252 leaves undefined become U+FFFD and are counted in `replaced`.
 *
 * @example
 *   decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80])) // { text: 'Café €', encoding: 'windows-1252', replaced: 0 }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const out = new TextBuilder()
  let multiByte = 0
  let fallback = 0
  let replaced = 0
  let i = bom ? 3 : 0
  while (i < bytes.length) {
    const length = utf8Length(bytes, i)
    if (length > 0) {
      out.push(codePointAt(bytes, i, length))
      if (length > 1) multiByte++
      i += length
      continue
    }
    const ch = cp1252(bytes[i] ?? 0)
    if (ch < 0) replaced++
    out.push(ch < 0 ? 0xfffd : ch)
    fallback++
    i++
  }
  const encoding: TextEncoding =
    fallback === 0 ? (bom ? 'utf-8-bom' : 'utf-8') : multiByte > 0 ? 'mixed' : 'windows-1252'
  return { text: out.toString(), encoding, replaced }
}

function decodeUtf16(bytes: Uint8Array, little: boolean): DecodedText {
  const parts: string[] = []
  let units: number[] = []
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    units.push(little ? a | (b << 8) : (a << 8) | b)
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units))
      units = []
    }
  }
  parts.push(String.fromCharCode(...units))
  // A lone surrogate is not a character: count it as replaced.
  const text = parts
    .join('')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  let replaced = 0
  for (const ch of text) if (ch === '\uFFFD') replaced++
  return { text, encoding: little ? 'utf-16le' : 'utf-16be', replaced }
}

/** Why a file cannot be imported as text, or null when it can. */
export function unreadableReason(bytes: Uint8Array, decoded: DecodedText): string | null {
  if (bytes.length === 0 || decoded.text.trim() === '') return 'The file is empty.'
  // Like git: a NUL among the first 8,000 characters, or many control characters, means binary.
  const sample = decoded.text.slice(0, 8000)
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) return BINARY
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd)
      controls++
  }
  if (controls > Math.max(2, sample.length * 0.05)) return BINARY
  return null
}

const BINARY = 'This file is not text: it looks like binary data.'

/** The bytes as text, or the reason they cannot be imported. */
export function readImportBytes(
  bytes: Uint8Array,
): { ok: true; decoded: DecodedText } | { ok: false; message: string } {
  const decoded = decodeText(bytes)
  const reason = unreadableReason(bytes, decoded)
  return reason === null ? { ok: true, decoded } : { ok: false, message: reason }
}
