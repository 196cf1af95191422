// The Content-Security-Policy of every app window: only the app's own files, no remote origins.
// The renderer's index.html carries it in a <meta> (written at build time by the Vite configs);
// main also sets it as a header (which covers the dev server's responses). Inline styles are allowed because Konva and React
// set style attributes; inline and remote scripts are not.

const BASE_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
]

/**
 * The policy string. With `devServerUrl` (development only) the dev server's origin is allowed
 * for scripts, styles, images and fonts, and its WebSocket for hot reload, e.g.
 * `connect-src 'self' http://localhost:5173 ws://localhost:5173`.
 */
export function contentSecurityPolicy(
  devServerUrl: string | null = null,
  options: { meta?: boolean } = {},
): string {
  // src/shared has no URL class (no DOM, no Node), and an origin is all that is needed here.
  const dev = devServerUrl === null ? null : /^(https?):\/\/([^/?#]+)/i.exec(devServerUrl)
  const devOrigin = dev ? `${dev[1]!.toLowerCase()}://${dev[2]}` : null
  const devSocket = dev ? `${dev[1]!.toLowerCase() === 'https' ? 'wss' : 'ws'}://${dev[2]}` : null
  // Browsers ignore frame-ancestors in a <meta> (with a console warning), so it is left out there.
  const directives = options.meta
    ? BASE_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors')
    : BASE_DIRECTIVES
  return directives
    .map(([name, sources]) => {
      const extra: string[] = []
      if (devOrigin !== null) {
        if (['default-src', 'script-src', 'style-src', 'img-src', 'font-src'].includes(name)) {
          extra.push(devOrigin)
        }
        if (name === 'connect-src' && devSocket !== null) extra.push(devOrigin, devSocket)
      }
      return [name, ...sources, ...extra].join(' ')
    })
    .join('; ')
}
