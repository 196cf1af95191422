// Builds the command line into one Node ES module, out/cli/journeyboard.mjs, that
// bin/journeyboard.mjs runs: `npm run cli` (builds, then runs with the arguments after --).
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('../..', import.meta.url))

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: fileURLToPath(new URL('./journeyboard.ts', import.meta.url)),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: 'journeyboard.mjs' },
    },
  },
  ssr: { noExternal: true },
})
