import type { AuthedContext } from '../core/context';
import { conflict, notFound, UserFacingError } from '../core/errors';
import type { DocumentKind } from '../domain/types';
import { requireAccess } from './access';
import { CURRENT_VERSION } from './document-versions';
import { assertDocumentsOpen, insertDocument, prepareDocuments } from './intake';

// Issue 4: versions of a document, the progress of its text index and the reader's last position.
// A document is immutable (a trigger guards its content columns); a replacement is a new row that
// names the one it replaces, and the old one stays readable.

interface DocumentRow {
  id: number;
  aanvraagId: number;
  kind: DocumentKind;
  pageCount: number;
  versie: number;
}

/** A document the caller may read (else not found: existence does not leak). */
export function readableDocument(ctx: AuthedContext, documentId: number): DocumentRow {
  const doc = ctx.sqlite
    .prepare(
      `SELECT id, aanvraag_id AS aanvraagId, kind, page_count AS pageCount, versie
       FROM documenten WHERE id = ?`,
    )
    .get(documentId) as DocumentRow | undefined;
  if (!doc) throw notFound('Dit document');
  requireAccess(ctx, doc.aanvraagId);
  return doc;
}

function replacedBy(ctx: AuthedContext, documentId: number): number | null {
  const row = ctx.sqlite
    .prepare('SELECT id FROM documenten WHERE vervangt_id = ?')
    .get(documentId) as { id: number } | undefined;
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

export function indexStatus(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  const documents = ctx.sqlite
    .prepare(
      `SELECT d.id AS documentId, d.tekst_status AS tekstStatus,
              d.paginas_geindexeerd AS paginasGeindexeerd, d.page_count AS pageCount
       FROM documenten d WHERE d.aanvraag_id = ? AND ${CURRENT_VERSION} ORDER BY d.kind, d.id`,
    )
    .all(aanvraagId) as {
    documentId: number;
    tekstStatus: 'wacht' | 'geindexeerd' | 'geen_tekst' | 'mislukt';
    paginasGeindexeerd: number;
    pageCount: number;
  }[];
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
  const row = ctx.sqlite
    .prepare('SELECT page FROM document_posities WHERE user_id = ? AND document_id = ?')
    .get(ctx.user.id, documentId) as { page: number } | undefined;
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
  const { sha256 } = ctx.sqlite
    .prepare('SELECT sha256 FROM documenten WHERE id = ?')
    .get(documentId) as { sha256: string };
  const { page } = positie(ctx, documentId);
  ctx.tx(() =>
    ctx.audit({ action: 'document.open', objectType: 'document', objectId: documentId }),
  );
  return { page, sha256, pageCount: doc.pageCount };
}

/** The reader's own state, not dossier data: not audited. */
export function bewaarPositie(ctx: AuthedContext, documentId: number, page: number): { ok: true } {
  const doc = readableDocument(ctx, documentId);
  assertPage(doc, page);
  ctx.sqlite
    .prepare(
      `INSERT INTO document_posities (user_id, document_id, page, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(user_id, document_id) DO UPDATE SET page = excluded.page, updated_at = excluded.updated_at`,
    )
    .run(ctx.user.id, documentId, page, ctx.nowIso);
  return { ok: true };
}
