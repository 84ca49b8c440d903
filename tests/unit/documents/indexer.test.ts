import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseKey, openDatabase, type OpenedDatabase } from '../../../db/open';
import { createTextIndexer } from '../../../electron/documents/indexer';
import { createDocumentStore, type DocumentStore } from '../../../electron/documents/store';

// Issue 4: the text index is extracted in a worker thread, page by page, and every page is
// committed as it comes. This file never loads pdfjs on its own thread, so it can tell.

let dir: string;
let opened: OpenedDatabase;
let docs: DocumentStore;
const errors: string[] = [];
const logger = { error: (event: string) => void errors.push(event) };

async function textPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++)
    doc.addPage([595, 842]).drawText(`Werkpagina ${i}`, { x: 50, y: 780, font });
  return doc.save();
}

/** A document row for these bytes (foreign keys off: no dossier needed for the indexer). */
function addDocument(bytes: Uint8Array, pageCount: number): number {
  const { sha256, size } = docs.put(bytes);
  return Number(
    opened.sqlite
      .prepare(
        `INSERT INTO documenten (aanvraag_id, kind, file_name, sha256, size, page_count, created_by)
         VALUES (1, 'opp', 'x.pdf', ?, ?, ?, 1)`,
      )
      .run(sha256, size, pageCount).lastInsertRowid,
  );
}

const state = (id: number) =>
  opened.sqlite
    .prepare('SELECT tekst_status AS s, paginas_geindexeerd AS n FROM documenten WHERE id = ?')
    .get(id) as { s: string; n: number };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-indexer-'));
  const key = randomBytes(32);
  opened = openDatabase({ file: path.join(dir, 'db.sqlite'), key: databaseKey(key) });
  opened.sqlite.pragma('foreign_keys = OFF');
  docs = createDocumentStore(path.join(dir, 'documents'), key);
  errors.length = 0;
});
afterEach(() => {
  opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('text indexer', () => {
  it('extracts in a worker thread and commits every page as it comes', async () => {
    const id = addDocument(await textPdf(40), 40);
    const seen: { page: number; thread: number; committed: number; status: string }[] = [];
    const indexer = createTextIndexer(opened.sqlite, docs, logger, {
      onPage: (documentId, page, thread) => {
        const s = state(documentId);
        seen.push({ page, thread, committed: s.n, status: s.s });
      },
    });
    indexer.enqueue([id]);
    await indexer.whenIdle();
    indexer.stop();

    expect(seen.map((s) => s.page)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Every page was read by another thread than this one, and pdfjs was never loaded here.
    expect(seen.every((s) => s.thread !== threadId)).toBe(true);
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
    // Pages before the last were already committed while the document was still being read.
    expect(seen[1]).toMatchObject({ committed: 1, status: 'wacht' });
    expect(seen.at(-1)!.committed).toBeGreaterThan(1);
    expect(seen.map((s) => s.committed)).toEqual(
      seen.map((s) => s.committed).sort((a, b) => a - b),
    );
    expect(state(id)).toEqual({ s: 'geindexeerd', n: 40 });
    const pages = opened.sqlite
      .prepare('SELECT page, text FROM document_text WHERE document_id = ? ORDER BY page')
      .all(id) as { page: number; text: string }[];
    expect(pages).toHaveLength(40);
    expect(pages[39]).toEqual({ page: 40, text: 'Werkpagina 40' });
  });

  it('marks an unreadable document mislukt and goes on with the next', async () => {
    const broken = addDocument(new TextEncoder().encode('%PDF-1.4 niets'), 1);
    const good = addDocument(await textPdf(2), 2);
    const indexer = createTextIndexer(opened.sqlite, docs, logger);
    indexer.enqueue([broken, good]);
    await indexer.whenIdle();
    indexer.stop();
    expect(state(broken).s).toBe('mislukt');
    expect(state(good)).toEqual({ s: 'geindexeerd', n: 2 });
    expect(errors).toEqual(['document.index_failed']);
  });

  it('starts a document again from its first page (a resume after a stop)', async () => {
    const id = addDocument(await textPdf(3), 3);
    opened.sqlite
      .prepare("INSERT INTO document_text (text, document_id, page) VALUES ('oud', ?, 1)")
      .run(id);
    opened.sqlite.prepare('UPDATE documenten SET paginas_geindexeerd = 1 WHERE id = ?').run(id);
    const indexer = createTextIndexer(opened.sqlite, docs, logger);
    indexer.enqueue([id]);
    await indexer.whenIdle();
    indexer.stop();
    const texts = opened.sqlite
      .prepare('SELECT text FROM document_text WHERE document_id = ? ORDER BY page')
      .all(id) as { text: string }[];
    expect(texts.map((r) => r.text)).toEqual(['Werkpagina 1', 'Werkpagina 2', 'Werkpagina 3']);
  });

  it('stops: ends the worker, leaves unfinished documents waiting, and settles whenIdle', async () => {
    const first = addDocument(await textPdf(30), 30);
    const second = addDocument(await textPdf(2), 2);
    let stopAt: (() => void) | null = null;
    const indexer = createTextIndexer(opened.sqlite, docs, logger, {
      onPage: (_doc, page) => {
        if (page === 2) stopAt?.();
      },
    });
    stopAt = () => indexer.stop();
    indexer.enqueue([first, second]);
    await indexer.whenIdle();
    expect(state(first).s).toBe('wacht');
    expect(state(second)).toEqual({ s: 'wacht', n: 0 });
    expect(errors).toEqual([]);
  });
});

describe('text indexer on a full disk (issue 11)', () => {
  /** Pages full of distinct words: committing them needs new pages of the database. */
  async function wordyPdf(pages: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 1; i <= pages; i++) {
      const page = doc.addPage([595, 842]);
      for (let line = 0; line < 40; line++) {
        const words = Array.from({ length: 8 }, () => randomBytes(4).toString('hex'));
        page.drawText(words.join(' '), { x: 40, y: 800 - line * 18, size: 9, font });
      }
    }
    return doc.save();
  }
  /**
   * The database may not grow, and every free page is taken: the next page of text fails with
   * SQLITE_FULL, as on a full disk.
   */
  const fill = () => {
    const sqlite = opened.sqlite;
    sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true })) + 8}`);
    sqlite.exec('CREATE TABLE IF NOT EXISTS vulling (b BLOB)');
    const insert = sqlite.prepare('INSERT INTO vulling VALUES (randomblob(500))');
    for (;;) {
      try {
        insert.run();
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_FULL') return;
        throw error;
      }
    }
  };
  const makeRoom = () => opened.sqlite.pragma('max_page_count = 1000000');
  const logged: { event: string; fields: unknown }[] = [];
  const fieldLogger = {
    error: (event: string, fields?: unknown) => void logged.push({ event, fields }),
  };
  beforeEach(() => {
    logged.length = 0;
  });

  it('pauses without throwing, keeps the document waiting, and goes on by itself later', async () => {
    const id = addDocument(await wordyPdf(4), 4);
    fill();
    const indexer = createTextIndexer(opened.sqlite, docs, fieldLogger, { retryMs: 20 });
    indexer.enqueue([id]);
    await indexer.whenIdle(); // resolves while paused
    expect(state(id)).toEqual({ s: 'wacht', n: 0 });
    expect(logged[0]).toEqual({
      event: 'document.index_paused',
      fields: { error: 'SqliteError', code: 'SQLITE_FULL' },
    });
    expect(logged.every((l) => l.event === 'document.index_paused')).toBe(true);
    makeRoom();
    await vi.waitFor(() => expect(state(id)).toEqual({ s: 'geindexeerd', n: 4 }), {
      timeout: 20000,
      interval: 20,
    });
    indexer.stop();
  });

  it('tries again at once when the next document is queued, in the order they came', async () => {
    const first = addDocument(await wordyPdf(3), 3);
    const second = addDocument(await textPdf(2), 2);
    fill();
    const indexer = createTextIndexer(opened.sqlite, docs, fieldLogger, { retryMs: 3_600_000 });
    indexer.enqueue([first]);
    await indexer.whenIdle();
    expect(state(first).s).toBe('wacht');
    makeRoom();
    indexer.enqueue([second]); // no hour's wait: the new document wakes the index
    await indexer.whenIdle();
    indexer.stop();
    expect(state(first)).toEqual({ s: 'geindexeerd', n: 3 });
    expect(state(second)).toEqual({ s: 'geindexeerd', n: 2 });
    expect(logged.map((l) => l.event)).toEqual(['document.index_paused']);
  });

  it('never marks a document mislukt for a database error, whatever the SQLite code', async () => {
    const id = addDocument(await textPdf(2), 2);
    const indexer = createTextIndexer(opened.sqlite, docs, fieldLogger, { retryMs: 3_600_000 });
    // Any SqliteError, not only SQLITE_FULL: here the FTS table is gone for a moment.
    opened.sqlite.exec('ALTER TABLE document_text RENAME TO document_text_weg');
    indexer.enqueue([id]);
    await indexer.whenIdle();
    expect(state(id).s).toBe('wacht');
    expect(logged[0]?.event).toBe('document.index_paused');
    indexer.stop();
  });
});
