// What the Export dialog's button does for each format: make the file from the map and hand it
// to the Host, which asks where and writes it atomically. Every outcome comes back as words for
// the dialog, never as a thrown error.
import type { Baseline, JourneyDocument } from '../../../shared/document'
import {
  EXPORT_FORMAT_INFO,
  exportDocument,
  exportFileName,
  reportHtml,
  type ExportFormat,
  type ReportSection,
} from '../../../shared/export'
import type { Host, HostResult, PdfPageSize, SavedFile } from '../../../shared/host/host'
import { boardPictureDataUrl, boardPng } from './boardPng'

export type ExportChoice = 'pdf' | ExportFormat | 'png'

export interface PdfSettings {
  readonly pageSize: PdfPageSize
  readonly landscape: boolean
  readonly sections: readonly ReportSection[]
  /** The baseline the 'changes' section compares with. */
  readonly baselineId: string | null
}

export type ExportOutcome =
  | { readonly kind: 'saved'; readonly message: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly message: string }

/** The report as HTML, with the board's picture when that section is chosen. */
export function buildReport(doc: JourneyDocument, settings: PdfSettings, today: string): string {
  const wants = (s: ReportSection) => settings.sections.includes(s)
  const baseline: Baseline | undefined = wants('changes')
    ? doc.baselines.find((b) => b.id === settings.baselineId)
    : undefined
  return reportHtml(doc, {
    sections: settings.sections,
    pageSize: settings.pageSize,
    landscape: settings.landscape,
    today,
    boardImage: wants('board') ? (boardPictureDataUrl(doc.board) ?? undefined) : undefined,
    baseline,
  })
}

export async function exportPdf(
  host: Host,
  doc: JourneyDocument,
  settings: PdfSettings,
  today: string,
): Promise<ExportOutcome> {
  return attempt(async () =>
    host.exportPdf({
      html: buildReport(doc, settings, today),
      pageSize: settings.pageSize,
      landscape: settings.landscape,
      suggestedName: exportFileName(doc.title, 'pdf'),
    }),
  )
}

export async function exportText(
  host: Host,
  doc: JourneyDocument,
  format: ExportFormat,
  now: Date,
): Promise<ExportOutcome> {
  return attempt(async () =>
    host.saveExport({
      suggestedName: exportFileName(doc.title, format),
      data: exportDocument(doc, format, { now }),
      mimeType: EXPORT_FORMAT_INFO[format].mimeType,
    }),
  )
}

export async function exportPng(
  host: Host,
  doc: JourneyDocument,
  scale: number,
): Promise<ExportOutcome> {
  return attempt(async () => {
    const png = await boardPng(doc.board, scale)
    return host.saveExport({
      suggestedName: exportFileName(doc.title, 'png'),
      data: png.bytes,
      mimeType: 'image/png',
    })
  })
}

async function attempt(run: () => Promise<HostResult<SavedFile> | null>): Promise<ExportOutcome> {
  try {
    const result = await run()
    if (result === null) return { kind: 'cancelled' }
    if (!result.ok) return { kind: 'error', message: result.error.message }
    return {
      kind: 'saved',
      message: result.value.notice ?? `Saved “${result.value.file.name}”.`,
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { kind: 'error', message: `Nothing was exported: ${reason}` }
  }
}
