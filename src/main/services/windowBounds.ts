// Where the main window opens: the saved position and size when they still make sense, otherwise
// a window that fits and is centred on the first display (after a monitor was unplugged, a
// resolution change, or a settings file from another machine).

export interface WindowBounds {
  x: number
  y: number
  width: number
  height: number
  maximized: boolean
}

export interface DisplayArea {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export const MIN_WINDOW_WIDTH = 800
export const MIN_WINDOW_HEIGHT = 600

/** How much of a window must be on a display for it to be reachable with the mouse. */
const MIN_VISIBLE_WIDTH = 100
const MIN_VISIBLE_HEIGHT = 50

/**
 * The bounds to open the window with. The size is at least 800×600 and at most the display's
 * work area; a window mostly on one display is moved fully onto it; a window on no display is
 * centred on the first one. `saved` is validated: anything else falls back to `defaults`.
 */
export function restoreBounds(
  saved: unknown,
  displays: readonly DisplayArea[],
  defaults: { width: number; height: number },
): WindowBounds {
  const primary: DisplayArea = displays[0] ?? {
    x: 0,
    y: 0,
    width: Math.max(defaults.width, MIN_WINDOW_WIDTH),
    height: Math.max(defaults.height, MIN_WINDOW_HEIGHT),
  }
  const valid = parseBounds(saved)
  if (valid === null) return centred(defaults, primary, false)

  const home = displayShowing(valid, displays)
  if (home === null) return centred(valid, primary, valid.maximized)
  const width = fit(valid.width, MIN_WINDOW_WIDTH, home.width)
  const height = fit(valid.height, MIN_WINDOW_HEIGHT, home.height)
  return {
    x: clamp(valid.x, home.x, home.x + home.width - width),
    y: clamp(valid.y, home.y, home.y + home.height - height),
    width,
    height,
    maximized: valid.maximized,
  }
}

function parseBounds(value: unknown): WindowBounds | null {
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  const { x, y, width, height, maximized } = record
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return null
  if (!isFiniteNumber(width) || !isFiniteNumber(height) || width <= 0 || height <= 0) return null
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
    maximized: maximized === true,
  }
}

/** The display showing most of the window, if any shows enough of it to grab. */
function displayShowing(
  bounds: WindowBounds,
  displays: readonly DisplayArea[],
): DisplayArea | null {
  let best: DisplayArea | null = null
  let bestArea = 0
  for (const display of displays) {
    const overlapWidth =
      Math.min(bounds.x + bounds.width, display.x + display.width) - Math.max(bounds.x, display.x)
    const overlapHeight =
      Math.min(bounds.y + bounds.height, display.y + display.height) - Math.max(bounds.y, display.y)
    if (overlapWidth < MIN_VISIBLE_WIDTH || overlapHeight < MIN_VISIBLE_HEIGHT) continue
    const area = overlapWidth * overlapHeight
    if (area > bestArea) {
      best = display
      bestArea = area
    }
  }
  return best
}

function centred(
  size: { width: number; height: number },
  display: DisplayArea,
  maximized: boolean,
): WindowBounds {
  const width = fit(size.width, MIN_WINDOW_WIDTH, display.width)
  const height = fit(size.height, MIN_WINDOW_HEIGHT, display.height)
  return {
    x: display.x + Math.round((display.width - width) / 2),
    y: display.y + Math.round((display.height - height) / 2),
    width,
    height,
    maximized,
  }
}

/** At least `min`, at most what the display can show (a display smaller than `min` wins). */
function fit(value: number, min: number, available: number): number {
  return Math.round(Math.min(Math.max(value, min), available))
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high))
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}
