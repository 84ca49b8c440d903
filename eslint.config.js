import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layer boundaries of docs/architecture.md, enforced by folder:
//   renderer  → may use the API contract and the pure domain, never Node, Electron or the backend;
//   domain    → pure: no Node built-ins, no database, no Electron, no other layer;
//   api/services/documents/letters → Node, never Electron (the shell stays thin);
//   only electron/main and electron/preload may import `electron`.
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
          {
            pattern: [
              '**/electron/services/*',
              '**/electron/api/handlers',
              '**/electron/api/backend',
              '**/db/*',
              '**/electron/documents/*',
              '**/electron/letters/*',
              '**/electron/main/*',
            ],
            message: 'The renderer may import only the API contract and the pure domain.',
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
      [
        { pattern: ['node:*'], message: 'The domain is pure: no Node built-ins.' },
        {
          pattern: [
            '../api/*',
            '../services/*',
            '../main/*',
            '../documents/*',
            '../letters/*',
            '../http/*',
            '../../db/*',
            '../../renderer/*',
          ],
          message: 'The domain depends on no other layer.',
        },
      ],
    ),
  },
  {
    files: [
      'electron/api/**/*.ts',
      'electron/services/**/*.ts',
      'electron/documents/**/*.ts',
      'electron/letters/**/*.ts',
      'electron/http/**/*.ts',
      'db/**/*.ts',
    ],
    rules: restrict(
      [
        {
          names: ['electron'],
          message: 'Only electron/main and electron/preload may import electron.',
        },
      ],
      [{ pattern: ['**/renderer/*'], message: 'The backend never imports the renderer.' }],
    ),
  },
);
