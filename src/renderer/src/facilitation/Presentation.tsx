// Presentation mode: the map for the back of the room. Full screen, white on black, text never
// smaller than MIN_SLIDE_TEXT_PX; the stages one by one from the customer's side, then the
// internal view. Arrow keys, Space and Page Down move on; Esc leaves.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Editor } from '../../../shared/commands/editor'
import { useJourney } from '../journey/useJourney'
import { useDocument } from '../map/useDocument'
import { buildSlides, slideLayout, type Slide, type SlideItem } from './slides'
import { TimerDisplay } from './TimerPanel'
import type { TimerControls } from './useTimer'

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n'])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'])

export function Presentation({
  editor,
  timer,
  onClose,
}: {
  editor: Editor
  timer: TimerControls
  onClose(): void
}) {
  const doc = useDocument(editor)
  const journey = useJourney(editor)
  const rootRef = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight })
  const [at, setAt] = useState(0)
  const layout = slideLayout(size.width, size.height)
  const slides = useMemo(
    () => buildSlides(doc, journey, layout),
    // The layout is a pure function of the size.
    [doc, journey, layout.linesPerSlide, layout.charsPerLine], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const index = Math.min(at, slides.length - 1)
  const slide = slides[index] as Slide
  const closeRef = useRef(onClose)
  useLayoutEffect(() => {
    closeRef.current = onClose
  })

  useLayoutEffect(() => {
    const element = rootRef.current
    if (!element) return
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // Full screen on the way in, back on the way out; leaving full screen (Esc in the browser's own
  // handling) ends the presentation too.
  useEffect(() => {
    const element = rootRef.current
    element?.focus()
    let entered = false
    const onChange = () => {
      if (document.fullscreenElement) entered = true
      else if (entered) closeRef.current()
    }
    document.addEventListener('fullscreenchange', onChange)
    element?.requestFullscreen?.().catch(() => undefined)
    return () => {
      document.removeEventListener('fullscreenchange', onChange)
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    }
  }, [])

  // The presentation takes every key while it is open, so the board behind it never pans or edits.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (target.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) {
        event.stopPropagation()
        return
      }
      if (event.key === 'Tab') return
      event.stopPropagation()
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key === 'Escape') {
        event.preventDefault()
        closeRef.current()
      } else if (NEXT_KEYS.has(event.key)) {
        event.preventDefault()
        setAt((i) => Math.min(i + 1, slides.length - 1))
      } else if (PREVIOUS_KEYS.has(event.key)) {
        event.preventDefault()
        setAt((i) => Math.max(i - 1, 0))
      } else if (event.key === 'Home') {
        event.preventDefault()
        setAt(0)
      } else if (event.key === 'End') {
        event.preventDefault()
        setAt(slides.length - 1)
      }
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [slides.length])

  return (
    <div
      ref={rootRef}
      className={`presentation presentation--${slide.part}`}
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      aria-roledescription="slide show"
      tabIndex={-1}
      style={{ fontSize: `${layout.fontPx}px` }}
    >
      <section
        className="presentation__slide"
        aria-roledescription="slide"
        aria-label={`${slide.kicker}: ${slide.title}`}
      >
        <p className="presentation__kicker">{slide.kicker}</p>
        <h2 className="presentation__title">{slide.title}</h2>
        <div className="presentation__body">
          {slide.sections.map((section) => (
            <div key={section.title} className="presentation__section">
              <h3 className="presentation__section-title">{section.title}</h3>
              {section.items.length === 0 ? (
                <p className="presentation__empty">{section.empty}</p>
              ) : (
                <ul className="presentation__items">
                  {section.items.map((item) => (
                    <Item key={item.id} item={item} />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>
      <footer className="presentation__footer">
        <button
          type="button"
          className="presentation__button"
          disabled={index === 0}
          onClick={() => setAt(index - 1)}
        >
          ← Previous
        </button>
        <p className="presentation__status" role="status" aria-live="polite" aria-label="Slide">
          Slide {index + 1} of {slides.length}
        </p>
        <button
          type="button"
          className="presentation__button"
          disabled={index === slides.length - 1}
          onClick={() => setAt(index + 1)}
        >
          Next →
        </button>
        <button type="button" className="presentation__button" onClick={() => closeRef.current()}>
          Exit (Esc)
        </button>
      </footer>
      <TimerDisplay controls={timer} variant="presentation" />
    </div>
  )
}

function Item({ item }: { item: SlideItem }) {
  const classes = ['presentation__item']
  if (item.customerWords) classes.push('presentation__item--quote')
  if (item.focus) classes.push('presentation__item--focus')
  return (
    <li className={classes.join(' ')}>
      <span className="presentation__text">
        {item.customerWords ? (
          <>
            <span className="visually-hidden">The customer’s words: </span>“{item.text}”
          </>
        ) : (
          item.text
        )}
      </span>
      {(item.focus || item.votes > 0) && (
        <span className="presentation__marks">
          {item.focus && <span className="presentation__mark">★ Focus</span>}
          {item.votes > 0 && (
            <span className="presentation__mark">
              {item.votes} {item.votes === 1 ? 'vote' : 'votes'}
            </span>
          )}
        </span>
      )}
      {item.meta !== '' && <span className="presentation__meta">{item.meta}</span>}
    </li>
  )
}
