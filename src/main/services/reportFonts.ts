// The report's fonts from resources/fonts as @font-face rules with data: URLs: the main process
// adds them to the report before printing (withFontCss), tests and the PDF benchmark pass them to
// reportHtml as `fontCss`. Only the large CJK and emoji fonts the map actually needs are read.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fontFaceCss, fontNeeds, type ReportFontFace } from '../../shared/export'

interface FontFile {
  readonly file: string
  readonly face: Omit<ReportFontFace, 'url'>
  readonly mime: string
}

export const REPORT_FONT_FILES: readonly FontFile[] = [
  {
    file: 'NotoSans-Regular.ttf',
    face: { family: 'sans', format: 'truetype', weight: 400 },
    mime: 'font/ttf',
  },
  {
    file: 'NotoSans-Bold.ttf',
    face: { family: 'sans', format: 'truetype', weight: 700 },
    mime: 'font/ttf',
  },
  {
    file: 'NotoSans-Italic.ttf',
    face: { family: 'sans', format: 'truetype', weight: 400, style: 'italic' },
    mime: 'font/ttf',
  },
  {
    file: 'NotoSansCJKsc-Regular-subset.otf',
    face: { family: 'cjk', format: 'opentype', weight: 400 },
    mime: 'font/otf',
  },
  {
    file: 'NotoColorEmoji.ttf',
    face: { family: 'emoji', format: 'truetype', weight: 400 },
    mime: 'font/ttf',
  },
]

/**
 * The @font-face CSS for a report of `text` (all the map's user text, e.g. JSON.stringify(doc)),
 * read from `fontsDir` (resources/fonts). Throws the file system's error when a font is missing.
 */
export async function reportFontCss(text: string, fontsDir: string): Promise<string> {
  const needs = fontNeeds(text)
  const files = REPORT_FONT_FILES.filter((f) => needs[f.face.family])
  const faces = await Promise.all(
    files.map(async (f) => ({
      ...f.face,
      url: `data:${f.mime};base64,${(await readFile(join(fontsDir, f.file))).toString('base64')}`,
    })),
  )
  return fontFaceCss(faces)
}
