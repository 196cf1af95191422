// The first screen: start a new map from a template, open one, reopen a recent one, or restore
// work that was never saved.
import { TEMPLATES, type TemplateId } from '../../../shared/document'
import type { FileRef, RecentFile, RecoveryOffer, RecoveryReason } from '../../../shared/host/host'
import { formatWhen } from '../ui/formatWhen'

export interface StartScreenProps {
  readonly recentFiles: readonly RecentFile[]
  readonly recoveryOffers: readonly RecoveryOffer[]
  readonly busy: boolean
  onNew(template: TemplateId): void
  onOpen(): void
  onOpenRecent(file: FileRef): void
  onRestore(offer: RecoveryOffer): void
  onDiscard(offer: RecoveryOffer): void
}

const REASONS = {
  'never-saved': 'never saved',
  'newer-than-file': 'newer than the saved file',
  'file-missing': 'file missing',
} as const satisfies Record<RecoveryReason, string>

export function StartScreen(props: StartScreenProps) {
  const { recentFiles, recoveryOffers, busy } = props
  return (
    <main className="start">
      <header className="start__brand">
        <span className="start__logo" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        <h1>Journeyboard</h1>
        <p className="start__tagline">
          From a wall of sticky notes to a journey map your team owns.
        </p>
      </header>

      <div className="start__grid">
        <section className="card start__new" aria-labelledby="new-map-heading">
          <h2 id="new-map-heading">New map</h2>
          <div role="group" aria-labelledby="new-map-heading" className="template-list">
            {TEMPLATES.map((template) => (
              <button
                key={template.id}
                type="button"
                className={`template template--${template.id}`}
                aria-label={template.label}
                aria-describedby={`template-${template.id}-description`}
                disabled={busy}
                onClick={() => props.onNew(template.id)}
              >
                <TemplatePreview id={template.id} />
                <span className="template__label">{template.label}</span>
                <span id={`template-${template.id}-description`} className="template__description">
                  {template.description}
                </span>
              </button>
            ))}
          </div>
          <div className="start__open">
            <button
              type="button"
              className="button button--large"
              disabled={busy}
              onClick={props.onOpen}
            >
              Open…
            </button>
            <span className="hint">Open a .journey file from your computer</span>
          </div>
        </section>

        <div className="start__side">
          {recoveryOffers.length > 0 && (
            <section className="card card--attention" aria-labelledby="recovered-heading">
              <h2 id="recovered-heading">Recovered maps</h2>
              <p className="hint">
                These maps had changes that were not saved. Restore one to keep working on it.
              </p>
              <ul className="item-list" aria-labelledby="recovered-heading">
                {recoveryOffers.map((offer) => (
                  <li key={offer.documentId} className="item">
                    <div className="item__text">
                      <span className="item__title">{offer.title || 'Untitled map'}</span>
                      <span className="item__meta">
                        {formatWhen(offer.savedAt)} · {REASONS[offer.reason]}
                        {offer.file ? ` · ${offer.file.name}` : ''}
                      </span>
                    </div>
                    <div className="item__actions">
                      <button
                        type="button"
                        className="button button--primary"
                        disabled={busy}
                        aria-label={`Restore ${offer.title || 'Untitled map'}`}
                        onClick={() => props.onRestore(offer)}
                      >
                        Restore
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        disabled={busy}
                        aria-label={`Discard ${offer.title || 'Untitled map'}`}
                        onClick={() => props.onDiscard(offer)}
                      >
                        Discard
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="card" aria-labelledby="recent-heading">
            <h2 id="recent-heading">Recent maps</h2>
            {recentFiles.length === 0 ? (
              <p className="hint">Maps you open or save appear here.</p>
            ) : (
              <ul className="item-list" aria-labelledby="recent-heading">
                {recentFiles.map((recent) => (
                  <li key={recent.file.id}>
                    <button
                      type="button"
                      className="item item--button"
                      disabled={busy}
                      onClick={() => props.onOpenRecent(recent.file)}
                    >
                      <span className="item__text">
                        <span className="item__title">{recent.title || recent.file.name}</span>
                        <span className="item__meta">
                          {recent.file.name} · {formatWhen(recent.openedAt)}
                        </span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
      <footer className="start__footer">Works offline. Your maps stay on this computer.</footer>
    </main>
  )
}

function TemplatePreview({ id }: { id: TemplateId }) {
  if (id === 'blank') {
    return (
      <span className="template__preview template__preview--blank" aria-hidden="true">
        <span className="mini-note mini-note--yellow" style={{ left: '22%', top: '30%' }} />
        <span className="mini-note mini-note--pink" style={{ left: '52%', top: '48%' }} />
      </span>
    )
  }
  return (
    <span className="template__preview template__preview--journey" aria-hidden="true">
      {Array.from({ length: 35 }, (_, i) => (
        <span
          key={i}
          className={`mini-cell${[2, 8, 11, 17, 23, 29].includes(i) ? ' mini-cell--note' : ''}`}
        />
      ))}
    </span>
  )
}
