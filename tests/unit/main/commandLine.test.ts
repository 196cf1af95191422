import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mapPathsFromArgv } from '../../../src/main/commandLine'

describe('maps named on the command line', () => {
  it('opens the .journey arguments, resolved against the working directory', () => {
    const argv = [
      '/opt/Journeyboard/journeyboard',
      'Onboarding.journey',
      '/maps/Q3 support.JOURNEY',
    ]
    expect(mapPathsFromArgv(argv, '/home/facilitator')).toEqual([
      resolve('/home/facilitator/Onboarding.journey'),
      resolve('/maps/Q3 support.JOURNEY'),
    ])
  })

  it('ignores the executable, the app path in development, switches and other files', () => {
    const argv = [
      '/usr/bin/electron',
      '.',
      '--allow-file-access-from-files',
      '--x=a.journey',
      'notes.txt',
    ]
    expect(mapPathsFromArgv(argv, '/work')).toEqual([])
  })

  it('opens a map named twice once', () => {
    expect(mapPathsFromArgv(['app', 'a.journey', './a.journey'], '/maps')).toEqual([
      resolve('/maps/a.journey'),
    ])
  })
})
