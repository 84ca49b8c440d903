import { eq } from 'drizzle-orm';
import { aanvragen, brieven, documenten, vergaderingen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { notFound } from '../core/errors';
import { requireAccess } from './access';

// The one place that decrypts stored content for a reader (S6, need-to-know): a dossier document, a
// letter or the minutes of a meeting is looked up, the reader's access to its aanvraag is checked,
// the file is decrypted and the read is written to the audit log.

export type StoredFileRef =
  | { readonly soort: 'document'; readonly documentId: number }
  | { readonly soort: 'brief'; readonly briefId: number }
  | { readonly soort: 'notulen'; readonly vergaderingId: number };

interface Located {
  /** The aanvraag whose need-to-know applies; null for the minutes (a meeting, not a dossier). */
  readonly aanvraagId: number | null;
  readonly sha256: string;
  readonly fileName: string;
  readonly audit: { action: string; objectType: string; objectId: number };
}

function locate(ctx: AuthedContext, ref: StoredFileRef): Located {
  switch (ref.soort) {
    case 'document': {
      const doc = ctx.db
        .select({
          aanvraagId: documenten.aanvraagId,
          fileName: documenten.fileName,
          sha256: documenten.sha256,
        })
        .from(documenten)
        .where(eq(documenten.id, ref.documentId))
        .get();
      if (!doc) throw notFound('Dit document');
      return {
        ...doc,
        audit: { action: 'document.open', objectType: 'document', objectId: ref.documentId },
      };
    }
    case 'brief': {
      const brief = ctx.db
        .select({
          aanvraagId: brieven.aanvraagId,
          kind: brieven.kind,
          sha256: brieven.sha256,
          referentie: aanvragen.referentie,
        })
        .from(brieven)
        .innerJoin(aanvragen, eq(aanvragen.id, brieven.aanvraagId))
        .where(eq(brieven.id, ref.briefId))
        .get();
      if (!brief) throw notFound('Deze brief');
      return {
        aanvraagId: brief.aanvraagId,
        sha256: brief.sha256,
        fileName: `${brief.referentie}-${brief.kind}.pdf`,
        audit: { action: 'brief.open', objectType: 'brief', objectId: ref.briefId },
      };
    }
    case 'notulen': {
      const m = ctx.db
        .select({ datum: vergaderingen.datum, sha256: vergaderingen.notulenSha256 })
        .from(vergaderingen)
        .where(eq(vergaderingen.id, ref.vergaderingId))
        .get();
      if (!m) throw notFound('Deze vergadering');
      if (!m.sha256) throw notFound('Het verslag van deze vergadering');
      return {
        aanvraagId: null,
        sha256: m.sha256,
        fileName: `Verslag TLA-vergadering ${m.datum}.pdf`,
        audit: {
          action: 'vergadering.notulen',
          objectType: 'vergadering',
          objectId: ref.vergaderingId,
        },
      };
    }
  }
}

/** The stored file for the caller: look up, need-to-know, decrypt, audit. */
export function readStoredFile(
  ctx: AuthedContext,
  ref: StoredFileRef,
): { fileName: string; dataBase64: string } {
  const file = readStoredBytes(ctx, ref);
  return { fileName: file.fileName, dataBase64: file.bytes.toString('base64') };
}

/**
 * The same, as bytes: the TLA server sends them as they are (issue 13: documents travel as binary,
 * not base64 in JSON). The only other way to the decrypted content.
 */
export function readStoredBytes(
  ctx: AuthedContext,
  ref: StoredFileRef,
): { fileName: string; bytes: Buffer } {
  const file = locate(ctx, ref);
  if (file.aanvraagId !== null) requireAccess(ctx, file.aanvraagId);
  const bytes = ctx.docs.get(file.sha256);
  ctx.tx(() => ctx.audit(file.audit));
  return { fileName: file.fileName, bytes };
}
