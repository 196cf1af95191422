// A popup opened from a button of the selected notes' toolbar (the Align menu, the Tags panel):
// placed where the board has room for it, placed again when its button or the board moves, and
// closed by a press outside it or the keyboard focus going to another control.
import { useLayoutEffect, useRef, type RefObject } from 'react'

/**
 * While `open`, places `popup` below its button, or above it when the bar sits low on the board
 * (below the selected notes) and there is more room there; where neither holds it all, it scrolls
 * rather than running past the board's edge, which cuts it off. It starts at its button's left
 * edge, or ends at its right edge where it would otherwise run past the board's side. It is placed
 * again whenever its button or the board moves or changes size (a resized window, the bar moved
 * to the notes): closing it then took the keyboard focus out of a field being typed in, and the
 * next Backspace went to the board. A press outside the popup and its button, or the keyboard
 * focus moving to another control, calls `onClose`. `onOpened` runs once it is first placed (to
 * focus what it holds). A popup that grows as it is used asks for `room`: it opens on the side
 * that has it, or else the side with more.
 */
export function useToolbarPopup(
  open: boolean,
  button: RefObject<HTMLElement | null>,
  popup: RefObject<HTMLElement | null>,
  onClose: () => void,
  onOpened: (popup: HTMLElement) => void,
  /** The height to make room for, when the popup grows as it is used (the Tags panel's list). */
  room = 0,
): void {
  // The latest callbacks, for the listeners set up once per opening.
  const latest = useRef({ onClose, onOpened })
  useLayoutEffect(() => {
    latest.current = { onClose, onOpened }
  })
  // Before the page is painted, so that it never shows unplaced.
  useLayoutEffect(() => {
    if (!open) return
    const close = () => latest.current.onClose()
    let placedFor = ''
    let frame = 0
    // Where the button and the board are, checked once a frame while the popup is open (a
    // rectangle read, no layout unless the page changed): placed again when either moved.
    const follow = () => {
      const list = popup.current
      const opener = button.current
      if (list && opener) {
        const box = opener.getBoundingClientRect()
        const area = opener.closest('.board')?.getBoundingClientRect()
        const key = `${box.left},${box.top},${area?.width},${area?.height}`
        if (key !== placedFor) {
          const first = placedFor === ''
          placedFor = key
          place(list, opener, room)
          if (first) latest.current.onOpened(list)
        }
      }
      frame = requestAnimationFrame(follow)
    }
    follow()
    const inside = (node: Node | null) =>
      node !== null && (popup.current?.contains(node) || button.current?.contains(node)) === true
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target as Node)) close()
    }
    // Focus moved on to another control (Tab out of it, Enter on the next button): one popup at
    // a time.
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && event.target !== document.body && !inside(event.target))
        close()
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('focusin', onFocusIn)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('focusin', onFocusIn)
    }
  }, [open, button, popup, room])
}

function place(list: HTMLElement, opener: HTMLElement, room: number): void {
  const area = opener.closest('.board')?.getBoundingClientRect()
  const box = opener.getBoundingClientRect()
  const end = box.left + list.offsetWidth > (area?.right ?? window.innerWidth) - 8
  list.dataset.end = end ? 'true' : 'false'
  const below = (area?.bottom ?? window.innerHeight) - box.bottom - 18
  const above = box.top - (area?.top ?? 0) - 18
  list.style.maxHeight = ''
  const up = Math.max(room, list.scrollHeight) > below && above > below
  list.dataset.up = up ? 'true' : 'false'
  list.style.maxHeight = `${Math.max(120, up ? above : below)}px`
}
