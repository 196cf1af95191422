// The canvas renderer: two Konva layers, each one Konva.Shape whose sceneFunc draws straight on
// the context — the grid with the notes at rest, and what moves under the pointer (dragged notes,
// the marquee, header previews). The document and the view store only mark layers dirty; drawing
// happens at most once per animation frame, outside React, on the notes the camera can see.
import Konva from 'konva'
import type { Editor } from '../../../shared/commands/editor'
import type { Board, Note } from '../../../shared/document'
import {
  zoomCamera,
  type BoardView,
  type BoardViewState,
  type Camera,
  type Point,
  type Rect,
} from './boardView'
import { containsRect } from '../map/geometry'
import { clearCanvas } from './canvas'
import { notesBounds } from './camera'
import { NoteSprites } from './noteSprites'
import { drawGrid, drawLaneHeader, drawStageHeader, stageLabels } from './drawGrid'
import { drawNotes, type NoteDecor } from './drawNotes'
import { gridCoversCanvas } from './gridPixels'
import { headerRect, type HeaderKind } from './headers'
import { buildNoteIndex, type NoteIndex } from './noteIndex'
import { StillCopy } from './stillCopy'
import { NOTE_FONT_SIZE, SELECTION } from './style'

/** What a gesture in progress shows before it becomes a command on release. */
export type Preview =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'drag'
      readonly ids: ReadonlySet<string>
      readonly dx: number
      readonly dy: number
    }
  | { readonly kind: 'marquee'; readonly rect: Rect }
  | {
      readonly kind: 'resize'
      readonly id: string
      readonly width: number
      readonly height: number
    }
  | {
      readonly kind: 'band-move'
      readonly header: HeaderKind
      readonly id: string
      readonly delta: number
      /** Where the band would land, as a board coordinate of the insertion line. */
      readonly at: number
    }
  | {
      readonly kind: 'band-resize'
      readonly header: HeaderKind
      readonly id: string
      readonly size: number
    }

export interface ActiveHeader {
  readonly kind: HeaderKind
  readonly id: string
}

/** Read-only numbers for the e2e tests and the benchmark (window.__journeyboardBoard). */
export interface BoardDebug {
  camera(): { x: number; y: number; scale: number }
  visibleCount(): number
  frameCount(): number
  /** Milliseconds the last frame spent drawing. */
  lastDrawMs(): number
  /** Frames drawn straight over the last one, the grid covering the canvas (gridCoversCanvas). */
  unclearedFrames(): number
  /** Notes the last frame with readable notes copied from kept copies instead of drawing them (noteSprites.ts). */
  copiedNotes(): number
  /** Frames of a zoom shown by moving and scaling the canvas, not drawing it (moveStep). */
  movedFrames(): number
  /** Frames of a zoom out drawn further out than the camera, to be scaled by the next (moveStep). */
  overviewFrames(): number
  /** Frames of a pan shown by moving the canvas, which reaches PAD past the board's sides (moveStep). */
  pannedFrames(): number
  /** A wheel or pinch zoom is in progress, or its exact frame is still to come. */
  zoomInProgress(): boolean
  /**
   * The canvas shows a zoom or a pan by moving it, or was drawn reaching ahead of a pan: the
   * frame drawn once the camera rests is still to come.
   */
  exactFrameDue(): boolean
  /** Frames drawn in full because the camera rested after a zoom or a pan (drawWhenStill). */
  restFrames(): number
  /** How many times the notes layer's still copy has been shown (stillCopy.ts). */
  stillShown(): number
  /** Frames of a drag shown by moving the live layer's canvas, not drawing it (moveLive). */
  liveMovedFrames(): number
  /**
   * Where what the notes canvas validly holds is on the board now, moved and scaled (CSS pixels
   * from the board's top-left corner); null before the first frame.
   */
  drawnOnScreen(): Rect | null
}

declare global {
  interface Window {
    __journeyboardBoard?: BoardDebug
  }
}

// Layers are drawn by the frame loop below; Konva's own redraw on every attribute change would
// draw each layer a second time on the next frame.
Konva.autoDrawEnabled = false

const NO_PREVIEW: Preview = { kind: 'none' }
/** Scale changes closer together than this are one zoom in progress (wheel notches, a pinch). */
const ZOOM_GAP_MS = 120
/** How long after the scale last changed the notes are drawn in full again. */
const ZOOM_SETTLE_MS = 150
const EMPTY: ReadonlySet<string> = new Set()
/**
 * How many times a zoom may scale up what the canvas holds before it is drawn again. A zoom in
 * shows the canvas's picture scaled up to this; a zoom out draws this many times further out.
 */
const MAX_UPSCALE = 2
/** The smallest text, in screen pixels, a frame of a zoom in progress writes on its notes. */
const ZOOM_TEXT_PX = 12
/** How far (CSS pixels) a picture may fall short of the board's edge and still cover it. */
const EPSILON = 0.01
/**
 * How far past its own box a note draws, in CSS pixels on screen and board units: its shadow and
 * selection outline, and the vote stickers and marks on its corners (9 units out).
 */
const NOTE_REACH = { px: 24, units: 10 } as const
/**
 * How far (CSS pixels) the notes layer's canvas reaches past each side of the board. A pan moves
 * the canvas (moveStep) until the board's edge would come inside it; only then is it drawn again,
 * reaching further ahead the way the board moves.
 */
const PAD = 160

/** The layer of notes at rest: its canvas is the board's size and PAD more on every side. */
class PaddedLayer extends Konva.Layer {
  /** Called when Konva resizes the canvas (which clears it), before it draws it again. */
  onResize: (() => void) | null = null

  override _setSize({ width, height }: { width: number; height: number }): this {
    this.onResize?.()
    return super._setSize({ width: width + 2 * PAD, height: height + 2 * PAD })
  }
}

/**
 * How a frame of the notes layer is drawn: with `camera`, the layer's transform on its canvas
 * (CSS pixels of the canvas, whose top-left corner is PAD or so past the board's), only inside
 * `clip` (canvas CSS pixels) when set, and whether it is drawn further out than the camera.
 */
interface Plan {
  readonly camera: Camera
  readonly clip: Rect | null
  readonly overview: boolean
}

/** What the notes layer's canvas holds: the camera it was drawn with, what else it shows, and where it is drawn (canvas CSS pixels). */
interface Held {
  readonly camera: Camera
  readonly key: FrameKey
  readonly valid: Rect
}

export class BoardRenderer {
  // Cleared by drawGridAndNotes, only when what it draws does not paint every pixel of the canvas.
  private readonly notes = new PaddedLayer({ listening: false, clearBeforeDraw: false })
  private readonly live = new Konva.Layer({ listening: false })
  private board: Board
  private noteIndex: NoteIndex
  private viewState: BoardViewState
  private preview: Preview = NO_PREVIEW
  private activeHeader: ActiveHeader | null = null
  private dirty = { grid: true, notes: true, live: true }
  private liveEmpty = false
  private raf = 0
  private frames = 0
  private visible = 0
  private drawMs = 0
  private unclearedFrames = 0
  private movedFrames = 0
  private overviewFrames = 0
  private pannedFrames = 0
  private restFrames = 0
  private liveMovedFrames = 0
  private readonly unsubscribe: (() => void)[] = []
  /** Shown in place of the notes layer's canvas while the board rests (see stillCopy.ts). */
  private readonly still = new StillCopy(this.notes.getNativeCanvasElement())
  /** Called after every frame, to keep DOM overlays (header buttons, inputs) on the camera. */
  readonly afterFrame = new Set<() => void>()

  constructor(
    private readonly stage: Konva.Stage,
    private readonly editor: Editor,
    private readonly view: BoardView,
  ) {
    this.board = editor.getState().board
    this.noteIndex = buildNoteIndex(this.board.notes)
    this.viewState = view.getState()
    // The grid is drawn under the notes on the same canvas: one canvas less to paint and
    // composite on every pan frame, which is most of a frame's cost in software rendering.
    for (const [layer, draw] of [
      [this.notes, this.drawGridAndNotes],
      [this.live, this.drawLiveAndKeep],
    ] as const) {
      layer.add(
        new Konva.Shape({
          listening: false,
          perfectDrawEnabled: false,
          sceneFunc: (context) => draw.call(this, context._context),
        }),
      )
      stage.add(layer)
    }
    // The notes layer's canvas is moved (and scaled, in a zoom) on the page by a pan or a zoom
    // (moveStep): on a layer of its own, that changes nothing but the compositor's transform.
    const style = this.notes.getNativeCanvasElement().style
    style.willChange = 'transform'
    style.transformOrigin = '0 0'
    // So is the live layer's in a drag (moveLive).
    this.live.getNativeCanvasElement().style.willChange = 'transform'
    this.notes.onResize = () => this.still.frame(true)
    this.unsubscribe.push(editor.subscribe(() => this.onDocument()))
    this.unsubscribe.push(view.subscribe(() => this.onView()))
    this.schedule()
  }

  get index(): NoteIndex {
    return this.noteIndex
  }

  get debug(): BoardDebug {
    return {
      camera: () => ({ ...this.view.getState().camera }),
      visibleCount: () => this.visible,
      frameCount: () => this.frames,
      lastDrawMs: () => this.drawMs,
      unclearedFrames: () => this.unclearedFrames,
      copiedNotes: () => this.sprites.copied,
      movedFrames: () => this.movedFrames,
      overviewFrames: () => this.overviewFrames,
      pannedFrames: () => this.pannedFrames,
      zoomInProgress: () => this.zoomInProgress,
      exactFrameDue: () => this.settling || this.drawDue,
      restFrames: () => this.restFrames,
      stillShown: () => this.still.shownCount,
      liveMovedFrames: () => this.liveMovedFrames,
      drawnOnScreen: () => {
        const held = this.held
        const at = this.canvasAt
        if (!held || !at) return null
        const { valid } = held
        return {
          x: at.x + valid.x * at.k,
          y: at.y + valid.y * at.k,
          width: valid.width * at.k,
          height: valid.height * at.k,
        }
      },
    }
  }

  setPreview(preview: Preview): void {
    const before = this.preview
    // One object for "nothing in progress": a frame drawn before a gesture and one after it are
    // the same frame (frameKey), so a zoom after a click or a pan can start from what is on screen.
    this.preview = preview.kind === 'none' ? NO_PREVIEW : preview
    this.dirty.live = true
    // The layer of notes at rest leaves out the notes that move; redraw it when that set changes.
    if (!sameExcluded(before, preview)) this.dirty.notes = true
    if (before.kind.startsWith('band') || preview.kind.startsWith('band')) this.dirty.grid = true
    this.schedule()
  }

  setActiveHeader(header: ActiveHeader | null): void {
    if (header?.kind === this.activeHeader?.kind && header?.id === this.activeHeader?.id) return
    this.activeHeader = header
    this.dirty.grid = true
    this.schedule()
  }

  /** Draws everything again on the next frame (after a resize of the canvas). */
  invalidate(): void {
    this.still.frame(true)
    this.held = null
    this.liveHeld = null
    this.dirty = { grid: true, notes: true, live: true }
    this.schedule()
  }

  destroy(): void {
    cancelAnimationFrame(this.raf)
    clearTimeout(this.settle)
    for (const off of this.unsubscribe) off()
    this.afterFrame.clear()
    this.sprites.clear()
    this.still.destroy()
    if (this.pictureCanvas) this.pictureCanvas.width = this.pictureCanvas.height = 0
    this.notes.destroy()
    this.live.destroy()
  }

  private onDocument() {
    const board = this.editor.getState().board
    if (board === this.board) return
    if (board.notes !== this.board.notes) {
      this.noteIndex = buildNoteIndex(board.notes)
      this.dirty.notes = true
      this.dirty.live = true
    }
    if (board.stages !== this.board.stages || board.lanes !== this.board.lanes) {
      this.dirty.grid = true
    }
    this.board = board
    this.schedule()
  }

  private onView() {
    const next = this.view.getState()
    const before = this.viewState
    this.viewState = next
    if (next.camera !== before.camera || next.viewport !== before.viewport) {
      this.dirty = { grid: true, notes: true, live: true }
    } else if (
      next.selection !== before.selection ||
      next.highlight !== before.highlight ||
      next.focusedId !== before.focusedId ||
      next.editing !== before.editing
    ) {
      this.dirty.notes = true
      this.dirty.live = true
    }
    this.schedule()
  }

  private schedule() {
    if (this.raf === 0) this.raf = requestAnimationFrame(this.frame)
  }

  private readonly frame = () => {
    this.raf = 0
    const start = performance.now()
    const { camera } = this.viewState
    // The live layer stays as it is while nothing moves under the pointer.
    if (this.preview.kind === 'none' && this.liveEmpty) this.dirty.live = false
    this.liveEmpty = this.preview.kind === 'none'
    if (this.dirty.grid) this.dirty.notes = true
    this.dirty.grid = false
    if (this.dirty.notes) this.zooming = this.trackZoom(camera.scale)
    if (this.zooming) this.sprites.skip()
    else this.sprites.release()
    // The live layer's canvas is hidden while it is empty: the browser hands every canvas on the
    // page to the compositor on each frame, changed or not (~0.5 ms a frame in software).
    const liveShown = this.preview.kind !== 'none'
    if (this.live.visible() !== liveShown) this.live.visible(liveShown)
    if (this.dirty.live && this.moveLive()) this.dirty.live = false
    // The still copy is taken once frames stop; a frame that only moves the canvas moves the copy
    // with it (setCanvasTransform), one that draws on it shows the canvas again first.
    this.still.frame(false)
    if (this.dirty.notes) {
      const step = this.moveStep()
      if (step === 'moved') this.dirty.notes = false
      else this.plan = step
    }
    for (const [name, layer] of [
      ['notes', this.notes],
      ['live', this.live],
    ] as const) {
      if (!this.dirty[name]) continue
      this.dirty[name] = false
      if (name === 'notes') this.still.frame(true)
      placeLayer(layer, (name === 'notes' && this.plan?.camera) || camera)
      layer.draw()
      // A hidden layer is not drawn: what it held is forgotten all the same.
      if (name === 'live' && !liveShown) this.liveDrawn()
    }
    if (this.plan?.overview) this.overviewFrames++
    this.plan = null
    this.lastCamera = camera
    // Konva may draw a layer on its own (a resize): that draw is not part of a zoom.
    this.zooming = false
    this.drawMs = performance.now() - start
    this.frames++
    for (const callback of this.afterFrame) callback()
  }

  /**
   * The part of the board the frame being drawn covers (the notes layer's canvas, or the part of
   * it the frame is clipped to), in board units, with a margin for what notes draw past their box.
   */
  private visibleRect(): Rect {
    const camera = this.drawingCamera()
    const area = this.plan?.clip ?? this.canvasArea()
    const margin = NOTE_REACH.px / camera.scale + NOTE_REACH.units
    return {
      x: (area.x - camera.x) / camera.scale - margin,
      y: (area.y - camera.y) / camera.scale - margin,
      width: area.width / camera.scale + margin * 2,
      height: area.height / camera.scale + margin * 2,
    }
  }

  /** The notes layer's whole canvas, in its CSS pixels. */
  private canvasArea(): Rect {
    const canvas = this.notes.getCanvas()
    const ratio = canvas.getPixelRatio()
    return { x: 0, y: 0, width: canvas.width / ratio, height: canvas.height / ratio }
  }

  private decor(): NoteDecor {
    const { selection, highlight, focusedId, editing } = this.viewState
    const single = selection.size === 1 ? [...selection][0] : undefined
    return {
      selection,
      highlight,
      focusedId,
      editingId: editing?.noteId ?? null,
      handleId: single && !editing && this.editable ? single : null,
    }
  }

  /** Whether the canvas offers editing handles; the gestures set it from the read-only flag. */
  editable = true

  private drawGridLayer(ctx: CanvasRenderingContext2D) {
    const p = this.preview
    const activeHeader =
      p.kind === 'band-move' || p.kind === 'band-resize'
        ? { kind: p.header, id: p.id }
        : this.activeHeader
    drawGrid(ctx, this.board, this.drawingCamera().scale, this.visibleRect(), { activeHeader })
  }

  private drawGridAndNotes(ctx: CanvasRenderingContext2D) {
    // The camera a frame is drawn with is the layer's own transform (placeLayer).
    const camera = this.drawingCamera()
    const ratio = this.notes.getCanvas().getPixelRatio()
    const clip = this.plan?.clip ?? null
    const valid = clip ?? this.canvasArea()
    // The part drawn, in whole pixels of the canvas.
    const left = Math.floor(valid.x * ratio)
    const top = Math.floor(valid.y * ratio)
    const part = {
      x: left,
      y: top,
      width: Math.ceil((valid.x + valid.width) * ratio) - left,
      height: Math.ceil((valid.y + valid.height) * ratio) - top,
    }
    const m = ctx.getTransform()
    const covered = gridCoversCanvas(
      this.board,
      { a: m.a, d: m.d, e: m.e - part.x, f: m.f - part.y },
      part.width,
      part.height,
    )
    const key = this.frameKey()
    const held = this.held
    // A frame of a zoom out drawn further out (moveStep): what the canvas holds stays in its
    // middle, made smaller, and only the notes around it are drawn, plain. Not when it would
    // shrink by less than 0.6 (a zoom that also pans, frame after frame): copied again and again
    // without smoothing, it would fall apart.
    const picture =
      this.plan?.overview &&
      held &&
      sameFrame(held.key, key) &&
      camera.scale <= held.camera.scale * 0.6
        ? this.keepPicture(ctx.canvas)
        : null
    if (clip) {
      ctx.save()
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.beginPath()
      ctx.rect(part.x, part.y, part.width, part.height)
      ctx.clip()
      ctx.setTransform(m)
    }
    if (covered) this.unclearedFrames++
    else clearCanvas(ctx, part)
    this.drawGridLayer(ctx)
    if (picture && held) this.drawPicture(ctx, picture, held)
    else this.drawNotesLayer(ctx)
    if (clip) ctx.restore()
    this.held = { camera, key, valid }
    if (this.drawDue) this.restFrames++
    this.drawDue = false
    this.setCanvasTransform(onScreen(this.held, this.viewState))
  }

  /** A copy of what the notes layer's canvas shows; its canvas is kept for the next zoom. */
  private keepPicture(source: HTMLCanvasElement): HTMLCanvasElement | null {
    if (source.width === 0 || source.height === 0) return null
    const canvas = (this.pictureCanvas ??= document.createElement('canvas'))
    if (canvas.width !== source.width) canvas.width = source.width
    if (canvas.height !== source.height) canvas.height = source.height
    const ctx = canvas.getContext('2d')
    if (!ctx) return null
    ctx.globalCompositeOperation = 'copy'
    ctx.drawImage(source, 0, 0)
    return canvas
  }

  /**
   * Where the picture is copied. It is kept from one zoom to the next: a new canvas of the board's
   * size cost ~10 ms in a zoom's first frame, its pixels first touched there.
   */
  private pictureCanvas: HTMLCanvasElement | null = null

  /**
   * Draws `picture`, a copy of the canvas `held` describes, where what it validly shows goes at
   * the camera being drawn with, and the notes it does not hold whole around it, plain
   * (placeholder lines, no text).
   */
  private drawPicture(ctx: CanvasRenderingContext2D, picture: HTMLCanvasElement, held: Held) {
    const camera = this.drawingCamera()
    const { camera: from, valid } = held
    const k = camera.scale / from.scale
    const ratio = this.notes.getCanvas().getPixelRatio()
    ctx.save()
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.imageSmoothingEnabled = false
    ctx.drawImage(
      picture,
      valid.x * ratio,
      valid.y * ratio,
      valid.width * ratio,
      valid.height * ratio,
      camera.x + (valid.x - from.x) * k,
      camera.y + (valid.y - from.y) * k,
      valid.width * k,
      valid.height * k,
    )
    ctx.restore()
    const shown: Rect = {
      x: (valid.x - from.x) / from.scale,
      y: (valid.y - from.y) / from.scale,
      width: valid.width / from.scale,
      height: valid.height / from.scale,
    }
    const notes = this.noteIndex.query(this.visibleRect())
    this.visible = notes.length
    const around = notes.filter((n) => !containsRect(shown, n))
    drawNotes(ctx, around, camera.scale, this.decor(), { simplified: true })
  }

  /** Whether a wheel or pinch zoom is in progress in the frame being drawn (see trackZoom). */
  private zooming = false
  /** What the notes layer's canvas holds. */
  private held: Held | null = null
  /**
   * The camera of the frame before (a zoom's centre, and which way a pan goes, follow from it and
   * the camera of now).
   */
  private lastCamera: Camera | null = null
  /** How the frame being drawn draws the notes layer (moveStep). */
  private plan: Plan | null = null
  /** The next frame draws the notes layer in full: a zoom or a pan moving the canvas is over. */
  private drawDue = false

  /** The camera the notes layer is being drawn with: its transform on its canvas. */
  private drawingCamera(): Camera {
    const layer = this.notes
    return { x: layer.x(), y: layer.y(), scale: layer.scaleX() }
  }

  /** Everything besides the camera that a frame of the notes layer shows. */
  private frameKey(): FrameKey {
    const { selection, highlight, focusedId, editing, viewport } = this.viewState
    return {
      board: this.board,
      selection,
      highlight,
      focusedId,
      editing,
      viewport,
      preview: this.preview,
      activeHeader: this.activeHeader,
      ratio: this.notes.getCanvas().getPixelRatio(),
    }
  }

  /**
   * A frame that moves the camera. The canvas holds a picture of the board (`held`); while that,
   * moved — and in a wheel or pinch zoom scaled up at most MAX_UPSCALE times — covers the board
   * area at the camera of now, the canvas itself is moved and scaled (a CSS transform the
   * compositor applies): nothing is drawn or handed over from the page ('moved'). A pan moves it
   * by whole pixels of the screen. Otherwise the frame is drawn (the plan returned): zooming
   * out, MAX_UPSCALE times further out around the zoom's centre, so that the next frames of the
   * zoom out are only moved and scaled too; zooming in, at the camera, only the part on screen;
   * otherwise the whole canvas, reaching further ahead the way a pan goes. Once the camera
   * rests, the canvas is drawn in full again the usual way (drawWhenStill).
   */
  private moveStep(): 'moved' | Plan {
    const { camera, viewport } = this.viewState
    const held = this.held
    const still = this.preview.kind === 'none'
    if (still && held && !this.drawDue && sameFrame(held.key, this.frameKey())) {
      const shown = onScreen(held, this.viewState)
      if (this.zooming && shown.k >= 1 && shown.k <= MAX_UPSCALE && shown.covers) {
        this.setCanvasTransform(shown)
        this.movedFrames++
        return 'moved'
      }
      if (!this.zooming && shown.k === 1 && shown.covers) {
        this.setCanvasTransform(shown)
        this.drawWhenStill()
        this.pannedFrames++
        return 'moved'
      }
    }
    const before = this.lastCamera
    if (this.zooming && still) {
      const out = before !== null && camera.scale < before.scale
      const draw = out
        ? zoomCamera(camera, camera.scale / MAX_UPSCALE, zoomCentre(before, camera, viewport))
        : camera
      const clip = { x: PAD, y: PAD, width: viewport.width, height: viewport.height }
      return { camera: shift(draw, PAD, PAD), clip, overview: out }
    }
    const panned = before !== null && before.scale === camera.scale
    const dx = panned ? ahead(camera.x - before.x) : 0
    const dy = panned ? ahead(camera.y - before.y) : 0
    if (dx !== 0 || dy !== 0) this.drawWhenStill()
    return { camera: shift(camera, PAD + dx, PAD + dy), clip: null, overview: false }
  }

  /**
   * Draws the notes layer in full once the camera has not moved for ZOOM_SETTLE_MS: at rest, the
   * canvas is always drawn the same way, PAD past each side of the board, so that what it shows
   * depends on the camera alone (a pan moved it, or drew it reaching further ahead; a zoom
   * scaled it, or drew only the part on screen).
   */
  private drawWhenStill() {
    clearTimeout(this.settle)
    this.settling = true
    this.settle = setTimeout(() => {
      this.settling = false
      this.zoomSettling = false
      this.drawDue = true
      this.dirty.notes = true
      this.schedule()
    }, ZOOM_SETTLE_MS)
  }

  private canvasTransform = ''
  /** Where the notes layer's canvas is on the board: its top-left corner and its scale. */
  private canvasAt: { x: number; y: number; k: number } | null = null

  /**
   * Moves and scales the notes layer's canvas on the page. Not scaled, it is moved by whole
   * pixels of the screen (a draw's own offset is whole; the rest is rounding), so that the
   * browser shows its pixels as they are rather than resampled.
   */
  private setCanvasTransform(to: { x: number; y: number; k: number }) {
    const ratio = this.notes.getCanvas().getPixelRatio()
    const at =
      to.k === 1
        ? { x: Math.round(to.x * ratio) / ratio, y: Math.round(to.y * ratio) / ratio, k: 1 }
        : to
    this.canvasAt = at
    const value =
      at.k === 1
        ? `translate(${at.x}px, ${at.y}px)`
        : `translate(${at.x}px, ${at.y}px) scale(${at.k})`
    if (value === this.canvasTransform) return
    this.notes.getNativeCanvasElement().style.transform = value
    this.still.move(value)
    this.canvasTransform = value
  }

  private drawNotesLayer(ctx: CanvasRenderingContext2D) {
    const skip = excluded(this.preview)
    const camera = this.drawingCamera()
    let notes = this.noteIndex.query(this.visibleRect())
    if (skip.size > 0) notes = notes.filter((n) => !skip.has(n.id))
    this.visible = notes.length
    const bitmap = this.zoomedOutBitmap(skip, this.zooming)
    if (bitmap) {
      // Zoomed out, the whole board fits in a small bitmap: panning is one drawImage.
      const ratio = this.notes.getCanvas().getPixelRatio()
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
      ctx.drawImage(
        bitmap.canvas,
        Math.round(camera.x + bitmap.x * camera.scale),
        Math.round(camera.y + bitmap.y * camera.scale),
        bitmap.canvas.width / ratio,
        bitmap.canvas.height / ratio,
      )
      return
    }
    // A frame of a zoom in progress writes no text smaller than ZOOM_TEXT_PX: at the scales where
    // the most notes are on screen with text, that is the costliest frame the board can draw.
    const onScreenScale = this.viewState.camera.scale
    const simplified = this.zooming && onScreenScale * NOTE_FONT_SIZE < ZOOM_TEXT_PX
    drawNotes(ctx, notes, camera.scale, this.decor(), { sprites: this.sprites, simplified })
    if (this.zooming) this.sprites.skip()
    else this.prefetchSprites(skip)
  }

  /**
   * Once the browser is idle, copies of the notes on screen, then of those a quarter of a screen
   * around it (where a pan goes next), so the next frames copy them instead of drawing them.
   */
  private prefetchSprites(skip: ReadonlySet<string>) {
    const { camera, viewport } = this.viewState
    const shown = this.visibleRect()
    const dx = viewport.width / camera.scale / 4
    const dy = viewport.height / camera.scale / 4
    const around = {
      x: shown.x - dx,
      y: shown.y - dy,
      width: shown.width + dx * 2,
      height: shown.height + dy * 2,
    }
    const index = this.noteIndex
    const query = (rect: Rect) => {
      const notes = index.query(rect)
      return skip.size > 0 ? notes.filter((n) => !skip.has(n.id)) : notes
    }
    this.sprites.prefetch(shown, around, query, this.viewState.editing?.noteId ?? null)
  }

  private readonly sprites = new NoteSprites()

  private lastScale = Number.NaN
  private scaleChangedBefore = false
  private scaleChangedAt = Number.NEGATIVE_INFINITY
  private settle: ReturnType<typeof setTimeout> | undefined
  private zoomSettling = false
  /** A draw is set to come ZOOM_SETTLE_MS after the camera last moved (drawWhenStill). */
  private settling = false
  private wheelZoomAt = Number.NEGATIVE_INFINITY

  /** The change of scale about to come is a step of a wheel or pinch zoom (from the gestures). */
  wheelZoom(): void {
    this.wheelZoomAt = performance.now()
  }

  /**
   * Whether a wheel or pinch zoom is in progress: from its first frame until the frame that draws
   * it in full, ZOOM_SETTLE_MS after the camera last moved (a pan right after the zoom moves that
   * on). Overlays that can wait (the text of the zoom level) are updated after it.
   */
  get zoomInProgress(): boolean {
    return this.zoomSettling
  }

  /**
   * Whether a zoom is in progress: the scale changed for this frame, after a wheel or pinch
   * step or a change for the frame just before (not a single jump such as Fit or the buttons).
   * While it is, frames move and scale the canvas instead of drawing the notes (moveStep); the notes
   * are drawn in full again ZOOM_SETTLE_MS after the camera last moved (drawWhenStill).
   */
  private trackZoom(scale: number): boolean {
    const now = performance.now()
    const changed = this.lastScale !== scale
    // Two jumps far apart (Fit, then the + button) are not a zoom in progress; a wheel or pinch
    // step is one from its first frame.
    const zooming =
      changed &&
      (now - this.wheelZoomAt < ZOOM_GAP_MS ||
        (this.scaleChangedBefore && now - this.scaleChangedAt < ZOOM_GAP_MS))
    this.scaleChangedBefore = changed
    this.lastScale = scale
    if (changed) this.scaleChangedAt = now
    if (zooming) {
      this.zoomSettling = true
      // Once the zoom is over: drawn in full at the camera of now.
      this.drawWhenStill()
    }
    return zooming
  }

  private bitmap: {
    canvas: HTMLCanvasElement
    x: number
    y: number
    scale: number
    index: NoteIndex
    state: BoardViewState
    skip: ReadonlySet<string>
  } | null = null

  /**
   * All notes drawn once at the current scale, when the board is small enough on screen (a few
   * screens' worth of pixels); null when it is not. Redrawn when the notes, the scale, the
   * selection or highlights change.
   */
  private zoomedOutBitmap(skip: ReadonlySet<string>, zooming: boolean) {
    const bounds = this.noteIndex.bounds
    const { viewport } = this.viewState
    const camera = this.drawingCamera()
    if (!bounds) return null
    const ratio = this.notes.getCanvas().getPixelRatio()
    const margin = 16
    const width = Math.ceil((bounds.width * camera.scale + margin * 2) * ratio)
    const height = Math.ceil((bounds.height * camera.scale + margin * 2) * ratio)
    const screen = viewport.width * viewport.height * ratio * ratio
    if (width > 4096 || height > 4096 || width * height > screen * 3) return null
    const b = this.bitmap
    const s = this.viewState
    // While a zoom is in progress, a bitmap would be redrawn whole each frame: draw the visible
    // notes directly instead; the frame after the zoom stops builds it, so the first pan frame
    // finds it ready. A single jump in scale (Fit, the zoom buttons) builds it at once.
    if (zooming && b?.scale !== camera.scale) return null
    if (
      b &&
      b.scale === camera.scale &&
      b.index === this.noteIndex &&
      b.skip === skip &&
      b.state.selection === s.selection &&
      b.state.highlight === s.highlight &&
      b.state.focusedId === s.focusedId &&
      b.state.editing === s.editing
    ) {
      return b
    }
    const canvas = b?.canvas ?? document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d')
    if (!ctx) return null
    const x = bounds.x - margin / camera.scale
    const y = bounds.y - margin / camera.scale
    ctx.setTransform(
      camera.scale * ratio,
      0,
      0,
      camera.scale * ratio,
      -x * camera.scale * ratio,
      -y * camera.scale * ratio,
    )
    const notes =
      skip.size > 0 ? this.noteIndex.notes.filter((n) => !skip.has(n.id)) : this.noteIndex.notes
    drawNotes(ctx, notes, camera.scale, this.decor())
    this.bitmap = { canvas, x, y, scale: camera.scale, index: this.noteIndex, state: s, skip }
    return this.bitmap
  }

  /**
   * What the live layer's canvas holds while it shows a drag: the drag's offset it was drawn at,
   * everything else the frame shows, and whether the dragged notes lie whole on it.
   */
  private liveHeld: {
    ids: ReadonlySet<string>
    dx: number
    dy: number
    camera: Camera
    key: FrameKey
    whole: boolean
  } | null = null
  private liveTransform = ''

  /**
   * A frame of a drag that only moves the dragged notes: when the live layer's canvas holds them
   * whole, drawn at an earlier offset of the same drag with nothing else changed, the canvas is
   * moved on the page by the difference (whole pixels of the screen), not cleared and drawn again
   * — the same as a pan moves the notes layer's canvas. Returns whether it was.
   */
  private moveLive(): boolean {
    const p = this.preview
    const held = this.liveHeld
    if (p.kind !== 'drag' || !held || !held.whole || held.ids !== p.ids) return false
    const { camera } = this.viewState
    const drawn = held.camera
    if (drawn.x !== camera.x || drawn.y !== camera.y || drawn.scale !== camera.scale) return false
    if (!sameFrame(held.key, { ...this.frameKey(), preview: held.key.preview })) return false
    const ratio = this.live.getCanvas().getPixelRatio()
    const x = Math.round((p.dx - held.dx) * camera.scale * ratio) / ratio
    const y = Math.round((p.dy - held.dy) * camera.scale * ratio) / ratio
    this.setLiveTransform(`translate(${x}px, ${y}px)`)
    this.liveMovedFrames++
    return true
  }

  /** The live layer was drawn: it is where it was drawn, and holds what `liveHeld` says. */
  private liveDrawn() {
    this.setLiveTransform('')
    const p = this.preview
    if (p.kind !== 'drag') {
      this.liveHeld = null
      return
    }
    // The camera it was drawn with: the layer's transform (Konva may draw it before a frame).
    const live = this.live
    const camera = { x: live.x(), y: live.y(), scale: live.scaleX() }
    const { viewport } = this.viewState
    const reach = NOTE_REACH.px + NOTE_REACH.units * camera.scale
    const box = this.movingBounds(p.ids)
    const left = camera.x + (box.x + p.dx) * camera.scale - reach
    const top = camera.y + (box.y + p.dy) * camera.scale - reach
    const whole =
      left >= 0 &&
      top >= 0 &&
      left + box.width * camera.scale + 2 * reach <= viewport.width &&
      top + box.height * camera.scale + 2 * reach <= viewport.height
    this.liveHeld = { ids: p.ids, dx: p.dx, dy: p.dy, camera, key: this.frameKey(), whole }
  }

  private setLiveTransform(value: string) {
    if (value === this.liveTransform) return
    this.live.getNativeCanvasElement().style.transform = value
    this.liveTransform = value
  }

  /**
   * Draws the live layer and notes what it now holds: on every draw, Konva's own too (a resize of
   * the board draws the layers there and then).
   */
  private drawLiveAndKeep(ctx: CanvasRenderingContext2D) {
    this.drawLiveLayer(ctx)
    this.liveDrawn()
  }

  private drawLiveLayer(ctx: CanvasRenderingContext2D) {
    const p = this.preview
    const scale = this.viewState.camera.scale
    switch (p.kind) {
      case 'none':
        return
      case 'drag': {
        const moving = this.movingNotes(p.ids)
        ctx.globalAlpha = 0.92
        drawNotes(ctx, moving, scale, { ...this.decor(), handleId: null }, { dx: p.dx, dy: p.dy })
        ctx.globalAlpha = 1
        return
      }
      case 'resize': {
        const note = this.noteIndex.byId.get(p.id)
        if (note)
          drawNotes(ctx, [{ ...note, width: p.width, height: p.height }], scale, this.decor())
        return
      }
      case 'marquee': {
        ctx.fillStyle = 'rgba(37, 99, 235, 0.08)'
        ctx.fillRect(p.rect.x, p.rect.y, p.rect.width, p.rect.height)
        ctx.strokeStyle = SELECTION
        ctx.lineWidth = 1.5 / scale
        ctx.setLineDash([6 / scale, 4 / scale])
        ctx.strokeRect(p.rect.x, p.rect.y, p.rect.width, p.rect.height)
        ctx.setLineDash([])
        return
      }
      case 'band-move':
        this.drawBandMove(ctx, p, scale)
        return
      case 'band-resize':
        this.drawBandResize(ctx, p, scale)
        return
    }
  }

  private drawBandMove(
    ctx: CanvasRenderingContext2D,
    p: Extract<Preview, { kind: 'band-move' }>,
    scale: number,
  ) {
    const r = headerRect(this.board, p.header, p.id)
    if (!r) return
    const stage = p.header === 'stage'
    const moved = stage ? { ...r, x: r.x + p.delta } : { ...r, y: r.y + p.delta }
    ctx.globalAlpha = 0.85
    if (stage) {
      const i = this.board.stages.findIndex((s) => s.id === p.id)
      const { labels, size } = stageLabels(ctx, this.board, scale)
      drawStageHeader(ctx, moved, labels[i] ?? '', size, true, scale)
    } else {
      const name = this.board.lanes.find((l) => l.id === p.id)?.name ?? ''
      drawLaneHeader(ctx, moved, name, true, scale)
    }
    ctx.globalAlpha = 1
    ctx.strokeStyle = SELECTION
    ctx.lineWidth = 4 / scale
    ctx.beginPath()
    const grid = this.gridExtent()
    if (stage) {
      ctx.moveTo(p.at, r.y)
      ctx.lineTo(p.at, grid.bottom)
    } else {
      ctx.moveTo(r.x, p.at)
      ctx.lineTo(grid.right, p.at)
    }
    ctx.stroke()
  }

  private drawBandResize(
    ctx: CanvasRenderingContext2D,
    p: Extract<Preview, { kind: 'band-resize' }>,
    scale: number,
  ) {
    const r = headerRect(this.board, p.header, p.id)
    if (!r) return
    const grid = this.gridExtent()
    ctx.strokeStyle = SELECTION
    ctx.lineWidth = 3 / scale
    ctx.setLineDash([8 / scale, 6 / scale])
    ctx.beginPath()
    if (p.header === 'stage') {
      ctx.moveTo(r.x + p.size, r.y)
      ctx.lineTo(r.x + p.size, grid.bottom)
    } else {
      ctx.moveTo(r.x, r.y + p.size)
      ctx.lineTo(grid.right, r.y + p.size)
    }
    ctx.stroke()
    ctx.setLineDash([])
  }

  private gridExtent() {
    const { stages, lanes } = this.board
    const bottom = lanes.reduce((m, l) => Math.max(m, l.y + l.height), 0)
    const right = stages.reduce((m, s) => Math.max(m, s.x + s.width), 0)
    return { bottom, right }
  }

  private moving: {
    ids: ReadonlySet<string>
    index: NoteIndex
    notes: Note[]
    bounds: Rect
  } | null = null

  /** The dragged notes in drawing order, worked out once per drag. */
  private movingNotes(ids: ReadonlySet<string>): Note[] {
    return this.movingSet(ids).notes
  }

  /** The box around the dragged notes where they were, in board units. */
  private movingBounds(ids: ReadonlySet<string>): Rect {
    return this.movingSet(ids).bounds
  }

  private movingSet(ids: ReadonlySet<string>) {
    const cached = this.moving
    if (cached && cached.ids === ids && cached.index === this.noteIndex) return cached
    const notes = this.noteIndex.notes.filter((n) => ids.has(n.id))
    const bounds = notesBounds(notes) ?? { x: 0, y: 0, width: 0, height: 0 }
    this.moving = { ids, index: this.noteIndex, notes, bounds }
    return this.moving
  }
}

interface FrameKey {
  readonly board: Board
  readonly selection: BoardViewState['selection']
  readonly highlight: BoardViewState['highlight']
  readonly focusedId: BoardViewState['focusedId']
  readonly editing: BoardViewState['editing']
  readonly viewport: BoardViewState['viewport']
  readonly preview: Preview
  readonly activeHeader: ActiveHeader | null
  readonly ratio: number
}

function sameFrame(a: FrameKey, b: FrameKey): boolean {
  return (Object.keys(a) as (keyof FrameKey)[]).every((k) => a[k] === b[k])
}

function sameExcluded(a: Preview, b: Preview): boolean {
  if (a.kind === 'drag' && b.kind === 'drag') return a.ids === b.ids
  if (a.kind === 'resize' && b.kind === 'resize') return a.id === b.id
  return excluded(a).size === 0 && excluded(b).size === 0
}

/** The notes a preview draws on the live layer instead of the layer at rest. */
function excluded(preview: Preview): ReadonlySet<string> {
  if (preview.kind === 'drag') return preview.ids
  if (preview.kind === 'resize') return new Set([preview.id])
  return EMPTY
}

/**
 * Where the canvas `held` describes goes on the board at the camera of now: its top-left corner
 * (CSS pixels), the factor `k` it is scaled by, and whether what it validly shows then covers
 * the board.
 */
function onScreen(held: Held, { camera, viewport }: BoardViewState) {
  const { camera: from, valid } = held
  const k = camera.scale / from.scale
  // A board point p was at from + p * from.scale on the canvas and is now at camera + p * scale.
  const x = camera.x - from.x * k
  const y = camera.y - from.y * k
  const covers =
    x + valid.x * k <= EPSILON &&
    y + valid.y * k <= EPSILON &&
    x + (valid.x + valid.width) * k >= viewport.width - EPSILON &&
    y + (valid.y + valid.height) * k >= viewport.height - EPSILON
  return { x, y, k, covers }
}

/**
 * `camera` on a canvas whose top-left corner is (dx, dy) CSS pixels above and left of the
 * board's. The camera's offset is first rounded to 1/65,536 of a pixel, so that adding the whole
 * dx and dy is exact: everything lands at the same fraction of a pixel however the canvas is
 * placed. (Skia's antialiasing of a long line can still differ by a level at a few pixels from
 * one placement to another: the frame drawn at rest places it one way only.)
 */
function shift(camera: Camera, dx: number, dy: number): Camera {
  const exact = (v: number) => Math.round(v * 65536) / 65536
  return { x: exact(camera.x) + dx, y: exact(camera.y) + dy, scale: camera.scale }
}

/**
 * How much further than PAD the canvas reaches ahead of a pan that moved the board by `d` pixels
 * since the frame before (and so the less behind it): half of PAD, the way the board moves.
 */
function ahead(d: number): number {
  return d < -0.5 ? -PAD / 2 : d > 0.5 ? PAD / 2 : 0
}

/**
 * The point on screen a zoom from camera `a` to camera `b` keeps in place (the pointer of a wheel
 * zoom), kept inside the viewport; its middle when the scale did not change.
 */
function zoomCentre(a: Camera, b: Camera, viewport: BoardViewState['viewport']): Point {
  const middle = { x: viewport.width / 2, y: viewport.height / 2 }
  if (a.scale === b.scale) return middle
  // A board point q is at a + q·a.scale and at b + q·b.scale: the same point on screen.
  const qx = (a.x - b.x) / (b.scale - a.scale)
  const qy = (a.y - b.y) / (b.scale - a.scale)
  const x = a.x + qx * a.scale
  const y = a.y + qy * a.scale
  if (!Number.isFinite(x) || !Number.isFinite(y)) return middle
  return {
    x: Math.min(viewport.width, Math.max(0, x)),
    y: Math.min(viewport.height, Math.max(0, y)),
  }
}

/** Draws `layer` with `camera` from its next draw on (Konva's own redraw is off). */
function placeLayer(layer: Konva.Layer, camera: Camera) {
  layer.setAttrs({ x: camera.x, y: camera.y, scaleX: camera.scale, scaleY: camera.scale })
}
