// The copies the board keeps of readable notes: made while the browser is idle, and freed while
// it is idle too, never inside the frame that let them go (a zoom drops a whole scale's copies).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NoteSprites } from '../../../../src/renderer/src/board/noteSprites'
import type { Rect } from '../../../../src/renderer/src/map/geometry'
import { note } from '../../helpers/boards'

/**
 * A 2D context that accepts every call; text is 50 units wide per character at any size, and the
 * font's ascent and descent are 19 and 5 px.
 */
const context: unknown = new Proxy(
  {},
  {
    get: (_, key) =>
      key === 'measureText'
        ? (text: string) => ({
            width: text.length * 50,
            fontBoundingBoxAscent: 19,
            fontBoundingBoxDescent: 5,
          })
        : key === 'getTransform'
          ? () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 })
          : () => undefined,
    set: () => true,
  },
)

/** Every canvas a copy was made in, in order. */
let made: FakeCanvas[] = []
class FakeCanvas {
  constructor(
    public width: number,
    public height: number,
  ) {
    made.push(this)
  }
  getContext() {
    return context
  }
}

interface Deadline {
  didTimeout: boolean
  timeRemaining: () => number
}
/** Idle callbacks waiting for the browser to be idle (a cancelled one becomes a no-op). */
let idle: ((deadline: Deadline) => void)[] = []
/** Callbacks cancelled before they ran, by handle. */
let cancelled = new Set<number>()
let lastHandle = 0
/** The longest each idle callback asked to wait for an idle period before running anyway. */
let timeouts: (number | undefined)[] = []
/** Runs the idle callbacks scheduled so far, each with `ms` of idle time left at every check. */
function runIdle(ms: () => number = () => 50) {
  const due = idle
  idle = []
  for (const callback of due) callback({ didTimeout: false, timeRemaining: ms })
}
/** Runs them as the browser does when no idle period came in time: as tasks, with no idle time. */
function runTimedOut() {
  const due = idle
  idle = []
  for (const callback of due) callback({ didTimeout: true, timeRemaining: () => 0 })
}

/** Runs idle periods until no idle work is left (at most 100 of them). */
function runAllIdle() {
  for (let i = 0; i < 100 && idle.length > 0; i++) runIdle()
  expect(idle).toHaveLength(0)
}

const globals = globalThis as Record<string, unknown>
beforeEach(() => {
  // Time stands still unless a test moves it: an idle slice (4 ms of real time) must not end early
  // on a busy machine and leave copies for the next idle period.
  vi.spyOn(performance, 'now').mockReturnValue(0)
  made = []
  idle = []
  timeouts = []
  cancelled = new Set()
  globals.OffscreenCanvas = FakeCanvas
  globals.document = { createElement: () => new FakeCanvas(1, 1) }
  globals.requestIdleCallback = (
    callback: (deadline: Deadline) => void,
    options?: { timeout?: number },
  ) => {
    timeouts.push(options?.timeout)
    const handle = ++lastHandle
    idle.push((deadline) => {
      if (!cancelled.has(handle)) callback(deadline)
    })
    return handle
  }
  globals.cancelIdleCallback = (handle: number) => cancelled.add(handle)
})
afterEach(() => {
  vi.restoreAllMocks()
  for (const key of ['OffscreenCanvas', 'document', 'requestIdleCallback', 'cancelIdleCallback'])
    delete globals[key]
})

const notes = [0, 1, 2, 3].map((i) =>
  note({ id: `n${i}`, x: i * 200, y: 0, width: 160, height: 160, text: `Note ${i}` }),
)
const shown: Rect = { x: 0, y: 0, width: 1000, height: 200 }

/** A frame at `scale` that draws every note; returns the copies it had. */
function frame(sprites: NoteSprites, scale: number): ReturnType<NoteSprites['get']>[] {
  sprites.begin(scale, 1)
  const copies = notes.map((n) => sprites.get(n, false))
  sprites.prefetch(shown, shown, () => notes, null)
  return copies
}

describe('note copies', () => {
  it('are made once the browser is idle, then drawn by the next frames', () => {
    const sprites = new NoteSprites()
    expect(frame(sprites, 1)).toEqual([null, null, null, null])
    expect(made.filter((c) => c.width > 1)).toHaveLength(0)
    runIdle()
    const copies = frame(sprites, 1)
    expect(copies.every((c) => c !== null)).toBe(true)
    expect(sprites.copied).toBe(4)
  })

  it('let go by a zoom keep their pixels through the frame and are freed once idle', () => {
    const sprites = new NoteSprites()
    frame(sprites, 1)
    runIdle()
    const copies = made.filter((c) => c.width > 1)
    expect(copies).toHaveLength(4)

    // The next frame is at another scale: no copy of the old one is drawn, none freed yet.
    expect(frame(sprites, 0.8)).toEqual([null, null, null, null])
    expect(copies.every((c) => c.width > 0 && c.height > 0)).toBe(true)
    expect(sprites.pendingFree).toBe(4)

    runIdle()
    expect(copies.every((c) => c.width === 0 && c.height === 0)).toBe(true)
    expect(sprites.pendingFree).toBe(0)
    // The same idle time made the copies at the new scale.
    expect(frame(sprites, 0.8).every((c) => c !== null)).toBe(true)
  })

  it('are freed a few at a time when the idle period is short, and the rest later', () => {
    const sprites = new NoteSprites()
    frame(sprites, 1)
    runIdle()
    const copies = made.filter((c) => c.width > 1)
    // A jump in scale (a zoom button), not a zoom in progress.
    sprites.begin(2, 1)
    sprites.release()

    // Room for two frees before the idle period runs out.
    let checks = 0
    runIdle(() => (checks++ < 2 ? 3 : 0))
    expect(copies.filter((c) => c.width === 0)).toHaveLength(2)
    expect(sprites.pendingFree).toBe(2)
    runIdle()
    expect(copies.every((c) => c.width === 0)).toBe(true)
    expect(sprites.pendingFree).toBe(0)
  })

  it('are made and freed a few ms at a time even in a long idle period, so an input waits little', () => {
    // Every piece of work takes 2 ms; the browser offers 50 ms of idle time each period.
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 2))
    const sprites = new NoteSprites()
    frame(sprites, 1)
    runIdle()
    expect(made.filter((c) => c.width > 1).length).toBeLessThan(notes.length)
    runAllIdle()
    const copies = made.filter((c) => c.width > 1)
    expect(copies).toHaveLength(notes.length)

    // A jump in scale (a zoom button), not a zoom in progress.
    sprites.begin(2, 1)
    sprites.release()
    runIdle()
    const freed = copies.filter((c) => c.width === 0).length
    expect(freed).toBeGreaterThan(0)
    expect(freed).toBeLessThan(notes.length)
    runAllIdle()
    expect(copies.every((c) => c.width === 0)).toBe(true)
  })

  it('are made and freed even when the browser gives no idle period, a slice at a time', () => {
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 2))
    const sprites = new NoteSprites()
    frame(sprites, 1)
    // Each callback asks to run within a bounded time even without an idle period.
    expect(timeouts.length).toBeGreaterThan(0)
    expect(timeouts.every((t) => t !== undefined && t > 0 && t <= 1000)).toBe(true)
    runTimedOut()
    expect(made.filter((c) => c.width > 1).length).toBeGreaterThan(0)
    for (let i = 0; i < 100 && idle.length > 0; i++) runTimedOut()
    const copies = made.filter((c) => c.width > 1)
    expect(copies).toHaveLength(notes.length)
    // A jump in scale (a zoom button), not a zoom in progress.
    sprites.begin(2, 1)
    sprites.release()
    for (let i = 0; i < 100 && idle.length > 0; i++) runTimedOut()
    expect(copies.every((c) => c.width === 0)).toBe(true)
  })

  it('let go by a zoom are freed once it is over, not between its frames', () => {
    const sprites = new NoteSprites()
    frame(sprites, 1)
    runAllIdle()
    const copies = made.filter((c) => c.width > 1)
    // A frame of the zoom drawn in full at its new scale, then the zoom's next frames.
    sprites.skip()
    sprites.begin(1.8, 1)
    runAllIdle()
    sprites.skip()
    runAllIdle()
    expect(copies.every((c) => c.width > 0)).toBe(true)
    // The zoom is over: the frame after it lets the freeing go on.
    sprites.release()
    runAllIdle()
    expect(copies.every((c) => c.width === 0)).toBe(true)
  })

  it('are not made between the frames of a zoom, even those asked for before it began', () => {
    const sprites = new NoteSprites()
    frame(sprites, 1)
    // The next frame is a zoom's: it draws a scaled picture, and tells the copies so.
    sprites.skip()
    runAllIdle()
    expect(made.filter((c) => c.width > 1)).toHaveLength(0)
    // The zoom settles and the frame after it asks again, at its own scale.
    frame(sprites, 1.5)
    runAllIdle()
    expect(made.filter((c) => c.width > 1)).toHaveLength(notes.length)
  })

  it('of a note whose text changed are dropped and freed once idle', () => {
    const sprites = new NoteSprites()
    frame(sprites, 1)
    runIdle()
    sprites.begin(1, 1)
    const first = notes[0]
    if (!first) throw new Error('no note')
    expect(sprites.get({ ...first, text: 'Changed' }, false)).toBeNull()
    const stale = made.find((c) => c.width > 1)
    expect(stale?.width).toBeGreaterThan(0)
    expect(sprites.pendingFree).toBe(1)
    runIdle()
    expect(stale?.width).toBe(0)
  })
})
