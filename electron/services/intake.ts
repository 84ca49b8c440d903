import { count, eq, like } from 'drizzle-orm';
import type { z } from 'zod';
import { aanvragen, documenten, schoolbesturen, scholen, workflowEvents } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import type { contract } from '../contract';
import { domainError, UserFacingError } from '../core/errors';
import { MAX_DOCUMENT_BYTES } from '../contract/schemas';
import { aanvraagProblem, type AanvraagKern } from '../domain/aanvraag';
import { documentDatumProblem } from '../domain/documenten';
import { schoolKeuzeProblem } from '../domain/scholen';
import type { AanvraagState, DocumentKind } from '../domain/types';
import { validatePdf } from '../documents/pdf-validate';
import { readDocumentSettings, requireSwvSettings } from './settings';
import { currentState } from './workflow';

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
  const maxBytes = Math.min(MAX_DOCUMENT_BYTES, readDocumentSettings(ctx.db).maxMb * 1024 * 1024);
  for (const upload of uploads) {
    const datumProblem = documentDatumProblem(upload.documentDate, ctx.today);
    if (datumProblem)
      throw new UserFacingError('invalid_input', `${upload.fileName}: ${datumProblem}`);
  }
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
    ctx.db
      .insert(documenten)
      .values({
        aanvraagId,
        kind: d.kind,
        fileName: d.fileName,
        documentDate: d.documentDate,
        sha256: d.sha256,
        size: d.size,
        pageCount: d.pageCount,
        createdBy: ctx.user.id,
        vervangtId: version?.vervangtId ?? null,
        versie: version?.versie ?? 1,
        vervangReden: version?.reden ?? null,
      })
      .run().lastInsertRowid,
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

/**
 * §3.1 for a new or edited aanvraag: the domain's rules, and the school must exist. A school that is
 * chosen now (at registration, or changed by an edit) must not have ended, nor its board; an
 * aanvraag keeps the school it named when that school ends later.
 */
export function assertAanvraagRules(
  ctx: AuthedContext,
  a: AanvraagKern & { readonly schoolId: number },
  schoolGekozen = true,
): void {
  const problem = aanvraagProblem(a, ctx.today);
  if (problem) throw new UserFacingError('invalid_input', problem.message, problem.field);
  const school = ctx.db
    .select({
      naam: scholen.naam,
      eindDatum: scholen.eindDatum,
      bestuurNaam: schoolbesturen.naam,
      bestuurEindDatum: schoolbesturen.eindDatum,
    })
    .from(scholen)
    .innerJoin(schoolbesturen, eq(schoolbesturen.id, scholen.bestuurId))
    .where(eq(scholen.id, a.schoolId))
    .get();
  if (!school) {
    throw new UserFacingError(
      'invalid_input',
      'Deze school is onbekend. Kies een school uit de lijst.',
      'schoolId',
    );
  }
  const ended =
    schoolGekozen &&
    schoolKeuzeProblem(
      school,
      { naam: school.bestuurNaam, eindDatum: school.bestuurEindDatum },
      ctx.today,
    );
  if (ended) throw new UserFacingError('domain', ended, 'schoolId');
}

function nextReferentie(ctx: AuthedContext, year: string): string {
  const n =
    ctx.db
      .select({ n: count() })
      .from(aanvragen)
      .where(like(aanvragen.referentie, `TLA-${year}-%`))
      .get()?.n ?? 0;
  return `TLA-${year}-${String(n + 1).padStart(5, '0')}`;
}

export async function registerAanvraag(
  ctx: AuthedContext,
  input: RegisterInput,
): Promise<{ id: number; referentie: string }> {
  // Every aanvraag leads to letters with the SWV's details: none before the beheerder set them.
  requireSwvSettings(ctx.db, 'kunt u aanvragen registreren');
  assertAanvraagRules(ctx, input);
  const docs = await prepareDocuments(ctx, input.documents);
  const result = ctx.tx(() => {
    const referentie = nextReferentie(ctx, input.ontvangenOp.slice(0, 4));
    const id = Number(
      ctx.db
        .insert(aanvragen)
        .values({
          referentie,
          soort: input.soort,
          state: 'ontvangen',
          leerlingNaam: input.leerlingNaam,
          leerlingGeboortedatum: input.leerlingGeboortedatum,
          groep: input.groep,
          woonplaats: input.woonplaats,
          gemeente: input.gemeente,
          schoolId: input.schoolId,
          schoolsoort: input.schoolsoort,
          categorie: input.categorie,
          gewensteStartdatum: input.gewensteStartdatum,
          oudersNaam: input.oudersNaam,
          oudersAdres: input.oudersAdres,
          oudersPostcode: input.oudersPostcode,
          oudersPlaats: input.oudersPlaats,
          oudersAkkoord: input.oudersAkkoord,
          begeleiderNaam: input.begeleiderNaam || null,
          begeleiderNotitie: input.begeleiderNotitie || null,
          ontvangenOp: input.ontvangenOp,
          createdBy: ctx.user.id,
          updatedAt: ctx.nowIso,
        })
        .run().lastInsertRowid,
    );
    ctx.db
      .insert(workflowEvents)
      .values({
        aanvraagId: id,
        event: 'registreer',
        fromState: null,
        toState: 'ontvangen',
        actorUserId: ctx.user.id,
        reason: null,
        at: ctx.nowIso,
      })
      .run();
    ctx.audit({ action: 'aanvraag.register', objectType: 'aanvraag', objectId: id });
    const documentIds = docs.map((d) => insertDocument(ctx, id, d));
    return { id, referentie, documentIds };
  });
  ctx.indexDocuments(result.documentIds);
  return { id: result.id, referentie: result.referentie };
}

const DOCUMENT_STATES: readonly AanvraagState[] = [
  'ontvangen',
  'in_controle',
  'wacht_op_aanvulling',
];

/** Documents are added or replaced only during the intake. */
export function assertDocumentsOpen(ctx: AuthedContext, aanvraagId: number, what: string): void {
  if (!DOCUMENT_STATES.includes(currentState(ctx, aanvraagId))) {
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
