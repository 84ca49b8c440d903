import base from './playwright.config';

// For a spec that starts its own server (tests/e2e/fresh-server.ts) and needs neither the demo nor
// the empty server of the shared config: `npx playwright test -c tests/e2e/solo.config.ts <spec>`.
// On a busy machine the two shared servers may take longer than their start timeout.
export default { ...base, webServer: [] };
