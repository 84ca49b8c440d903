import { and, asc, desc, eq, inArray, max, ne } from 'drizzle-orm';
import type { z } from 'zod';
import {
  aanvraagWijzigingen,
  aanvragen,
  avgBrieven,
  avgVerzoekAanvragen,
  avgVerzoekCorrecties,
  avgVerzoeken,
} from '../../db/schema';
import type { AuthedContext } from '../core/context';
import type { correctieVelden } from '../contract/avg';
import { domainError, notFound, UserFacingError } from '../core/errors';
import {
  afhandelingProblem,
  avgKenmerk,
  avgStoplicht,
  avgTermijnEinde,
  beoordeelVerwijdering,
  normaliseerNaam,
  registratieProblem,
  statusNa,
  toegestaneUitkomsten,
  verlengingProblem,
  type AvgUitkomst,
  type AvgVerzoeker,
  type AvgVerzoekSoort,
  type Problem,
  type VerwijderFeiten,
  type VerwijderOordeel,
} from '../domain/avg-verzoeken';
import { daysLeft } from '../domain/termijnen';
import {
  renderAvgAntwoord,
  renderAvgOntvangstbevestiging,
  renderAvgVerlenging,
  type AvgBriefBasis,
} from '../letters/index';
import { directeurNaam, letterhead } from './brieven';
import { readTermijnSettings } from './settings';
import { bewaarFeitenVan, readBewaarInstellingen } from './vernietiging';
import { corrigeerLeerlingInRegister } from './tlv-register';

// Issue 11 · the rights of ouders (§12; AVG art. 12, 15–17). The register of requests, their term
// (the domain's), the letters, the corrections (rows of aanvraag_wijzigingen, so the dossier's
// history shows them) and the assessment of a request to delete. Deleting itself is the
// vernietiging of §12 with two people (another module): a granted request marks its aanvragen
// (avg_verzoek_aanvragen.verwijderen) and `aanvragenTeVerwijderenOpVerzoek` lists them for it.

type VerzoekRow = typeof avgVerzoeken.$inferSelect;
type BriefKind = (typeof avgBrieven.$inferSelect)['kind'];

export const AVG_BRIEF_LABELS: Readonly<Record<BriefKind, string>> = {
  ontvangstbevestiging: 'Ontvangstbevestiging',
  verlenging: 'Verlenging van de termijn (art. 12 lid 3 AVG)',
  antwoord: 'Antwoord op het verzoek',
};

function fail(problem: Problem): void {
  if (problem !== null) throw new UserFacingError('invalid_input', problem.message, problem.field);
}

function loadVerzoek(ctx: AuthedContext, verzoekId: number): VerzoekRow {
  const row = ctx.db.select().from(avgVerzoeken).where(eq(avgVerzoeken.id, verzoekId)).get();
  if (!row) throw notFound('Dit verzoek');
  return row;
}

function termijn(r: VerzoekRow) {
  return avgTermijnEinde({ ontvangenOp: r.ontvangenOp, verlengd: r.verlengdOp !== null }).end;
}

function rij(ctx: AuthedContext, r: VerzoekRow) {
  const uiterlijk = termijn(r);
  const open = r.status !== 'afgehandeld';
  return {
    id: r.id,
    kenmerk: avgKenmerk(r.id, r.ontvangenOp),
    soort: r.soort,
    verzoekerNaam: r.verzoekerNaam,
    leerlingNaam: r.leerlingNaam,
    ontvangenOp: r.ontvangenOp,
    status: r.status,
    uiterlijk,
    daysLeft: daysLeft(uiterlijk, ctx.today),
    stoplicht: open
      ? avgStoplicht({
          end: uiterlijk,
          today: ctx.today,
          closingDays: readTermijnSettings(ctx.db).sluitingsdagen,
        })
      : null,
    uitkomst: r.uitkomst,
    afgehandeldOp: r.afgehandeldOp,
  };
}

export function listVerzoeken(ctx: AuthedContext, input: { open: boolean }) {
  const rows = ctx.db
    .select()
    .from(avgVerzoeken)
    .where(input.open ? ne(avgVerzoeken.status, 'afgehandeld') : undefined)
    .orderBy(desc(avgVerzoeken.ontvangenOp), desc(avgVerzoeken.id))
    .all()
    .map((r) => rij(ctx, r));
  if (input.open) rows.sort((a, b) => a.daysLeft - b.daysLeft || a.id - b.id);
  return { rows };
}

export function registreerVerzoek(
  ctx: AuthedContext,
  input: {
    soort: AvgVerzoekSoort;
    verzoeker: AvgVerzoeker;
    verzoekerNaam: string;
    verzoekerAdres: string;
    verzoekerPostcode: string;
    verzoekerPlaats: string;
    leerlingNaam: string;
    leerlingGeboortedatum: string;
    ontvangenOp: string;
    omschrijving: string | null;
  },
) {
  fail(
    registratieProblem({
      verzoeker: input.verzoeker,
      leerlingGeboortedatum: input.leerlingGeboortedatum,
      ontvangenOp: input.ontvangenOp,
      today: ctx.today,
    }),
  );
  return ctx.tx(() => {
    const id = Number(
      ctx.db
        .insert(avgVerzoeken)
        .values({
          ...input,
          omschrijving: input.omschrijving === '' ? null : input.omschrijving,
          status: 'ontvangen',
          createdBy: ctx.user.id,
          createdAt: ctx.nowIso,
        })
        .run().lastInsertRowid,
    );
    // Row numbers and the kind only: the names are personal data.
    ctx.audit({
      action: 'avg.registreer',
      objectType: 'avg_verzoek',
      objectId: id,
      details: input.soort,
    });
    return { id, kenmerk: avgKenmerk(id, input.ontvangenOp) };
  });
}

/** The facts of one aanvraag the assessment of a request to delete needs: those of its retention. */
function verwijderFeiten(ctx: AuthedContext, aanvraagId: number): VerwijderFeiten {
  const a = ctx.db
    .select({ state: aanvragen.state })
    .from(aanvragen)
    .where(eq(aanvragen.id, aanvraagId))
    .get();
  if (!a) throw notFound();
  return { state: a.state, bewaar: bewaarFeitenVan(ctx, aanvraagId) };
}

function gekoppeldeAanvragen(ctx: AuthedContext, r: VerzoekRow) {
  const rows = ctx.db
    .select({
      aanvraagId: aanvragen.id,
      referentie: aanvragen.referentie,
      leerlingNaam: aanvragen.leerlingNaam,
      leerlingGeboortedatum: aanvragen.leerlingGeboortedatum,
      state: aanvragen.state,
      ontvangenOp: aanvragen.ontvangenOp,
      verwijderen: avgVerzoekAanvragen.verwijderen,
      verwijderReden: avgVerzoekAanvragen.verwijderReden,
    })
    .from(avgVerzoekAanvragen)
    .innerJoin(aanvragen, eq(aanvragen.id, avgVerzoekAanvragen.aanvraagId))
    .where(eq(avgVerzoekAanvragen.verzoekId, r.id))
    .orderBy(asc(aanvragen.ontvangenOp), asc(aanvragen.id))
    .all();
  return rows.map(({ verwijderen, verwijderReden, ...a }) => {
    let verwijderOordeel: VerwijderOordeel | null = null;
    if (r.soort === 'verwijdering') {
      // Once answered, the assessment as it was at the answer; before, as it is today.
      verwijderOordeel =
        verwijderen !== null
          ? { mag: verwijderen, reden: verwijderReden ?? '' }
          : beoordeelVerwijdering(
              verwijderFeiten(ctx, a.aanvraagId),
              ctx.today,
              readBewaarInstellingen(ctx).jaren,
            );
    }
    return { ...a, verwijderOordeel };
  });
}

function kandidaten(ctx: AuthedContext, r: VerzoekRow) {
  const naam = normaliseerNaam(r.leerlingNaam);
  return ctx.db
    .select({
      aanvraagId: aanvragen.id,
      referentie: aanvragen.referentie,
      leerlingNaam: aanvragen.leerlingNaam,
      leerlingGeboortedatum: aanvragen.leerlingGeboortedatum,
      state: aanvragen.state,
      ontvangenOp: aanvragen.ontvangenOp,
    })
    .from(aanvragen)
    .where(eq(aanvragen.leerlingGeboortedatum, r.leerlingGeboortedatum))
    .orderBy(asc(aanvragen.ontvangenOp), asc(aanvragen.id))
    .limit(200)
    .all()
    .map((a) => ({ ...a, naamGelijk: normaliseerNaam(a.leerlingNaam) === naam }))
    .sort((a, b) => Number(b.naamGelijk) - Number(a.naamGelijk));
}

function correcties(ctx: AuthedContext, verzoekId: number) {
  const w = aanvraagWijzigingen;
  return ctx.db
    .select({
      referentie: aanvragen.referentie,
      veld: w.veld,
      oud: w.oud,
      nieuw: w.nieuw,
      reden: w.reden,
      at: w.at,
    })
    .from(avgVerzoekCorrecties)
    .innerJoin(w, eq(w.id, avgVerzoekCorrecties.wijzigingId))
    .innerJoin(aanvragen, eq(aanvragen.id, w.aanvraagId))
    .where(eq(avgVerzoekCorrecties.verzoekId, verzoekId))
    .orderBy(asc(w.id))
    .all();
}

function brieven(ctx: AuthedContext, verzoekId: number) {
  return ctx.db
    .select({
      id: avgBrieven.id,
      kind: avgBrieven.kind,
      datum: avgBrieven.datum,
      version: avgBrieven.version,
    })
    .from(avgBrieven)
    .where(eq(avgBrieven.verzoekId, verzoekId))
    .orderBy(asc(avgBrieven.id))
    .all()
    .map((b) => ({ ...b, label: AVG_BRIEF_LABELS[b.kind] }));
}

export function getVerzoek(ctx: AuthedContext, verzoekId: number) {
  const r = loadVerzoek(ctx, verzoekId);
  const gekoppeld = gekoppeldeAanvragen(ctx, r);
  const oordelen = gekoppeld.flatMap((a) => (a.verwijderOordeel ? [a.verwijderOordeel] : []));
  const eerste = avgTermijnEinde({ ontvangenOp: r.ontvangenOp, verlengd: false }).end;
  ctx.tx(() => ctx.audit({ action: 'avg.view', objectType: 'avg_verzoek', objectId: r.id }));
  return {
    ...rij(ctx, r),
    verzoeker: r.verzoeker,
    verzoekerAdres: r.verzoekerAdres,
    verzoekerPostcode: r.verzoekerPostcode,
    verzoekerPlaats: r.verzoekerPlaats,
    leerlingGeboortedatum: r.leerlingGeboortedatum,
    omschrijving: r.omschrijving,
    eersteTermijn: eerste,
    ontvangstbevestigdOp: r.ontvangstbevestigdOp,
    verlengdOp: r.verlengdOp,
    verlengingReden: r.verlengingReden,
    verlengenKanTot: eerste,
    toelichting: r.toelichting,
    aanvragen: gekoppeld,
    kandidaten: kandidaten(ctx, r),
    toegestaneUitkomsten: [...toegestaneUitkomsten(r.soort, oordelen)],
    correcties: correcties(ctx, r.id),
    brieven: brieven(ctx, r.id),
  };
}

function requireOpen(r: VerzoekRow): void {
  if (r.status === 'afgehandeld') throw domainError('Dit verzoek is al afgehandeld.');
}

export function koppel(ctx: AuthedContext, input: { verzoekId: number; aanvraagIds: number[] }) {
  return ctx.tx(() => {
    const r = loadVerzoek(ctx, input.verzoekId);
    requireOpen(r);
    const ids = [...new Set(input.aanvraagIds)];
    if (ids.length > 0) {
      const found = ctx.db
        .select({ id: aanvragen.id })
        .from(aanvragen)
        .where(inArray(aanvragen.id, ids))
        .all();
      if (found.length !== ids.length) throw notFound('Een van deze aanvragen');
    }
    // A correction already made on an aanvraag keeps that aanvraag linked.
    const gecorrigeerd = new Set(correctieAanvraagIds(ctx, r.id));
    for (const id of gecorrigeerd)
      if (!ids.includes(id))
        throw domainError(
          'Op een van deze aanvragen is al een correctie gedaan: die aanvraag blijft gekoppeld.',
        );
    ctx.db.delete(avgVerzoekAanvragen).where(eq(avgVerzoekAanvragen.verzoekId, r.id)).run();
    for (const aanvraagId of ids)
      ctx.db.insert(avgVerzoekAanvragen).values({ verzoekId: r.id, aanvraagId }).run();
    const status = statusNa(r.status, 'koppel');
    ctx.db.update(avgVerzoeken).set({ status }).where(eq(avgVerzoeken.id, r.id)).run();
    ctx.audit({
      action: 'avg.koppel',
      objectType: 'avg_verzoek',
      objectId: r.id,
      details: ids.join(','),
    });
    return { status };
  });
}

function correctieAanvraagIds(ctx: AuthedContext, verzoekId: number): number[] {
  return ctx.db
    .select({ aanvraagId: aanvraagWijzigingen.aanvraagId })
    .from(avgVerzoekCorrecties)
    .innerJoin(aanvraagWijzigingen, eq(aanvraagWijzigingen.id, avgVerzoekCorrecties.wijzigingId))
    .where(eq(avgVerzoekCorrecties.verzoekId, verzoekId))
    .all()
    .map((w) => w.aanvraagId);
}

function briefBasis(ctx: AuthedContext, r: VerzoekRow): AvgBriefBasis {
  return {
    swv: letterhead(ctx),
    kenmerk: avgKenmerk(r.id, r.ontvangenOp),
    datum: ctx.today,
    soort: r.soort,
    verzoeker: {
      rol: r.verzoeker,
      naam: r.verzoekerNaam,
      adres: r.verzoekerAdres,
      postcode: r.verzoekerPostcode,
      plaats: r.verzoekerPlaats,
    },
    leerling: { naam: r.leerlingNaam, geboortedatum: r.leerlingGeboortedatum },
    ontvangenOp: r.ontvangenOp,
    secretaresse: { naam: ctx.user.naam },
    directeur: { naam: directeurNaam(ctx) },
    generatedAt: ctx.nowIso,
  };
}

/** Stores a letter of a request encrypted, as storeBrief does for an aanvraag; inside the tx. */
function storeAvgBrief(
  ctx: AuthedContext,
  verzoekId: number,
  kind: BriefKind,
  bytes: Uint8Array,
): number {
  const { sha256, size } = ctx.docs.put(bytes);
  const latest = ctx.db
    .select({ v: max(avgBrieven.version) })
    .from(avgBrieven)
    .where(and(eq(avgBrieven.verzoekId, verzoekId), eq(avgBrieven.kind, kind)))
    .get();
  const id = Number(
    ctx.db
      .insert(avgBrieven)
      .values({
        verzoekId,
        kind,
        version: (latest?.v ?? 0) + 1,
        sha256,
        size,
        datum: ctx.today,
        createdAt: ctx.nowIso,
      })
      .run().lastInsertRowid,
  );
  ctx.audit({ action: `avg.brief.${kind}`, objectType: 'avg_brief', objectId: id });
  return id;
}

/** Re-reads the request inside the transaction: a step taken meanwhile refuses this one. */
function sameAsRendered(ctx: AuthedContext, r: VerzoekRow): VerzoekRow {
  const now = loadVerzoek(ctx, r.id);
  if (now.status !== r.status || now.verlengdOp !== r.verlengdOp)
    throw new UserFacingError(
      'conflict',
      'Het verzoek is intussen gewijzigd. Probeer het opnieuw.',
    );
  return now;
}

export async function maakOntvangstbevestiging(ctx: AuthedContext, verzoekId: number) {
  const r = loadVerzoek(ctx, verzoekId);
  requireOpen(r);
  const bytes = await renderAvgOntvangstbevestiging({
    ...briefBasis(ctx, r),
    termijnEinde: termijn(r),
  });
  return ctx.tx(() => {
    const now = sameAsRendered(ctx, r);
    const briefId = storeAvgBrief(ctx, r.id, 'ontvangstbevestiging', bytes);
    const status = statusNa(now.status, 'ontvangstbevestiging');
    ctx.db
      .update(avgVerzoeken)
      .set({ status, ontvangstbevestigdOp: now.ontvangstbevestigdOp ?? ctx.today })
      .where(eq(avgVerzoeken.id, r.id))
      .run();
    return { briefId, status };
  });
}

export async function verleng(ctx: AuthedContext, input: { verzoekId: number; reden: string }) {
  const r = loadVerzoek(ctx, input.verzoekId);
  fail(
    verlengingProblem({
      status: r.status,
      ontvangenOp: r.ontvangenOp,
      verlengdOp: ctx.today,
      reden: input.reden,
      today: ctx.today,
    }),
  );
  const eerste = avgTermijnEinde({ ontvangenOp: r.ontvangenOp, verlengd: false }).end;
  const nieuw = avgTermijnEinde({ ontvangenOp: r.ontvangenOp, verlengd: true }).end;
  const bytes = await renderAvgVerlenging({
    ...briefBasis(ctx, r),
    termijnEinde: eerste,
    nieuwEinde: nieuw,
    reden: input.reden,
  });
  return ctx.tx(() => {
    sameAsRendered(ctx, r);
    const briefId = storeAvgBrief(ctx, r.id, 'verlenging', bytes);
    ctx.db
      .update(avgVerzoeken)
      .set({
        status: statusNa(r.status, 'verleng'),
        verlengdOp: ctx.today,
        verlengingReden: input.reden,
      })
      .where(eq(avgVerzoeken.id, r.id))
      .run();
    ctx.audit({ action: 'avg.verleng', objectType: 'avg_verzoek', objectId: r.id });
    return { briefId, uiterlijk: nieuw };
  });
}

type Correcties = z.output<typeof correctieVelden>;
type AanvraagRow = typeof aanvragen.$inferSelect;

const VELD_LABELS: Readonly<Record<keyof Correcties, string>> = {
  leerlingNaam: 'Naam van de leerling',
  leerlingGeboortedatum: 'Geboortedatum van de leerling',
  woonplaats: 'Woonplaats',
  gemeente: 'Gemeente',
  oudersNaam: 'Naam van de ouder(s)',
  oudersAdres: 'Adres van de ouder(s)',
  oudersPostcode: 'Postcode van de ouder(s)',
  oudersPlaats: 'Plaats van de ouder(s)',
};

export function veldLabel(veld: string): string {
  return (VELD_LABELS as Record<string, string>)[veld] ?? veld;
}

/**
 * Art. 16: a correction of the pupil's or the ouders' data in a linked aanvraag, also after the
 * decision (the decision and its letters stay as they were sent, §7). One row of history per
 * changed field, with the request's kenmerk in the reason: never a silent overwrite.
 */
export function corrigeer(
  ctx: AuthedContext,
  input: { verzoekId: number; aanvraagId: number; changes: Correcties; reden: string },
) {
  return ctx.tx(() => {
    const r = loadVerzoek(ctx, input.verzoekId);
    requireOpen(r);
    if (r.soort !== 'correctie')
      throw domainError('Gegevens corrigeren kan alleen op een verzoek om correctie.');
    const linked = ctx.db
      .select({ id: avgVerzoekAanvragen.aanvraagId })
      .from(avgVerzoekAanvragen)
      .where(
        and(
          eq(avgVerzoekAanvragen.verzoekId, r.id),
          eq(avgVerzoekAanvragen.aanvraagId, input.aanvraagId),
        ),
      )
      .get();
    if (!linked) throw domainError('Koppel de aanvraag eerst aan dit verzoek.');
    const row = ctx.db.select().from(aanvragen).where(eq(aanvragen.id, input.aanvraagId)).get();
    if (!row) throw notFound();
    if (
      input.changes.leerlingGeboortedatum !== undefined &&
      input.changes.leerlingGeboortedatum >= row.ontvangenOp
    )
      throw new UserFacingError(
        'invalid_input',
        'De geboortedatum moet vóór de ontvangstdatum van de aanvraag liggen.',
        'leerlingGeboortedatum',
      );
    const reden = `Correctie op verzoek ${avgKenmerk(r.id, r.ontvangenOp)} (art. 16 AVG): ${input.reden}`;
    let changed = 0;
    const entries = Object.entries(input.changes) as [keyof Correcties, string | undefined][];
    for (const [field, value] of entries) {
      const old = row[field as keyof AanvraagRow];
      if (value === undefined || old === value) continue;
      const wijzigingId = Number(
        ctx.db
          .insert(aanvraagWijzigingen)
          .values({
            aanvraagId: row.id,
            veld: field,
            oud: old === null ? null : String(old),
            nieuw: value,
            reden,
            actorUserId: ctx.user.id,
            at: ctx.nowIso,
          })
          .run().lastInsertRowid,
      );
      ctx.db.insert(avgVerzoekCorrecties).values({ verzoekId: r.id, wijzigingId }).run();
      ctx.db
        .update(aanvragen)
        .set({ [field]: value, updatedAt: ctx.nowIso })
        .where(eq(aanvragen.id, row.id))
        .run();
      changed += 1;
    }
    if (changed === 0) throw domainError('Er is niets gewijzigd: vul een nieuwe waarde in.');
    // Issue 12: the TLV register holds the pupil as the verklaring names them; corrected with it.
    if (
      input.changes.leerlingNaam !== undefined ||
      input.changes.leerlingGeboortedatum !== undefined
    )
      corrigeerLeerlingInRegister(ctx, row.id, {
        naam: input.changes.leerlingNaam ?? row.leerlingNaam,
        geboortedatum: input.changes.leerlingGeboortedatum ?? row.leerlingGeboortedatum,
      });
    ctx.db
      .update(avgVerzoeken)
      .set({ status: statusNa(r.status, 'correctie') })
      .where(eq(avgVerzoeken.id, r.id))
      .run();
    ctx.audit({
      action: 'avg.corrigeer',
      objectType: 'aanvraag',
      objectId: row.id,
      details: `verzoek ${r.id}: ${changed}`,
    });
    return { changed };
  });
}

export async function afhandel(
  ctx: AuthedContext,
  input: { verzoekId: number; uitkomst: AvgUitkomst; toelichting: string },
) {
  const r = loadVerzoek(ctx, input.verzoekId);
  const gekoppeld = gekoppeldeAanvragen(ctx, r);
  const oordelen = gekoppeld.flatMap((a) => (a.verwijderOordeel ? [a.verwijderOordeel] : []));
  fail(
    afhandelingProblem({
      soort: r.soort,
      status: r.status,
      uitkomst: input.uitkomst,
      toelichting: input.toelichting,
      ontvangenOp: r.ontvangenOp,
      afgehandeldOp: ctx.today,
      today: ctx.today,
      gekoppeld: gekoppeld.length,
      oordelen,
    }),
  );
  const granted = input.uitkomst !== 'afgewezen';
  const bytes = await renderAvgAntwoord({
    ...briefBasis(ctx, r),
    uitkomst: input.uitkomst,
    toelichting: input.toelichting,
    inzage: null,
    correcties: correcties(ctx, r.id).map((c) => ({
      veld: veldLabel(c.veld),
      oud: c.oud ?? '',
      nieuw: c.nieuw ?? '',
    })),
    verwijdering:
      r.soort === 'verwijdering' && granted
        ? gekoppeld.map((a) => ({
            referentie: a.referentie,
            mag: a.verwijderOordeel?.mag ?? false,
            reden: a.verwijderOordeel?.reden ?? '',
          }))
        : [],
  });
  return ctx.tx(() => {
    sameAsRendered(ctx, r);
    const briefId = storeAvgBrief(ctx, r.id, 'antwoord', bytes);
    if (r.soort === 'verwijdering')
      for (const a of gekoppeld)
        ctx.db
          .update(avgVerzoekAanvragen)
          .set({
            verwijderen: granted && (a.verwijderOordeel?.mag ?? false),
            verwijderReden: a.verwijderOordeel?.reden ?? null,
          })
          .where(
            and(
              eq(avgVerzoekAanvragen.verzoekId, r.id),
              eq(avgVerzoekAanvragen.aanvraagId, a.aanvraagId),
            ),
          )
          .run();
    ctx.db
      .update(avgVerzoeken)
      .set({
        status: 'afgehandeld',
        uitkomst: input.uitkomst,
        toelichting: input.toelichting === '' ? null : input.toelichting,
        afgehandeldOp: ctx.today,
      })
      .where(eq(avgVerzoeken.id, r.id))
      .run();
    ctx.audit({
      action: 'avg.afhandel',
      objectType: 'avg_verzoek',
      objectId: r.id,
      details: input.uitkomst,
    });
    return { briefId, status: 'afgehandeld' as const };
  });
}

/** One letter of a request, decrypted for an office role, audited. */
export function getAvgBrief(ctx: AuthedContext, briefId: number) {
  const b = ctx.db
    .select({ sha256: avgBrieven.sha256, kind: avgBrieven.kind, verzoekId: avgBrieven.verzoekId })
    .from(avgBrieven)
    .where(eq(avgBrieven.id, briefId))
    .get();
  if (!b) throw notFound('Deze brief');
  const r = loadVerzoek(ctx, b.verzoekId);
  const bytes = ctx.docs.get(b.sha256);
  ctx.tx(() => ctx.audit({ action: 'avg.brief.open', objectType: 'avg_brief', objectId: briefId }));
  return {
    fileName: `${avgKenmerk(r.id, r.ontvangenOp)}-${b.kind}.pdf`,
    dataBase64: bytes.toString('base64'),
  };
}

export function afdrukken(
  ctx: AuthedContext,
  input: { verzoekId: number; briefId: number | null },
) {
  loadVerzoek(ctx, input.verzoekId);
  if (input.briefId !== null) {
    const b = ctx.db
      .select({ id: avgBrieven.id })
      .from(avgBrieven)
      .where(and(eq(avgBrieven.id, input.briefId), eq(avgBrieven.verzoekId, input.verzoekId)))
      .get();
    if (!b) throw notFound('Deze brief');
  }
  ctx.tx(() =>
    ctx.audit(
      input.briefId === null
        ? { action: 'avg.inzage.afdrukken', objectType: 'avg_verzoek', objectId: input.verzoekId }
        : { action: 'avg.brief.afdrukken', objectType: 'avg_brief', objectId: input.briefId },
    ),
  );
  return { ok: true as const };
}

/**
 * The hook for the vernietiging of §12 (issue 11 item 4): the aanvragen that an answered request to
 * delete granted (AVG art. 17), with the request, so the vernietigingslijst can name "verzoek van
 * ouders" as the reason. Deleting stays with that flow (two people, a verklaring van vernietiging).
 */
export function aanvragenTeVerwijderenOpVerzoek(ctx: Pick<AuthedContext, 'db'>) {
  return ctx.db
    .select({
      aanvraagId: avgVerzoekAanvragen.aanvraagId,
      verzoekId: avgVerzoeken.id,
      ontvangenOp: avgVerzoeken.ontvangenOp,
      afgehandeldOp: avgVerzoeken.afgehandeldOp,
    })
    .from(avgVerzoekAanvragen)
    .innerJoin(avgVerzoeken, eq(avgVerzoeken.id, avgVerzoekAanvragen.verzoekId))
    .where(and(eq(avgVerzoekAanvragen.verwijderen, true), eq(avgVerzoeken.status, 'afgehandeld')))
    .orderBy(asc(avgVerzoekAanvragen.aanvraagId))
    .all()
    .map((r) => ({
      aanvraagId: r.aanvraagId,
      verzoekId: r.verzoekId,
      kenmerk: avgKenmerk(r.verzoekId, r.ontvangenOp),
      afgehandeldOp: r.afgehandeldOp,
    }));
}
