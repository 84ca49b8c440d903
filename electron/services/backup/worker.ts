import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { openDatabase } from '../../../db/open';
import { BACKUP_REDENEN } from '../../domain/backup';
import { createDocumentStore } from '../../documents/store';
import { configSchema } from './config';
import { maakGeneratie, type BackupFase } from './make';

// The backup's worker thread (issue 11, item 3): runner.ts starts it for each backup of the
// running backend. It opens the database on a connection of its own (read-only, the live key;
// WAL lets it read one snapshot while the main connection keeps writing), copies, re-encrypts the
// documents and verifies, and posts its progress and result. It never writes the live database,
// the document store or backup.json (the main thread records the attempt). In the app it is
// bundled as dist/main/backup-worker.cjs (scripts/build-electron.mjs).

export const workerInput = z.object({
  dbPath: z.string().min(1),
  documentsDir: z.string().min(1),
  dbKey: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.length === 32),
  masterKey: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.length === 32),
  config: configSchema,
  reden: z.enum(BACKUP_REDENEN),
  startedMs: z.number(),
  nativeBinding: z.string().optional(),
});
export type WorkerInput = z.infer<typeof workerInput>;

export type WorkerMessage =
  | { type: 'voortgang'; fase: BackupFase; gedaan: number; totaal: number }
  | { type: 'klaar'; generatie: string | null; goed: boolean; melding: string | null };

function run(port: NonNullable<typeof parentPort>): void {
  const post = (m: WorkerMessage) => port.postMessage(m);
  const input = workerInput.parse(workerData);
  const dbKey = Buffer.from(input.dbKey);
  const masterKey = Buffer.from(input.masterKey);
  // The worker's clock follows the main thread's (tests give the backend a fixed clock).
  const t0 = Date.now();
  const now = () => new Date(input.startedMs + (Date.now() - t0));
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase({
      file: input.dbPath,
      key: dbKey,
      readonly: true,
      quickCheck: false,
      ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}),
    });
  } catch {
    post({
      type: 'klaar',
      generatie: null,
      goed: false,
      melding: 'De database kon voor de back-up niet worden geopend.',
    });
    return;
  }
  try {
    const result = maakGeneratie(
      {
        sqlite: opened.sqlite,
        dbKey,
        docs: createDocumentStore(input.documentsDir, masterKey),
        masterKey,
        ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}),
      },
      input.config,
      input.reden,
      new Date(input.startedMs),
      now,
      (fase, gedaan, totaal) => post({ type: 'voortgang', fase, gedaan, totaal }),
    );
    post({ type: 'klaar', ...result });
  } finally {
    opened.close();
  }
}

if (parentPort) run(parentPort);
