import { and, eq } from 'drizzle-orm';
import { documenten, notities } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { notFound } from '../core/errors';
import { requireAccess } from './access';
import { assertPage, readableDocument } from './documenten';

// Issue 4: a reader's private notes and bookmarks per page. Only their author sees them: every query
// here is bound to ctx.user.id, and no other service reads this table (letters, exports, the audit
// log and the logs never hold a note). Someone else's note answers 'not found', so its existence
// does not leak. Like the last position, they are the reader's own state and not audited.

type Soort = (typeof notities.$inferSelect)['soort'];

const notitieNotFound = () => notFound('Deze notitie');

export function listNotities(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  const rows = ctx.db
    .select({
      id: notities.id,
      documentId: notities.documentId,
      page: notities.page,
      soort: notities.soort,
      tekst: notities.tekst,
      bijgewerktOp: notities.updatedAt,
    })
    .from(notities)
    .innerJoin(documenten, eq(documenten.id, notities.documentId))
    .where(and(eq(notities.userId, ctx.user.id), eq(documenten.aanvraagId, aanvraagId)))
    .orderBy(notities.documentId, notities.page, notities.id)
    .all();
  return { notities: rows };
}

export function saveNotitie(
  ctx: AuthedContext,
  input: { id?: number | undefined; documentId: number; page: number; soort: Soort; tekst: string },
): { id: number } {
  const doc = readableDocument(ctx, input.documentId);
  assertPage(doc, input.page);
  if (input.id === undefined) {
    const id = ctx.db
      .insert(notities)
      .values({
        userId: ctx.user.id,
        documentId: doc.id,
        page: input.page,
        soort: input.soort,
        tekst: input.tekst,
        createdAt: ctx.nowIso,
        updatedAt: ctx.nowIso,
      })
      .run().lastInsertRowid;
    return { id: Number(id) };
  }
  const changed = ctx.db
    .update(notities)
    .set({
      documentId: doc.id,
      page: input.page,
      soort: input.soort,
      tekst: input.tekst,
      updatedAt: ctx.nowIso,
    })
    .where(and(eq(notities.id, input.id), eq(notities.userId, ctx.user.id)))
    .run().changes;
  if (changed === 0) throw notitieNotFound();
  return { id: input.id };
}

export function deleteNotitie(ctx: AuthedContext, id: number): { ok: true } {
  const changed = ctx.db
    .delete(notities)
    .where(and(eq(notities.id, id), eq(notities.userId, ctx.user.id)))
    .run().changes;
  if (changed === 0) throw notitieNotFound();
  return { ok: true };
}
