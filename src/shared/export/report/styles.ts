// The report's print stylesheet: page size and margins, readable type (nothing under 9 pt), page
// breaks between the parts of the go pack, and the journey map's grid.
import type { PdfPageSize } from '../../host/host'
import { REPORT_FONT_FAMILIES } from './fonts'
import { LANE_COLUMN_MM, PAGE_MARGIN_MM } from './pageLayout'
import { NOTE_FILL } from '../../document/colors'

/** Light tints of the board's note colours, dark enough to tell apart on a laser printer. */
/** The PDF's note colours are the board's. */
export const NOTE_TINTS = NOTE_FILL

const FONT_STACK = [
  `"${REPORT_FONT_FAMILIES.sans}"`,
  `"${REPORT_FONT_FAMILIES.cjk}"`,
  `"${REPORT_FONT_FAMILIES.emoji}"`,
  '"Noto Sans"',
  '"Segoe UI"',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans CJK SC"',
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Hiragino Sans"',
  '"Malgun Gothic"',
  '"Apple Color Emoji"',
  '"Segoe UI Emoji"',
  '"Noto Color Emoji"',
  'sans-serif',
].join(', ')

/**
 * The stylesheet for a page size and orientation. `footer` is already a CSS string literal
 * (see `cssString`): it names the map at the foot of every page.
 */
export function reportCss(pageSize: PdfPageSize, landscape: boolean, footer: string): string {
  const tints = Object.entries(NOTE_TINTS)
    .map(([color, tint]) => `.note-${color}{background:${tint}}`)
    .join('')
  return `
@page{size:${pageSize} ${landscape ? 'landscape' : 'portrait'};margin:${PAGE_MARGIN_MM}mm ${PAGE_MARGIN_MM}mm ${PAGE_MARGIN_MM + 4}mm;
@bottom-left{content:${footer};font:9pt ${FONT_STACK};color:#666}
@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt ${FONT_STACK};color:#666}}
*{box-sizing:border-box}
html{font-family:${FONT_STACK};font-size:10pt;line-height:1.35;color:#1b1b1f;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
h1{font-size:26pt;line-height:1.15;margin:0 0 4mm}
h2{font-size:15pt;margin:0 0 3mm}
h3{font-size:12pt;margin:5mm 0 2mm;break-after:avoid}
h2 .part,h3 .part{font-weight:400;color:#555;font-size:10pt;margin-left:2mm}
p{margin:0 0 2mm}
.muted{color:#555}
.report-part{break-before:page}
.report-part:first-child{break-before:auto}
.cover .eyebrow{font-size:11pt;text-transform:uppercase;letter-spacing:.08em;color:#555;margin-top:30mm}
.cover .date{font-size:13pt;color:#333;margin-bottom:8mm}
.facts{display:flex;flex-wrap:wrap;gap:4mm;margin:0 0 8mm;padding:0}
.facts div{border:0.3mm solid #bbb;border-radius:2mm;padding:2mm 4mm;min-width:28mm}
.facts dt{font-size:9pt;color:#555}.facts dd{margin:0;font-size:16pt;font-weight:700}
ul{margin:0 0 3mm;padding-left:5mm}
li{margin:0 0 1mm}
.text{overflow-wrap:anywhere;word-break:normal;white-space:normal}
table{border-collapse:collapse;width:100%;table-layout:fixed}
thead{display:table-header-group}
th,td{text-align:left;vertical-align:top;padding:1.5mm 2mm;border:0.25mm solid #c4c4c8;font-size:9pt;overflow-wrap:anywhere}
thead th{background:#ececf0;font-weight:700}
tr{break-inside:avoid}
.plan col.step{width:34%}
.plan col.date{width:13%}
.map-page{break-before:page}
.map col.lane{width:${LANE_COLUMN_MM}mm}
.map thead th{font-size:11pt}
.map thead th .votes{display:block;font-weight:400;font-size:9pt;color:#555}
.map tbody th{background:#f4f4f6;font-size:9.5pt}
.map tr{break-inside:auto}
.map td{padding:1mm}
.note{border-radius:1.2mm;padding:1.2mm 1.6mm;margin:0 0 1mm;font-size:9pt;line-height:1.3;break-inside:avoid;overflow-wrap:anywhere}
.note .meta{display:block;margin-top:0.6mm;color:#3a3a40;font-size:9pt}
.note.long{break-inside:auto}
${tints}
.handout{break-before:page}
.handout .who{font-size:11pt;color:#333;margin-bottom:5mm}
.summary-line{font-size:11pt;margin-bottom:4mm}
.empty{color:#555;font-style:italic}
.num{text-align:right}
.board-picture{display:block;max-width:100%;width:auto;height:auto;margin:2mm auto 0;border:0.25mm solid #c4c4c8}
.progress{width:60%;margin-bottom:4mm}
`
}

/**
 * A CSS string literal for text going into the stylesheet (the page footer): every character
 * that is not a letter, digit or space is written as a CSS escape, so no text can close the
 * string, the rule or the <style> element.
 */
export function cssString(text: string): string {
  let out = '"'
  for (const char of text.replace(/\s+/g, ' ')) {
    out += /^[\p{L}\p{N} ]$/u.test(char)
      ? char
      : `\\${(char.codePointAt(0) as number).toString(16)} `
  }
  return `${out}"`
}
