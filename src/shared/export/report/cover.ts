// The cover: what the map is, when it was printed, the goals the room set and who was there.
import { checkReadiness } from '../../journey'
import { nameOr } from '../labels'
import { count, longDate, type ReportContext } from './context'
import { escapeHtml, escapeLines } from './escapeHtml'

export function coverSection(ctx: ReportContext): string {
  const { doc, journey } = ctx
  const steps = journey.stages.reduce((n, s) => n + s.steps.length, 0) + journey.unsorted.length
  const actions = ctx.actions.length
  const owners = new Set(ctx.actions.flatMap((a) => (a.step.owner ? [a.step.owner.id] : []))).size
  const goals = doc.session.goals.filter((g) => g.text.trim() !== '')
  const participants = doc.session.participants.filter((p) => p.name.trim() !== '')
  const readiness = checkReadiness(doc, ctx.today, journey)
  const fact = (label: string, value: number) =>
    `<div><dt>${label}</dt><dd>${value.toLocaleString('en-US')}</dd></div>`
  return `<section class="report-part cover" aria-label="Cover">
<p class="eyebrow">Customer journey map</p>
<h1 class="text">${escapeHtml(nameOr(doc.title, 'Untitled map'))}</h1>
<p class="date">${escapeHtml(longDate(ctx.today))}</p>
<dl class="facts">${fact('Stages', journey.stages.length)}${fact('Notes', steps)}${fact('Action steps', actions)}${fact('Owners', owners)}</dl>
<h2>Goals</h2>
${
  goals.length === 0
    ? '<p class="empty">No goals were written down.</p>'
    : `<ul>${goals
        .map(
          (g) =>
            `<li><span class="text">${escapeLines(g.text)}</span>${g.group.trim() === '' ? '' : ` <span class="muted">— ${escapeHtml(g.group)}</span>`}</li>`,
        )
        .join('')}</ul>`
}
<h2>Participants</h2>
${
  participants.length === 0
    ? '<p class="empty">No participants listed.</p>'
    : `<p class="text">${participants.map((p) => escapeHtml(p.name)).join(', ')}</p>`
}
<h2>Readiness</h2>
<p>${escapeHtml(readiness.summary)}</p>
<p class="muted">${count(actions, 'action step')} from ${count(journey.stages.length, 'stage')}.</p>
</section>`
}
