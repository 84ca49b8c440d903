import type { AuthedContext } from '../core/context';
import { notFound } from '../core/errors';
import { requireAccess } from './access';
import { assertPage, readableDocument } from './documenten';

// Issue 4: a reader's private notes and bookmarks per page. Only their author sees them: every query
// here is bound to ctx.user.id, and no other service reads this table (letters, exports, the audit
// log and the logs never hold a note). Someone else's note answers 'not found', so its existence
// does not leak. Like the last position, they are the reader's own state and not audited.

type Soort = 'notitie' | 'bladwijzer';

const notitieNotFound = () => notFound('Deze notitie');

export function listNotities(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  const notities = ctx.sqlite
    .prepare(
      `SELECT n.id, n.document_id AS documentId, n.page, n.soort, n.tekst, n.updated_at AS bijgewerktOp
       FROM notities n JOIN documenten d ON d.id = n.document_id
       WHERE n.user_id = ? AND d.aanvraag_id = ? ORDER BY n.document_id, n.page, n.id`,
    )
    .all(ctx.user.id, aanvraagId) as {
    id: number;
    documentId: number;
    page: number;
    soort: Soort;
    tekst: string;
    bijgewerktOp: string;
  }[];
  return { notities };
}

export function saveNotitie(
  ctx: AuthedContext,
  input: { id?: number | undefined; documentId: number; page: number; soort: Soort; tekst: string },
): { id: number } {
  const doc = readableDocument(ctx, input.documentId);
  assertPage(doc, input.page);
  if (input.id === undefined) {
    const id = ctx.sqlite
      .prepare(
        `INSERT INTO notities (user_id, document_id, page, soort, tekst, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ctx.user.id,
        doc.id,
        input.page,
        input.soort,
        input.tekst,
        ctx.nowIso,
        ctx.nowIso,
      ).lastInsertRowid;
    return { id: Number(id) };
  }
  const changed = ctx.sqlite
    .prepare(
      `UPDATE notities SET document_id = ?, page = ?, soort = ?, tekst = ?, updated_at = ?
       WHERE id = ? AND user_id = ?`,
    )
    .run(doc.id, input.page, input.soort, input.tekst, ctx.nowIso, input.id, ctx.user.id).changes;
  if (changed === 0) throw notitieNotFound();
  return { id: input.id };
}

export function deleteNotitie(ctx: AuthedContext, id: number): { ok: true } {
  const changed = ctx.sqlite
    .prepare('DELETE FROM notities WHERE id = ? AND user_id = ?')
    .run(id, ctx.user.id).changes;
  if (changed === 0) throw notitieNotFound();
  return { ok: true };
}
