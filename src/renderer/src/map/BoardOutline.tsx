// A text outline of what the canvas shows — stages, lanes, and notes in reading order — for
// screen readers (and for tests, which read the board through it).
import type { Editor } from '../../../shared/commands/editor'
import { laneAt, noteCentre, readingOrder, stageAt } from './geometry'
import { useDocument } from './useDocument'

export function BoardOutline({ editor }: { editor: Editor }) {
  const { board } = useDocument(editor)
  const notes = readingOrder(board)
  return (
    <section className="visually-hidden" aria-labelledby="outline-heading">
      <h2 id="outline-heading">Board outline</h2>
      <h3 id="outline-stages">Stages</h3>
      <ul aria-labelledby="outline-stages">
        {board.stages.map((stage) => (
          <li key={stage.id}>{stage.name}</li>
        ))}
      </ul>
      <h3 id="outline-lanes">Lanes</h3>
      <ul aria-labelledby="outline-lanes">
        {board.lanes.map((lane) => (
          <li key={lane.id}>{lane.name}</li>
        ))}
      </ul>
      <h3 id="outline-notes">Notes</h3>
      <ul aria-labelledby="outline-notes">
        {notes.map((note) => {
          const centre = noteCentre(note)
          const stage = stageAt(board.stages, centre.x)
          const lane = laneAt(board.lanes, centre.y)
          const place = [stage?.name, lane?.name].filter(Boolean).join(', ')
          return (
            <li key={note.id}>
              {note.text}
              <span> — {place || 'unsorted'}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
