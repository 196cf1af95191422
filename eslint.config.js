// Lint rules, including the import boundaries between the four runtimes (see docs/architecture.md):
// src/shared is pure; main, preload and renderer meet only in src/shared.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
]
const noNode = [{ group: ['node:*'], message: 'Node built-ins belong in src/main.' }]
const nodePaths = nodeBuiltins.map((name) => ({
  name,
  message: 'Node built-ins belong in src/main.',
}))
const layer = (folder, message) => ({ group: [`**/${folder}/**`, `**/${folder}`], message })

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'bench/**', '*.config.ts', 'tests/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests damage files on purpose, which needs untyped JSON.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared must not import electron.' },
            { name: 'react', message: 'src/shared must not import React.' },
            { name: 'react-dom', message: 'src/shared must not import React.' },
            { name: 'konva', message: 'src/shared must not import the canvas.' },
            ...nodePaths,
          ],
          patterns: [
            ...noNode,
            layer('main', 'src/shared imports nothing from src/main.'),
            layer('preload', 'src/shared imports nothing from src/preload.'),
            layer('renderer', 'src/shared imports nothing from src/renderer.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: 'src/shared is pure: no DOM, no Node globals.' })),
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'React belongs in src/renderer.' }],
          patterns: [
            layer(
              'renderer',
              'src/main imports nothing from src/renderer; share through src/shared.',
            ),
            layer('preload', 'src/main imports nothing from src/preload.'),
          ],
        },
      ],
    },
  },
  {
    // Services are tested in Node without Electron, so they may not import it.
    files: ['src/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Services must run without Electron; take what you need as an argument.',
            },
          ],
          patterns: [
            layer('renderer', 'No renderer code in services.'),
            layer('preload', 'No preload code in services.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodePaths],
          patterns: [
            ...noNode,
            layer('main', 'The preload talks to main over IPC only.'),
            layer('renderer', 'The preload exposes the Host; it imports no UI.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches Electron only through the Host.' },
            ...nodePaths,
          ],
          patterns: [
            ...noNode,
            layer('main', 'The renderer never imports main-process code; use the Host.'),
            {
              group: ['**/preload/index', '**/preload/index.ts'],
              message: 'Use the Host interface from src/shared.',
            },
          ],
        },
      ],
    },
  },
)
