import type { z } from 'zod';
import type { AuthedContext } from '../core/context';
import type { contract } from '../contract';
import { domainError, notFound, UserFacingError } from '../core/errors';
import { MAX_DOCUMENT_BYTES } from '../contract/schemas';
import { aanvraagProblem, type AanvraagKern } from '../domain/aanvraag';
import type { DocumentKind } from '../domain/types';
import { validatePdf } from '../documents/pdf-validate';
import { readDocumentSettings } from './settings';
import { takeTransition } from './workflow';

type RegisterInput = z.output<(typeof contract)['aanvraag.register']['input']>;
type Upload = RegisterInput['documents'][number];

interface PreparedDocument {
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly documentDate: string | null;
  readonly sha256: string;
  readonly size: number;
  readonly pageCount: number;
}

/**
 * Validates every upload (a PDF, not encrypted, readable, within the size limit) and stores the
 * encrypted blobs. Nothing is written to the database here; a refused file refuses the whole call.
 */
export async function prepareDocuments(
  ctx: AuthedContext,
  uploads: readonly Upload[],
): Promise<PreparedDocument[]> {
  const checked: { upload: Upload; bytes: Buffer; pageCount: number }[] = [];
  const maxBytes = Math.min(
    MAX_DOCUMENT_BYTES,
    readDocumentSettings(ctx.db).maxMb * 1024 * 1024,
  );
  for (const upload of uploads) {
    const bytes = Buffer.from(upload.dataBase64, 'base64');
    const result = await validatePdf(new Uint8Array(bytes), maxBytes);
    if (!result.ok) {
      throw new UserFacingError('invalid_input', `${upload.fileName}: ${result.message}`);
    }
    checked.push({ upload, bytes, pageCount: result.pageCount });
  }
  return checked.map(({ upload, bytes, pageCount }) => {
    const { sha256, size } = ctx.docs.put(bytes);
    return {
      kind: upload.kind,
      fileName: upload.fileName,
      documentDate: upload.documentDate,
      sha256,
      size,
      pageCount,
    };
  });
}

/** A new document row names the version it replaces (issue 4: documents are immutable). */
export interface DocumentVersion {
  readonly vervangtId: number;
  readonly versie: number;
  readonly reden: string;
}

export function insertDocument(
  ctx: AuthedContext,
  aanvraagId: number,
  d: PreparedDocument,
  version: DocumentVersion | null = null,
): number {
  const id = Number(
    ctx.sqlite
      .prepare(
        `INSERT INTO documenten (aanvraag_id, kind, file_name, document_date, sha256, size, page_count, created_by,
           vervangt_id, versie, vervang_reden)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        aanvraagId,
        d.kind,
        d.fileName,
        d.documentDate,
        d.sha256,
        d.size,
        d.pageCount,
        ctx.user.id,
        version?.vervangtId ?? null,
        version?.versie ?? 1,
        version?.reden ?? null,
      ).lastInsertRowid,
  );
  // The audit names the rows only; the reason may name the pupil.
  ctx.audit(
    version
      ? {
          action: 'document.replace',
          objectType: 'document',
          objectId: id,
          details: `vervangt document ${version.vervangtId} (versie ${version.versie})`,
        }
      : { action: 'document.import', objectType: 'document', objectId: id },
  );
  return id;
}

/** §3.1 for a new or edited aanvraag: the domain's rules, and the school must exist. */
export function assertAanvraagRules(
  ctx: AuthedContext,
  a: AanvraagKern & { readonly schoolId: number },
): void {
  const problem = aanvraagProblem(a, ctx.today);
  if (problem) throw new UserFacingError('invalid_input', problem.message, problem.field);
  const school = ctx.sqlite.prepare('SELECT 1 FROM scholen WHERE id = ?').get(a.schoolId);
  if (!school) {
    throw new UserFacingError(
      'invalid_input',
      'Deze school is onbekend. Kies een school uit de lijst.',
      'schoolId',
    );
  }
}

function nextReferentie(ctx: AuthedContext, year: string): string {
  const row = ctx.sqlite
    .prepare('SELECT COUNT(*) AS n FROM aanvragen WHERE referentie LIKE ?')
    .get(`TLA-${year}-%`) as { n: number };
  return `TLA-${year}-${String(row.n + 1).padStart(5, '0')}`;
}

export async function registerAanvraag(
  ctx: AuthedContext,
  input: RegisterInput,
): Promise<{ id: number; referentie: string }> {
  assertAanvraagRules(ctx, input);
  const docs = await prepareDocuments(ctx, input.documents);
  const result = ctx.tx(() => {
    const referentie = nextReferentie(ctx, input.ontvangenOp.slice(0, 4));
    const id = Number(
      ctx.sqlite
        .prepare(
          `INSERT INTO aanvragen (referentie, soort, state, leerling_naam, leerling_geboortedatum, groep, woonplaats,
             school_id, schoolsoort, categorie, gewenste_startdatum, ouders_naam, ouders_adres, ouders_postcode,
             ouders_plaats, ouders_akkoord, begeleider_naam, begeleider_notitie, ontvangen_op, created_by, updated_at)
           VALUES (?, ?, 'ontvangen', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          referentie,
          input.soort,
          input.leerlingNaam,
          input.leerlingGeboortedatum,
          input.groep,
          input.woonplaats,
          input.schoolId,
          input.schoolsoort,
          input.categorie,
          input.gewensteStartdatum,
          input.oudersNaam,
          input.oudersAdres,
          input.oudersPostcode,
          input.oudersPlaats,
          input.oudersAkkoord ? 1 : 0,
          input.begeleiderNaam || null,
          input.begeleiderNotitie || null,
          input.ontvangenOp,
          ctx.user.id,
          ctx.nowIso,
        ).lastInsertRowid,
    );
    ctx.sqlite
      .prepare(
        `INSERT INTO workflow_events (aanvraag_id, event, from_state, to_state, actor_user_id, reason, at)
         VALUES (?, 'registreer', NULL, 'ontvangen', ?, NULL, ?)`,
      )
      .run(id, ctx.user.id, ctx.nowIso);
    ctx.audit({ action: 'aanvraag.register', objectType: 'aanvraag', objectId: id });
    const documentIds = docs.map((d) => insertDocument(ctx, id, d));
    return { id, referentie, documentIds };
  });
  ctx.indexDocuments(result.documentIds);
  return { id: result.id, referentie: result.referentie };
}

const DOCUMENT_STATES = ['ontvangen', 'in_controle', 'wacht_op_aanvulling'];

/** Documents are added or replaced only during the intake. */
export function assertDocumentsOpen(ctx: AuthedContext, aanvraagId: number, what: string): void {
  const row = ctx.sqlite.prepare('SELECT state FROM aanvragen WHERE id = ?').get(aanvraagId) as
    { state: string } | undefined;
  if (!row) throw notFound();
  if (!DOCUMENT_STATES.includes(row.state)) {
    throw domainError(`${what} kan alleen tijdens de intake.`);
  }
}

export async function addDocument(
  ctx: AuthedContext,
  aanvraagId: number,
  upload: Upload,
): Promise<{ id: number }> {
  assertDocumentsOpen(ctx, aanvraagId, 'Documenten toevoegen');
  const [doc] = await prepareDocuments(ctx, [upload]);
  const id = ctx.tx(() => insertDocument(ctx, aanvraagId, doc as PreparedDocument));
  ctx.indexDocuments([id]);
  return { id };
}

export function intakeStep(
  ctx: AuthedContext,
  aanvraagId: number,
  event: 'start_controle' | 'markeer_compleet',
): { state: ReturnType<typeof takeTransition> } {
  return ctx.tx(() => ({
    state: takeTransition(ctx, aanvraagId, event, ctx.user.roles, ctx.user.id),
  }));
}
