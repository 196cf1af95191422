// A popup opened from a button of the selected notes' toolbar (the Align menu, the Tags panel):
// placed where the board has room for it, and closed by a press outside it or a resized window.
import { useEffect, type RefObject } from 'react'

/**
 * While `open`, places `popup` below its button, or above it when the bar sits low on the board
 * (below the selected notes) and there is more room there; where neither holds it all, it scrolls
 * rather than running past the board's edge, which cuts it off. It starts at its button's left
 * edge, or ends at its right edge where it would otherwise run past the board's side. A press
 * outside the popup and its button, or a resized window (it was sized for the old one), calls
 * `onClose`. `onOpened` runs once it is placed (to focus what it holds).
 */
export function useToolbarPopup(
  open: boolean,
  button: RefObject<HTMLElement | null>,
  popup: RefObject<HTMLElement | null>,
  onClose: () => void,
  onOpened: (popup: HTMLElement) => void,
): void {
  useEffect(() => {
    if (!open) return
    const list = popup.current
    const opener = button.current
    if (list && opener) {
      place(list, opener)
      onOpened(list)
    }
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!popup.current?.contains(target) && !button.current?.contains(target)) onClose()
    }
    document.addEventListener('pointerdown', onPointerDown)
    window.addEventListener('resize', onClose)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      window.removeEventListener('resize', onClose)
    }
    // Placed once per opening: the callbacks are read when it opens.
  }, [open]) // eslint-disable-line react-hooks/exhaustive-deps
}

function place(list: HTMLElement, opener: HTMLElement): void {
  const area = opener.closest('.board')?.getBoundingClientRect()
  const box = opener.getBoundingClientRect()
  const end = box.left + list.offsetWidth > (area?.right ?? window.innerWidth) - 8
  list.dataset.end = end ? 'true' : 'false'
  const below = (area?.bottom ?? window.innerHeight) - box.bottom - 18
  const above = box.top - (area?.top ?? 0) - 18
  const up = list.scrollHeight > below && above > below
  list.dataset.up = up ? 'true' : 'false'
  list.style.maxHeight = `${Math.max(120, up ? above : below)}px`
}
