import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../core/logger';
import type { DocumentStore } from './store';

// Issue 4: after a document is imported its text goes, page by page, into the FTS5 index
// `document_text`. The extraction runs in a worker thread (extract-worker.mjs), one document at a
// time, so neither an import nor the main thread waits for it. The decrypted bytes are transferred
// to the worker in memory (never written to disk). The main thread commits each page as it comes
// and counts it in documenten.paginas_geindexeerd, so progress is visible; at the end the document
// is 'geindexeerd', or 'geen_tekst' for a scan without a text layer ("geen doorzoekbare tekst"),
// or 'mislukt'.
//
// Issue 11: the indexer never takes the process down. A database error while it writes (SQLITE_FULL
// on a full disk, or any other SqliteError) is not the document's fault: the index pauses, logs the
// error class, leaves the document 'wacht' and tries again after a wait that doubles (1 s up to a
// minute), or at once when a new document is queued. Documents stay queued; those still 'wacht' at
// a restart are queued again by the backend.

export interface TextIndexer {
  enqueue(documentIds: readonly number[]): void;
  /**
   * Resolves when every queued document has been indexed, or when the index is paused by a
   * database error (it goes on by itself later), or stopped (tests, shutdown).
   */
  whenIdle(): Promise<void>;
  /** Starts the worker thread now (pdf.js loads and warms up in it) for a quick first document. */
  warm(): void;
  /** Drops what is still queued and ends the worker; the database is about to close. */
  stop(): void;
}

export interface IndexerOptions {
  /** Called for every page the worker extracted, with the thread that read it (tests). */
  readonly onPage?: (documentId: number, page: number, threadId: number) => void;
  /** The first wait after a database error, doubled at each failure up to `maxRetryMs`. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

type Outcome = 'done' | 'paused';

/** An error of the database (better-sqlite3's SqliteError: SQLITE_FULL, SQLITE_IOERR, …). */
function isDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.name === 'SqliteError' || (typeof code === 'string' && code.startsWith('SQLITE_'));
}

type WorkerMessage =
  | { jobId: number; type: 'page'; page: number; text: string; threadId: number }
  | { jobId: number; type: 'done'; pageCount: number }
  | { jobId: number; type: 'failed'; error: string };

/**
 * The worker script sits next to this module: electron/documents/ in development and tests, and
 * dist/main/ in the app, where scripts/build-electron.mjs bundles it next to main.cjs.
 */
const WORKER_SCRIPT = new URL('./extract-worker.mjs', import.meta.url);

/** Pages are committed in small batches: at most this many, or after this long. */
const BATCH_PAGES = 16;
const BATCH_MS = 100;

export function createTextIndexer(
  sqlite: Database.Database,
  docs: DocumentStore,
  logger: Logger,
  options: IndexerOptions = {},
): TextIndexer {
  const retryMs = options.retryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  /** Documents to index, in order; the first is the one in progress while `running`. */
  const queue: number[] = [];
  const queued = new Set<number>();
  let running = false;
  let paused = false;
  let backoff = retryMs;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let idleWaiters: (() => void)[] = [];
  let stopped = false;
  let worker: Worker | null = null;
  let jobSeq = 0;
  /** The job in progress: its messages go here; a dying worker fails it. */
  let current: { jobId: number; onMessage(m: WorkerMessage): void; fail(e: Error): void } | null =
    null;

  function ensureWorker(): Worker {
    if (worker) return worker;
    const w = new Worker(WORKER_SCRIPT);
    w.unref(); // an idle indexer never keeps the process alive
    w.on('message', (m: WorkerMessage) => {
      if (current && m.jobId === current.jobId) current.onMessage(m);
    });
    // A worker that was let go (stop, or a pause) may exit while the next one already works.
    w.on('error', (e) => {
      if (worker === w) current?.fail(e);
    });
    w.on('exit', () => {
      if (worker !== w) return;
      worker = null;
      current?.fail(new Error('worker exited'));
    });
    worker = w;
    return w;
  }

  const q = {
    sha: sqlite.prepare('SELECT sha256 FROM documenten WHERE id = ?'),
    clear: sqlite.prepare('DELETE FROM document_text WHERE document_id = ?'),
    insert: sqlite.prepare('INSERT INTO document_text (text, document_id, page) VALUES (?, ?, ?)'),
    progress: sqlite.prepare('UPDATE documenten SET paginas_geindexeerd = ? WHERE id = ?'),
    finish: sqlite.prepare(
      'UPDATE documenten SET tekst_status = ?, paginas_geindexeerd = ? WHERE id = ?',
    ),
    failed: sqlite.prepare("UPDATE documenten SET tekst_status = 'mislukt' WHERE id = ?"),
  };

  /** Indexes one document; never rejects. 'paused': a database error, the document is kept. */
  function indexOne(documentId: number): Promise<Outcome> {
    if (stopped) return Promise.resolve('done');
    let row: { sha256: string } | undefined;
    try {
      row = q.sha.get(documentId) as { sha256: string } | undefined;
      // A resumed document starts again from its first page.
      if (row)
        sqlite.transaction(() => {
          q.clear.run(documentId);
          q.progress.run(0, documentId);
        })();
    } catch (error) {
      return isDatabaseError(error) ? Promise.resolve(pausedBy(error)) : Promise.reject(error);
    }
    if (!row) return Promise.resolve('done');
    const sha256 = row.sha256;
    let pending: { page: number; text: string }[] = [];
    let committed = 0;
    let lastCommit = 0;
    let hasText = false;
    const commit = sqlite.transaction((final: { status: string; pageCount: number } | null) => {
      for (const p of pending) {
        if (p.text.trim().length > 0) q.insert.run(p.text, documentId, p.page);
        committed = Math.max(committed, p.page);
      }
      pending = [];
      if (final) q.finish.run(final.status, final.pageCount, documentId);
      else q.progress.run(committed, documentId);
    });

    return new Promise<Outcome>((resolve) => {
      const jobId = ++jobSeq;
      let settled = false;
      const settle = (error: Error | null) => {
        if (settled) return;
        settled = true;
        current = null;
        worker?.unref();
        if (error && !stopped) {
          if (isDatabaseError(error)) return resolve(pausedBy(error));
          try {
            q.failed.run(documentId);
          } catch (failedError) {
            if (isDatabaseError(failedError)) return resolve(pausedBy(failedError));
          }
          logger.error('document.index_failed', { error: error.name });
        }
        resolve('done');
      };
      current = {
        jobId,
        fail: (e) => settle(e),
        onMessage(m) {
          if (stopped) return settle(null);
          try {
            if (m.type === 'page') {
              options.onPage?.(documentId, m.page, m.threadId);
              if (settled) return; // stopped meanwhile
              hasText ||= m.text.trim().length > 0;
              pending.push({ page: m.page, text: m.text });
              if (pending.length >= BATCH_PAGES || Date.now() - lastCommit >= BATCH_MS) {
                commit(null);
                lastCommit = Date.now();
              }
            } else if (m.type === 'done') {
              commit({ status: hasText ? 'geindexeerd' : 'geen_tekst', pageCount: m.pageCount });
              settle(null);
            } else {
              const e = new Error('extraction failed');
              e.name = m.error;
              settle(e);
            }
          } catch (error) {
            settle(error instanceof Error ? error : new Error('unknown'));
          }
        },
      };
      try {
        // The decrypted bytes go to the worker by transfer: one copy in memory, none on disk.
        const plain = docs.get(sha256);
        const bytes = new Uint8Array(plain.byteLength);
        bytes.set(plain);
        plain.fill(0);
        const w = ensureWorker();
        w.ref(); // a document in progress keeps the process alive until it is committed
        w.postMessage({ jobId, bytes }, [bytes.buffer]);
      } catch (error) {
        settle(error instanceof Error ? error : new Error('unknown'));
      }
    });
  }

  /**
   * A database error: the document stays 'wacht' and first in the queue; the worker (which may
   * still be reading it) is ended. Only the error's class and SQLite code are logged.
   */
  function pausedBy(error: unknown): Outcome {
    const code = (error as { code?: unknown }).code;
    logger.error('document.index_paused', {
      error: (error as Error).name,
      ...(typeof code === 'string' ? { code: code.slice(0, 40) } : {}),
    });
    const w = worker;
    worker = null;
    void w?.terminate();
    return 'paused';
  }

  function settleIdle(): void {
    if (!(stopped || paused || (!running && queue.length === 0))) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  }

  function pump(): void {
    const next = queue[0];
    if (stopped || running || paused || next === undefined) return settleIdle();
    running = true;
    void Promise.resolve()
      .then(() => indexOne(next))
      .catch((error: unknown) => {
        // Not a database error (those pause): a bug; the document is dropped, never the process.
        logger.error('document.index_failed', {
          error: error instanceof Error ? error.name : 'unknown',
        });
        return 'done' as const;
      })
      .then((outcome) => {
        running = false;
        if (outcome === 'paused') {
          pause();
        } else {
          queued.delete(next);
          queue.shift();
          backoff = retryMs;
        }
        pump();
      });
  }

  function pause(): void {
    if (stopped) return;
    paused = true;
    retryTimer = setTimeout(resume, backoff);
    retryTimer.unref(); // a paused index never keeps the process alive
    backoff = Math.min(backoff * 2, maxRetryMs);
  }

  function resume(): void {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    paused = false;
    pump();
  }

  return {
    enqueue(documentIds) {
      // A failure of one document never stops the queue (it is marked 'mislukt' above).
      for (const id of documentIds) {
        if (queued.has(id)) continue;
        queued.add(id);
        queue.push(id);
      }
      if (paused) resume();
      else pump();
    },
    whenIdle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      }),
    warm: () => {
      if (!stopped) ensureWorker();
    },
    stop: () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      const w = worker;
      worker = null;
      current?.fail(new Error('stopped'));
      void w?.terminate();
      settleIdle();
    },
  };
}

/** FTS5 query from what a user typed: every word quoted (no query syntax), prefix-matched. */
export function ftsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/)
    .map((t) => t.replace(/"/g, '').trim())
    .filter((t) => t.length > 0)
    .slice(0, 10);
  return terms.length === 0 ? null : terms.map((t) => `"${t}"*`).join(' ');
}
