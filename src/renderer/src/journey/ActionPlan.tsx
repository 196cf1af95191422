// The action plan: every step with its stage, kind, decision, owner, department, deadline and
// status, as a grid that sorts, filters, edits in place and moves like a spreadsheet. Rows are
// drawn only where the grid is scrolled, so 10,000 steps scroll as lightly as 10.
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { setStepFields } from '../../../shared/commands/journey'
import { DECISIONS, STATUSES, type StepWork } from '../../../shared/document'
import type { Step } from '../../../shared/journey'
import type { BoardView } from '../board/boardView'
import { useDocument } from '../map/useDocument'
import { isOverdue } from '../../../shared/journey'
import {
  cellText,
  COLUMN_LABELS,
  COLUMNS,
  EDITABLE,
  NO_FILTERS,
  NONE,
  planRows,
  UNSORTED,
  type Column,
  type Filters,
  type Sort,
} from './actionPlanRows'
import { CellEditor } from './CellEditor'
import { countSteps, DECISION_LABELS, formatDeadline, STATUS_LABELS } from './labels'
import { indexSteps } from './stepIndex'
import { selectNote, todayIso, useJourney, useSelection } from './useJourney'

/** Every row is this tall, so the visible ones follow from the scroll position alone. */
export const ROW_HEIGHT = 44
const HEADER_HEIGHT = 44
const OVERSCAN = 8

interface Cell {
  readonly row: number
  readonly col: number
}

export function ActionPlan({
  editor,
  view,
  readOnly,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
}) {
  const doc = useDocument(editor)
  const journey = useJourney(editor)
  const selection = useSelection(view)
  const index = indexSteps(journey)
  const today = todayIso()
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [sort, setSort] = useState<Sort | null>(null)
  const rows = useMemo(() => planRows(index, filters, sort, today), [index, filters, sort, today])
  const [active, setActive] = useState<Cell>({ row: 0, col: 1 })
  const [editing, setEditing] = useState(false)
  const [scroll, setScroll] = useState({ top: 0, height: 600 })
  const grid = useRef<HTMLDivElement>(null)
  const wantFocus = useRef(false)
  const countId = useId()
  const notesById = useMemo(() => new Map(doc.board.notes.map((n) => [n.id, n])), [doc.board.notes])

  const row = Math.min(active.row, Math.max(0, rows.length - 1))
  const col = active.col

  useLayoutEffect(() => {
    const element = grid.current
    if (!element) return
    const measure = () => setScroll({ top: element.scrollTop, height: element.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // Keyboard moves and finished edits put focus back on the active cell.
  useEffect(() => {
    if (!wantFocus.current || editing) return
    wantFocus.current = false
    grid.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus()
  })

  // A note selected elsewhere (the board, Readiness) brings its row into view.
  useEffect(() => {
    if (selection.size !== 1) return
    const [id] = selection
    const at = rows.findIndex((step) => step.noteId === id)
    const element = grid.current
    if (at < 0 || !element) return
    const top = at * ROW_HEIGHT
    if (
      top < element.scrollTop ||
      top + ROW_HEIGHT > element.scrollTop + element.clientHeight - HEADER_HEIGHT
    ) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 3)
    }
    // Only a new selection moves the grid; re-sorting must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection])

  const moveTo = (next: Cell, select = true) => {
    const r = Math.max(0, Math.min(rows.length - 1, next.row))
    const c = Math.max(0, Math.min(COLUMNS.length - 1, next.col))
    setActive({ row: r, col: c })
    wantFocus.current = true
    const element = grid.current
    if (element) {
      const top = r * ROW_HEIGHT
      const visible = element.clientHeight - HEADER_HEIGHT
      if (top < element.scrollTop) element.scrollTop = top
      else if (top + ROW_HEIGHT > element.scrollTop + visible) {
        element.scrollTop = top + ROW_HEIGHT - visible
      }
    }
    const step = rows[r]
    if (select && step && !(selection.size === 1 && selection.has(step.noteId))) {
      selectNote(view, step.noteId)
    }
  }

  const startEditing = () => {
    const column = COLUMNS[col]
    if (readOnly || !column || !EDITABLE.has(column) || !rows[row]) return
    setEditing(true)
  }

  const finishEditing = (step: Step, patch: Partial<StepWork> | null) => {
    setEditing(false)
    wantFocus.current = true
    const column = COLUMNS[col] ?? 'step'
    if (patch)
      editor.run(`Set ${COLUMN_LABELS[column].toLowerCase()}`, setStepFields([step.noteId], patch))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || rows.length === 0) return
    const page = Math.max(1, Math.floor((scroll.height - HEADER_HEIGHT) / ROW_HEIGHT) - 1)
    const ctrl = event.ctrlKey || event.metaKey
    const moves: Record<string, Cell | undefined> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      PageUp: { row: row - page, col },
      PageDown: { row: row + page, col },
      Home: ctrl ? { row: 0, col: 0 } : { row, col: 0 },
      End: ctrl
        ? { row: rows.length - 1, col: COLUMNS.length - 1 }
        : { row, col: COLUMNS.length - 1 },
    }
    const target = moves[event.key]
    if (target) {
      event.preventDefault()
      moveTo(target)
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault()
      startEditing()
    }
  }

  const first = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(
    rows.length,
    Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN,
  )
  const shown: number[] = []
  for (let i = first; i < last; i++) shown.push(i)
  // The active row keeps the grid's one tab stop, even when scrolled away.
  if (rows.length > 0 && (row < first || row >= last)) shown.push(row)

  const stages = journey.stages
  const people = [...doc.people].sort((a, b) => a.name.localeCompare(b.name))
  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }))
    setActive({ row: 0, col })
  }

  return (
    <div className="plan">
      <div className="plan__filters" role="group" aria-label="Filters">
        <FilterSelect
          label="Filter by stage"
          value={filters.stage}
          onChange={(v) => setFilter('stage', v)}
        >
          <option value="">All stages</option>
          {stages.map((s) => (
            <option key={s.stage.id} value={s.stage.id}>
              {s.stage.name}
            </option>
          ))}
          <option value={UNSORTED}>Unsorted</option>
        </FilterSelect>
        <FilterSelect
          label="Filter by owner"
          value={filters.owner}
          onChange={(v) => setFilter('owner', v)}
        >
          <option value="">All owners</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={NONE}>No owner</option>
        </FilterSelect>
        <FilterSelect
          label="Filter by department"
          value={filters.department}
          onChange={(v) => setFilter('department', v)}
        >
          <option value="">All departments</option>
          {doc.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
          <option value={NONE}>No department</option>
        </FilterSelect>
        <FilterSelect
          label="Filter by decision"
          value={filters.decision}
          onChange={(v) => setFilter('decision', v as Filters['decision'])}
        >
          <option value="">All decisions</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {DECISION_LABELS[d]}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Filter by status"
          value={filters.status}
          onChange={(v) => setFilter('status', v as Filters['status'])}
        >
          <option value="">All statuses</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </FilterSelect>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.overdueOnly}
            onChange={(event) => setFilter('overdueOnly', event.target.checked)}
          />
          Overdue only
        </label>
        <span id={countId} className="plan__count" role="status">
          {rows.length === index.all.length
            ? countSteps(rows.length)
            : `${rows.length.toLocaleString('en-US')} of ${countSteps(index.all.length)}`}
        </span>
      </div>
      <div
        ref={grid}
        className="plan__grid"
        role="grid"
        aria-label="Action plan"
        aria-describedby={countId}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS.length}
        onScroll={(event) =>
          setScroll({
            top: event.currentTarget.scrollTop,
            height: event.currentTarget.clientHeight,
          })
        }
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="plan__head">
          <div role="row" aria-rowindex={1} className="plan__row plan__row--head">
            {COLUMNS.map((column, c) => {
              const direction = sort?.column === column ? sort.direction : undefined
              return (
                <div
                  key={column}
                  role="columnheader"
                  aria-colindex={c + 1}
                  aria-sort={direction ?? 'none'}
                  className="plan__cell plan__cell--head"
                >
                  <button
                    type="button"
                    className="plan__sort"
                    onClick={() =>
                      setSort(
                        direction === undefined
                          ? { column, direction: 'ascending' }
                          : direction === 'ascending'
                            ? { column, direction: 'descending' }
                            : null,
                      )
                    }
                  >
                    {COLUMN_LABELS[column]}
                    <span aria-hidden="true" className="plan__arrow">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
                    </span>
                  </button>
                </div>
              )
            })}
          </div>
        </div>
        <div role="rowgroup" className="plan__body" style={{ height: rows.length * ROW_HEIGHT }}>
          {rows.length === 0 && (
            <div role="row" aria-rowindex={2} className="plan__empty">
              <div role="gridcell">
                {index.all.length === 0
                  ? 'No steps yet: write notes on the board and they appear here.'
                  : 'No steps match these filters.'}
              </div>
            </div>
          )}
          {shown.map((r) => {
            const step = rows[r] as Step
            const note = notesById.get(step.noteId)
            const overdue = isOverdue(step, today)
            return (
              <div
                key={step.noteId}
                role="row"
                aria-rowindex={r + 2}
                aria-selected={selection.has(step.noteId)}
                className={`plan__row${selection.has(step.noteId) ? ' plan__row--selected' : ''}`}
                style={{ top: r * ROW_HEIGHT }}
              >
                {COLUMNS.map((column, c) => {
                  const isActive = r === row && c === col
                  const editingHere = isActive && editing
                  return (
                    <div
                      key={column}
                      role="gridcell"
                      aria-colindex={c + 1}
                      aria-readonly={readOnly || !EDITABLE.has(column)}
                      data-cell={`${r}:${c}`}
                      tabIndex={isActive && !editing ? 0 : -1}
                      className={`plan__cell plan__cell--${column}${isActive ? ' plan__cell--active' : ''}`}
                      onClick={() => {
                        if (!editingHere) moveTo({ row: r, col: c })
                      }}
                      onDoubleClick={() => {
                        if (readOnly || !EDITABLE.has(column)) return
                        setActive({ row: r, col: c })
                        setEditing(true)
                      }}
                    >
                      {editingHere ? (
                        <CellEditor
                          column={column}
                          step={step}
                          departmentId={note?.step.departmentId ?? null}
                          people={doc.people}
                          departments={doc.departments}
                          today={today}
                          label={`${COLUMN_LABELS[column]} of “${truncate(step.text)}”`}
                          onDone={(patch) => finishEditing(step, patch)}
                        />
                      ) : (
                        <CellView
                          column={column}
                          step={step}
                          text={cellText(step, column, index)}
                          overdue={overdue}
                        />
                      )}
                    </div>
                  )
                })}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

function CellView({
  column,
  step,
  text,
  overdue,
}: {
  column: Column
  step: Step
  text: string
  overdue: boolean
}) {
  if (column === 'deadline') {
    return step.deadline === null ? (
      <span className="plan__none">No deadline</span>
    ) : (
      <>
        <span>{formatDeadline(step.deadline)}</span>
        {overdue && <span className="badge badge--overdue">Overdue</span>}
      </>
    )
  }
  if (column === 'owner' && step.owner === null) return <span className="plan__none">No owner</span>
  if (column === 'decision') {
    return <span className={`badge badge--${step.decision}`}>{text}</span>
  }
  return <span className="plan__text">{text}</span>
}

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string
  value: string
  onChange(value: string): void
  children: ReactNode
}) {
  return (
    <select
      className="input input--compact"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {children}
    </select>
  )
}

function truncate(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ')
  return line.length > 40 ? `${line.slice(0, 39)}…` : line
}
