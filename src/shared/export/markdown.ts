// The journey and its action plan as Markdown, for wikis and git: stages as headings, lanes as
// lists, the action plan as a table. User text is escaped so it can never become markup or HTML.
import type { JourneyDocument } from '../document/types'
import { deriveJourney, type Step } from '../journey'
import { actionPlan } from './actionPlan'
import { DECISION_LABELS, STATUS_LABELS, nameOr } from './labels'

/**
 * The map as a Markdown document: the title, then the journey stage by stage with each lane's
 * notes as a list (notes in no lane under "Other notes", unsorted notes last), then the action
 * plan as one table (stage, step, decision, owner, department, deadline, status).
 *
 * @example
 *   journeyMarkdown(map).split('\n')[0] // '# B2B onboarding workshop'
 */
export function journeyMarkdown(
  doc: Pick<JourneyDocument, 'title' | 'board' | 'people' | 'departments' | 'metrics'>,
): string {
  const journey = deriveJourney(doc)
  const out: string[] = [`# ${inline(nameOr(doc.title, 'Untitled map'))}`, '', '## Journey', '']
  if (journey.stages.length === 0) out.push('_The board has no stages yet._', '')
  journey.stages.forEach((stage, i) => {
    out.push(`### ${i + 1}. ${inline(nameOr(stage.stage.name, 'Untitled stage'))}`, '')
    const lanes = stage.lanes.filter((l) => l.steps.length > 0)
    for (const lane of lanes) {
      out.push(
        `**${inline(nameOr(lane.lane.name, 'Untitled lane'))}**`,
        '',
        ...lane.steps.map(item),
        '',
      )
    }
    if (stage.unlaned.length > 0) {
      out.push(
        lanes.length > 0 ? '**Other notes**' : '**Notes**',
        '',
        ...stage.unlaned.map(item),
        '',
      )
    }
    if (stage.steps.length === 0) out.push('_No notes in this stage._', '')
  })
  if (journey.unsorted.length > 0) {
    out.push('### Unsorted notes', '', ...journey.unsorted.map(item), '')
  }

  out.push('## Action plan', '')
  const rows = actionPlan(journey).flatMap((group) =>
    group.steps.map((step) => [
      group.stage === null ? 'Unsorted' : nameOr(group.stage.name, 'Untitled stage'),
      step.text,
      DECISION_LABELS[step.decision],
      step.owner?.name ?? '',
      step.department?.name ?? '',
      step.deadline ?? '',
      STATUS_LABELS[step.status],
    ]),
  )
  if (rows.length === 0) {
    out.push('_No tasks yet._', '')
  } else {
    out.push(
      '| Stage | Step | Decision | Owner | Department | Deadline | Status |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      '',
    )
  }
  return out.join('\n')
}

/** A list item; a note of several lines keeps them as hard line breaks inside the item. */
function item(step: Step): string {
  const lines = step.text
    .split(/\r\n|\r|\n/)
    .map((line) => inline(line.trim()))
    .filter((line) => line !== '')
  return `- ${lines.length > 0 ? lines.join('\\\n  ') : '_(empty note)_'}`
}

/** A table cell: one line, pipes and markup escaped. */
function cell(text: string): string {
  return inline(text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').trim())
}

/**
 * Escapes the characters that would start Markdown or HTML: every ASCII punctuation mark that
 * CommonMark lets a backslash escape and that means something inline, plus a leading `#`, `+`,
 * `-`, `=` or a number followed by `.` or `)`, which would start a heading, a list or a rule.
 */
export function inline(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>|~!&]/g, (c) => `\\${c}`)
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}
