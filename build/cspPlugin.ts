// Writes the Content-Security-Policy <meta> into index.html: the strict policy in a build, and in
// the dev server the same policy plus the dev server's own origin and hot-reload socket.
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from '../src/shared/csp'

const PLACEHOLDER = '%JOURNEYBOARD_CSP%'

export function cspPlugin(): Plugin {
  return {
    name: 'journeyboard-csp',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const address = context.server?.resolvedUrls?.local[0] ?? null
        return html.replace(PLACEHOLDER, contentSecurityPolicy(address, { meta: true }))
      },
    },
  }
}
