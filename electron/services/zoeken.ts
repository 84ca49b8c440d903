import type { AuthedContext } from '../core/context';
import { ftsQuery } from '../documents/indexer';
import { requireAccess } from './access';
import { CURRENT_VERSION } from './document-versions';

// Issue 4: find across the current versions of the documents of one dossier (FTS5, top 50 with
// snippets). Only for those who may read the dossier; every search is audited without its terms
// (they may hold a name).

export function zoekInDossier(ctx: AuthedContext, aanvraagId: number, query: string) {
  requireAccess(ctx, aanvraagId);
  const match = ftsQuery(query);
  const status = ctx.sqlite
    .prepare(
      `SELECT COUNT(*) AS n FROM documenten d
       WHERE d.aanvraag_id = ? AND d.tekst_status = 'wacht' AND ${CURRENT_VERSION}`,
    )
    .get(aanvraagId) as { n: number };
  ctx.tx(() => ctx.audit({ action: 'dossier.zoek', objectType: 'aanvraag', objectId: aanvraagId }));
  if (match === null) return { hits: [], nogTeIndexeren: status.n };
  const hits = ctx.sqlite
    .prepare(
      `SELECT t.document_id AS documentId, d.file_name AS fileName, t.page AS page,
              snippet(document_text, 0, '«', '»', '…', 12) AS snippet
       FROM document_text t JOIN documenten d ON d.id = t.document_id
       WHERE document_text MATCH ? AND d.aanvraag_id = ? AND ${CURRENT_VERSION}
       ORDER BY rank LIMIT 50`,
    )
    .all(match, aanvraagId) as {
    documentId: number;
    fileName: string;
    page: number;
    snippet: string;
  }[];
  return { hits, nogTeIndexeren: status.n };
}
