// The workshop's phases across the top of the workspace: a stepper for the method's six steps,
// the facilitator's prompt for the current one, and its tools first — goals, voting, the timer,
// presentation mode. The current phase is saved in the map; nothing is locked by it.
import { useEffect, useId, useRef, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { PHASE_INFO, setPhase } from '../../../shared/commands/session'
import { PHASES, type Phase } from '../../../shared/document'
import type { BoardView } from '../board/boardView'
import { useDocument } from '../map/useDocument'
import { GoalsPanel } from './GoalsPanel'
import { Presentation } from './Presentation'
import { TimerAnnouncer, TimerDisplay, TimerPanel } from './TimerPanel'
import { useTimer } from './useTimer'
import { VotingPanel } from './VotingPanel'
import './facilitation.css'

type Tool = 'goals' | 'voting' | 'timer' | 'plan' | 'present'
type Panel = 'goals' | 'voting' | 'timer'
/** The workspace tabs a phase may bring to the front. */
export type WorkspaceTab = 'board' | 'journey' | 'plan' | 'owners'

const TOOL_LABELS: Record<Tool, string> = {
  goals: 'Goals',
  voting: 'Dot voting',
  timer: 'Timer',
  plan: 'Action plan',
  present: 'Present',
}

/** Each phase's tools, the one that fits it best first. */
const PHASE_TOOLS: Record<Phase, readonly Tool[]> = {
  goals: ['goals', 'timer', 'voting', 'present'],
  homework: ['timer', 'goals', 'voting', 'present'],
  map: ['timer', 'voting', 'goals', 'present'],
  decide: ['voting', 'timer', 'goals', 'present'],
  assign: ['plan', 'timer', 'goals', 'present'],
  review: ['present', 'goals', 'voting', 'timer'],
}

/** What entering a phase opens: a panel, a tab, or nothing. */
const PHASE_OPENS: Record<Phase, { panel?: Panel; tab?: WorkspaceTab }> = {
  goals: { panel: 'goals' },
  homework: { tab: 'board' },
  map: { tab: 'board' },
  decide: { panel: 'voting', tab: 'board' },
  assign: { tab: 'plan' },
  review: { tab: 'journey' },
}

export function FacilitationBar({
  editor,
  view,
  readOnly,
  onShowTab,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
  onShowTab(tab: WorkspaceTab): void
}) {
  const doc = useDocument(editor)
  const phase = doc.session.phase
  const ids = useId()
  const [panel, setPanel] = useState<Panel | null>(null)
  const [presenting, setPresenting] = useState(false)
  const timer = useTimer()
  const panelRef = useRef<HTMLDivElement>(null)
  const info = PHASE_INFO[phase]

  const goTo = (next: Phase) => {
    if (!readOnly && next !== phase) editor.run(`Go to ${PHASE_INFO[next].label}`, setPhase(next))
    const opens = PHASE_OPENS[next]
    if (opens.tab) onShowTab(opens.tab)
    setPanel(opens.panel ?? null)
  }

  const openTool = (tool: Tool) => {
    if (tool === 'plan') onShowTab('plan')
    else if (tool === 'present') setPresenting(true)
    else {
      setPanel((open) => (open === tool ? null : tool))
      if (tool === 'voting') onShowTab('board')
    }
  }

  useEffect(() => {
    if (!panel) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !panelRef.current?.contains(event.target as Node)) return
      if (event.defaultPrevented) return
      setPanel(null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [panel])

  const at = PHASES.indexOf(phase)
  const tools = PHASE_TOOLS[phase]
  return (
    <div className="facilitation">
      <div className="facilitation__row">
        <nav className="phases" aria-label="Workshop phases">
          <ol className="phases__list">
            {PHASES.map((p, i) => (
              <li key={p} className="phases__item">
                <button
                  type="button"
                  className={`phases__step${i < at ? ' phases__step--done' : ''}`}
                  aria-current={p === phase ? 'step' : undefined}
                  title={`Step ${i + 1}: ${PHASE_INFO[p].label}`}
                  onClick={() => goTo(p)}
                >
                  <span className="phases__number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="phases__label">{PHASE_INFO[p].label}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="facilitation__tools" role="group" aria-label="Workshop tools">
          {tools.map((tool, i) => (
            <button
              key={tool}
              type="button"
              className={`button button--small${i === 0 ? ' button--primary' : ''}`}
              aria-expanded={
                tool === 'goals' || tool === 'voting' || tool === 'timer'
                  ? panel === tool
                  : undefined
              }
              aria-controls={tool === panel ? `${ids}-panel` : undefined}
              onClick={() => openTool(tool)}
            >
              {TOOL_LABELS[tool]}
            </button>
          ))}
        </div>
      </div>
      <p className="facilitation__prompt" aria-label="Facilitator prompt">
        <strong>
          Step {at + 1} of 6 · {info.label}:
        </strong>{' '}
        {info.prompt}
      </p>
      {panel && (
        <div ref={panelRef} id={`${ids}-panel`} className="fac-panel">
          <button
            type="button"
            className="fac-icon fac-panel__close"
            aria-label={`Close ${TOOL_LABELS[panel]}`}
            onClick={() => setPanel(null)}
          >
            <span aria-hidden="true">×</span>
          </button>
          {panel === 'goals' && <GoalsPanel editor={editor} readOnly={readOnly} />}
          {panel === 'voting' && <VotingPanel editor={editor} view={view} readOnly={readOnly} />}
          {panel === 'timer' && <TimerPanel editor={editor} controls={timer} readOnly={readOnly} />}
        </div>
      )}
      {!presenting && <TimerDisplay controls={timer} variant="board" />}
      <TimerAnnouncer controls={timer} />
      {presenting && (
        <Presentation editor={editor} timer={timer} onClose={() => setPresenting(false)} />
      )}
    </div>
  )
}
