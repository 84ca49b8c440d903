// The e2e tests and the viewer bench drive Debian's Chromium at /usr/bin/chromium (never a browser
// downloaded by Playwright). `npm test` calls this first: when the browser is missing it installs it
// with apt-get if we run as root, and otherwise stops at once with the one command to run — never a
// run of e2e failures caused by a missing browser.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/** True when Chromium is (now) there; false after printing why not and what to run. */
export function ensureChromium({ exists = fs.existsSync, isRoot, run = spawnSync, write } = {}) {
  const out = write ?? ((s) => process.stdout.write(s));
  const root = isRoot ?? (typeof process.getuid === 'function' && process.getuid() === 0);
  if (exists(CHROMIUM)) return true;
  if (root) {
    out(`Chromium ontbreekt (${CHROMIUM}); installeren met apt-get…\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = run('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0
        ? run('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
        : update;
    if (install.status === 0 && exists(CHROMIUM)) return true;
    out('Chromium kon niet worden geïnstalleerd met apt-get (zie de melding hierboven).\n');
  }
  out(
    `De e2e-tests hebben Debian's Chromium nodig op ${CHROMIUM}. Installeer het eerst:\n\n  ${INSTALL_COMMAND}\n\nen start daarna opnieuw: npm test\n`,
  );
  return false;
}
