import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { besluiten, bezwaren } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import type { Contract } from '../contract';
import { conflict, domainError, notFound, UserFacingError } from '../core/errors';
import {
  adviesaanvraagUiterlijk,
  beslissingOpBezwaarUiterlijk,
  bezwaarDatumProblem,
  bezwaartermijnEnd,
  isBezwaarTijdig,
  ontvangstbevestigingUiterlijk,
} from '../domain/bezwaar';
import { compareIsoDates } from '../domain/calendar';
import { periodeProblems } from '../domain/advies';
import { renderOntvangstbevestigingBezwaar, renderVerklaring } from '../letters/index';
import { huidigeBriefTekst } from './brief-teksten';
import { briefBasis, directeurNaam, letterhead, storeBrief } from './brieven';
import { loadAanvraagRow } from './dossier';
import { readTermijnSettings } from './settings';
import { neemVolgnummer, serialised, volgendVolgnummer, volgnummerTeller } from './volgnummer';
import { takeTransition } from './workflow';
import { schrijfTlv, trekTlvIn } from './tlv-register';

// §9: bezwaar (Awb 6:7–6:9, 7:10). The terms are the domain's; this records the steps.

type Stap = z.output<Contract['bezwaar.stap']['input']>['stap'];

type BezwaarRow = typeof bezwaren.$inferSelect;

function verzondenOp(ctx: AuthedContext, aanvraagId: number): string | null {
  const b = ctx.db
    .select({ verzondenOp: besluiten.verzondenOp })
    .from(besluiten)
    .where(eq(besluiten.aanvraagId, aanvraagId))
    .get();
  return b?.verzondenOp ?? null;
}

function view(ctx: AuthedContext, r: BezwaarRow) {
  const settings = readTermijnSettings(ctx.db);
  const sent = verzondenOp(ctx, r.aanvraagId);
  const end = sent ? bezwaartermijnEnd(sent) : null;
  const tijdig = sent
    ? isBezwaarTijdig({
        verzondenOp: sent,
        ontvangenOp: r.ontvangenOp,
        postmarkedOn: r.postmarkedOn,
      })
    : { tijdig: true, reden: 'Het besluit is nog niet verzonden.' };
  return {
    id: r.id,
    ontvangenOp: r.ontvangenOp,
    postmarkedOn: r.postmarkedOn,
    doorOuders: r.doorOuders,
    doorSchool: r.doorSchool,
    tijdig: tijdig.tijdig,
    tijdigReden: tijdig.reden,
    verzondenOp: sent,
    bezwaartermijnEnd: end,
    ontvangstbevestigingUiterlijk: ontvangstbevestigingUiterlijk(
      r.ontvangenOp,
      settings.ontvangstbevestigingWerkdagen,
      settings.sluitingsdagen,
    ),
    ontvangstbevestigingOp: r.ontvangstbevestigingOp,
    adviesaanvraagUiterlijk: adviesaanvraagUiterlijk(r.ontvangenOp),
    adviesGevraagdOp: r.adviesGevraagdOp,
    adviesOntvangenOp: r.adviesOntvangenOp,
    adviesSamenvatting: r.adviesSamenvatting,
    beslissingUiterlijk: end ? beslissingOpBezwaarUiterlijk(end, r.verdaagd) : null,
    verdaagd: r.verdaagd,
    uitkomst: r.uitkomst,
    beslistOp: r.beslistOp,
    geslotenOp: r.geslotenOp,
    herzienBesluit: r.herzienBesluit ? JSON.parse(r.herzienBesluit) : null,
  };
}

/** The latest bezwaar of the aanvraag, or null. */
function load(ctx: AuthedContext, aanvraagId: number): BezwaarRow | null {
  return (
    ctx.db
      .select()
      .from(bezwaren)
      .where(eq(bezwaren.aanvraagId, aanvraagId))
      .orderBy(desc(bezwaren.id))
      .limit(1)
      .get() ?? null
  );
}

/** The view of the bezwaar just written in this transaction. */
function viewOfLatest(ctx: AuthedContext, aanvraagId: number) {
  const r = load(ctx, aanvraagId);
  if (!r) throw notFound('Dit bezwaar');
  return view(ctx, r);
}

export function getBezwaar(ctx: AuthedContext, aanvraagId: number) {
  const r = load(ctx, aanvraagId);
  return r ? view(ctx, r) : null;
}

export function registreerBezwaar(
  ctx: AuthedContext,
  input: {
    aanvraagId: number;
    ontvangenOp: string;
    postmarkedOn: string | null;
    doorOuders: boolean;
    doorSchool: boolean;
  },
) {
  if (!input.doorOuders && !input.doorSchool)
    throw new UserFacingError(
      'invalid_input',
      'Kies wie het bezwaar indient: ouders, school of beide.',
      'doorOuders',
    );
  const problem = bezwaarDatumProblem({
    ontvangenOp: input.ontvangenOp,
    postmarkedOn: input.postmarkedOn,
    verzondenOp: verzondenOp(ctx, input.aanvraagId),
    today: ctx.today,
  });
  if (problem) throw new UserFacingError('invalid_input', problem.message, problem.field);
  return ctx.tx(() => {
    takeTransition(ctx, input.aanvraagId, 'registreer_bezwaar', ctx.user.roles, ctx.user.id);
    const id = Number(
      ctx.db
        .insert(bezwaren)
        .values({
          aanvraagId: input.aanvraagId,
          ontvangenOp: input.ontvangenOp,
          postmarkedOn: input.postmarkedOn,
          doorOuders: input.doorOuders,
          doorSchool: input.doorSchool,
          createdBy: ctx.user.id,
          createdAt: ctx.nowIso,
        })
        .run().lastInsertRowid,
    );
    ctx.audit({ action: 'bezwaar.registreer', objectType: 'bezwaar', objectId: id });
    return viewOfLatest(ctx, input.aanvraagId);
  });
}

/** What a step that only records its date (and, for the advice, its summary) writes. */
function datumVanStap(
  stap: Exclude<Stap, { stap: 'beslist' | 'verdaagd' }>,
): Partial<typeof bezwaren.$inferInsert> {
  switch (stap.stap) {
    case 'ontvangstbevestiging':
      return { ontvangstbevestigingOp: stap.datum };
    case 'advies_gevraagd':
      return { adviesGevraagdOp: stap.datum };
    case 'advies_ontvangen':
      return { adviesOntvangenOp: stap.datum, adviesSamenvatting: stap.samenvatting };
    case 'gesloten':
      return { geslotenOp: stap.datum };
  }
}

export async function bezwaarStapZetten(ctx: AuthedContext, aanvraagId: number, stap: Stap) {
  // A gegrond bezwaar with a TLV is a new decision with a new volgnummer: serialised like adoption.
  return stap.stap === 'beslist'
    ? serialised(() => stapZetten(ctx, aanvraagId, stap))
    : stapZetten(ctx, aanvraagId, stap);
}

async function stapZetten(ctx: AuthedContext, aanvraagId: number, stap: Stap) {
  const r = load(ctx, aanvraagId);
  if (!r) throw notFound('Dit bezwaar');
  if (r.geslotenOp) throw domainError('Dit bezwaar is gesloten.');
  if (compareIsoDates(stap.datum, r.ontvangenOp) < 0)
    throw new UserFacingError(
      'invalid_input',
      'Deze datum ligt vóór de ontvangst van het bezwaar.',
      'datum',
    );
  if (compareIsoDates(stap.datum, ctx.today) > 0)
    throw new UserFacingError('invalid_input', 'Deze datum ligt in de toekomst.', 'datum');
  const pdf =
    stap.stap === 'ontvangstbevestiging' ? await ontvangstbevestiging(ctx, r, stap.datum) : null;
  const herzien =
    stap.stap === 'beslist' && stap.uitkomst === 'gegrond' && !r.uitkomst
      ? await herzieneVerklaring(ctx, aanvraagId, stap)
      : null;
  return ctx.tx(() => {
    if (stap.stap === 'beslist') {
      if (r.uitkomst) throw conflict('Op dit bezwaar is al beslist.');
      if (stap.uitkomst === 'gegrond' && !stap.herzienBesluit)
        throw new UserFacingError(
          'invalid_input',
          'Bij een gegrond bezwaar hoort een nieuw besluit.',
          'herzienBesluit',
        );
      if (herzien) {
        neemVolgnummer(ctx, herzien.year, herzien.counter);
        storeBrief(ctx, aanvraagId, 'verklaring', herzien.pdf, herzien.tekstVersie);
      }
      // Issue 12: the revised TLV is a register row that names the one it replaces; a revision
      // that gives no TLV withdraws the standing one.
      herzieningInRegister(ctx, aanvraagId, r.id, stap, herzien?.volgnummer ?? null);
      const besluit = stap.herzienBesluit
        ? { ...stap.herzienBesluit, volgnummer: herzien?.volgnummer ?? null }
        : null;
      ctx.db
        .update(bezwaren)
        .set({
          uitkomst: stap.uitkomst,
          beslistOp: stap.datum,
          herzienBesluit: besluit ? JSON.stringify(besluit) : null,
        })
        .where(eq(bezwaren.id, r.id))
        .run();
      takeTransition(
        ctx,
        aanvraagId,
        'beslis_op_bezwaar',
        ctx.user.roles,
        ctx.user.id,
        stap.uitkomst,
      );
    } else if (stap.stap === 'verdaagd') {
      if (r.verdaagd)
        throw conflict(
          'De beslistermijn op bezwaar is al eens verdaagd (Awb 7:10 lid 3: één keer).',
        );
      ctx.db.update(bezwaren).set({ verdaagd: true }).where(eq(bezwaren.id, r.id)).run();
    } else {
      ctx.db.update(bezwaren).set(datumVanStap(stap)).where(eq(bezwaren.id, r.id)).run();
    }
    if (pdf)
      storeBrief(ctx, aanvraagId, 'ontvangstbevestiging_bezwaar', pdf.bytes, pdf.tekstVersie);
    ctx.audit({ action: `bezwaar.${stap.stap}`, objectType: 'bezwaar', objectId: r.id });
    return viewOfLatest(ctx, aanvraagId);
  });
}

async function ontvangstbevestiging(
  ctx: AuthedContext,
  r: BezwaarRow,
  datum: string,
): Promise<{ bytes: Uint8Array; tekstVersie: number }> {
  const a = loadAanvraagRow(ctx, r.aanvraagId);
  const besluit = ctx.db
    .select({ besluitdatum: besluiten.besluitdatum, volgnummer: besluiten.volgnummer })
    .from(besluiten)
    .where(eq(besluiten.aanvraagId, r.aanvraagId))
    .get();
  const sent = verzondenOp(ctx, r.aanvraagId) ?? datum;
  const end = bezwaartermijnEnd(sent);
  const ouders = r.doorOuders;
  const basis = briefBasis(ctx, r.aanvraagId, datum);
  const tekst = huidigeBriefTekst(ctx, 'ontvangstbevestiging_bezwaar');
  const bytes = await renderOntvangstbevestigingBezwaar({
    ...basis,
    tekst: tekst.tekst,
    indieners: ouders && r.doorSchool ? 'ouders_en_school' : ouders ? 'ouders' : 'school',
    geadresseerde: ouders
      ? {
          soort: 'ouders',
          ouders: {
            naam: a.oudersNaam,
            adres: a.oudersAdres,
            postcode: a.oudersPostcode,
            plaats: a.oudersPlaats,
          },
        }
      : { soort: 'school' },
    ontvangstdatum: r.ontvangenOp,
    besluitdatum: besluit?.besluitdatum ?? sent,
    volgnummer: besluit?.volgnummer ?? null,
    bezwaartermijnEinde: end,
    beslistermijnEinde: beslissingOpBezwaarUiterlijk(end, false),
    // The body the beheerder chose (Beheer, Samenwerkingsverband), as in the bezwaarclausule.
    commissie: basis.swv.bezwaaradvies.naam,
  });
  return { bytes, tekstVersie: tekst.versie };
}

/**
 * §9: a gegrond bezwaar revises the decision. When the revised decision gives a TLV, a new
 * TLV-verklaring with a new volgnummer is made (the old one stays stored: a correction is a new
 * version that references the old one, §7).
 */
async function herzieneVerklaring(
  ctx: AuthedContext,
  aanvraagId: number,
  stap: Extract<Stap, { stap: 'beslist' }>,
) {
  const h = stap.herzienBesluit;
  if (!h || h.uitkomst !== 'tlv_afgegeven') return null;
  const problems = periodeProblems({
    schoolsoort: h.schoolsoort,
    categorie: h.categorie,
    ingangsdatum: h.begindatum,
    einddatum: h.einddatum,
  });
  if (problems.length > 0)
    throw new UserFacingError('invalid_input', problems.join(' '), 'herzienBesluit');
  const a = loadAanvraagRow(ctx, aanvraagId);
  const year = Number(stap.datum.slice(0, 4));
  const counter = volgnummerTeller(ctx, year);
  const volgnummer = volgendVolgnummer(ctx, year, counter);
  const tekst = huidigeBriefTekst(ctx, 'verklaring');
  const pdf = await renderVerklaring({
    swv: letterhead(ctx),
    volgnummer,
    leerling: { naam: a.leerlingNaam, geboortedatum: a.leerlingGeboortedatum },
    schoolsoort: h.schoolsoort as 'SO' | 'SBO',
    categorie: h.schoolsoort === 'SO' ? h.categorie : null,
    begindatum: h.begindatum as string,
    einddatum: h.einddatum as string,
    besluitdatum: stap.datum,
    directeur: { naam: directeurNaam(ctx) },
    school: { naam: a.schoolNaam, brin: a.brin },
    schoolbestuur: { naam: a.bestuurNaam },
    tekst: tekst.tekst,
    generatedAt: ctx.nowIso,
  });
  return { pdf, volgnummer, year, counter, tekstVersie: tekst.versie };
}

/** The register's side of a decision on bezwaar (inside its transaction). */
function herzieningInRegister(
  ctx: AuthedContext,
  aanvraagId: number,
  bezwaarId: number,
  stap: Extract<Stap, { stap: 'beslist' }>,
  volgnummer: string | null,
): void {
  const h = stap.herzienBesluit;
  if (stap.uitkomst !== 'gegrond' || !h) return;
  if (h.uitkomst !== 'tlv_afgegeven') {
    trekTlvIn(ctx, aanvraagId, stap.datum);
    return;
  }
  const besluit = ctx.db
    .select({ id: besluiten.id })
    .from(besluiten)
    .where(eq(besluiten.aanvraagId, aanvraagId))
    .get();
  if (!besluit || volgnummer === null || !h.schoolsoort || !h.begindatum || !h.einddatum)
    throw new Error('a revised TLV without its besluit, volgnummer or period');
  schrijfTlv(ctx, {
    aanvraagId,
    besluitId: besluit.id,
    bezwaarId,
    volgnummer,
    schoolsoort: h.schoolsoort,
    categorie: h.categorie,
    begindatum: h.begindatum,
    einddatum: h.einddatum,
    afgegevenOp: stap.datum,
  });
}
