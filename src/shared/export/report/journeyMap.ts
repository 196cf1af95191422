// The journey map for the wall: stages across, lanes down. When the stages do not fit the page
// width at a readable size, the map continues on the next page with the lane headers repeated.
import type { Step } from '../../journey'
import { nameOr } from '../labels'
import { count, type ReportContext } from './context'
import { escapeHtml, escapeLines } from './escapeHtml'
import { stagePages } from './pageLayout'

/** Notes longer than this may break across pages instead of jumping whole to the next one. */
const LONG_NOTE = 600

export function journeySection(ctx: ReportContext): string {
  const { journey, doc } = ctx
  const colorOf = new Map(doc.board.notes.map((n) => [n.id, n.color]))
  const card = (step: Step): string => {
    const meta = [
      step.owner ? escapeHtml(nameOr(step.owner.name, 'Unnamed person')) : '',
      step.deadline ? escapeHtml(step.deadline) : '',
      step.votes > 0 ? count(step.votes, 'vote') : '',
    ].filter((part) => part !== '')
    const long = step.text.length > LONG_NOTE ? ' long' : ''
    return `<div class="note note-${colorOf.get(step.noteId) ?? 'yellow'}${long}"><span class="text">${
      step.text.trim() === '' ? '<span class="empty">(empty note)</span>' : escapeLines(step.text)
    }</span>${meta.length > 0 ? `<span class="meta">${meta.join(' · ')}</span>` : ''}</div>`
  }

  if (journey.stages.length === 0) {
    return `<section class="report-part map-page" aria-label="Journey map"><h2>Journey map</h2>
<p class="empty">The board has no stages yet: draw the stage columns to turn the notes into a journey.</p>
${unsortedList(ctx, card)}</section>`
  }

  const ranges = stagePages(journey.stages.length, ctx.pageSize, ctx.landscape)
  const pages = ranges.map(([start, end], p) => {
    const stages = journey.stages.slice(start, end)
    const rows = journey.lanes.map((lane, l) => ({
      name: nameOr(lane.name, 'Untitled lane'),
      cells: stages.map((s) => s.lanes[l]?.steps ?? []),
    }))
    if (stages.some((s) => s.unlaned.length > 0)) {
      rows.push({
        name: journey.lanes.length === 0 ? 'Notes' : 'Other notes',
        cells: stages.map((s) => s.unlaned),
      })
    }
    const part =
      ranges.length > 1
        ? `<span class="part">part ${p + 1} of ${ranges.length}: stages ${start + 1}–${end} of ${journey.stages.length}</span>`
        : ''
    return `<section class="${p === 0 ? 'report-part ' : ''}map-page" aria-label="Journey map${ranges.length > 1 ? `, part ${p + 1}` : ''}">
<h2>Journey map${part}</h2>
<table class="map"><colgroup><col class="lane">${stages.map(() => '<col>').join('')}</colgroup>
<thead><tr><th scope="col">Lane</th>${stages
      .map(
        (s, i) =>
          `<th scope="col"><span class="text">${start + i + 1}. ${escapeHtml(nameOr(s.stage.name, 'Untitled stage'))}</span>${
            s.votes > 0 ? `<span class="votes">${count(s.votes, 'vote')}</span>` : ''
          }</th>`,
      )
      .join('')}</tr></thead>
<tbody>${rows
      .map(
        (row) =>
          `<tr><th scope="row"><span class="text">${escapeHtml(row.name)}</span></th>${row.cells
            .map((steps) => `<td>${steps.map(card).join('')}</td>`)
            .join('')}</tr>`,
      )
      .join('\n')}</tbody></table>
${p === ranges.length - 1 ? unsortedList(ctx, card) : ''}</section>`
  })
  return pages.join('\n')
}

function unsortedList(ctx: ReportContext, card: (step: Step) => string): string {
  const { unsorted } = ctx.journey
  if (unsorted.length === 0) return ''
  return `<h3>Not in a stage <span class="part">${count(unsorted.length, 'note')}</span></h3>
<div class="unsorted">${unsorted.map(card).join('')}</div>`
}
