import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
