// Checks an uploaded document before it is stored. Messages are Dutch, for the SLL, and never echo the
// file's content or path (they end up in logs and on screen).
import { Worker } from 'node:worker_threads';
import { hasPdfHeader } from '../domain/documenten';

export type PdfValidation = { ok: true; pageCount: number } | { ok: false; message: string };

export const PDF_MESSAGES = {
  empty: 'Dit bestand is leeg.',
  notPdf: 'Dit bestand is geen PDF.',
  password:
    'Deze PDF is beveiligd met een wachtwoord; vraag de school om een versie zonder wachtwoord.',
  corrupt: 'Deze PDF is beschadigd en kan niet worden gelezen.',
  noPages: 'Deze PDF bevat geen pagina’s.',
} as const;

function tooLarge(maxBytes: number): string {
  const mb = maxBytes / (1024 * 1024);
  const shown =
    mb >= 1
      ? `${Number(mb.toFixed(1)).toLocaleString('nl-NL')} MB`
      : `${Math.ceil(maxBytes / 1024)} kB`;
  return `Dit bestand is te groot; de maximale grootte is ${shown}.`;
}

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
}

/** Next to this module: electron/documents/ in development and tests, dist/main/ in the app. */
const WORKER_SCRIPT = new URL('./validate-worker.mjs', import.meta.url);

type Reply = { id: number; ok: true; pageCount: number } | { id: number; ok: false; error: string };

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { resolve: (pages: number) => void; reject: (e: Error) => void }>();

/** A named error, as pdf.js threw it in the worker (only its class name crosses over). */
function namedError(name: string): Error {
  const e = new Error('pdf check failed');
  e.name = name;
  return e;
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SCRIPT);
  w.unref(); // referenced only while a check is pending
  w.on('message', (m: Reply) => {
    const job = pending.get(m.id);
    if (!job) return;
    pending.delete(m.id);
    if (pending.size === 0) w.unref(); // an idle checker never keeps the process alive
    if (m.ok) job.resolve(m.pageCount);
    else job.reject(namedError(m.error));
  });
  const failAll = (): void => {
    if (worker === w) worker = null;
    for (const job of pending.values()) job.reject(namedError('WorkerExited'));
    pending.clear();
  };
  w.on('error', failAll);
  w.on('exit', failAll);
  worker = w;
  return w;
}

/**
 * Starts the checking thread now (pdf.js loads and warms up in it), so the first upload does not wait
 * for that. It never keeps the process alive.
 */
export function warmValidator(): void {
  ensureWorker();
}

/** Opens the PDF and all its pages in the worker thread; resolves with the page count. */
function inspectInWorker(bytes: Uint8Array): Promise<number> {
  const w = ensureWorker();
  const id = ++seq;
  const copy = new Uint8Array(bytes); // transferred: the caller's bytes stay usable
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ id, bytes: copy }, [copy.buffer]);
  });
}

export async function validatePdf(bytes: Uint8Array, maxBytes: number): Promise<PdfValidation> {
  if (bytes.byteLength === 0) return { ok: false, message: PDF_MESSAGES.empty };
  if (bytes.byteLength > maxBytes) return { ok: false, message: tooLarge(maxBytes) };
  if (!hasPdfHeader(bytes)) return { ok: false, message: PDF_MESSAGES.notPdf };
  try {
    const pageCount = await inspectInWorker(bytes);
    if (pageCount < 1) return { ok: false, message: PDF_MESSAGES.noPages };
    return { ok: true, pageCount };
  } catch (err) {
    if (errorName(err) === 'PasswordException')
      return { ok: false, message: PDF_MESSAGES.password };
    return { ok: false, message: PDF_MESSAGES.corrupt };
  }
}
