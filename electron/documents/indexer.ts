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

export interface TextIndexer {
  enqueue(documentIds: readonly number[]): void;
  /** Resolves when every queued document has been indexed (tests, shutdown). */
  whenIdle(): Promise<void>;
  /** Starts the worker thread now (pdf.js loads and warms up in it) for a quick first document. */
  warm(): void;
  /** Drops what is still queued and ends the worker; the database is about to close. */
  stop(): void;
}

export interface IndexerOptions {
  /** Called for every page the worker extracted, with the thread that read it (tests). */
  readonly onPage?: (documentId: number, page: number, threadId: number) => void;
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
  let tail: Promise<void> = Promise.resolve();
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
    w.on('error', (e) => current?.fail(e));
    w.on('exit', () => {
      if (worker === w) worker = null;
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

  function indexOne(documentId: number): Promise<void> {
    if (stopped) return Promise.resolve();
    const row = q.sha.get(documentId) as { sha256: string } | undefined;
    if (!row) return Promise.resolve();
    // A resumed document starts again from its first page.
    sqlite.transaction(() => {
      q.clear.run(documentId);
      q.progress.run(0, documentId);
    })();
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

    return new Promise<void>((resolve) => {
      const jobId = ++jobSeq;
      let settled = false;
      const settle = (error: Error | null) => {
        if (settled) return;
        settled = true;
        current = null;
        worker?.unref();
        if (error && !stopped) {
          q.failed.run(documentId);
          logger.error('document.index_failed', { error: error.name });
        }
        resolve();
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
        const plain = docs.get(row.sha256);
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

  return {
    enqueue(documentIds) {
      // A failure of one document never stops the queue (it is marked 'mislukt' above).
      for (const id of documentIds) tail = tail.then(() => indexOne(id)).catch(() => undefined);
    },
    whenIdle: () => tail,
    warm: () => {
      if (!stopped) ensureWorker();
    },
    stop: () => {
      stopped = true;
      const w = worker;
      worker = null;
      current?.fail(new Error('stopped'));
      void w?.terminate();
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
