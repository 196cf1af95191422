// The action plan grouped by stage, and the handouts: one page per owner and one per department
// with their steps and deadlines, earliest first, for each person to take out of the room.
import type { Department, Person } from '../../document/types'
import type { Step } from '../../journey'
import { byDeadline } from '../actionPlan'
import { nameOr } from '../labels'
import {
  count,
  deadlineHtml,
  decisionHtml,
  departmentHtml,
  longDate,
  ownerHtml,
  statusHtml,
  stepTextHtml,
  type ReportContext,
} from './context'
import { escapeHtml } from './escapeHtml'
import { reviewSchedule } from '../reviews'

type Column = 'stage' | 'step' | 'decision' | 'owner' | 'department' | 'deadline' | 'status'

const HEADINGS = {
  stage: 'Stage',
  step: 'Step',
  decision: 'Decision',
  owner: 'Owner',
  department: 'Department',
  deadline: 'Deadline',
  status: 'Status',
} as const satisfies Record<Column, string>

const COL_CLASS: Partial<Record<Column, string>> = { step: 'step', deadline: 'date' }

function table(rows: readonly { step: Step; stage: string }[], columns: readonly Column[]): string {
  const cell = (row: { step: Step; stage: string }, column: Column): string => {
    switch (column) {
      case 'stage':
        return `<span class="text">${escapeHtml(row.stage)}</span>`
      case 'step':
        return stepTextHtml(row.step)
      case 'decision':
        return decisionHtml(row.step)
      case 'owner':
        return ownerHtml(row.step)
      case 'department':
        return departmentHtml(row.step)
      case 'deadline':
        return deadlineHtml(row.step.deadline)
      case 'status':
        return statusHtml(row.step)
    }
  }
  return `<table class="plan"><colgroup>${columns
    .map((c) => (COL_CLASS[c] ? `<col class="${COL_CLASS[c]}">` : '<col>'))
    .join('')}</colgroup>
<thead><tr>${columns.map((c) => `<th scope="col">${HEADINGS[c]}</th>`).join('')}</tr></thead>
<tbody>${rows.map((row) => `<tr>${columns.map((c) => `<td>${cell(row, c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`
}

export function actionPlanSection(ctx: ReportContext): string {
  const groups = ctx.plan.map((group) => {
    const name =
      group.stage === null ? 'Not in a stage' : nameOr(group.stage.name, 'Untitled stage')
    return `<h3><span class="text">${escapeHtml(name)}</span> <span class="part">${count(group.steps.length, 'step')}</span></h3>
${
  group.steps.length === 0
    ? '<p class="empty">No tasks in this stage yet.</p>'
    : table(
        group.steps.map((step) => ({ step, stage: name })),
        ['step', 'decision', 'owner', 'department', 'deadline', 'status'],
      )
}`
  })
  return `<section class="report-part" aria-label="Action plan"><h2>Action plan</h2>
${ctx.plan.length === 0 ? '<p class="empty">The board has no stages and no tasks yet.</p>' : groups.join('\n')}</section>`
}

export function ownerSections(ctx: ReportContext): string {
  const byOwner = new Map<string, { step: Step; stage: string }[]>()
  const unowned: { step: Step; stage: string }[] = []
  for (const action of ctx.actions) {
    if (action.step.owner === null) {
      unowned.push(action)
      continue
    }
    const list = byOwner.get(action.step.owner.id)
    if (list) list.push(action)
    else byOwner.set(action.step.owner.id, [action])
  }
  const departments = new Map(ctx.doc.departments.map((d) => [d.id, d]))
  const pages = ctx.doc.people
    .filter((person) => byOwner.has(person.id))
    .map((person) => ownerPage(ctx, person, byOwner.get(person.id) ?? [], departments))
  if (unowned.length > 0) {
    pages.push(`<section class="report-part handout" aria-label="Steps without an owner">
<h2>Steps without an owner</h2>
<p class="summary-line">${count(unowned.length, 'step')} still need${unowned.length === 1 ? 's' : ''} someone to take ${unowned.length === 1 ? 'it' : 'them'}.</p>
${table(sorted(unowned), ['deadline', 'stage', 'step', 'decision', 'department', 'status'])}</section>`)
  }
  if (pages.length === 0) {
    return `<section class="report-part handout" aria-label="Owners"><h2>Owners</h2><p class="empty">No step has an owner yet.</p></section>`
  }
  return pages.join('\n')
}

function ownerPage(
  ctx: ReportContext,
  person: Person,
  rows: { step: Step; stage: string }[],
  departments: ReadonlyMap<string, Department>,
): string {
  const name = nameOr(person.name, 'Unnamed person')
  const department = person.departmentId === null ? undefined : departments.get(person.departmentId)
  const who = [person.role, department?.name ?? ''].filter((s) => s.trim() !== '')
  const list = sorted(rows)
  const dated = list.filter((r) => r.step.deadline !== null)
  const first = dated[0]?.step.deadline
  const open = list.filter((r) => r.step.status !== 'done' && r.step.status !== 'cancelled').length
  return `<section class="report-part handout" aria-label="Handout for ${escapeHtml(name)}">
<p class="muted text">${escapeHtml(nameOr(ctx.doc.title, 'Untitled map'))} · ${escapeHtml(longDate(ctx.today))}</p>
<h2 class="text">${escapeHtml(name)}</h2>
${who.length > 0 ? `<p class="who text">${who.map(escapeHtml).join(' · ')}</p>` : ''}
<p class="summary-line">${count(list.length, 'step')}, ${open.toLocaleString('en-US')} open${
    first ? `; the first deadline is ${escapeHtml(longDate(first))}` : ''
  }${dated.length < list.length ? `; ${count(list.length - dated.length, 'step')} without a deadline` : ''}.</p>
${table(list, ['deadline', 'stage', 'step', 'decision', 'department', 'status'])}</section>`
}

export function departmentSections(ctx: ReportContext): string {
  const byDepartment = new Map<string, { step: Step; stage: string }[]>()
  for (const action of ctx.actions) {
    const id = action.step.department?.id
    if (id === undefined) continue
    const list = byDepartment.get(id)
    if (list) list.push(action)
    else byDepartment.set(id, [action])
  }
  const schedule = new Map(
    reviewSchedule(ctx.doc, ctx.today, {
      leadershipReviewMonths: ctx.leadershipReviewMonths,
      count: 3,
    }).departments.map((r) => [r.department.id, r]),
  )
  const pages = ctx.doc.departments
    .filter((d) => byDepartment.has(d.id))
    .map((department) => {
      const name = nameOr(department.name, 'Unnamed department')
      const rows = sorted(byDepartment.get(department.id) ?? [])
      const reviews = schedule.get(department.id)
      const cadence =
        department.reviewIntervalWeeks === null
          ? 'No review interval set yet.'
          : `Reviews every ${count(department.reviewIntervalWeeks, 'week')}; next: ${(reviews?.dates ?? []).map(longDate).join(', ')}.`
      const owners = new Set(rows.flatMap((r) => (r.step.owner ? [r.step.owner.id] : []))).size
      return `<section class="report-part handout" aria-label="Handout for ${escapeHtml(name)}">
<p class="muted text">${escapeHtml(nameOr(ctx.doc.title, 'Untitled map'))} · ${escapeHtml(longDate(ctx.today))}</p>
<h2 class="text">${escapeHtml(name)}</h2>
<p class="who">${escapeHtml(cadence)}</p>
<p class="summary-line">${count(rows.length, 'step')}, ${count(owners, 'owner')}.</p>
${table(rows, ['deadline', 'stage', 'step', 'owner', 'decision', 'status'])}</section>`
    })
  if (pages.length === 0) {
    return `<section class="report-part handout" aria-label="Departments"><h2>Departments</h2><p class="empty">No step belongs to a department yet.</p></section>`
  }
  return pages.join('\n')
}

function sorted(rows: readonly { step: Step; stage: string }[]): { step: Step; stage: string }[] {
  const stageOf = new Map(rows.map((r) => [r.step, r.stage]))
  return byDeadline(rows.map((r) => r.step)).map((step) => ({
    step,
    stage: stageOf.get(step) ?? '',
  }))
}
