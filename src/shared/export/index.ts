// The export module's public face: the map as CSV, Markdown, JSON, iCalendar, JSON Canvas and the
// printable report's HTML, all pure functions of the document. Import from here.
export { actionPlan, isActionStep, byDeadline, type ActionPlanGroup } from './actionPlan'
export { actionPlanCsv, csvCell, CSV_COLUMNS } from './csv'
export { journeyMarkdown } from './markdown'
export {
  journeyJson,
  journeyData,
  JOURNEY_JSON_VERSION,
  type JourneyData,
  type JourneyStepData,
} from './json'
export { deadlinesIcs, icsText, foldLine, type IcsOptions } from './ics'
export { jsonCanvas, jsonCanvasData, type JsonCanvas, type CanvasNode } from './canvas'
export { reviewSchedule, DEFAULT_LEADERSHIP_REVIEW_MONTHS, type ReviewSchedule } from './reviews'
export {
  EXPORT_FORMATS,
  EXPORT_FORMAT_INFO,
  exportDocument,
  exportFileName,
  isExportFormat,
  type ExportFormat,
} from './formats'
export { DECISION_LABELS, STATUS_LABELS, KIND_LABELS, SOURCE_LABELS } from './labels'
export { changeTables, progressRows, progressSummary, type ChangeTable } from './changes'
export * from './report'
