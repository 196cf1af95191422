// The report's two optional sections: a picture of the board (a PNG the renderer drew, passed in
// as a data: URL) and what changed since a baseline.
import { isIsoDate } from '../../journey'
import { comparableJourney, compareJourneys } from '../../journey/compare'
import { changeTables, progressRows, progressSummary } from '../changes'
import { journeyData } from '../json'
import { nameOr } from '../labels'
import { count, longDate, type ReportContext } from './context'
import { escapeHtml } from './escapeHtml'
import { PAGE_MARGIN_MM, PAGE_SIZES_MM } from './pageLayout'

/** A picture the report will show: base64 PNG, JPEG or WebP data, nothing that could load. */
const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/

/** A baseline as stored in the file (`Baseline`): its journey is read defensively. */
export interface ReportBaseline {
  readonly name: string
  readonly takenAt: string
  readonly journey: unknown
}

/**
 * The board on a page of its own, as large as the page allows without distorting it. Empty when
 * no picture was given (the section is then left out); a note when the picture is not an image.
 */
export function boardSection(ctx: ReportContext, image: string | undefined): string {
  if (image === undefined) return ''
  const { journey } = ctx
  const notes = journey.stages.reduce((n, s) => n + s.steps.length, 0) + journey.unsorted.length
  const described = `${count(notes, 'note')} in ${count(journey.stages.length, 'stage')} and ${count(journey.lanes.length, 'lane')}`
  const [width, height] = PAGE_SIZES_MM[ctx.pageSize]
  // The page's printable height, less the heading and caption above the picture.
  const room = (ctx.landscape ? width : height) - 2 * PAGE_MARGIN_MM - 4 - 22
  const body = IMAGE_DATA_URL.test(image)
    ? `<img class="board-picture" src="${escapeHtml(image)}" alt="${escapeHtml(`The board: ${described}`)}" style="max-height:${room.toFixed(1)}mm">`
    : '<p class="empty">The picture of the board could not be included.</p>'
  return `<section class="report-part board" aria-label="The board"><h2>The board</h2>
<p class="muted">${escapeHtml(described)}, as on ${escapeHtml(longDate(ctx.today))}.</p>
${body}
</section>`
}

/** What changed since `baseline`: empty when there is none (the section is left out). */
export function changesSection(ctx: ReportContext, baseline: ReportBaseline | undefined): string {
  if (baseline === undefined) return ''
  const name = escapeHtml(nameOr(baseline.name, 'Untitled baseline'))
  const day = baseline.takenAt.slice(0, 10)
  const taken = isIsoDate(day) ? `taken ${escapeHtml(longDate(day))}` : ''
  const head = `<section class="report-part" aria-label="Changes since the baseline"><h2>Changes since “${name}”<span class="part">${taken}</span></h2>`
  const before = comparableJourney(baseline.journey)
  if (before === null) {
    return `${head}\n<p class="empty">This baseline could not be read, so there is nothing to compare.</p>\n</section>`
  }
  const changes = compareJourneys(before, journeyData(ctx.doc))
  const progress = `<table class="plan progress"><colgroup><col><col style="width:18%"><col style="width:18%"></colgroup>
<thead><tr><th scope="col">Action steps</th><th scope="col" class="num">Baseline</th><th scope="col" class="num">Now</th></tr></thead>
<tbody>${progressRows(changes)
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.status)}</th><td class="num">${r.before}</td><td class="num">${r.after}</td></tr>`,
    )
    .join('')}</tbody></table>`
  const tables = changeTables(changes)
    .map(
      (t) => `<h3>${escapeHtml(t.heading)}<span class="part">${t.rows.length}</span></h3>
<table class="plan changes-${t.id}"><thead><tr>${t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>${t.rows
        .map(
          (r) =>
            `<tr>${r.cells.map((c) => `<td><span class="text">${escapeHtml(c)}</span></td>`).join('')}</tr>`,
        )
        .join('\n')}</tbody></table>`,
    )
    .join('\n')
  const summary =
    changes.changeCount === 0
      ? 'Nothing in the journey changed since the baseline.'
      : `${count(changes.changeCount, 'change')} since the baseline.`
  return `${head}
<p class="summary-line">${escapeHtml(summary)} ${escapeHtml(progressSummary(changes))}</p>
${progress}
${tables}
</section>`
}
