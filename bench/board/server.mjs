// The built web renderer (out/web) for the board benchmark and screenshots: rebuilt when missing
// or older than src/, then served by a tiny static server on a free port.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const OUT = resolve('out/web')

function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

/** Builds out/web when it is missing or older than anything under src/. Returns true if built. */
export function ensureWebBuild({ force = false } = {}) {
  const index = join(OUT, 'index.html')
  const stale =
    force ||
    !existsSync(index) ||
    statSync(index).mtimeMs <
      Math.max(newest(resolve('src')), statSync('vite.web.config.ts').mtimeMs)
  if (!stale) return false
  console.log('Building the web renderer (out/web)…')
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) throw new Error('vite build of the web renderer failed')
  return true
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
}

/** Serves out/web on 127.0.0.1 at a free port; resolves to { url, close() }. */
export function serveWeb() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(OUT, path))
    if (!file.startsWith(OUT)) {
      res.writeHead(403).end()
      return
    }
    if (path.endsWith('/')) file = join(file, 'index.html')
    try {
      const body = await readFile(file)
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      res.end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((r) => server.close(() => r())),
      })
    })
  })
}
