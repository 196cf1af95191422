// Notes drawn once into small canvases of their own and copied onto the board in later frames.
// In software rendering, drawing a note (paper, edge, shadow and each line of its text) costs
// more than copying its pixels, and a pan at zoom 1 draws every note on screen in every frame.
// The copies are made while the browser is idle, never inside a frame: a frame draws a note it
// has no copy of directly, as before. Copies let go of are freed while idle too: freeing a
// zoom's worth at once took 10 ms inside the frame that changed the scale.
import type { Note } from '../../../shared/document'
import { containsRect, type Rect } from '../map/geometry'
import { drawNoteBody, startPen } from './drawNote'

interface Sprite {
  readonly text: string
  readonly width: number
  readonly height: number
  readonly color: Note['color']
  readonly source: Note['source']['kind']
  readonly editing: boolean
  readonly canvas: OffscreenCanvas
  readonly pixels: number
  /** The frame that last drew it or asked for it. */
  used: number
}

/** Leaves this much of an idle period to the browser, in ms. */
const IDLE_RESERVE_MS = 2
/**
 * Idle work stops after this many ms even when the idle period is longer (up to 50 ms): an input
 * that arrives meanwhile waits for it. The rest goes on in the next idle period.
 */
const IDLE_SLICE_MS = 4
/**
 * Idle work waits at most this long for an idle period, then runs as a task of its own (one
 * slice at a time). Chromium can give a page no idle period at all for seconds: measured here,
 * after a click on the board moved the keyboard focus to it, none came until the next frame.
 */
const IDLE_TIMEOUT_MS = 250
/** The wait for the next slice after one that ran for want of an idle period. */
const IDLE_RETRY_MS = 50

/**
 * A test asked before each piece of idle work: true once the work should stop and wait for the
 * next idle period. The slice is timed from the first piece, not from the idle callback's start
 * (gathering what to do is not a piece).
 */
function idleOver(deadline: IdleDeadline): () => boolean {
  let end = Number.NaN
  return () => {
    // Run for want of an idle period (didTimeout): there is none to leave room in, only a slice.
    if (!deadline.didTimeout && deadline.timeRemaining() < IDLE_RESERVE_MS) return true
    const now = performance.now()
    if (Number.isNaN(end)) end = now + IDLE_SLICE_MS
    return now >= end
  }
}

type IdleHandle = number

export class NoteSprites {
  /** Most recently drawn last, so eviction takes the first. */
  private readonly sprites = new Map<string, Sprite>()
  private pixels = 0
  /** Canvas pixels per board unit the copies are drawn at. */
  private scale = Number.NaN
  /** The width of a note's edge, in board units. */
  private edge = Number.NaN
  /** Canvas pixels around a note in its copy, for the half of its edge outside it. */
  margin = 1
  /** The last frame drew readable notes (began here): prefetching is at its scale. */
  private begun = false
  /** Notes with no copy at this scale for good: too big, or beyond what is kept. */
  private readonly uncopyable = new Set<string>()
  private wanted: { around: Rect; notes: () => readonly Note[] } | null = null
  /** Every note in it had a copy when the last prefetch finished. */
  private covered: Rect | null = null
  /** Notes of this frame drawn directly for want of a copy. */
  private missed = 0
  private editingId: string | null = null
  private idle: IdleHandle | null = null
  /** Copies let go of, whose pixels are freed once the browser is idle (freeIdle). */
  private readonly discarded: OffscreenCanvas[] = []
  private freeing: IdleHandle | null = null
  /** A zoom is in progress (skip): copies let go of wait for its end to be freed. */
  private zooming = false
  private frame = 0
  /** Notes copied in the last frame (a debug counter for the tests). */
  copied = 0

  /** @param maxPixels Pixels kept in copies at most (4 bytes each); the least recently drawn go first. */
  constructor(private readonly maxPixels = 16_000_000) {}

  /**
   * Starts a frame drawn at `scale` canvas pixels per board unit, with note edges `edge` board
   * units wide. Copies made at another scale or pixel ratio are dropped (a zoom).
   */
  begin(scale: number, edge: number): void {
    this.frame++
    this.begun = true
    this.missed = 0
    this.copied = 0
    if (scale === this.scale && edge === this.edge) return
    this.clear()
    this.scale = scale
    this.edge = edge
    this.margin = Math.ceil((scale * edge) / 2) + 1
  }

  /** The copy of `note` as drawn now, or null when it has none (the frame draws it directly). */
  get(note: Note, editing: boolean): OffscreenCanvas | null {
    const sprite = this.sprites.get(note.id)
    if (!sprite) {
      if (!this.uncopyable.has(note.id)) this.missed++
      return null
    }
    this.drop(note.id, sprite)
    if (!matches(sprite, note, editing)) {
      this.discard(sprite)
      this.missed++
      return null
    }
    this.keep(note.id, sprite)
    this.copied++
    return sprite.canvas
  }

  /**
   * After a frame showing `shown`: once the browser is idle, makes copies of the notes there
   * that the frame had none of, then of the notes `around` it (where a pan goes next), at the
   * frame's scale. Nothing to do, and nothing scheduled, while every note shown had a copy and
   * the view stays well inside the last area prefetched.
   */
  prefetch(
    shown: Rect,
    around: Rect,
    query: (rect: Rect) => readonly Note[],
    editingId: string | null,
  ): void {
    // Only after a frame that drew readable notes: at another scale, copies would be made at
    // the scale of an older frame.
    if (!this.begun) return
    this.begun = false
    if (this.missed === 0 && this.covered && containsRect(this.covered, middle(shown, around))) {
      return
    }
    this.wanted = { around, notes: () => [...query(shown), ...query(around)] }
    this.editingId = editingId
    if (this.idle !== null) return
    this.idle = requestIdle((deadline) => this.fill(deadline))
  }

  /**
   * A zoom is in progress: no prefetch after this frame, and none goes on from before it. Its
   * scale is gone by the next frame, and its copies would be made between the zoom's frames.
   * Copies let go of are freed once it is over.
   */
  skip(): void {
    this.begun = false
    this.zooming = true
    if (this.idle !== null) cancelIdle(this.idle)
    this.idle = null
    this.wanted = null
    if (this.freeing !== null) cancelIdle(this.freeing)
    this.freeing = null
  }

  /** A frame that is not a zoom's: copies let go of are freed from now on, while idle. */
  release(): void {
    this.zooming = false
    if (this.discarded.length > 0) this.freeing ??= requestIdle((d) => this.freeIdle(d))
  }

  /** Drops every copy (a new pixel ratio, a closed map). */
  clear(): void {
    if (this.idle !== null) cancelIdle(this.idle)
    this.idle = null
    this.wanted = null
    this.covered = null
    this.uncopyable.clear()
    for (const [id, sprite] of this.sprites) {
      this.drop(id, sprite)
      this.discard(sprite)
    }
    this.scale = Number.NaN
  }

  /** Copies let go of whose pixels are not freed yet. */
  get pendingFree(): number {
    return this.discarded.length
  }

  private fill(deadline: IdleDeadline) {
    this.idle = null
    const wanted = this.wanted
    if (!wanted || !Number.isFinite(this.scale)) return
    const over = idleOver(deadline)
    for (const note of wanted.notes()) {
      if (this.uncopyable.has(note.id)) continue
      const editing = note.id === this.editingId
      const sprite = this.sprites.get(note.id)
      if (sprite && matches(sprite, note, editing)) {
        this.drop(note.id, sprite)
        this.keep(note.id, sprite)
        continue
      }
      // Only making a copy counts against the idle time: passing the notes that have one is quick.
      if (over()) {
        this.idle = requestIdle((d) => this.fill(d), deadline.didTimeout)
        return
      }
      if (sprite) {
        this.drop(note.id, sprite)
        this.discard(sprite)
      }
      const made = this.make(note, editing)
      if (!made) {
        this.uncopyable.add(note.id)
        continue
      }
      // Room is made by dropping the copies drawn longest ago, never one this frame wants: the
      // wanted notes come most wanted first, so what does not fit is the least wanted.
      if (!this.makeRoom(made.pixels)) {
        this.discard(made)
        this.uncopyable.add(note.id)
        break
      }
      this.keep(note.id, made)
    }
    this.covered = wanted.around
    this.wanted = null
  }

  private make(note: Note, editing: boolean): Sprite | null {
    const s = this.scale
    const m = this.margin
    const width = Math.ceil(s * (note.width + 1)) + 2 * m
    const height = Math.ceil(s * (note.height + 3)) + 2 * m
    // A note bigger than an eighth of the budget is drawn directly every time.
    if (width * height > this.maxPixels / 8) return null
    const canvas = new OffscreenCanvas(width, height)
    const ctx = canvas.getContext('2d')
    if (!ctx) return null
    ctx.setTransform(s, 0, 0, s, m, m)
    drawNoteBody(ctx, note, 0, 0, this.edge, editing, startPen(ctx))
    return {
      text: note.text,
      width: note.width,
      height: note.height,
      color: note.color,
      source: note.source.kind,
      editing,
      canvas,
      pixels: width * height,
      used: this.frame,
    }
  }

  private makeRoom(pixels: number): boolean {
    for (const [id, sprite] of this.sprites) {
      if (this.pixels + pixels <= this.maxPixels) return true
      if (sprite.used === this.frame) return false
      this.drop(id, sprite)
      this.discard(sprite)
    }
    return this.pixels + pixels <= this.maxPixels
  }

  /** Keeps a copy as the most recently used. */
  private keep(id: string, sprite: Sprite) {
    sprite.used = this.frame
    this.sprites.set(id, sprite)
    this.pixels += sprite.pixels
  }

  private drop(id: string, sprite: Sprite) {
    this.sprites.delete(id)
    this.pixels -= sprite.pixels
  }

  /** Lets a copy go: its pixels are freed once the browser is idle. */
  private discard(sprite: Sprite) {
    this.discarded.push(sprite.canvas)
    if (!this.zooming) this.freeing ??= requestIdle((deadline) => this.freeIdle(deadline))
  }

  /**
   * Frees discarded copies' pixels now rather than at some later garbage collection, a few ms'
   * worth per idle period.
   */
  private freeIdle(deadline: IdleDeadline) {
    this.freeing = null
    const over = idleOver(deadline)
    while (this.discarded.length > 0) {
      if (over()) {
        this.freeing = requestIdle((d) => this.freeIdle(d), deadline.didTimeout)
        return
      }
      const canvas = this.discarded.pop() as OffscreenCanvas
      canvas.width = 0
      canvas.height = 0
    }
  }
}

/** The rectangle halfway between `inner` and `outer`. */
function middle(inner: Rect, outer: Rect): Rect {
  const x = (inner.x + outer.x) / 2
  const y = (inner.y + outer.y) / 2
  return {
    x,
    y,
    width: (inner.x + inner.width + outer.x + outer.width) / 2 - x,
    height: (inner.y + inner.height + outer.y + outer.height) / 2 - y,
  }
}

function matches(sprite: Sprite, note: Note, editing: boolean): boolean {
  return (
    sprite.editing === editing &&
    (editing || sprite.text === note.text) &&
    sprite.width === note.width &&
    sprite.height === note.height &&
    sprite.color === note.color &&
    sprite.source === note.source.kind
  )
}

/** `soon`: the last slice ran for want of an idle period, so the next waits less for one. */
function requestIdle(callback: (deadline: IdleDeadline) => void, soon = false): IdleHandle {
  if (typeof requestIdleCallback === 'function')
    return requestIdleCallback(callback, { timeout: soon ? IDLE_RETRY_MS : IDLE_TIMEOUT_MS })
  return setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 8 }), 16) as never
}

function cancelIdle(handle: IdleHandle) {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle)
  else clearTimeout(handle)
}
