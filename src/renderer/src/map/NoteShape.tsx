// One sticky note on the canvas: a coloured square with its text, draggable.
import { memo } from 'react'
import { Group, Rect, Text } from 'react-konva'
import type { Note } from '../../../shared/document'
import { FONT } from './BoardGrid'
import { NOTE_FILL } from './geometry'

export const NOTE_PADDING = 14
export const NOTE_FONT_SIZE = 20

export interface NoteShapeProps {
  readonly note: Note
  readonly selected: boolean
  readonly editing: boolean
  onSelect(id: string): void
  onEdit(id: string): void
  onMove(id: string, x: number, y: number): void
}

export const NoteShape = memo(function NoteShape(props: NoteShapeProps) {
  const { note, selected, editing } = props
  return (
    <Group
      x={note.x}
      y={note.y}
      draggable={!editing}
      onMouseDown={(e) => {
        e.cancelBubble = true
        props.onSelect(note.id)
      }}
      onDblClick={(e) => {
        e.cancelBubble = true
        props.onEdit(note.id)
      }}
      onDragEnd={(e) => {
        e.cancelBubble = true
        props.onMove(note.id, e.target.x(), e.target.y())
      }}
    >
      <Rect
        width={note.width}
        height={note.height}
        fill={NOTE_FILL[note.color]}
        cornerRadius={4}
        shadowColor="#0f172a"
        shadowOpacity={0.18}
        shadowBlur={8}
        shadowOffsetY={3}
        stroke={selected ? '#2563eb' : undefined}
        strokeWidth={selected ? 3 : 0}
      />
      {!editing && (
        <Text
          x={NOTE_PADDING}
          y={NOTE_PADDING}
          width={note.width - NOTE_PADDING * 2}
          height={note.height - NOTE_PADDING * 2}
          text={note.text}
          fontSize={NOTE_FONT_SIZE}
          fontFamily={FONT}
          lineHeight={1.25}
          fill="#1f2a37"
          ellipsis
          listening={false}
        />
      )}
    </Group>
  )
})
