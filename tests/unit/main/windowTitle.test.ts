import { describe, expect, it } from 'vitest'
import { windowTitle } from '../../../src/main/windowTitle'

const saved = {
  documentId: 'doc-1',
  title: 'Onboarding workshop',
  fileName: 'Onboarding.journey',
  dirty: false,
}

describe('the window title', () => {
  it('shows the file name, then the app name', () => {
    expect(windowTitle(saved, 'win32')).toBe('Onboarding.journey — Journeyboard')
  })

  it('marks unsaved changes with a leading dot on Windows and Linux, not on macOS', () => {
    expect(windowTitle({ ...saved, dirty: true }, 'win32')).toBe(
      '• Onboarding.journey — Journeyboard',
    )
    expect(windowTitle({ ...saved, dirty: true }, 'linux')).toBe(
      '• Onboarding.journey — Journeyboard',
    )
    expect(windowTitle({ ...saved, dirty: true }, 'darwin')).toBe(
      'Onboarding.journey — Journeyboard',
    )
  })

  it('uses the map title for a map never saved, and the app name on the start screen', () => {
    expect(windowTitle({ ...saved, fileName: null, dirty: true }, 'linux')).toBe(
      '• Onboarding workshop — Journeyboard',
    )
    expect(
      windowTitle({ documentId: 'd', title: ' ', fileName: null, dirty: false }, 'linux'),
    ).toBe('Untitled map — Journeyboard')
    expect(windowTitle(null, 'darwin')).toBe('Journeyboard')
  })
})
