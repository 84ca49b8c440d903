import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { tlaPlugin } from './scripts/lint/layers.js';

// Layer boundaries of docs/architecture.md. Which of our folders a layer may import is an allow-list
// in scripts/lint/layers.js (rule `tla/layers`, every source file); import cycles are refused by
// scripts/lint/cycles.mjs (part of `npm run lint` and `npm test`). Packages are restricted here:
//   renderer  → no Node, Electron or database;
//   domain    → pure: no Node built-ins, no zod, no I/O libraries;
//   the backend → never `electron`: only electron/main and electron/preload import it.
const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net'];

// Packages are matched by exact name (`paths`), folders by pattern: a pattern 'electron' would also
// match our own electron/ folder.
const restrict = (packages, patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: packages.flatMap((group) =>
        group.names.map((name) => ({ name, message: group.message })),
      ),
      patterns: patterns.map((group) => ({ group: group.pattern, message: group.message })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'renderer/postcss.config.cjs',
      'node_modules',
      'dist',
      'test-results',
      'playwright-report',
      'release',
      '.electron-native',
      'db/migrations',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [
          {
            names: NODE_BUILTINS,
            message: 'The renderer has no Node: talk to the backend through the API client.',
          },
          {
            names: ['electron', 'better-sqlite3', 'drizzle-orm', 'argon2'],
            message: 'The renderer has no Electron or database access.',
          },
        ],
        [
          {
            pattern: ['node:*'],
            message: 'The renderer has no Node: talk to the backend through the API client.',
          },
        ],
      ),
    },
  },
  {
    files: ['electron/domain/**/*.ts'],
    rules: restrict(
      [
        { names: NODE_BUILTINS, message: 'The domain is pure: no Node built-ins.' },
        {
          names: ['electron', 'better-sqlite3', 'drizzle-orm', 'zod'],
          message: 'The domain is pure: no I/O libraries.',
        },
      ],
      [{ pattern: ['node:*'], message: 'The domain is pure: no Node built-ins.' }],
    ),
  },
  {
    files: [
      'electron/api/**/*.ts',
      'electron/contract/**/*.ts',
      'electron/core/**/*.ts',
      'electron/transport/**/*.ts',
      'electron/demo/**/*.ts',
      'electron/services/**/*.ts',
      'electron/documents/**/*.ts',
      'electron/letters/**/*.ts',
      'electron/http/**/*.ts',
      'electron/server/**/*.ts',
      'electron/client/**/*.ts',
      'db/**/*.ts',
    ],
    rules: restrict(
      [
        {
          names: ['electron'],
          message: 'Only electron/main and electron/preload may import electron.',
        },
      ],
      [],
    ),
  },
  {
    files: ['electron/**/*.{ts,mjs}', 'renderer/**/*.{ts,tsx}', 'db/**/*.ts'],
    plugins: { tla: tlaPlugin },
    rules: { 'tla/layers': 'error' },
  },
);
