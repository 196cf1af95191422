// The renderer on its own, served on localhost with the browser Host (`npm run web`) and built
// into out/web for the Playwright end-to-end tests.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { cspPlugin } from './build/cspPlugin'

export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react(), cspPlugin()],
  build: { outDir: resolve('out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
