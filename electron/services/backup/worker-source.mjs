// Starts the backup worker from its TypeScript source (tests, `npm run web`, the e2e server):
// registers tsx in this thread, then loads worker.ts. The app loads the bundled
// dist/main/backup-worker.cjs instead (runner.ts).
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
