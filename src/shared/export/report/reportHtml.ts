// The printable report (the "go pack") as one self-contained HTML document: a pure function of
// the map, printed to PDF by Electron's printToPDF in the app and by Chromium in the tests.
import type { PdfPageSize } from '../../host/host'
import { deriveJourney, isIsoDate } from '../../journey'
import { actionPlan } from '../actionPlan'
import { nameOr } from '../labels'
import { DEFAULT_LEADERSHIP_REVIEW_MONTHS } from '../reviews'
import type { ReportContext, ReportDocument } from './context'
import { coverSection } from './cover'
import { escapeHtml } from './escapeHtml'
import { boardSection, changesSection, type ReportBaseline } from './extras'
import { evidenceSection, focusSection, reviewSection } from './insights'
import { journeySection } from './journeyMap'
import { actionPlanSection, departmentSections, ownerSections } from './plan'
import { cssString, reportCss } from './styles'

export const REPORT_SECTIONS = [
  'cover',
  'journey',
  'board',
  'actionPlan',
  'owners',
  'departments',
  'focus',
  'evidence',
  'review',
  'changes',
] as const
export type ReportSection = (typeof REPORT_SECTIONS)[number]

/** The section labels for the Export dialog's checkboxes. */
export const REPORT_SECTION_LABELS = {
  cover: 'Cover: title, date, goals, participants',
  journey: 'Journey map',
  board: 'A picture of the board',
  actionPlan: 'Action plan',
  owners: 'One page per owner',
  departments: 'One page per department',
  focus: 'Focus areas and votes',
  evidence: 'Evidence per stage',
  review: 'Review schedule',
  changes: 'Changes since a baseline',
} as const satisfies Record<ReportSection, string>

export interface ReportOptions {
  /** The sections to print; they always come in `REPORT_SECTIONS` order. */
  readonly sections: readonly ReportSection[]
  readonly pageSize: PdfPageSize
  readonly landscape: boolean
  /** The printing date, YYYY-MM-DD: on the cover, and where the review schedule starts. */
  readonly today: string
  /** @font-face rules (see `fontFaceCss`); without them the system's fonts are used. */
  readonly fontCss?: string
  readonly leadershipReviewMonths?: number
  /**
   * The board as a PNG data: URL (the renderer draws it) for the 'board' section, which is left
   * out without it.
   */
  readonly boardImage?: string
  /** The baseline the 'changes' section compares with; the section is left out without one. */
  readonly baseline?: ReportBaseline
}

/** The element the font rules go in; `withFontCss` fills it in a report made without them. */
const FONT_STYLE_OPEN = '<style id="journeyboard-fonts">'

/**
 * The report as a complete HTML document with its print stylesheet. Every piece of user text
 * goes through `escapeHtml`; the document has no script, loads nothing from a network (its
 * Content-Security-Policy allows only inline styles and data:/file: fonts and images), and
 * its text never prints below 9 pt: a map too wide for the page continues on the next page.
 * Throws RangeError when `today` is not a date.
 *
 * @example
 *   const html = reportHtml(map, {
 *     sections: ['cover', 'journey', 'actionPlan', 'owners'],
 *     pageSize: 'A4',
 *     landscape: true,
 *     today: '2026-03-02',
 *   })
 *   await host.exportPdf({ html, pageSize: 'A4', landscape: true, suggestedName: 'Onboarding.pdf' })
 */
export function reportHtml(doc: ReportDocument, options: ReportOptions): string {
  if (!isIsoDate(options.today)) {
    throw new RangeError(`Expected a date like 2026-03-31, got "${options.today}"`)
  }
  const journey = deriveJourney(doc)
  const plan = actionPlan(journey)
  const ctx: ReportContext = {
    doc,
    journey,
    plan,
    actions: plan.flatMap((group) =>
      group.steps.map((step) => ({
        step,
        stage: group.stage === null ? 'Not in a stage' : nameOr(group.stage.name, 'Untitled stage'),
      })),
    ),
    today: options.today,
    pageSize: options.pageSize,
    landscape: options.landscape,
    leadershipReviewMonths: options.leadershipReviewMonths ?? DEFAULT_LEADERSHIP_REVIEW_MONTHS,
  }
  const wanted = new Set(options.sections)
  const render: Record<ReportSection, (ctx: ReportContext) => string> = {
    cover: coverSection,
    journey: journeySection,
    board: (c) => boardSection(c, options.boardImage),
    actionPlan: actionPlanSection,
    owners: ownerSections,
    departments: departmentSections,
    focus: focusSection,
    evidence: evidenceSection,
    review: reviewSection,
    changes: (c) => changesSection(c, options.baseline),
  }
  const body = REPORT_SECTIONS.filter((s) => wanted.has(s))
    .map((s) => render[s](ctx))
    .filter((part) => part !== '')
    .join('\n')
  const title = nameOr(doc.title, 'Untitled map')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data: file:; img-src data: file:">
<title>${escapeHtml(title)}</title>
${FONT_STYLE_OPEN}${sanitizeCss(options.fontCss ?? '')}</style>
<style>${reportCss(options.pageSize, options.landscape, cssString(`${title} · ${options.today}`))}</style>
</head>
<body>
${body || '<p class="empty">No sections were chosen.</p>'}
</body>
</html>
`
}

/**
 * Puts @font-face rules into a report made without them: for a shell that owns the font files
 * (the main process) when the report was made elsewhere (the renderer).
 */
export function withFontCss(html: string, fontCss: string): string {
  const at = html.indexOf(FONT_STYLE_OPEN)
  if (at < 0) return html
  const start = at + FONT_STYLE_OPEN.length
  return `${html.slice(0, start)}${sanitizeCss(fontCss)}${html.slice(start)}`
}

/** Font CSS is ours, but make sure it can never close its <style> element. */
function sanitizeCss(css: string): string {
  return css.replace(/<\/?style/gi, '')
}
