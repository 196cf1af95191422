import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../../src/shared/csp'

describe('the content security policy', () => {
  it('allows only the app itself, with inline styles for the canvas', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })

  it('names no remote origin', () => {
    expect(contentSecurityPolicy()).not.toMatch(/https?:|ws:|\*/)
  })

  it('in development allows the dev server and its hot-reload socket, nothing else', () => {
    const policy = contentSecurityPolicy('http://localhost:5173/')
    expect(policy).toContain("script-src 'self' http://localhost:5173;")
    expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173;")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain("'unsafe-eval'")
  })
})

describe('the policy written into index.html', () => {
  it('leaves out frame-ancestors, which browsers ignore in a <meta>, and keeps everything else', () => {
    const meta = contentSecurityPolicy(null, { meta: true })
    expect(meta).not.toContain('frame-ancestors')
    expect(meta).toContain("default-src 'self'")
    expect(meta).not.toMatch(/https?:|ws:/)
  })
})
