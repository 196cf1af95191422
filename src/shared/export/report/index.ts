// The printable report: one HTML document made from the map, printed to PDF by the app.
export {
  reportHtml,
  withFontCss,
  REPORT_SECTIONS,
  REPORT_SECTION_LABELS,
  type ReportSection,
  type ReportOptions,
} from './reportHtml'
export type { ReportBaseline } from './extras'
export { escapeHtml, escapeLines } from './escapeHtml'
export {
  fontFaceCss,
  fontNeeds,
  REPORT_FONT_FAMILIES,
  type ReportFontFace,
  type ReportFontFamily,
} from './fonts'
export { stagePages, contentWidthMm, PAGE_SIZES_MM, MIN_STAGE_COLUMN_MM } from './pageLayout'
