import { and, count, eq, sql } from 'drizzle-orm';
import { documenten } from '../../db/schema';
import { typedAll } from '../../db/typed-sql';
import type { AuthedContext } from '../core/context';
import { ftsQuery } from '../documents/indexer';
import { requireAccess } from './access';
import { isCurrentVersion } from './document-versions';

// Issue 4: find across the current versions of the documents of one dossier (FTS5, top 50 with
// snippets). Only for those who may read the dossier; every search is audited without its terms
// (they may hold a name).

const hitRow = {
  documentId: 'integer',
  fileName: documenten.fileName,
  page: 'integer',
  snippet: 'text',
} as const;

export function zoekInDossier(ctx: AuthedContext, aanvraagId: number, query: string) {
  requireAccess(ctx, aanvraagId);
  const match = ftsQuery(query);
  const nogTeIndexeren =
    ctx.db
      .select({ n: count() })
      .from(documenten)
      .where(
        and(
          eq(documenten.aanvraagId, aanvraagId),
          eq(documenten.tekstStatus, 'wacht'),
          isCurrentVersion(),
        ),
      )
      .get()?.n ?? 0;
  ctx.tx(() => ctx.audit({ action: 'dossier.zoek', objectType: 'aanvraag', objectId: aanvraagId }));
  if (match === null) return { hits: [], nogTeIndexeren };
  // Raw SQL: the FTS5 table document_text (MATCH, snippet, rank) is not in the schema.
  const hits = typedAll(
    ctx.db,
    hitRow,
    sql`SELECT t.document_id AS documentId, ${documenten.fileName} AS fileName, t.page AS page,
          snippet(document_text, 0, '«', '»', '…', 12) AS snippet
        FROM document_text t JOIN ${documenten} ON ${documenten.id} = t.document_id
        WHERE document_text MATCH ${match} AND ${documenten.aanvraagId} = ${aanvraagId}
          AND ${isCurrentVersion()}
        ORDER BY rank LIMIT 50`,
  );
  return { hits, nogTeIndexeren };
}
