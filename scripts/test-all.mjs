// `npm test`: every check and every test, then one plain closing line `N passed, N failed` that sums
// the unit, integration and e2e tests (CI reads that line). Typecheck, lint and the renderer build
// are gates: when one fails, the run fails. Chromium is installed first when missing (as root).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

// The browser first: without it the e2e part cannot run, so stop before anything else.
if (!ensureChromium()) {
  process.stdout.write('\n0 passed, 1 failed\n');
  process.exit(1);
}

fs.mkdirSync('test-results', { recursive: true });
let gateFailures = 0;

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function gate(label, cmd, args) {
  if (!run(label, cmd, args)) {
    gateFailures += 1;
    process.stdout.write(`!!! ${label} failed\n`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

gate('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
gate('lint', 'npx', ['eslint', '.']);
gate('import cycles', 'node', ['scripts/lint/cycles.mjs']);
gate('format', 'npx', ['prettier', '--check', '.']);

fs.rmSync('test-results/vitest.json', { force: true });
run('unit and integration tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const v = readJson('test-results/vitest.json');
let passed = v?.numPassedTests ?? 0;
// A suite that fails to load has no failed test but is a failure all the same.
let failed = v ? v.numFailedTests + (!v.success && v.numFailedTests === 0 ? 1 : 0) : 1;

gate('renderer build', 'npx', [
  'vite',
  'build',
  '--config',
  'renderer/vite.config.ts',
  '--logLevel',
  'warn',
]);
fs.rmSync('test-results/playwright.json', { force: true });
run('e2e tests in Chromium', 'npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts']);
const p = readJson('test-results/playwright.json');
if (p?.stats) {
  passed += p.stats.expected ?? 0;
  failed += (p.stats.unexpected ?? 0) + (p.stats.flaky ?? 0);
} else {
  failed += 1; // the e2e run did not even report
}
failed += gateFailures;

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
