// The stage columns and lanes drawn as a grid, with their headers. Nothing here listens to the
// pointer, so a double-click on the grid counts as a double-click on empty board.
import { memo } from 'react'
import { Group, Line, Rect, Text } from 'react-konva'
import type { Board } from '../../../shared/document'
import { gridBounds, LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from './geometry'

const INK = '#1f2a37'
const LINE = '#d5dbe3'
const BAND = ['#ffffff', '#f6f8fb'] as const

export const BoardGrid = memo(function BoardGrid({ board }: { board: Board }) {
  const grid = gridBounds(board)
  if (!grid) return null
  const { stages, lanes } = board
  return (
    <Group listening={false}>
      <Rect
        x={grid.x}
        y={grid.y}
        width={grid.width}
        height={grid.height}
        fill="#ffffff"
        cornerRadius={6}
        shadowColor="#0f172a"
        shadowOpacity={0.06}
        shadowBlur={18}
        shadowOffsetY={4}
      />
      {lanes.map((lane, i) => (
        <Rect
          key={lane.id}
          x={grid.x}
          y={lane.y}
          width={grid.width}
          height={lane.height}
          fill={BAND[i % 2]}
        />
      ))}
      {lanes.map((lane) => (
        <Line
          key={`l-${lane.id}`}
          points={[grid.x, lane.y, grid.x + grid.width, lane.y]}
          stroke={LINE}
          strokeWidth={1}
        />
      ))}
      {stages.map((stage) => (
        <Line
          key={`s-${stage.id}`}
          points={[stage.x, grid.y, stage.x, grid.y + grid.height]}
          stroke={LINE}
          strokeWidth={1}
        />
      ))}
      <Rect
        x={grid.x}
        y={grid.y}
        width={grid.width}
        height={grid.height}
        stroke="#c3cbd6"
        strokeWidth={1.5}
        cornerRadius={6}
      />
      {stages.map((stage, i) => (
        <Group key={`h-${stage.id}`} x={stage.x} y={grid.y - STAGE_HEADER_HEIGHT}>
          <Rect
            x={6}
            y={6}
            width={stage.width - 12}
            height={STAGE_HEADER_HEIGHT - 14}
            fill="#26364a"
            cornerRadius={8}
          />
          <Text
            x={20}
            y={6}
            width={stage.width - 40}
            height={STAGE_HEADER_HEIGHT - 14}
            text={`${i + 1}   ${stage.name}`}
            fontSize={30}
            fontStyle="bold"
            fontFamily={FONT}
            fill="#ffffff"
            verticalAlign="middle"
            wrap="none"
            ellipsis
          />
        </Group>
      ))}
      {lanes.map((lane) => (
        <Group key={`lh-${lane.id}`} x={grid.x - LANE_HEADER_WIDTH} y={lane.y}>
          <Rect
            x={6}
            y={6}
            width={LANE_HEADER_WIDTH - 14}
            height={lane.height - 12}
            fill="#e9eef5"
            cornerRadius={8}
          />
          <Text
            x={18}
            y={6}
            width={LANE_HEADER_WIDTH - 32}
            height={lane.height - 12}
            text={lane.name}
            fontSize={24}
            fontStyle="bold"
            fontFamily={FONT}
            fill={INK}
            verticalAlign="middle"
            lineHeight={1.25}
          />
        </Group>
      ))}
    </Group>
  )
})

export const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif'
