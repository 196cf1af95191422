// `journeyboard summary`: the map in a few lines of plain text for a terminal or a CI log.
import type { JourneyDocument } from '../shared/document'
import { actionPlan, DECISION_LABELS } from '../shared/export'
import { checkReadiness, deriveJourney, type Step } from '../shared/journey'

/** The summary text: stages with step counts, decisions, owners with counts, readiness gaps. */
export function summaryText(doc: JourneyDocument, today: string): string {
  const journey = deriveJourney(doc)
  const plan = actionPlan(journey)
  const actions = plan.flatMap((g) => g.steps)
  const notes = doc.board.notes.length
  const out: string[] = [
    doc.title.trim() || 'Untitled map',
    `${count(journey.stages.length, 'stage')}, ${count(notes, 'note')}, ${count(actions.length, 'action step')}, ${count(doc.people.length, 'person', 'people')}, ${count(doc.departments.length, 'department')}`,
    '',
    'Stages',
  ]
  if (journey.stages.length === 0) out.push('  (none: the board has no stage columns)')
  const width = Math.max(0, ...journey.stages.map((s) => s.stage.name.length))
  journey.stages.forEach((s, i) => {
    const steps = plan[i]?.steps.length ?? 0
    out.push(
      `  ${String(i + 1).padStart(2)}. ${(s.stage.name || 'Untitled stage').padEnd(width)}  ${column(s.steps.length, 'note')}  ${column(steps, 'action step')}`,
    )
  })
  if (journey.unsorted.length > 0)
    out.push(`      Not in a stage: ${count(journey.unsorted.length, 'note')}`)

  out.push('', 'Decisions')
  for (const decision of ['automate', 'human', 'undecided'] as const) {
    const n = actions.filter((s) => s.decision === decision).length
    out.push(`  ${DECISION_LABELS[decision].padEnd(12)} ${String(n).padStart(3)}`)
  }

  out.push('', 'Owners')
  const byOwner = new Map<string, Step[]>()
  for (const step of actions) {
    const key = step.owner?.id ?? ''
    byOwner.set(key, [...(byOwner.get(key) ?? []), step])
  }
  const owners = doc.people.filter((p) => byOwner.has(p.id))
  if (owners.length === 0) out.push('  (no step has an owner yet)')
  const ownerWidth = Math.max(10, ...owners.map((p) => p.name.length))
  for (const person of owners) {
    const steps = byOwner.get(person.id) ?? []
    const dated = steps
      .map((s) => s.deadline)
      .filter((d): d is string => d !== null)
      .sort()
    const undated = steps.length - dated.length
    out.push(
      `  ${(person.name || 'Unnamed person').padEnd(ownerWidth)}  ${column(steps.length, 'step')}` +
        (dated[0] ? `, first deadline ${dated[0]}` : '') +
        (undated > 0 ? `, ${undated} without a deadline` : ''),
    )
  }
  const unowned = byOwner.get('')?.length ?? 0
  if (unowned > 0) out.push(`  ${'(no owner)'.padEnd(ownerWidth)}  ${column(unowned, 'step')}`)

  const readiness = checkReadiness(doc, today, journey)
  out.push('', `Readiness on ${today}: ${readiness.summary}`)
  for (const item of readiness.items) {
    if (!item.ok) out.push(`  - ${item.label}: ${item.detail}`)
  }
  return `${out.join('\n')}\n`
}

/** A count right-aligned in five places, then its noun: "   12 steps". */
function column(n: number, noun: string): string {
  return `${n.toLocaleString('en-US').padStart(5)} ${n === 1 ? noun : `${noun}s`}`
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`
}
