// Bundles the Host contract suite for the browser (out/contract/contract.js), so the contract
// spec can run it inside the page without any test code in the product build.
import { resolve } from 'node:path'
import { build } from 'vite'

export default async function globalSetup(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: resolve('out/contract'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: resolve('tests/contract/browserEntry.ts'),
        formats: ['iife'],
        name: 'JourneyboardContract',
        fileName: () => 'contract.js',
      },
    },
  })
}
