// The text export formats in one table, so the Export dialog, the menu and the command line
// offer the same list and call the same functions.
import type { JourneyDocument } from '../document/types'
import { jsonCanvas } from './canvas'
import { actionPlanCsv } from './csv'
import { deadlinesIcs } from './ics'
import { journeyJson } from './json'
import { journeyMarkdown } from './markdown'

export const EXPORT_FORMATS = ['csv', 'md', 'json', 'ics', 'canvas'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportFormatInfo {
  readonly label: string
  readonly extension: string
  readonly mimeType: string
}

export const EXPORT_FORMAT_INFO = {
  csv: { label: 'Action plan (CSV)', extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  md: {
    label: 'Journey and action plan (Markdown)',
    extension: 'md',
    mimeType: 'text/markdown;charset=utf-8',
  },
  json: { label: 'Journey data (JSON)', extension: 'json', mimeType: 'application/json' },
  ics: {
    label: 'Deadlines and reviews (iCalendar)',
    extension: 'ics',
    mimeType: 'text/calendar;charset=utf-8',
  },
  canvas: { label: 'Board (JSON Canvas)', extension: 'canvas', mimeType: 'application/json' },
} as const satisfies Record<ExportFormat, ExportFormatInfo>

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value)
}

/**
 * The map in one of the text formats. `now` dates the calendar (DTSTAMP, review series); the
 * other formats do not depend on it.
 *
 * @example
 *   await host.saveExport({
 *     suggestedName: exportFileName(map.title, 'ics'),
 *     data: exportDocument(map, 'ics', { now: new Date() }),
 *     mimeType: EXPORT_FORMAT_INFO.ics.mimeType,
 *   })
 */
export function exportDocument(
  doc: JourneyDocument,
  format: ExportFormat,
  options: { now: Date; leadershipReviewMonths?: number },
): string {
  switch (format) {
    case 'csv':
      return actionPlanCsv(doc)
    case 'md':
      return journeyMarkdown(doc)
    case 'json':
      return journeyJson(doc)
    case 'ics':
      return deadlinesIcs(doc, options)
    case 'canvas':
      return jsonCanvas(doc)
  }
}

/**
 * A file name for an export: the map's title without characters file systems refuse, and the
 * format's extension.
 *
 * @example
 *   exportFileName('B2B onboarding: Q3', 'csv') // 'B2B onboarding- Q3 action plan.csv'
 */
export function exportFileName(title: string, format: ExportFormat | 'pdf' | 'png'): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 120) || 'Journey'
  const suffix = {
    csv: ' action plan',
    md: '',
    json: ' journey',
    ics: ' deadlines',
    canvas: '',
    pdf: '',
    png: ' board',
  }[format]
  const extension =
    format === 'pdf' || format === 'png' ? format : EXPORT_FORMAT_INFO[format].extension
  return `${base}${suffix}.${extension}`
}
