import type { AuthedContext } from '../core/context';
import { domainError, notFound } from '../core/errors';
import { formatVolgnummer } from '../domain/volgnummer';
import { toIsoDateFromInstant } from '../domain/calendar';
import {
  renderAfschriftAdviezen,
  renderBerichtSchool,
  renderBriefOuders,
  renderVerklaring,
} from '../letters/index';
import type { AdviesAfschrift } from '../letters/types';
import { DISCIPLINE_LABELS, type Discipline } from '../domain/types';
import type { BesluitData } from '../letters/types';
import { requireAccess } from './access';
import { loadAanvraagRow } from './dossier';
import { deskundigenVermelding, latestEindadvies } from './eindadvies';
import { readSwvSettings } from './settings';
import { currentState, takeTransition } from './workflow';

// §7: the directeur-bestuurder adopts the eindadvies (the decision gets its volgnummer and the
// verklaring and letters are made and stored with their hash) or returns it with questions.
// Rendering is async and a transaction may not await, so adoption renders first and then commits in
// one synchronous transaction that re-checks the state and the volgnummer counter.

let adoptQueue: Promise<unknown> = Promise.resolve();

/** Serialises adoptions so that two can never take the same volgnummer. */
export function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = adoptQueue.then(fn, fn);
  adoptQueue = run.catch(() => undefined);
  return run;
}

export const BRIEF_LABELS: Readonly<Record<string, string>> = {
  verklaring: 'TLV-verklaring',
  brief_ouders: 'Brief aan ouders',
  bericht_school: 'Bericht aan de school',
  afschrift_adviezen: 'Afschrift adviezen voor ouders (WPO 18a lid 14)',
  aanvulling: 'Verzoek om aanvulling (Awb 4:5)',
  vragen: 'Vragen aan de school (Awb 4:5)',
  opschorting: 'Opschorting van de beslistermijn (Awb 4:15)',
  verdaging: 'Verdaging van de beslistermijn (Awb 4:14)',
  ontvangstbevestiging_bezwaar: 'Ontvangstbevestiging bezwaar',
};

export function adopt(ctx: AuthedContext, aanvraagId: number) {
  return serialised(async () => {
    requireAccess(ctx, aanvraagId);
    if (currentState(ctx, aanvraagId) !== 'ter_besluitvorming') {
      throw domainError('Deze aanvraag ligt niet ter besluitvorming.');
    }
    const e = latestEindadvies(ctx, aanvraagId);
    if (!e || e.status !== 'ingediend') throw domainError('Het eindadvies is nog niet ingediend.');
    const r = loadAanvraagRow(ctx, aanvraagId);
    const swv = readSwvSettings(ctx.db);
    const besluitdatum = ctx.today;
    const year = Number(besluitdatum.slice(0, 4));
    const counter = volgnummerTeller(ctx, year);
    const afgegeven = e.uitkomst === 'tlv_afgegeven';
    const volgnummer = afgegeven ? formatVolgnummer(swv.code, year, counter + 1) : null;
    const bestuur = ctx.sqlite
      .prepare(
        'SELECT b.naam FROM schoolbesturen b JOIN scholen s ON s.bestuur_id = b.id WHERE s.id = ?',
      )
      .get(r.school_id) as { naam: string };
    const data: BesluitData = {
      swv: {
        naam: swv.naam,
        registratienummer: swv.registratienummer,
        adres: swv.adres,
        postcode: swv.postcode,
        plaats: swv.plaats,
      },
      uitkomst: e.uitkomst,
      volgnummer,
      leerling: { naam: r.leerling_naam, geboortedatum: r.leerling_geboortedatum },
      schoolsoort: e.schoolsoort ?? r.schoolsoort,
      categorie: e.schoolsoort === 'SO' ? e.categorie : null,
      begindatum: afgegeven ? (e.ingangsdatum ?? besluitdatum) : null,
      einddatum: afgegeven ? e.einddatum : null,
      besluitdatum,
      directeur: { naam: ctx.user.naam },
      school: { naam: r.school_naam, brin: r.brin },
      schoolbestuur: { naam: bestuur.naam },
      eindadviesTekst: e.motivering,
      deskundigen: deskundigenVermelding(ctx, aanvraagId),
      generatedAt: ctx.nowIso,
    };
    const pdfs: { kind: string; bytes: Uint8Array }[] = [];
    if (afgegeven && data.begindatum && data.einddatum && volgnummer) {
      pdfs.push({
        kind: 'verklaring',
        bytes: await renderVerklaring({
          ...data,
          volgnummer,
          begindatum: data.begindatum,
          einddatum: data.einddatum,
        }),
      });
    }
    pdfs.push({
      kind: 'brief_ouders',
      bytes: await renderBriefOuders({
        ...data,
        ouders: {
          naam: r.ouders_naam,
          adres: r.ouders_adres,
          postcode: r.ouders_postcode,
          plaats: r.ouders_plaats,
        },
      }),
    });
    pdfs.push({ kind: 'bericht_school', bytes: await renderBerichtSchool(data) });
    // WPO 18a lid 14: ouders receive a copy of both advices with the decision.
    const adviezen = afschriftAdviezen(ctx, aanvraagId);
    if (adviezen.length === 2) {
      pdfs.push({
        kind: 'afschrift_adviezen',
        bytes: await renderAfschriftAdviezen({
          swv: data.swv,
          referentie: r.referentie,
          datum: besluitdatum,
          leerling: data.leerling,
          ouders: {
            naam: r.ouders_naam,
            adres: r.ouders_adres,
            postcode: r.ouders_postcode,
            plaats: r.ouders_plaats,
          },
          adviezen,
          generatedAt: ctx.nowIso,
        }),
      });
    }
    const stored = pdfs.map((p) => ({ kind: p.kind, ...ctx.docs.put(p.bytes) }));
    return ctx.tx(() => {
      if (afgegeven) neemVolgnummer(ctx, year, counter);
      else if (volgnummerTeller(ctx, year) !== counter) throw domainError(GELIJKTIJDIG);
      ctx.sqlite
        .prepare(
          `INSERT INTO besluiten (aanvraag_id, eindadvies_id, uitkomst, volgnummer, besluitdatum, schoolsoort, categorie,
             begindatum, einddatum, directeur_user_id, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          aanvraagId,
          e.id,
          e.uitkomst,
          volgnummer,
          besluitdatum,
          data.schoolsoort,
          data.categorie,
          data.begindatum,
          data.einddatum,
          ctx.user.id,
          ctx.nowIso,
        );
      const insert = ctx.sqlite.prepare(
        'INSERT INTO brieven (aanvraag_id, kind, version, sha256, size, created_at) VALUES (?, ?, 1, ?, ?, ?)',
      );
      for (const s of stored) insert.run(aanvraagId, s.kind, s.sha256, s.size, ctx.nowIso);
      ctx.audit({ action: 'besluit.adopt', objectType: 'aanvraag', objectId: aanvraagId });
      return {
        state: takeTransition(ctx, aanvraagId, 'stel_vast', ctx.user.roles, ctx.user.id),
        volgnummer,
      };
    });
  });
}

export function returnWithQuestions(ctx: AuthedContext, aanvraagId: number, vragen: string) {
  requireAccess(ctx, aanvraagId);
  // §6: the voorzitter then puts it back on the agenda of the TLA-vergadering; the questions are
  // the reason of the event, visible to the voorzitter in the timeline.
  return ctx.tx(() => ({
    state: takeTransition(ctx, aanvraagId, 'stuur_terug', ctx.user.roles, ctx.user.id, vragen),
  }));
}

export function listBrieven(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  const rows = ctx.sqlite
    .prepare(
      'SELECT id, kind, version, created_at AS createdAt, sha256 FROM brieven WHERE aanvraag_id = ? ORDER BY id',
    )
    .all(aanvraagId) as {
    id: number;
    kind: string;
    version: number;
    createdAt: string;
    sha256: string;
  }[];
  return rows.map((r) => ({ ...r, label: BRIEF_LABELS[r.kind] ?? r.kind }));
}

export function getBrief(ctx: AuthedContext, briefId: number) {
  const row = ctx.sqlite
    .prepare(
      'SELECT b.aanvraag_id, b.kind, b.sha256, a.referentie FROM brieven b JOIN aanvragen a ON a.id = b.aanvraag_id WHERE b.id = ?',
    )
    .get(briefId) as
    { aanvraag_id: number; kind: string; sha256: string; referentie: string } | undefined;
  if (!row) throw notFound('Deze brief');
  requireAccess(ctx, row.aanvraag_id);
  const bytes = ctx.docs.get(row.sha256);
  ctx.tx(() => ctx.audit({ action: 'brief.open', objectType: 'brief', objectId: briefId }));
  return { fileName: `${row.referentie}-${row.kind}.pdf`, dataBase64: bytes.toString('base64') };
}

/** The decision and its letters are sent today: the bezwaartermijn starts tomorrow (Awb 6:8). */
export function verzend(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  return ctx.tx(() => {
    const state = takeTransition(ctx, aanvraagId, 'verzend', ctx.user.roles, ctx.user.id);
    ctx.sqlite
      .prepare('UPDATE besluiten SET verzonden_op = ? WHERE aanvraag_id = ?')
      .run(ctx.today, aanvraagId);
    return { state };
  });
}

function afschriftAdviezen(ctx: AuthedContext, aanvraagId: number): AdviesAfschrift[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT a.* FROM huidige_adviezen a WHERE a.aanvraag_id = ? AND a.status = 'ingediend' ORDER BY a.position`,
    )
    .all(aanvraagId) as {
    position: 1 | 2;
    signed_naam: string;
    signed_discipline: string;
    signed_registratie: string;
    submitted_at: string;
    conclusie: AdviesAfschrift['conclusie'];
    schoolsoort: AdviesAfschrift['schoolsoort'];
    categorie: AdviesAfschrift['categorie'];
    ingangsdatum: string | null;
    einddatum: string | null;
    onderbouwing: string;
    doelen: string;
    context_advies: string;
    vragen: string | null;
  }[];
  return rows.map((r) => ({
    position: r.position,
    naam: r.signed_naam,
    disciplineLabel: DISCIPLINE_LABELS[r.signed_discipline as Discipline] ?? r.signed_discipline,
    registratie: r.signed_registratie,
    ondertekendOp: toIsoDateFromInstant(r.submitted_at),
    conclusie: r.conclusie,
    schoolsoort: r.schoolsoort,
    categorie: r.categorie,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
    onderbouwing: r.onderbouwing,
    doelen: r.doelen,
    contextAdvies: r.context_advies,
    vragen: r.vragen,
  }));
}

const GELIJKTIJDIG = 'Er is tegelijk een ander besluit genomen. Probeer het opnieuw.';

/** The last volgnummer given out in `year` (0 when none). */
export function volgnummerTeller(ctx: AuthedContext, year: number): number {
  const row = ctx.sqlite
    .prepare('SELECT laatste FROM volgnummer_tellers WHERE jaar = ?')
    .get(year) as { laatste: number } | undefined;
  return row?.laatste ?? 0;
}

/**
 * Takes the next volgnummer (WPO 18a lid 14: unique and sequential) inside the caller's
 * transaction, provided nobody took one since `expected` was read; call within `serialised`.
 */
export function neemVolgnummer(ctx: AuthedContext, year: number, expected: number): void {
  if (volgnummerTeller(ctx, year) !== expected) throw domainError(GELIJKTIJDIG);
  ctx.sqlite
    .prepare(
      'INSERT INTO volgnummer_tellers (jaar, laatste) VALUES (?, ?) ON CONFLICT(jaar) DO UPDATE SET laatste = excluded.laatste',
    )
    .run(year, expected + 1);
}
