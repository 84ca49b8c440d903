import type Database from 'better-sqlite3';
import type { Logger } from '../api/logger';
import { extractPdfText } from './pdf-text';
import type { DocumentStore } from './store';

// Issue 4: after a document is imported its text goes, page by page, into the FTS5 index
// `document_text`. Indexing runs after the import has committed, one document at a time, so an
// import never waits for it; a scan without a text layer is marked 'geen_tekst' ("geen doorzoekbare
// tekst"). The decrypted bytes live only in memory.

export interface TextIndexer {
  enqueue(documentIds: readonly number[]): void;
  /** Resolves when every queued document has been indexed (tests, shutdown). */
  whenIdle(): Promise<void>;
  /** Drops what is still queued; the database is about to close. */
  stop(): void;
}

export function createTextIndexer(
  sqlite: Database.Database,
  docs: DocumentStore,
  logger: Logger,
): TextIndexer {
  let tail: Promise<void> = Promise.resolve();
  let stopped = false;

  async function indexOne(documentId: number): Promise<void> {
    if (stopped) return;
    const row = sqlite.prepare('SELECT sha256 FROM documenten WHERE id = ?').get(documentId) as
      { sha256: string } | undefined;
    if (!row) return;
    try {
      const { pages } = await extractPdfText(new Uint8Array(docs.get(row.sha256)));
      const hasText = pages.some((p) => p.trim().length > 0);
      if (stopped) return;
      sqlite.transaction(() => {
        sqlite.prepare('DELETE FROM document_text WHERE document_id = ?').run(documentId);
        const insert = sqlite.prepare(
          'INSERT INTO document_text (text, document_id, page) VALUES (?, ?, ?)',
        );
        pages.forEach((text, i) => {
          if (text.trim().length > 0) insert.run(text, documentId, i + 1);
        });
        sqlite
          .prepare('UPDATE documenten SET tekst_status = ? WHERE id = ?')
          .run(hasText ? 'geindexeerd' : 'geen_tekst', documentId);
      })();
    } catch (error) {
      if (stopped) return;
      sqlite.prepare("UPDATE documenten SET tekst_status = 'mislukt' WHERE id = ?").run(documentId);
      logger.error('document.index_failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }

  return {
    enqueue(documentIds) {
      // A failure of one document never stops the queue (it is marked 'mislukt' above).
      for (const id of documentIds) tail = tail.then(() => indexOne(id)).catch(() => undefined);
    },
    whenIdle: () => tail,
    stop: () => {
      stopped = true;
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
