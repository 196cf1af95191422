// What a document window shows in its title bar. Pure, so the rule is tested without Electron.
import type { DocumentState } from '../shared/host/host'
import type { MenuPlatform } from './menuTemplate'

export const APP_NAME = 'Journeyboard'

/**
 * `<file name or title> — Journeyboard`; on Windows and Linux an unsaved map gets a leading
 * "• " (macOS shows the dot in the close button instead, via setDocumentEdited), e.g.
 * `• Onboarding workshop.journey — Journeyboard`.
 */
export function windowTitle(state: DocumentState | null, platform: MenuPlatform): string {
  if (state === null) return APP_NAME
  const name = (state.fileName ?? '').trim() || state.title.trim() || 'Untitled map'
  const marker = state.dirty && platform !== 'darwin' ? '• ' : ''
  return `${marker}${name} — ${APP_NAME}`
}
