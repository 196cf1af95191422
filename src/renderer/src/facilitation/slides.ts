// The slides of presentation mode, from the derived journey: the goals, each stage from the
// customer's side, the focus areas, then each stage's internal view (owners and decisions). Text
// never shrinks below the minimum size: a stage with more than fits is split over several slides.
import type { Goal, JourneyDocument, NoteKind } from '../../../shared/document'
import type { Journey, JourneyStage, Step } from '../../../shared/journey'
import { DECISION_LABELS, formatDeadline } from '../journey/labels'

export interface SlideItem {
  readonly id: string
  readonly text: string
  /** Owner, decision and deadline on the internal view; empty on the customer's side. */
  readonly meta: string
  readonly customerWords: boolean
  readonly focus: boolean
  readonly votes: number
}

export interface SlideSection {
  readonly title: string
  readonly items: readonly SlideItem[]
  /** Shown instead of items when there are none. */
  readonly empty: string
}

export interface Slide {
  readonly key: string
  readonly part: 'title' | 'customer' | 'focus' | 'internal'
  /** The line above the title: "The customer's side · Stage 2 of 7". */
  readonly kicker: string
  readonly title: string
  readonly sections: readonly SlideSection[]
}

export interface SlideLayout {
  /** Lines of body text that fit on one slide. */
  readonly linesPerSlide: number
  /** Characters of body text that fit on one line. */
  readonly charsPerLine: number
}

/** The smallest text on a slide, in CSS pixels, whatever the window size. */
export const MIN_SLIDE_TEXT_PX = 28

/**
 * The text size and how much fits, for a presentation `width` × `height` CSS pixels: text grows
 * with the screen and never goes below MIN_SLIDE_TEXT_PX.
 */
export function slideLayout(width: number, height: number): SlideLayout & { fontPx: number } {
  const fontPx = Math.max(MIN_SLIDE_TEXT_PX, Math.round(Math.min(height / 24, width / 46)))
  const line = fontPx * 1.3
  // Padding, the kicker and the title above, the status line below.
  const chrome = fontPx * 1.6 + line + fontPx * 1.5 * 1.2 + fontPx * 0.8 + line + fontPx * 1.2
  const linesPerSlide = Math.max(4, Math.floor((height - chrome) / line))
  // A generous average glyph width, so an estimate never overflows the slide.
  const charsPerLine = Math.max(12, Math.floor((width - fontPx * 4) / (fontPx * 0.6)))
  return { fontPx, linesPerSlide, charsPerLine }
}

const CUSTOMER_LANES: readonly { kind: NoteKind; title: string; empty: string }[] = [
  { kind: 'customer-action', title: 'What the customer does', empty: 'No customer actions yet.' },
  { kind: 'touchpoint', title: 'Touchpoints', empty: 'No touchpoints yet.' },
  { kind: 'pain-point', title: 'Pain points', empty: 'No pain points noted.' },
]

/**
 * Every slide of the presentation, in order, each no longer than `layout` allows.
 *
 * @example
 *   buildSlides(map, deriveJourney(map), slideLayout(1920, 1080)).length
 */
export function buildSlides(
  doc: Pick<JourneyDocument, 'title' | 'session' | 'board'>,
  journey: Journey,
  layout: SlideLayout,
): Slide[] {
  const notes = new Map(doc.board.notes.map((n) => [n.id, n]))
  const item = (step: Step, meta = ''): SlideItem => {
    const note = notes.get(step.noteId)
    return {
      id: step.noteId,
      text: step.text.trim() || 'An empty note',
      meta,
      customerWords: note?.customerWords ?? false,
      focus: note?.focus ?? false,
      votes: step.votes,
    }
  }
  const stages = journey.stages
  const count = stages.length
  const slides: Slide[] = []
  const push = (slide: Slide) => slides.push(...paginate(slide, layout))

  push({
    key: 'title',
    part: 'title',
    kicker: 'Customer journey',
    title: doc.title || 'Untitled map',
    sections: [goalsSection(doc.session.goals)],
  })

  stages.forEach((s, i) => {
    const sections: SlideSection[] = CUSTOMER_LANES.map((lane) => ({
      title: lane.title,
      items: s.steps.filter((step) => step.kind === lane.kind).map((step) => item(step)),
      empty: lane.empty,
    }))
    const shown = new Set(sections.flatMap((x) => x.items.map((it) => it.id)))
    const quotes = s.steps.filter(
      (step) => !shown.has(step.noteId) && notes.get(step.noteId)?.customerWords,
    )
    if (quotes.length > 0) {
      sections.push({
        title: 'In the customer’s words',
        items: quotes.map((q) => item(q)),
        empty: '',
      })
    }
    push({
      key: `customer-${s.stage.id}`,
      part: 'customer',
      kicker: `The customer’s side · Stage ${i + 1} of ${count}`,
      title: stageName(s),
      sections,
    })
  })

  const focus = stages.flatMap((s) =>
    s.steps.filter((step) => notes.get(step.noteId)?.focus).map((step) => item(step, stageName(s))),
  )
  if (focus.length > 0) {
    push({
      key: 'focus',
      part: 'focus',
      kicker: 'What we decided to work on',
      title: 'Focus areas',
      sections: [{ title: 'Chosen by the room', items: focus, empty: '' }],
    })
  }

  stages.forEach((s, i) => {
    const work = s.steps.filter(
      (step) => step.kind === 'task' || step.decision !== 'undecided' || step.owner !== null,
    )
    push({
      key: `internal-${s.stage.id}`,
      part: 'internal',
      kicker: `The internal view · Stage ${i + 1} of ${count}`,
      title: stageName(s),
      sections: [
        {
          title: 'Owners and decisions',
          items: work.map((step) => item(step, workLine(step))),
          empty: 'No tasks in this stage yet.',
        },
      ],
    })
  })
  return slides
}

function stageName(s: JourneyStage): string {
  return s.stage.name.trim() || 'Untitled stage'
}

function goalsSection(goals: readonly Goal[]): SlideSection {
  return {
    title: 'Our goals',
    items: goals
      .filter((g) => g.text.trim() !== '')
      .map((g) => ({
        id: g.id,
        text: g.text,
        meta: g.group,
        customerWords: false,
        focus: false,
        votes: 0,
      })),
    empty: 'No goals were written down yet.',
  }
}

function workLine(step: Step): string {
  const parts = [
    step.decision === 'undecided' ? 'Not decided yet' : DECISION_LABELS[step.decision],
    step.owner ? step.owner.name : 'No owner yet',
  ]
  if (step.deadline) parts.push(`due ${formatDeadline(step.deadline)}`)
  return parts.join(' · ')
}

/** Lines an item takes: its text wrapped, and its meta line. */
function itemLines(it: SlideItem, layout: SlideLayout): number {
  const text = Math.max(1, Math.ceil((it.text.length + 3) / layout.charsPerLine))
  const meta = it.meta === '' ? 0 : Math.ceil(it.meta.length / layout.charsPerLine)
  return text + meta + 0.3
}

const HEADING_LINES = 1.5

/**
 * Splits a slide whose sections are longer than a slide into several, each titled "(2 of 3)";
 * a section that goes on is headed "(continued)". An item longer than a whole slide gets a
 * slide of its own and is cut with an ellipsis, so text never shrinks.
 */
export function paginate(slide: Slide, layout: SlideLayout): Slide[] {
  const pages: SlideSection[][] = [[]]
  let used = 0
  const page = () => pages[pages.length - 1] as SlideSection[]
  const newPage = () => {
    pages.push([])
    used = 0
  }
  for (const section of slide.sections) {
    if (used > 0 && used + HEADING_LINES + 1 > layout.linesPerSlide) newPage()
    let current: SlideSection = { ...section, items: [] }
    page().push(current)
    used += HEADING_LINES
    if (section.items.length === 0) {
      used += 1.3
      continue
    }
    for (const it of section.items) {
      const room = layout.linesPerSlide - HEADING_LINES
      let lines = itemLines(it, layout)
      let shown = it
      if (lines > room) {
        const max = Math.max(1, room - 1) * layout.charsPerLine - 4
        shown = { ...it, text: `${it.text.slice(0, max).trimEnd()}…` }
        lines = itemLines(shown, layout)
      }
      if (used + lines > layout.linesPerSlide && used > HEADING_LINES) {
        // A heading with nothing under it moves to the next slide with its items.
        const orphan = current.items.length === 0
        if (orphan) page().pop()
        newPage()
        current = {
          ...section,
          title: orphan ? section.title : `${section.title} (continued)`,
          items: [],
        }
        page().push(current)
        used = HEADING_LINES
      }
      current = { ...current, items: [...current.items, shown] }
      const list = page()
      list[list.length - 1] = current
      used += lines
    }
  }
  if (pages.length === 1) return [{ ...slide, sections: pages[0] as SlideSection[] }]
  return pages.map((sections, i) => ({
    ...slide,
    key: `${slide.key}-${i + 1}`,
    title: `${slide.title} (${i + 1} of ${pages.length})`,
    sections,
  }))
}
