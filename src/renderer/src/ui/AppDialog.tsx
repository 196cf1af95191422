// Renders the controller's current dialog: a message (with an optional list of details) or the
// "save changes?" question.
import type { DialogSpec } from '../session/dialogs'
import { Modal } from './Modal'

export function AppDialog({ spec, onDismiss }: { spec: DialogSpec; onDismiss: () => void }) {
  if (spec.kind === 'unsaved') {
    return (
      <Modal
        title={spec.title}
        tone="warning"
        onCancel={() => spec.resolve('cancel')}
        actions={
          <>
            <button type="button" className="button" onClick={() => spec.resolve('discard')}>
              Don’t save
            </button>
            <span className="modal__spacer" />
            <button type="button" className="button" onClick={() => spec.resolve('cancel')}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              autoFocus
              onClick={() => spec.resolve('save')}
            >
              Save
            </button>
          </>
        }
      >
        <p>{spec.body}</p>
      </Modal>
    )
  }
  return (
    <Modal
      title={spec.title}
      tone={spec.tone}
      onCancel={onDismiss}
      actions={
        <button type="button" className="button button--primary" autoFocus onClick={onDismiss}>
          OK
        </button>
      }
    >
      <p>{spec.body}</p>
      {spec.details && spec.details.length > 0 && (
        <ul className="modal__details" aria-label="Left out">
          {spec.details.map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      )}
    </Modal>
  )
}
