import { defineConfig } from '@playwright/test';

// e2e in Debian's Chromium against the real backend over the loopback HTTP transport. Never
// `npx playwright install`: the browser is /usr/bin/chromium with the flags of architecture.md.
export const TOKEN = 'e2e-token';
// TLA_E2E_PORT lets two runs side by side use other ports (the demo server on it, the empty on +1).
const PORT = Number(process.env.TLA_E2E_PORT ?? 4810);
export const DEMO_URL = `http://127.0.0.1:${PORT}/?token=${TOKEN}`;
export const EMPTY_URL = `http://127.0.0.1:${PORT + 1}/?token=${TOKEN}`;

const server = (port: number, demo: boolean) => ({
  command: `npx tsx tests/e2e/server.ts`,
  cwd: '../..',
  env: { PORT: String(port), TLA_TOKEN: TOKEN, TLA_E2E_DEMO: demo ? '1' : '0' },
  url: `http://127.0.0.1:${port}/index.html`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: `../../test-results/e2e-artifacts${process.env.TLA_E2E_PORT ?? ''}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [server(PORT, true), server(PORT + 1, false)],
});
