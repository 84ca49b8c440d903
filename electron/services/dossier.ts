import { eq, getTableColumns } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  aanvragen,
  besluiten,
  documentCorrecties,
  documenten,
  schoolbesturen,
  scholen,
  users,
  workflowEvents,
} from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { notFound } from '../core/errors';
import { daysLeft } from '../domain/termijnen';
import { stand } from './termijnen';
import { allowedEvents } from '../domain/workflow';
import type { AanvraagState } from '../domain/types';
import { activeAssignees, requireAccess } from './access';
import { readStoredFile } from './stored-file';
import { vragenVoorSchool } from './vragen-school';
import { loadFacts } from './workflow';

// Reading one dossier. Every read of dossier data is written to the audit log (S6).

/** The aanvraag with its school and schoolbestuur, as letters and screens need them. */
export function loadAanvraagRow(ctx: AuthedContext, aanvraagId: number) {
  const row = ctx.db
    .select({
      ...getTableColumns(aanvragen),
      schoolNaam: scholen.naam,
      brin: scholen.brin,
      vestiging: scholen.vestiging,
      bestuurNaam: schoolbesturen.naam,
    })
    .from(aanvragen)
    .innerJoin(scholen, eq(scholen.id, aanvragen.schoolId))
    .innerJoin(schoolbesturen, eq(schoolbesturen.id, scholen.bestuurId))
    .where(eq(aanvragen.id, aanvraagId))
    .get();
  if (!row) throw notFound();
  return row;
}

export type AanvraagRow = ReturnType<typeof loadAanvraagRow>;

export function getAanvraag(ctx: AuthedContext, aanvraagId: number) {
  const access = requireAccess(ctx, aanvraagId);
  const r = loadAanvraagRow(ctx, aanvraagId);
  const termijn = stand(ctx, aanvraagId, r.ontvangenOp);
  const facts = loadFacts(ctx, aanvraagId);
  const actions = actionsFor(ctx, r.state, access.position, facts);
  ctx.tx(() =>
    ctx.audit({ action: 'aanvraag.view', objectType: 'aanvraag', objectId: aanvraagId }),
  );
  return {
    id: r.id,
    referentie: r.referentie,
    soort: r.soort,
    state: r.state,
    leerling: {
      naam: r.leerlingNaam,
      geboortedatum: r.leerlingGeboortedatum,
      groep: r.groep,
      woonplaats: r.woonplaats,
      gemeente: r.gemeente,
    },
    school: { id: r.schoolId, naam: r.schoolNaam, brin: r.brin, bestuurNaam: r.bestuurNaam },
    schoolsoort: r.schoolsoort,
    categorie: r.categorie,
    gewensteStartdatum: r.gewensteStartdatum,
    ouders: {
      naam: r.oudersNaam,
      adres: r.oudersAdres,
      postcode: r.oudersPostcode,
      plaats: r.oudersPlaats,
      akkoord: r.oudersAkkoord,
    },
    begeleider: { naam: r.begeleiderNaam, notitie: r.begeleiderNotitie },
    ontvangenOp: r.ontvangenOp,
    beslistermijn: {
      nominal: termijn.nominal,
      end: termijn.end,
      daysLeft: daysLeft(termijn.end, ctx.today),
    },
    documents: listDocuments(ctx, aanvraagId),
    toewijzingen: listToewijzingen(ctx, aanvraagId),
    events: listEvents(ctx, aanvraagId),
    actions,
    vragenVoorSchool: actions.some((a) => a.event === 'vraag_aanvulling')
      ? vragenVoorSchool(ctx, aanvraagId, r.state, facts)
      : [],
    myPosition: access.position,
    besluit: loadBesluit(ctx, aanvraagId),
    versie: r.versie,
  };
}

/** The steps the caller can take; a deskundige's steps only from their own position. */
function actionsFor(
  ctx: AuthedContext,
  state: AanvraagState,
  position: 1 | 2 | null,
  facts: ReturnType<typeof loadFacts>,
) {
  const roles = ctx.user.roles.filter((r) => r !== 'deskundige' || position !== null);
  // Choosing the deskundigen is part of the 'wijs_toe' step itself, so it is offered before the
  // assignments exist; the backend checks them when the step is taken.
  return allowedEvents(state, roles, { ...facts, assignmentsComplete: true }).map((t) => ({
    event: t.event,
    label: t.label,
  }));
}

function listToewijzingen(ctx: AuthedContext, aanvraagId: number) {
  return activeAssignees(ctx, aanvraagId).map(({ position, deskundigeId, naam, discipline }) => ({
    position,
    deskundigeId,
    naam,
    discipline,
  }));
}

function listEvents(ctx: AuthedContext, aanvraagId: number) {
  const e = workflowEvents;
  return ctx.db
    .select({
      event: e.event,
      fromState: e.fromState,
      toState: e.toState,
      actorNaam: users.naam,
      at: e.at,
      reason: e.reason,
    })
    .from(e)
    .leftJoin(users, eq(users.id, e.actorUserId))
    .where(eq(e.aanvraagId, aanvraagId))
    .orderBy(e.id)
    .all();
}

/** Every version, old ones included (vervangenDoorId set); the viewer shows the current ones. */
function listDocuments(ctx: AuthedContext, aanvraagId: number) {
  const d = documenten;
  const nv = alias(documenten, 'nv');
  const correcties = listDocumentCorrecties(ctx, aanvraagId);
  return ctx.db
    .select({
      id: d.id,
      kind: d.kind,
      fileName: d.fileName,
      documentDate: d.documentDate,
      pageCount: d.pageCount,
      size: d.size,
      tekstStatus: d.tekstStatus,
      createdAt: d.createdAt,
      versie: d.versie,
      vervangtId: d.vervangtId,
      vervangenDoorId: nv.id,
      vervangReden: d.vervangReden,
      paginasGeindexeerd: d.paginasGeindexeerd,
    })
    .from(d)
    .leftJoin(nv, eq(nv.vervangtId, d.id))
    .where(eq(d.aanvraagId, aanvraagId))
    .orderBy(d.kind, d.id)
    .all()
    .map((row) => ({ ...row, correcties: correcties.get(row.id) ?? [] }));
}

/** The corrections of kind and date of the documents of a dossier, per document, oldest first. */
function listDocumentCorrecties(ctx: AuthedContext, aanvraagId: number) {
  const c = documentCorrecties;
  const rows = ctx.db
    .select({
      documentId: c.documentId,
      veld: c.veld,
      oud: c.oud,
      nieuw: c.nieuw,
      reden: c.reden,
      actorNaam: users.naam,
      at: c.at,
    })
    .from(c)
    .innerJoin(documenten, eq(documenten.id, c.documentId))
    .leftJoin(users, eq(users.id, c.actorUserId))
    .where(eq(documenten.aanvraagId, aanvraagId))
    .orderBy(c.id)
    .all();
  const byDocument = new Map<number, Omit<(typeof rows)[number], 'documentId'>[]>();
  for (const { documentId, ...r } of rows) {
    const list = byDocument.get(documentId) ?? [];
    list.push(r);
    byDocument.set(documentId, list);
  }
  return byDocument;
}

function loadBesluit(ctx: AuthedContext, aanvraagId: number) {
  const b = besluiten;
  const row = ctx.db
    .select({
      uitkomst: b.uitkomst,
      volgnummer: b.volgnummer,
      besluitdatum: b.besluitdatum,
      begindatum: b.begindatum,
      einddatum: b.einddatum,
    })
    .from(b)
    .where(eq(b.aanvraagId, aanvraagId))
    .get();
  return row ?? null;
}

/** A document of the dossier for the caller (need-to-know, audited). */
export function documentContent(ctx: AuthedContext, documentId: number) {
  return readStoredFile(ctx, { soort: 'document', documentId });
}
