// "What changed since the baseline" as plain-text tables: the app's Compare panel and the PDF's
// changes section show the same headings, columns and words.
import { STATUSES } from '../document/types'
import type { FieldChange, JourneyComparison } from '../journey/compare'
import { DECISION_LABELS, STATUS_LABELS, nameOr } from './labels'

export interface ChangeTable {
  /** Stable key, e.g. 'moved'. */
  readonly id: string
  readonly heading: string
  readonly columns: readonly string[]
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[] }[]
}

const stageName = (name: string | null) =>
  name === null ? 'Not in a stage' : nameOr(name, 'Untitled stage')
const stepText = (text: string) => (text.trim() === '' ? '(empty note)' : text)
const ownerName = (name: string | null) =>
  name === null ? 'No owner' : nameOr(name, 'Unnamed person')
const deadline = (date: string | null) => date ?? 'No deadline'

/**
 * The comparison's lists as tables, in the order a review reads them (structure first, then the
 * plan); only the lists with something in them.
 */
export function changeTables(changes: JourneyComparison): ChangeTable[] {
  const tables: ChangeTable[] = [
    {
      id: 'stages',
      heading: 'Stages',
      columns: ['Change', 'Stage'],
      rows: [
        ...changes.stagesAdded.map((s) => ({
          key: `added-${s.id}`,
          cells: ['Added', stageName(s.name)],
        })),
        ...changes.stagesRemoved.map((s) => ({
          key: `removed-${s.id}`,
          cells: ['Removed', stageName(s.name)],
        })),
        ...changes.stagesRenamed.map((s) => ({
          key: `renamed-${s.id}`,
          cells: ['Renamed', `${stageName(s.from)} → ${stageName(s.to)}`],
        })),
      ],
    },
    {
      id: 'moved',
      heading: 'Steps moved between stages',
      columns: ['Step', 'From', 'To'],
      rows: changes.stepsMoved.map((m) => ({
        key: m.id,
        cells: [stepText(m.text), stageName(m.from), stageName(m.to)],
      })),
    },
    {
      id: 'added',
      heading: 'Steps added',
      columns: ['Step', 'Stage'],
      rows: changes.stepsAdded.map((s) => ({
        key: s.id,
        cells: [stepText(s.text), stageName(s.stage)],
      })),
    },
    {
      id: 'removed',
      heading: 'Steps removed',
      columns: ['Step', 'Stage (in the baseline)'],
      rows: changes.stepsRemoved.map((s) => ({
        key: s.id,
        cells: [stepText(s.text), stageName(s.stage)],
      })),
    },
    fieldTable('decisions', 'Decisions changed', changes.decisions, (d) => DECISION_LABELS[d]),
    fieldTable('owners', 'Owners changed', changes.owners, ownerName),
    fieldTable('deadlines', 'Deadlines changed', changes.deadlines, deadline),
    fieldTable('statuses', 'Status changes', changes.statuses, (s) => STATUS_LABELS[s]),
  ]
  return tables.filter((t) => t.rows.length > 0)
}

function fieldTable<T>(
  id: string,
  heading: string,
  list: readonly FieldChange<T>[],
  label: (value: T) => string,
): ChangeTable {
  return {
    id,
    heading,
    columns: ['Step', 'Stage', 'Baseline', 'Now'],
    rows: list.map((c) => ({
      key: c.id,
      cells: [stepText(c.text), stageName(c.stage), label(c.from), label(c.to)],
    })),
  }
}

/** Action steps by status, baseline and now: rows for a small table. */
export function progressRows(
  changes: JourneyComparison,
): { status: string; before: number; after: number }[] {
  return STATUSES.map((s) => ({
    status: STATUS_LABELS[s],
    before: changes.progress.before[s],
    after: changes.progress.after[s],
  }))
}

/** One line on progress, e.g. "Action steps done: 0 % at the baseline, 12 % now." */
export function progressSummary(changes: JourneyComparison): string {
  const { donePercentBefore, donePercentAfter } = changes.progress
  return `Action steps done: ${donePercentBefore} % at the baseline, ${donePercentAfter} % now.`
}
