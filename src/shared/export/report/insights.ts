// The sections that guide the follow-up: where the room voted (focus areas), what evidence each
// stage rests on, and when the map is reviewed.
import { SOURCE_KINDS } from '../../document/types'
import type { Step } from '../../journey'
import { SOURCE_LABELS, nameOr } from '../labels'
import { reviewSchedule } from '../reviews'
import { count, longDate, stepTextHtml, type ReportContext } from './context'
import { escapeHtml } from './escapeHtml'

/** How many top-voted pain points the focus areas list. */
export const FOCUS_LIMIT = 10

export function focusSection(ctx: ReportContext): string {
  const { journey } = ctx
  const voted: { step: Step; stage: string }[] = []
  for (const stage of journey.stages) {
    for (const step of stage.steps) {
      if (step.kind === 'pain-point' && step.votes > 0) {
        voted.push({ step, stage: nameOr(stage.stage.name, 'Untitled stage') })
      }
    }
  }
  const top = voted
    .map((v, i) => ({ ...v, i }))
    .sort((a, b) => b.step.votes - a.step.votes || a.i - b.i)
    .slice(0, FOCUS_LIMIT)
  const stages = journey.stages.filter((s) => s.votes > 0)
  return `<section class="report-part" aria-label="Focus areas"><h2>Focus areas</h2>
<h3>Top-voted pain points</h3>
${
  top.length === 0
    ? '<p class="empty">No pain point has votes yet.</p>'
    : `<table class="plan"><colgroup><col style="width:12%"><col style="width:22%"><col></colgroup>
<thead><tr><th scope="col" class="num">Votes</th><th scope="col">Stage</th><th scope="col">Pain point</th></tr></thead>
<tbody>${top
        .map(
          (t) =>
            `<tr><td class="num">${t.step.votes}</td><td><span class="text">${escapeHtml(t.stage)}</span></td><td>${stepTextHtml(t.step)}</td></tr>`,
        )
        .join('\n')}</tbody></table>`
}
<h3>Votes by stage</h3>
${
  stages.length === 0
    ? '<p class="empty">No votes yet.</p>'
    : `<table class="plan"><colgroup><col><col style="width:16%"></colgroup>
<thead><tr><th scope="col">Stage</th><th scope="col" class="num">Votes</th></tr></thead>
<tbody>${stages
        .map(
          (s) =>
            `<tr><td><span class="text">${escapeHtml(nameOr(s.stage.name, 'Untitled stage'))}</span></td><td class="num">${s.votes}</td></tr>`,
        )
        .join('\n')}</tbody></table>`
}</section>`
}

export function evidenceSection(ctx: ReportContext): string {
  const rows = ctx.journey.stages.map((s) => ({
    name: nameOr(s.stage.name, 'Untitled stage'),
    steps: s.steps,
  }))
  if (ctx.journey.unsorted.length > 0)
    rows.push({ name: 'Not in a stage', steps: ctx.journey.unsorted })
  const counts = (steps: readonly Step[]) =>
    SOURCE_KINDS.map((kind) => steps.filter((s) => s.source.kind === kind).length)
  const total = SOURCE_KINDS.map(() => 0)
  const body = rows.map((row) => {
    const c = counts(row.steps)
    c.forEach((n, i) => (total[i] = (total[i] as number) + n))
    return `<tr><td><span class="text">${escapeHtml(row.name)}</span></td>${c.map((n) => `<td class="num">${n}</td>`).join('')}<td class="num">${row.steps.length}</td></tr>`
  })
  return `<section class="report-part" aria-label="Evidence"><h2>Evidence per stage</h2>
<p class="muted">Notes by where they came from: evidence before opinions.</p>
${
  rows.length === 0
    ? '<p class="empty">The board has no notes in stages yet.</p>'
    : `<table class="plan"><thead><tr><th scope="col">Stage</th>${SOURCE_KINDS.map((k) => `<th scope="col" class="num">${SOURCE_LABELS[k]}</th>`).join('')}<th scope="col" class="num">All notes</th></tr></thead>
<tbody>${body.join('\n')}
<tr><th scope="row">All stages</th>${total.map((n) => `<th class="num">${n}</th>`).join('')}<th class="num">${total.reduce((a, b) => a + b, 0)}</th></tr></tbody></table>`
}</section>`
}

export function reviewSection(ctx: ReportContext): string {
  const schedule = reviewSchedule(ctx.doc, ctx.today, {
    leadershipReviewMonths: ctx.leadershipReviewMonths,
    count: 4,
  })
  const rows = schedule.departments.map(
    (r) =>
      `<tr><td><span class="text">${escapeHtml(nameOr(r.department.name, 'Unnamed department'))}</span></td><td>${
        r.intervalWeeks === null
          ? '<span class="empty">Not set</span>'
          : `Every ${count(r.intervalWeeks, 'week')}`
      }</td><td>${r.dates.map(longDate).join(', ') || '<span class="empty">—</span>'}</td></tr>`,
  )
  rows.push(
    `<tr><th scope="row">Leadership (whole map)</th><td>Every ${count(schedule.leadership.intervalMonths, 'month')}</td><td>${schedule.leadership.dates.map(longDate).join(', ')}</td></tr>`,
  )
  return `<section class="report-part" aria-label="Review schedule"><h2>Review schedule</h2>
<p class="muted">Counted from ${escapeHtml(longDate(ctx.today))}. Each review compares the map with its baseline: steps done, deadlines moved, owners changed.</p>
<table class="plan"><colgroup><col style="width:28%"><col style="width:20%"><col></colgroup>
<thead><tr><th scope="col">Who reviews</th><th scope="col">How often</th><th scope="col">Next reviews</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`
}
