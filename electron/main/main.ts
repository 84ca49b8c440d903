import { startShell } from './lifecycle';

// Entry of dist/main/main.cjs. A rejection here means the shell itself is broken: report without
// details (they can hold paths) and exit instead of leaving a process without a window.
startShell().catch((error: unknown) => {
  process.stderr.write(`TLA shell error (${error instanceof Error ? error.name : typeof error})\n`);
  process.exit(1);
});
