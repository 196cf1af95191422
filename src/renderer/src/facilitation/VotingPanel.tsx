// Dot voting on one laptop: the facilitator starts a round (dots per person, one dot per note or
// not, which notes), participants take turns clicking notes on the board, "Next voter" hides the
// previous voter's dots until the reveal, and ending the round writes the counts on the notes.
import { useId, useState, type ReactNode } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import type { Checked } from '../../../shared/commands/journey'
import {
  currentBallot,
  currentRound,
  describeScope,
  discardRound,
  dotsLeft,
  endRound,
  markTopPainPoints,
  nextVoter,
  placeDot,
  ranking,
  revealVotes,
  startRound,
  tally,
  type RankedNote,
} from '../../../shared/commands/session'
import type { VotingRound, VotingScope } from '../../../shared/document'
import type { BoardView } from '../board/boardView'
import { useSelection } from '../journey/useJourney'
import { useDocument } from '../map/useDocument'

type ScopeChoice = 'all' | 'lane' | 'selection'

export function VotingPanel({
  editor,
  view,
  readOnly,
}: {
  editor: Editor
  view: BoardView
  readOnly: boolean
}) {
  const doc = useDocument(editor)
  const selection = useSelection(view)
  const ids = useId()
  const round = currentRound(doc)
  const [message, setMessage] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const run = <T extends object>(label: string, checked: Checked<T>): boolean => {
    if (!checked.ok) {
      setMessage(checked.message)
      return false
    }
    editor.run(label, checked.recipe)
    setMessage(null)
    return true
  }
  const lastEnded = [...doc.session.voting.rounds].reverse().find((r) => r.endedAt !== null)

  return (
    <section className="fac-panel__section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="fac-panel__title">
        Dot voting
      </h2>
      {round ? (
        <OpenRound
          round={round}
          editor={editor}
          view={view}
          readOnly={readOnly}
          selection={selection}
          run={run}
        />
      ) : (
        lastEnded === undefined && (
          <StartForm editor={editor} selection={selection} readOnly={readOnly} run={run} />
        )
      )}
      {!round && lastEnded && (
        <Results
          round={lastEnded}
          ranked={ranking(lastEnded.results, doc.board)}
          heading={`Result of ${lastEnded.name}`}
          footer={
            !readOnly && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  const marked = markTopPainPoints(doc, lastEnded.id, 3)
                  if (run('Mark focus areas', marked) && marked.ok) {
                    const n = marked.noteIds.length
                    setNotice(
                      `${n} ${n === 1 ? 'pain point is' : 'pain points are'} now focus areas.`,
                    )
                  }
                }}
              >
                Mark top pain points as focus areas
              </button>
            )
          }
        />
      )}
      <p className="hint" role="status" aria-label="Voting notice">
        {notice}
      </p>
      {message && (
        <p className="field__error" role="alert">
          {message}
        </p>
      )}
      {!round && lastEnded && (
        <details className="vote-again">
          <summary>Start another round</summary>
          <StartForm editor={editor} selection={selection} readOnly={readOnly} run={run} />
        </details>
      )}
    </section>
  )
}

function StartForm({
  editor,
  selection,
  readOnly,
  run,
}: {
  editor: Editor
  selection: ReadonlySet<string>
  readOnly: boolean
  run: <T extends object>(label: string, checked: Checked<T>) => boolean
}) {
  const doc = useDocument(editor)
  const ids = useId()
  const lanes = doc.board.lanes
  const painLane = lanes.find((l) => l.kind === 'pain-point')
  const [votes, setVotes] = useState(String(doc.session.voting.votesPerPerson || 3))
  const [voters, setVoters] = useState('3')
  const [onePerNote, setOnePerNote] = useState(doc.session.voting.oneVotePerNote)
  const [choice, setChoice] = useState<ScopeChoice>('all')
  const [laneId, setLaneId] = useState(painLane?.id ?? lanes[0]?.id ?? '')

  const scope: VotingScope =
    choice === 'all' ? 'all' : choice === 'lane' ? { laneId } : { noteIds: [...selection] }

  return (
    <form
      className="vote-form"
      aria-label="New voting round"
      onSubmit={(event) => {
        event.preventDefault()
        run(
          'Start voting round',
          startRound(doc, {
            votesPerPerson: Number(votes),
            voters: Number(voters),
            oneVotePerNote: onePerNote,
            scope,
          }),
        )
      }}
    >
      <div className="vote-form__row">
        <label className="field">
          <span className="field__label">Dots per person</span>
          <input
            className="input input--compact input--number"
            type="number"
            min={1}
            max={100}
            value={votes}
            onChange={(event) => setVotes(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">Voters</span>
          <input
            className="input input--compact input--number"
            type="number"
            min={1}
            max={100}
            value={voters}
            onChange={(event) => setVoters(event.target.value)}
          />
        </label>
      </div>
      <label className="fac-check">
        <input
          type="checkbox"
          checked={onePerNote}
          onChange={(event) => setOnePerNote(event.target.checked)}
        />
        At most one dot per note
      </label>
      <fieldset className="fac-fieldset">
        <legend className="field__label">Which notes</legend>
        <label className="fac-check">
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={choice === 'all'}
            onChange={() => setChoice('all')}
          />
          All notes
        </label>
        <label className="fac-check">
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={choice === 'lane'}
            disabled={lanes.length === 0}
            onChange={() => setChoice('lane')}
          />
          One lane
        </label>
        {choice === 'lane' && (
          <select
            className="input input--compact"
            aria-label="Lane to vote on"
            value={laneId}
            onChange={(event) => setLaneId(event.target.value)}
          >
            {lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name || 'Untitled lane'}
              </option>
            ))}
          </select>
        )}
        <label className="fac-check">
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={choice === 'selection'}
            disabled={selection.size === 0}
            onChange={() => setChoice('selection')}
          />
          The selected notes ({selection.size})
        </label>
      </fieldset>
      <button type="submit" className="button button--small button--primary" disabled={readOnly}>
        Start voting round
      </button>
    </form>
  )
}

function OpenRound({
  round,
  editor,
  view,
  readOnly,
  selection,
  run,
}: {
  round: VotingRound
  editor: Editor
  view: BoardView
  readOnly: boolean
  selection: ReadonlySet<string>
  run: <T extends object>(label: string, checked: Checked<T>) => boolean
}) {
  const doc = useDocument(editor)
  const ballot = currentBallot(round)
  const left = dotsLeft(round)
  const turn = round.ballots.length
  const last = turn >= round.voters
  const selected = selection.size === 1 ? [...selection][0] : undefined
  return (
    <div className="vote-round">
      <p className="vote-round__rules">
        {round.name}: {round.votesPerPerson} {round.votesPerPerson === 1 ? 'dot' : 'dots'} each
        {round.oneVotePerNote ? ', one per note' : ''}, on {describeScope(doc.board, round.scope)}.
      </p>
      {round.revealed ? (
        <Results
          round={round}
          ranked={ranking(tally(round, doc.board), doc.board)}
          heading="Votes revealed"
        />
      ) : (
        <>
          <p className="vote-round__turn" role="status" aria-label="Voting turn">
            <strong>
              {ballot?.voter ?? 'Voter'} of {round.voters}
            </strong>
            <span className="vote-round__left">
              <Dots left={left} total={round.votesPerPerson} /> {left} {left === 1 ? 'dot' : 'dots'}{' '}
              left
            </span>
          </p>
          <p className="hint">
            Click notes on the board to place a dot; Shift+click takes one back. The other voters’
            dots stay hidden until you reveal them.
          </p>
          <button
            type="button"
            className="button button--small"
            disabled={readOnly || !selected}
            onClick={() => selected && run('Place dot', placeDot(doc, selected))}
          >
            Dot on the selected note
          </button>
        </>
      )}
      <div className="vote-round__actions">
        {!round.revealed && (
          <button
            type="button"
            className="button button--small"
            disabled={readOnly || last}
            title={last ? 'Everyone has voted' : undefined}
            onClick={() => {
              if (run('Next voter', nextVoter(doc))) view.clearSelection()
            }}
          >
            Next voter
          </button>
        )}
        {!round.revealed && (
          <button
            type="button"
            className={`button button--small${last ? ' button--primary' : ''}`}
            disabled={readOnly}
            onClick={() => run('Reveal votes', revealVotes(doc))}
          >
            Reveal votes
          </button>
        )}
        <button
          type="button"
          className={`button button--small${round.revealed ? ' button--primary' : ''}`}
          disabled={readOnly}
          onClick={() => run('End voting round', endRound(doc))}
        >
          End round
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={readOnly}
          onClick={() => run('Discard voting round', discardRound(doc))}
        >
          Discard round
        </button>
      </div>
    </div>
  )
}

function Dots({ left, total }: { left: number; total: number }) {
  if (total > 12) return null
  return (
    <span className="vote-dots" aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={`vote-dot${i < left ? '' : ' vote-dot--used'}`} />
      ))}
    </span>
  )
}

function Results({
  round,
  ranked,
  heading,
  footer,
}: {
  round: VotingRound
  ranked: readonly RankedNote[]
  heading: string
  footer?: ReactNode
}) {
  const ids = useId()
  const total = round.ballots.reduce((n, b) => n + b.noteIds.length, 0)
  return (
    <div className="vote-results">
      <h3 id={`${ids}-h`} className="vote-results__title">
        {heading}
      </h3>
      {ranked.length === 0 ? (
        <p className="fac-empty">No dots were placed.</p>
      ) : (
        <ol className="vote-results__list" aria-labelledby={`${ids}-h`}>
          {ranked.map((r) => (
            <li key={r.noteId} className="vote-results__item">
              <span className="vote-results__rank" aria-hidden="true">
                {r.rank}.
              </span>
              <span className="vote-results__text">
                {r.note ? r.note.text || 'An empty note' : 'A note that was deleted'}
                {r.note?.focus && <span className="badge badge--focus">Focus</span>}
              </span>
              <span className="vote-results__votes">
                {r.votes} {r.votes === 1 ? 'vote' : 'votes'}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="hint">
        {round.ballots.length} {round.ballots.length === 1 ? 'voter' : 'voters'}, {total}{' '}
        {total === 1 ? 'dot' : 'dots'}.
      </p>
      {footer}
    </div>
  )
}
