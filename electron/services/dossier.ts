import type { AuthedContext } from '../core/context';
import { notFound } from '../core/errors';
import { daysLeft } from '../domain/termijnen';
import { stand } from './termijnen';
import { allowedEvents } from '../domain/workflow';
import type {
  AanvraagSoort,
  AanvraagState,
  Categorie,
  Discipline,
  DocumentKind,
  Schoolsoort,
} from '../domain/types';
import { requireAccess } from './access';
import { loadFacts } from './workflow';

// Reading one dossier. Every read of dossier data is written to the audit log (S6).

interface AanvraagRow {
  id: number;
  referentie: string;
  soort: AanvraagSoort;
  state: AanvraagState;
  leerling_naam: string;
  leerling_geboortedatum: string;
  groep: number | null;
  woonplaats: string;
  school_id: number;
  school_naam: string;
  brin: string;
  bestuur_naam: string;
  schoolsoort: Schoolsoort;
  categorie: Categorie | null;
  gewenste_startdatum: string | null;
  ouders_naam: string;
  ouders_adres: string;
  ouders_postcode: string;
  ouders_plaats: string;
  ouders_akkoord: number;
  begeleider_naam: string | null;
  begeleider_notitie: string | null;
  ontvangen_op: string;
}

export function loadAanvraagRow(ctx: AuthedContext, aanvraagId: number): AanvraagRow {
  const row = ctx.sqlite
    .prepare(
      `SELECT a.*, s.naam AS school_naam, s.brin, b.naam AS bestuur_naam FROM aanvragen a
       JOIN scholen s ON s.id = a.school_id JOIN schoolbesturen b ON b.id = s.bestuur_id WHERE a.id = ?`,
    )
    .get(aanvraagId) as AanvraagRow | undefined;
  if (!row) throw notFound();
  return row;
}

export function getAanvraag(ctx: AuthedContext, aanvraagId: number) {
  const access = requireAccess(ctx, aanvraagId);
  const r = loadAanvraagRow(ctx, aanvraagId);
  const termijn = stand(ctx, aanvraagId, r.ontvangen_op);
  const facts = loadFacts(ctx, aanvraagId);
  ctx.tx(() =>
    ctx.audit({ action: 'aanvraag.view', objectType: 'aanvraag', objectId: aanvraagId }),
  );
  return {
    id: r.id,
    referentie: r.referentie,
    soort: r.soort,
    state: r.state,
    leerling: {
      naam: r.leerling_naam,
      geboortedatum: r.leerling_geboortedatum,
      groep: r.groep,
      woonplaats: r.woonplaats,
    },
    school: { id: r.school_id, naam: r.school_naam, brin: r.brin, bestuurNaam: r.bestuur_naam },
    schoolsoort: r.schoolsoort,
    categorie: r.categorie,
    gewensteStartdatum: r.gewenste_startdatum,
    ouders: {
      naam: r.ouders_naam,
      adres: r.ouders_adres,
      postcode: r.ouders_postcode,
      plaats: r.ouders_plaats,
      akkoord: r.ouders_akkoord === 1,
    },
    begeleider: { naam: r.begeleider_naam, notitie: r.begeleider_notitie },
    ontvangenOp: r.ontvangen_op,
    beslistermijn: {
      nominal: termijn.nominal,
      end: termijn.end,
      daysLeft: daysLeft(termijn.end, ctx.today),
    },
    documents: listDocuments(ctx, aanvraagId),
    toewijzingen: ctx.sqlite
      .prepare(
        `SELECT t.position, t.deskundige_id AS deskundigeId, u.naam, t.discipline FROM toewijzingen t
         JOIN deskundigen d ON d.id = t.deskundige_id JOIN users u ON u.id = d.user_id
         WHERE t.aanvraag_id = ? AND t.active = 1 ORDER BY t.position`,
      )
      .all(aanvraagId) as {
      position: number;
      deskundigeId: number;
      naam: string;
      discipline: Discipline;
    }[],
    events: ctx.sqlite
      .prepare(
        `SELECT e.event, e.from_state AS fromState, e.to_state AS toState, u.naam AS actorNaam, e.at, e.reason
         FROM workflow_events e LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.aanvraag_id = ? ORDER BY e.id`,
      )
      .all(aanvraagId) as {
      event: string;
      fromState: string | null;
      toState: string;
      actorNaam: string | null;
      at: string;
      reason: string | null;
    }[],
    actions: actionsFor(ctx, r.state, access.position, facts),
    myPosition: access.position,
    besluit: loadBesluit(ctx, aanvraagId),
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

/** Every version, old ones included (vervangenDoorId set); the viewer shows the current ones. */
function listDocuments(ctx: AuthedContext, aanvraagId: number) {
  return ctx.sqlite
    .prepare(
      `SELECT d.id, d.kind, d.file_name AS fileName, d.document_date AS documentDate, d.page_count AS pageCount,
              d.size, d.tekst_status AS tekstStatus, d.created_at AS createdAt, d.versie,
              d.vervangt_id AS vervangtId, nv.id AS vervangenDoorId,
              d.vervang_reden AS vervangReden, d.paginas_geindexeerd AS paginasGeindexeerd
       FROM documenten d LEFT JOIN documenten nv ON nv.vervangt_id = d.id
       WHERE d.aanvraag_id = ? ORDER BY d.kind, d.id`,
    )
    .all(aanvraagId) as {
    id: number;
    kind: DocumentKind;
    fileName: string;
    documentDate: string | null;
    pageCount: number;
    size: number;
    tekstStatus: 'wacht' | 'geindexeerd' | 'geen_tekst' | 'mislukt';
    createdAt: string;
    versie: number;
    vervangtId: number | null;
    vervangenDoorId: number | null;
    vervangReden: string | null;
    paginasGeindexeerd: number;
  }[];
}

function loadBesluit(ctx: AuthedContext, aanvraagId: number) {
  const row = ctx.sqlite
    .prepare(
      'SELECT uitkomst, volgnummer, besluitdatum, begindatum, einddatum FROM besluiten WHERE aanvraag_id = ?',
    )
    .get(aanvraagId) as
    | {
        uitkomst: 'tlv_afgegeven' | 'tlv_niet_afgegeven' | 'buiten_behandeling';
        volgnummer: string | null;
        besluitdatum: string;
        begindatum: string | null;
        einddatum: string | null;
      }
    | undefined;
  return row ?? null;
}

export function documentContent(ctx: AuthedContext, documentId: number) {
  const doc = ctx.sqlite
    .prepare('SELECT aanvraag_id, file_name, sha256 FROM documenten WHERE id = ?')
    .get(documentId) as { aanvraag_id: number; file_name: string; sha256: string } | undefined;
  if (!doc) throw notFound('Dit document');
  requireAccess(ctx, doc.aanvraag_id);
  const bytes = ctx.docs.get(doc.sha256);
  ctx.tx(() =>
    ctx.audit({ action: 'document.open', objectType: 'document', objectId: documentId }),
  );
  return { fileName: doc.file_name, dataBase64: bytes.toString('base64') };
}
