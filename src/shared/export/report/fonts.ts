// The report's fonts: the families its CSS asks for, which of the optional ones a map needs, and
// the @font-face rules for font files the app ships (never a remote URL).

/** The families the report's CSS names, in fallback order, before the system's own fonts. */
export const REPORT_FONT_FAMILIES = {
  sans: 'Journeyboard Sans',
  cjk: 'Journeyboard CJK',
  emoji: 'Journeyboard Emoji',
} as const

export type ReportFontFamily = keyof typeof REPORT_FONT_FAMILIES

export interface ReportFontFace {
  readonly family: ReportFontFamily
  /** A `data:` or `file:` URL; anything that would be fetched from a network is refused. */
  readonly url: string
  readonly format: 'truetype' | 'opentype' | 'woff2'
  readonly weight?: number
  readonly style?: 'normal' | 'italic'
}

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

/**
 * Which optional fonts a text needs: the CJK and emoji fonts are large, so the report includes
 * them only for maps that use them. Pass all the user text at once (for instance
 * `JSON.stringify(doc)`).
 */
export function fontNeeds(text: string): Record<ReportFontFamily, boolean> {
  return { sans: true, cjk: CJK.test(text), emoji: EMOJI.test(text) }
}

/**
 * @font-face rules for the given faces. Throws when a URL is not `data:` or `file:`, so a report
 * can never make the PDF window reach the network.
 *
 * @example
 *   fontFaceCss([{ family: 'sans', url: 'data:font/ttf;base64,…', format: 'truetype' }])
 */
export function fontFaceCss(faces: readonly ReportFontFace[]): string {
  return faces
    .map((face) => {
      if (!/^(data|file):/i.test(face.url)) {
        throw new Error(`A report font must be a data: or file: URL, not ${face.url.slice(0, 40)}`)
      }
      return (
        `@font-face{font-family:"${REPORT_FONT_FAMILIES[face.family]}";` +
        `src:url("${face.url.replace(/["\\\n\r]/g, (c) => encodeURIComponent(c))}") format("${face.format}");` +
        `font-weight:${face.weight ?? 400};font-style:${face.style ?? 'normal'};font-display:block}`
      )
    })
    .join('\n')
}
