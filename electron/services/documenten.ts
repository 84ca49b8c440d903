import { and, eq, sql } from 'drizzle-orm';
import { documentCorrecties, documenten, documentPosities } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { conflict, notFound, UserFacingError } from '../core/errors';
import { documentCorrectieVelden, documentDatumProblem } from '../domain/documenten';
import type { DocumentKind } from '../domain/types';
import { requireAccess } from './access';
import { isCurrentVersion } from './document-versions';
import { assertDocumentsOpen, insertDocument, prepareDocuments } from './intake';

// Issue 4: versions of a document, the progress of its text index and the reader's last position.
// A document is immutable (a trigger guards its content columns); a replacement is a new row that
// names the one it replaces, and the old one stays readable.

/** What the reader and a replacement need of a document. */
export type DocumentRow = Pick<
  typeof documenten.$inferSelect,
  'id' | 'aanvraagId' | 'kind' | 'pageCount' | 'versie'
>;

/** A document the caller may read (else not found: existence does not leak). */
export function readableDocument(ctx: AuthedContext, documentId: number): DocumentRow {
  const doc = ctx.db
    .select({
      id: documenten.id,
      aanvraagId: documenten.aanvraagId,
      kind: documenten.kind,
      pageCount: documenten.pageCount,
      versie: documenten.versie,
    })
    .from(documenten)
    .where(eq(documenten.id, documentId))
    .get();
  if (!doc) throw notFound('Dit document');
  requireAccess(ctx, doc.aanvraagId);
  return doc;
}

function replacedBy(ctx: AuthedContext, documentId: number): number | null {
  const row = ctx.db
    .select({ id: documenten.id })
    .from(documenten)
    .where(eq(documenten.vervangtId, documentId))
    .get();
  return row?.id ?? null;
}

const ALREADY_REPLACED =
  'Dit document is al vervangen door een nieuwere versie. Vervang de nieuwste versie.';

export async function replaceDocument(
  ctx: AuthedContext,
  input: {
    documentId: number;
    fileName: string;
    dataBase64: string;
    documentDate: string | null;
    reden: string;
  },
): Promise<{ id: number }> {
  const old = readableDocument(ctx, input.documentId);
  assertDocumentsOpen(ctx, old.aanvraagId, 'Documenten vervangen');
  if (replacedBy(ctx, old.id) !== null) throw conflict(ALREADY_REPLACED);
  const [doc] = await prepareDocuments(ctx, [
    {
      kind: old.kind,
      fileName: input.fileName,
      documentDate: input.documentDate,
      dataBase64: input.dataBase64,
    },
  ]);
  if (!doc) throw new UserFacingError('invalid_input', 'Kies een bestand.');
  const id = ctx.tx(() => {
    // Checked again inside the transaction: the validation above awaited.
    assertDocumentsOpen(ctx, old.aanvraagId, 'Documenten vervangen');
    if (replacedBy(ctx, old.id) !== null) throw conflict(ALREADY_REPLACED);
    return insertDocument(ctx, old.aanvraagId, doc, {
      vervangtId: old.id,
      versie: old.versie + 1,
      reden: input.reden,
    });
  });
  ctx.indexDocuments([id]);
  return { id };
}

/**
 * Corrects the kind and/or the date of the current version of a document, with a reason, without a
 * new upload (the bytes stay as they are). Each changed field is a row in document_correcties (old,
 * new, reason, who, when); the checklist reads the current kind and date, so it follows at once.
 */
export function corrigeerDocument(
  ctx: AuthedContext,
  input: {
    documentId: number;
    kind?: DocumentKind | undefined;
    documentDate?: string | null | undefined;
    reden: string;
  },
): { gecorrigeerd: number } {
  const doc = readableDocument(ctx, input.documentId);
  const datumProblem =
    input.documentDate === undefined ? null : documentDatumProblem(input.documentDate, ctx.today);
  if (datumProblem) throw new UserFacingError('invalid_input', datumProblem, 'documentDate');
  return ctx.tx(() => {
    assertDocumentsOpen(ctx, doc.aanvraagId, 'Documenten corrigeren');
    if (replacedBy(ctx, doc.id) !== null)
      throw conflict(
        'Dit document is vervangen door een nieuwere versie. Corrigeer de nieuwste versie.',
      );
    const current = ctx.db
      .select({ kind: documenten.kind, documentDate: documenten.documentDate })
      .from(documenten)
      .where(eq(documenten.id, doc.id))
      .get();
    if (!current) throw notFound('Dit document');
    const changes = documentCorrectieVelden(current, input);
    if (changes.length === 0)
      throw new UserFacingError(
        'invalid_input',
        'Er is niets gewijzigd: kies een andere soort of een andere documentdatum.',
      );
    for (const c of changes) {
      ctx.db
        .insert(documentCorrecties)
        .values({
          documentId: doc.id,
          ...c,
          reden: input.reden,
          actorUserId: ctx.user.id,
          at: ctx.nowIso,
        })
        .run();
    }
    ctx.db
      .update(documenten)
      .set({
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.documentDate !== undefined ? { documentDate: input.documentDate } : {}),
      })
      .where(eq(documenten.id, doc.id))
      .run();
    // The audit names the fields only; the reason and the values stay in the dossier.
    ctx.audit({
      action: 'document.corrigeer',
      objectType: 'document',
      objectId: doc.id,
      details: changes.map((c) => c.veld).join(','),
    });
    return { gecorrigeerd: changes.length };
  });
}

export function indexStatus(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  const d = documenten;
  const documents = ctx.db
    .select({
      documentId: d.id,
      tekstStatus: d.tekstStatus,
      paginasGeindexeerd: d.paginasGeindexeerd,
      pageCount: d.pageCount,
    })
    .from(d)
    .where(and(eq(d.aanvraagId, aanvraagId), isCurrentVersion(d)))
    .orderBy(d.kind, d.id)
    .all();
  return { documents };
}

/** A page of this document, or a Dutch refusal naming the valid range. */
export function assertPage(doc: DocumentRow, page: number): void {
  if (page < 1 || page > doc.pageCount) {
    throw new UserFacingError(
      'invalid_input',
      `Deze pagina bestaat niet in het document (1 tot en met ${doc.pageCount}).`,
      'page',
    );
  }
}

export function positie(ctx: AuthedContext, documentId: number): { page: number | null } {
  readableDocument(ctx, documentId);
  const p = documentPosities;
  const row = ctx.db
    .select({ page: p.page })
    .from(p)
    .where(and(eq(p.userId, ctx.user.id), eq(p.documentId, documentId)))
    .get();
  return { page: row?.page ?? null };
}

/**
 * An open of a document in the viewer: audited like `document.content` (every open is in the audit
 * log, issue 4 §4), also when the viewer still holds the content in memory from an earlier open and
 * does not fetch it again. Returns what that viewer needs to trust its copy (the sha256 of the
 * stored content; documents are immutable) and the reader's last page.
 */
export function openDocument(
  ctx: AuthedContext,
  documentId: number,
): { page: number | null; sha256: string; pageCount: number } {
  const doc = readableDocument(ctx, documentId);
  const stored = ctx.db
    .select({ sha256: documenten.sha256 })
    .from(documenten)
    .where(eq(documenten.id, documentId))
    .get();
  if (!stored) throw notFound('Dit document');
  const { page } = positie(ctx, documentId);
  ctx.tx(() =>
    ctx.audit({ action: 'document.open', objectType: 'document', objectId: documentId }),
  );
  return { page, sha256: stored.sha256, pageCount: doc.pageCount };
}

/** The reader's own state, not dossier data: not audited. */
export function bewaarPositie(ctx: AuthedContext, documentId: number, page: number): { ok: true } {
  const doc = readableDocument(ctx, documentId);
  assertPage(doc, page);
  ctx.db
    .insert(documentPosities)
    .values({ userId: ctx.user.id, documentId, page, updatedAt: ctx.nowIso })
    .onConflictDoUpdate({
      target: [documentPosities.userId, documentPosities.documentId],
      set: { page: sql`excluded.page`, updatedAt: sql`excluded.updated_at` },
    })
    .run();
  return { ok: true };
}
