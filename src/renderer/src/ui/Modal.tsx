// A modal dialog on the native <dialog> element: focus is trapped, Esc cancels, and screen
// readers announce its title.
import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface ModalProps {
  readonly title: string
  readonly tone?: 'error' | 'warning' | 'info'
  readonly onCancel: () => void
  readonly children: ReactNode
  readonly actions: ReactNode
}

export function Modal({ title, tone = 'info', onCancel, children, actions }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const bodyId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  return (
    <dialog
      ref={ref}
      className={`modal modal--${tone}`}
      role={tone === 'info' ? 'dialog' : 'alertdialog'}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      <div id={bodyId} className="modal__body">
        {children}
      </div>
      <div className="modal__actions">{actions}</div>
    </dialog>
  )
}
