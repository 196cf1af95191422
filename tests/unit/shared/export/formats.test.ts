import { describe, expect, test } from 'vitest'
import {
  actionPlanCsv,
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  escapeHtml,
  exportDocument,
  exportFileName,
  isExportFormat,
} from '../../../../src/shared/export'
import { goPackMap, NOW } from './maps'

describe('the export formats the dialog and the command line offer', () => {
  test('each format has a label, an extension and a MIME type, and exports the map', () => {
    const map = goPackMap()
    for (const format of EXPORT_FORMATS) {
      expect(EXPORT_FORMAT_INFO[format].label).not.toBe('')
      expect(exportDocument(map, format, { now: NOW }).length).toBeGreaterThan(100)
    }
    expect(exportDocument(map, 'csv', { now: NOW })).toBe(actionPlanCsv(map))
    expect(isExportFormat('ics')).toBe(true)
    expect(isExportFormat('pdf')).toBe(false)
  })

  test('file names keep the title but drop what file systems refuse', () => {
    expect(exportFileName('B2B onboarding: Q3/Q4', 'csv')).toBe(
      'B2B onboarding- Q3-Q4 action plan.csv',
    )
    expect(exportFileName('..hidden\u0000map', 'ics')).toBe('hidden-map deadlines.ics')
    expect(exportFileName('   ', 'pdf')).toBe('Journey.pdf')
    expect(exportFileName('Onboarding', 'canvas')).toBe('Onboarding.canvas')
  })

  test('escapeHtml drops control characters HTML forbids but keeps tabs and line breaks', () => {
    expect(escapeHtml('a\u0000b\u0007c\td\ne\u001b')).toBe('ab' + 'c\td\ne')
  })
})
