// The views beside the board: Board, Journey, Action plan and Owners as tabs (Ctrl/Cmd+1…4), the
// tools that structure a board, and a side panel with the selected step's details and readiness.
import {
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react'
import { flushSync } from 'react-dom'
import type { Editor } from '../../../shared/commands/editor'
import type { BoardView } from '../board/boardView'
import { FacilitationBar } from '../facilitation/FacilitationBar'
import { getHost } from '../host'
import { ActionPlan } from './ActionPlan'
import { useJourney } from './useJourney'
import { JourneyView } from './JourneyView'
import { OwnersView } from './OwnersView'
import { PeopleDialog } from './PeopleDialog'
import { ReadinessPanel } from './ReadinessPanel'
import { StepDetails } from './StepDetails'
import { StructureDialog } from './StructureDialog'
import { SuggestDialog } from './SuggestDialog'
import { MENU_COMMAND_EVENT, menuCommandOf } from '../session/menuCommandEvent'

export const TABS = [
  { id: 'board', label: 'Board' },
  { id: 'journey', label: 'Journey' },
  { id: 'plan', label: 'Action plan' },
  { id: 'owners', label: 'Owners' },
] as const
export type TabId = (typeof TABS)[number]['id']

type Dialog = 'people' | 'structure' | 'suggest' | null

export function JourneyWorkspace({
  editor,
  view,
  readOnly,
  board,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
  board: ReactNode
}) {
  const [tab, setTab] = useState<TabId>('board')
  const [dialog, setDialog] = useState<Dialog>(null)
  const [panelOpen, setPanelOpen] = useState(true)
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>())
  const ids = useId()
  const shape = useSyncExternalStore(editor.subscribe, () => {
    const { board: b } = editor.getState()
    return b.notes.length === 0 ? 'empty' : b.stages.length === 0 ? 'freeform' : 'staged'
  })
  const unsorted = useJourney(editor).unsorted.length
  const suggestLabel =
    unsorted === 1
      ? 'Suggest a stage for 1 unsorted note'
      : `Suggest stages for ${unsorted.toLocaleString('en-US')} unsorted notes`

  // Structure and Suggest take their own button away when they are done: the closed dialog would
  // leave focus on nothing, so it goes to the board, or to the open tab.
  const hadDialog = useRef(false)
  useEffect(() => {
    const closed = hadDialog.current && dialog === null
    hadDialog.current = dialog !== null
    if (!closed || (document.activeElement && document.activeElement !== document.body)) return
    focusOn(tab, tabRefs.current)
  }, [dialog, tab])

  // View ▸ Toggle Panels (Ctrl/Cmd+\\ in the menu and in a browser) shows or hides the side panel.
  useEffect(() => {
    const onCommand = (event: Event) => {
      if (menuCommandOf(event) === 'view.togglePanels') setPanelOpen((open) => !open)
    }
    // In Electron the menu's accelerator sends the command; in a browser the key does.
    const onKey = (event: KeyboardEvent) => {
      if (getHost().kind !== 'browser') return
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === '\\') {
        event.preventDefault()
        setPanelOpen((open) => !open)
      }
    }
    window.addEventListener(MENU_COMMAND_EVENT, onCommand)
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener(MENU_COMMAND_EVENT, onCommand)
      window.removeEventListener('keydown', onKey)
    }
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      const n = Number(event.key)
      const target = Number.isInteger(n) ? TABS[n - 1] : undefined
      if (!target || document.querySelector('dialog[open]')) return
      event.preventDefault()
      // The keyboard goes with it: the focus was left on the page, or in the panel now hidden.
      flushSync(() => setTab(target.id))
      focusOn(target.id, tabRefs.current)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const focusTab = (id: TabId) => {
    setTab(id)
    tabRefs.current.get(id)?.focus()
  }

  return (
    <div className="workspace">
      <div className="workspace__bar">
        <div
          className="tabs"
          role="tablist"
          aria-label="Views"
          onKeyDown={(event) => {
            const at = TABS.findIndex((t) => t.id === tab)
            const to =
              event.key === 'ArrowRight'
                ? (at + 1) % TABS.length
                : event.key === 'ArrowLeft'
                  ? (at - 1 + TABS.length) % TABS.length
                  : event.key === 'Home'
                    ? 0
                    : event.key === 'End'
                      ? TABS.length - 1
                      : -1
            const next = TABS[to]
            if (!next) return
            event.preventDefault()
            focusTab(next.id)
          }}
        >
          {TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(element) => {
                if (element) tabRefs.current.set(t.id, element)
                else tabRefs.current.delete(t.id)
              }}
              type="button"
              role="tab"
              id={`${ids}-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`${ids}-panel-${t.id}`}
              aria-keyshortcuts={`Control+${i + 1}`}
              tabIndex={tab === t.id ? 0 : -1}
              className="tab"
              title={`${t.label} (Ctrl+${i + 1})`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div className="workspace__tools" role="group" aria-label="Journey tools">
          {shape === 'freeform' && (
            <button
              type="button"
              className="button button--small"
              disabled={readOnly}
              onClick={() => setDialog('structure')}
            >
              Structure this board…
            </button>
          )}
          {shape === 'staged' && unsorted > 0 && (
            <button
              type="button"
              className="button button--small"
              disabled={readOnly}
              aria-label={suggestLabel}
              title={suggestLabel}
              onClick={() => setDialog('suggest')}
            >
              {/* On a narrow window the short form keeps the bar to one row. */}
              <span className="workspace__long" aria-hidden="true">
                {suggestLabel}
              </span>
              <span className="workspace__short" aria-hidden="true">
                {unsorted === 1
                  ? 'Suggest a stage (1)'
                  : `Suggest stages (${unsorted.toLocaleString('en-US')})`}
              </span>
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            onClick={() => setDialog('people')}
          >
            People and departments…
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-expanded={panelOpen}
            aria-controls={`${ids}-side`}
            onClick={() => setPanelOpen((open) => !open)}
          >
            {panelOpen ? 'Hide details' : 'Show details'}
          </button>
        </div>
      </div>
      <FacilitationBar editor={editor} view={view} readOnly={readOnly} onShowTab={setTab} />
      <div className="workspace__body">
        <div className="workspace__main">
          {TABS.map((t) => (
            <div
              key={t.id}
              role="tabpanel"
              id={`${ids}-panel-${t.id}`}
              aria-labelledby={`${ids}-tab-${t.id}`}
              hidden={tab !== t.id}
              className={`workspace__panel workspace__panel--${t.id}`}
              onKeyDown={t.id === 'board' ? undefined : keepFromBoard}
            >
              {t.id === 'board' && board}
              {tab === t.id && t.id === 'journey' && (
                <JourneyView editor={editor} view={view} readOnly={readOnly} />
              )}
              {tab === t.id && t.id === 'plan' && (
                <ActionPlan editor={editor} view={view} readOnly={readOnly} />
              )}
              {tab === t.id && t.id === 'owners' && <OwnersView editor={editor} view={view} />}
            </div>
          ))}
        </div>
        {panelOpen && (
          <aside
            id={`${ids}-side`}
            className="workspace__side"
            aria-label="Step details and readiness"
          >
            <StepDetails editor={editor} view={view} readOnly={readOnly} />
            <ReadinessPanel editor={editor} view={view} />
          </aside>
        )}
      </div>
      {dialog === 'people' && (
        <PeopleDialog editor={editor} readOnly={readOnly} onClose={() => setDialog(null)} />
      )}
      {dialog === 'structure' && (
        <StructureDialog editor={editor} onClose={() => setDialog(null)} />
      )}
      {dialog === 'suggest' && <SuggestDialog editor={editor} onClose={() => setDialog(null)} />}
    </div>
  )
}

/** Keys the board takes as shortcuts (new note, delete, zoom, duplicate) when focus is on no text field. */
const BOARD_KEYS = new Set(['n', 'N', 'Delete', 'Backspace', '+', '=', '-', '_'])

/**
 * Keeps the board's shortcuts to the board: a Backspace on a radio button in Step details, or an
 * "n" on a row of the action plan, must not delete or add a note behind the facilitator's back.
 */
/** Puts the focus on the board, for its tab, else on the tab itself. */
function focusOn(id: TabId, tabs: ReadonlyMap<TabId, HTMLButtonElement>): void {
  const boardElement = id === 'board' ? document.querySelector<HTMLElement>('.board') : null
  ;(boardElement ?? tabs.get(id))?.focus()
}

function keepFromBoard(event: ReactKeyboardEvent): void {
  const target = event.target as HTMLElement
  const typing =
    target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    (target instanceof HTMLInputElement &&
      !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type))
  if (typing) return
  const mod = event.ctrlKey || event.metaKey
  if (
    (!mod && !event.altKey && BOARD_KEYS.has(event.key)) ||
    (mod && event.key.toLowerCase() === 'd')
  ) {
    event.preventDefault()
  }
}
