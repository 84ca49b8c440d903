import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// No test may import the real `electron` package: from v42 on, importing it tries to download the
// binary. Every import of `electron` resolves to a small fake that records what the shell does.
export default defineConfig({
  resolve: {
    alias: { electron: fileURLToPath(new URL('./tests/fakes/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
