import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { BackupConfig } from './config';
import type { BackupFase, BackupResultaat } from './make';
import type { WorkerInput, WorkerMessage } from './worker';

// Runs one backup in a worker thread (worker.ts) and answers with its result, so the thread that
// answers procedures is free while the copy, the documents and the verification take their time.
// The worker script sits next to this module in development and tests (TypeScript, started
// through tsx by worker-source.mjs) and next to main.cjs in the app, where
// scripts/build-electron.mjs bundles it as backup-worker.cjs.

const fromSource = import.meta.url.endsWith('.ts');
const WORKER_SCRIPT = fromSource
  ? new URL('./worker-source.mjs', import.meta.url)
  : new URL('./backup-worker.cjs', import.meta.url);

const message = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('voortgang'),
    fase: z.enum(['database', 'documenten', 'controle']),
    gedaan: z.number(),
    totaal: z.number(),
  }),
  z.object({
    type: z.literal('klaar'),
    generatie: z.string().nullable(),
    goed: z.boolean(),
    melding: z.string().nullable(),
  }),
]);

export interface BackupRun {
  readonly result: Promise<BackupResultaat>;
  /** Stops the worker (the backend closes); the result is then a failure. */
  stop(): void;
}

const MISLUKT = 'De back-up is onderbroken.';

export function runBackupInWorker(
  input: Omit<WorkerInput, 'config'> & { readonly config: BackupConfig },
  voortgang: (fase: BackupFase, gedaan: number, totaal: number) => void,
): BackupRun {
  const worker = new Worker(WORKER_SCRIPT, { workerData: input });
  const result = new Promise<BackupResultaat>((resolve) => {
    let done = false;
    const finish = (r: BackupResultaat) => {
      if (done) return;
      done = true;
      resolve(r);
    };
    worker.on('message', (raw: WorkerMessage) => {
      const m = message.safeParse(raw);
      if (!m.success) return;
      if (m.data.type === 'voortgang') voortgang(m.data.fase, m.data.gedaan, m.data.totaal);
      else finish({ generatie: m.data.generatie, goed: m.data.goed, melding: m.data.melding });
    });
    worker.on('error', () => finish({ generatie: null, goed: false, melding: MISLUKT }));
    worker.on('exit', () => finish({ generatie: null, goed: false, melding: MISLUKT }));
  });
  return {
    result,
    stop: () => {
      void worker.terminate();
    },
  };
}
