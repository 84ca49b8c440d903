import type { z } from 'zod';
import type { AuthedContext } from '../api/context';
import type { contract } from '../api/contract';
import { domainError, notFound, UserFacingError } from '../api/errors';
import { MAX_DOCUMENT_BYTES } from '../api/schemas';
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
async function prepareDocuments(
  ctx: AuthedContext,
  uploads: readonly Upload[],
): Promise<PreparedDocument[]> {
  const checked: { upload: Upload; bytes: Buffer; pageCount: number }[] = [];
  const maxBytes = Math.min(
    MAX_DOCUMENT_BYTES,
    readDocumentSettings(ctx.sqlite).maxMb * 1024 * 1024,
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

function insertDocuments(
  ctx: AuthedContext,
  aanvraagId: number,
  docs: readonly PreparedDocument[],
): number[] {
  const stmt = ctx.sqlite.prepare(
    `INSERT INTO documenten (aanvraag_id, kind, file_name, document_date, sha256, size, page_count, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return docs.map((d) => {
    const id = Number(
      stmt.run(
        aanvraagId,
        d.kind,
        d.fileName,
        d.documentDate,
        d.sha256,
        d.size,
        d.pageCount,
        ctx.user.id,
      ).lastInsertRowid,
    );
    ctx.audit({ action: 'document.import', objectType: 'document', objectId: id });
    return id;
  });
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
    const documentIds = insertDocuments(ctx, id, docs);
    return { id, referentie, documentIds };
  });
  ctx.indexDocuments(result.documentIds);
  return { id: result.id, referentie: result.referentie };
}

const DOCUMENT_STATES = ['ontvangen', 'in_controle', 'wacht_op_aanvulling'];

export async function addDocument(
  ctx: AuthedContext,
  aanvraagId: number,
  upload: Upload,
): Promise<{ id: number }> {
  const row = ctx.sqlite.prepare('SELECT state FROM aanvragen WHERE id = ?').get(aanvraagId) as
    { state: string } | undefined;
  if (!row) throw notFound();
  if (!DOCUMENT_STATES.includes(row.state)) {
    throw domainError('Documenten toevoegen kan alleen tijdens de intake.');
  }
  const docs = await prepareDocuments(ctx, [upload]);
  const id = ctx.tx(() => insertDocuments(ctx, aanvraagId, docs)[0] as number);
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
