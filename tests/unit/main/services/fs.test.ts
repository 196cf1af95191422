import { describe, expect, test } from 'vitest'
import { hostErrorFrom, systemError } from '../../../../src/main/services/fs'

const path = '/home/ana/Workshops/Onboarding.journey'

describe('hostErrorFrom', () => {
  test.each([
    ['ENOENT', 'not-found'],
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['EROFS', 'permission'],
    ['ENOSPC', 'no-space'],
    ['EDQUOT', 'no-space'],
    ['EISDIR', 'is-directory'],
    ['EIO', 'io'],
  ])('%s becomes %s, in a sentence naming the file', (code, expected) => {
    for (const action of ['open', 'save'] as const) {
      const error = hostErrorFrom(systemError(code, `${code}: failed`), path, action)
      expect(error.code).toBe(expected)
      expect(error.message).toMatch(
        new RegExp(`^Could not ${action} “Onboarding\\.journey”: [^]+[.]$`),
      )
    }
  })

  test('a failed save tells the user their previous version is safe', () => {
    for (const code of ['EACCES', 'ENOSPC', 'EIO']) {
      expect(hostErrorFrom(systemError(code, code), path, 'save').message).toContain(
        'Your previous version is untouched',
      )
    }
  })

  test('an error without a code is an I/O error that still names the file', () => {
    const error = hostErrorFrom(new Error('device went away'), path, 'open')
    expect(error).toEqual({
      code: 'io',
      message:
        'Could not open “Onboarding.journey”: the system reported an error (device went away). Nothing was changed; try again.',
    })
  })

  test('a thrown non-error is still reported', () => {
    expect(hostErrorFrom('weird', path, 'save').code).toBe('io')
  })
})
