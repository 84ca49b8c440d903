import { and, eq } from 'drizzle-orm';
import { besluiten, brieven, huidigeAdviezen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { domainError, UserFacingError } from '../core/errors';
import { validateVerzondenOp } from '../domain/bezwaar';
import { toIsoDateFromInstant } from '../domain/calendar';
import { besluitTekstSoort } from '../domain/brief-teksten';
import { disciplineLabel } from '../domain/types';
import {
  renderAfschriftAdviezen,
  renderBerichtSchool,
  renderBriefOuders,
  renderVerklaring,
} from '../letters/index';
import type { AdviesAfschrift, BesluitData, OudersGegevens } from '../letters/types';
import { requireAccess } from './access';
import { huidigeBriefTekst } from './brief-teksten';
import { letterhead } from './brieven';
import { schrijfTlv } from './tlv-register';
import { loadAanvraagRow } from './dossier';
import { deskundigenVermelding, latestEindadvies } from './eindadvies';
import {
  checkTeller,
  neemVolgnummer,
  serialised,
  volgendVolgnummer,
  volgnummerTeller,
} from './volgnummer';
import { currentState, takeTransition } from './workflow';

// §7: the directeur-bestuurder adopts the eindadvies (the decision gets its volgnummer and the
// verklaring and letters are made and stored with their hash) or returns it with questions.
// Rendering is async and a transaction may not await, so adoption gathers what the letters need,
// renders and stores them, and then commits in one synchronous transaction that re-checks the state
// and the volgnummer counter; adoptions are serialised (services/volgnummer.ts).

/** Everything the letters of a decision and its commit need, read before rendering. */
interface Adoption {
  readonly aanvraagId: number;
  readonly eindadviesId: number;
  readonly year: number;
  /** The volgnummer counter as read; the commit refuses when it moved. */
  readonly counter: number;
  readonly afgegeven: boolean;
  readonly data: BesluitData;
  readonly referentie: string;
  readonly ouders: OudersGegevens;
  /** Both signed advices, for the afschrift to the ouders (empty when not both are in). */
  readonly adviezen: AdviesAfschrift[];
}

interface StoredLetter {
  readonly kind: string;
  readonly sha256: string;
  readonly size: number;
  /** The version of the SWV's letter text it was made with; null for the afschrift. */
  readonly tekstVersie: number | null;
}

export function adopt(ctx: AuthedContext, aanvraagId: number) {
  return serialised(async () => {
    const adoption = gather(ctx, aanvraagId);
    const letters = await render(ctx, adoption);
    return commit(ctx, adoption, letters);
  });
}

/** Checks that the decision can be taken and reads what the letters need. */
function gather(ctx: AuthedContext, aanvraagId: number): Adoption {
  requireAccess(ctx, aanvraagId);
  if (currentState(ctx, aanvraagId) !== 'ter_besluitvorming') {
    throw domainError('Deze aanvraag ligt niet ter besluitvorming.');
  }
  const e = latestEindadvies(ctx, aanvraagId);
  if (!e || e.status !== 'ingediend') throw domainError('Het eindadvies is nog niet ingediend.');
  const r = loadAanvraagRow(ctx, aanvraagId);
  const besluitdatum = ctx.today;
  const year = Number(besluitdatum.slice(0, 4));
  const counter = volgnummerTeller(ctx, year);
  const afgegeven = e.uitkomst === 'tlv_afgegeven';
  return {
    aanvraagId,
    eindadviesId: e.id,
    year,
    counter,
    afgegeven,
    data: {
      swv: letterhead(ctx),
      uitkomst: e.uitkomst,
      volgnummer: afgegeven ? volgendVolgnummer(ctx, year, counter) : null,
      leerling: { naam: r.leerlingNaam, geboortedatum: r.leerlingGeboortedatum },
      schoolsoort: e.schoolsoort ?? r.schoolsoort,
      categorie: e.schoolsoort === 'SO' ? e.categorie : null,
      begindatum: afgegeven ? (e.ingangsdatum ?? besluitdatum) : null,
      einddatum: afgegeven ? e.einddatum : null,
      besluitdatum,
      directeur: { naam: ctx.user.naam },
      school: { naam: r.schoolNaam, brin: r.brin },
      schoolbestuur: { naam: r.bestuurNaam },
      eindadviesTekst: e.motivering,
      deskundigen: deskundigenVermelding(ctx, aanvraagId),
      aanvraagSoort: r.soort,
      generatedAt: ctx.nowIso,
    },
    referentie: r.referentie,
    ouders: {
      naam: r.oudersNaam,
      adres: r.oudersAdres,
      postcode: r.oudersPostcode,
      plaats: r.oudersPlaats,
    },
    adviezen: afschriftAdviezen(ctx, aanvraagId),
  };
}

/** Renders the verklaring (when a TLV is given) and the letters, and stores them encrypted. */
async function render(ctx: AuthedContext, a: Adoption): Promise<StoredLetter[]> {
  const { data } = a;
  const pdfs: { kind: string; bytes: Uint8Array; tekstVersie: number | null }[] = [];
  // Each letter with the SWV's current text of its kind (a herindicatie or a refusal has its own).
  const tekst = (brief: 'ouders' | 'school') =>
    huidigeBriefTekst(ctx, besluitTekstSoort(brief, data.uitkomst, data.aanvraagSoort));
  if (a.afgegeven && data.begindatum && data.einddatum && data.volgnummer) {
    const verklaring = huidigeBriefTekst(ctx, 'verklaring');
    pdfs.push({
      kind: 'verklaring',
      bytes: await renderVerklaring({
        ...data,
        volgnummer: data.volgnummer,
        begindatum: data.begindatum,
        einddatum: data.einddatum,
        tekst: verklaring.tekst,
      }),
      tekstVersie: verklaring.versie,
    });
  }
  const ouders = tekst('ouders');
  pdfs.push({
    kind: 'brief_ouders',
    bytes: await renderBriefOuders({ ...data, ouders: a.ouders, tekst: ouders.tekst }),
    tekstVersie: ouders.versie,
  });
  const school = tekst('school');
  pdfs.push({
    kind: 'bericht_school',
    bytes: await renderBerichtSchool({ ...data, tekst: school.tekst }),
    tekstVersie: school.versie,
  });
  // WPO 18a lid 14: ouders receive a copy of both advices with the decision.
  if (a.adviezen.length === 2) {
    pdfs.push({
      kind: 'afschrift_adviezen',
      bytes: await renderAfschriftAdviezen({
        swv: data.swv,
        referentie: a.referentie,
        datum: data.besluitdatum,
        leerling: data.leerling,
        ouders: a.ouders,
        adviezen: a.adviezen,
        generatedAt: ctx.nowIso,
      }),
      tekstVersie: null,
    });
  }
  return pdfs.map((p) => ({ kind: p.kind, tekstVersie: p.tekstVersie, ...ctx.docs.put(p.bytes) }));
}

/**
 * Records the decision and its letters in one synchronous transaction: the volgnummer is taken only
 * when nobody took one since it was read, and the step re-checks the state.
 */
function commit(ctx: AuthedContext, a: Adoption, letters: readonly StoredLetter[]) {
  const { data } = a;
  return ctx.tx(() => {
    if (a.afgegeven) neemVolgnummer(ctx, a.year, a.counter);
    else checkTeller(ctx, a.year, a.counter);
    const besluitId = ctx.db
      .insert(besluiten)
      .values({
        aanvraagId: a.aanvraagId,
        eindadviesId: a.eindadviesId,
        uitkomst: data.uitkomst,
        volgnummer: data.volgnummer,
        besluitdatum: data.besluitdatum,
        schoolsoort: data.schoolsoort,
        categorie: data.categorie,
        begindatum: data.begindatum,
        einddatum: data.einddatum,
        directeurUserId: ctx.user.id,
        signedAt: ctx.nowIso,
      })
      .run().lastInsertRowid;
    // Issue 12: the TLV register row, in the same transaction as the decision.
    if (a.afgegeven && data.volgnummer && data.begindatum && data.einddatum)
      schrijfTlv(ctx, {
        aanvraagId: a.aanvraagId,
        besluitId: Number(besluitId),
        volgnummer: data.volgnummer,
        schoolsoort: data.schoolsoort,
        categorie: data.categorie,
        begindatum: data.begindatum,
        einddatum: data.einddatum,
        afgegevenOp: data.besluitdatum,
      });
    for (const l of letters) {
      ctx.db
        .insert(brieven)
        .values({
          aanvraagId: a.aanvraagId,
          kind: l.kind,
          version: 1,
          sha256: l.sha256,
          size: l.size,
          tekstVersie: l.tekstVersie,
          createdAt: ctx.nowIso,
        })
        .run();
    }
    ctx.audit({ action: 'besluit.adopt', objectType: 'aanvraag', objectId: a.aanvraagId });
    return {
      state: takeTransition(ctx, a.aanvraagId, 'stel_vast', ctx.user.roles, ctx.user.id),
      volgnummer: data.volgnummer,
    };
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

/**
 * The decision and its letters were sent on `verzondenOp` (a TLV decision, or buiten behandeling):
 * the bezwaartermijn starts the day after (Awb 6:8). The day is the domain's to check.
 */
export function verzend(ctx: AuthedContext, aanvraagId: number, verzondenOp: string) {
  requireAccess(ctx, aanvraagId);
  return ctx.tx(() => {
    // The step first (its refusal says why), then the day; a refusal of either rolls both back.
    const state = takeTransition(ctx, aanvraagId, 'verzend', ctx.user.roles, ctx.user.id);
    const b = ctx.db
      .select({ besluitdatum: besluiten.besluitdatum })
      .from(besluiten)
      .where(eq(besluiten.aanvraagId, aanvraagId))
      .get();
    if (!b) throw domainError('Er is nog geen besluit om te verzenden.');
    const valid = validateVerzondenOp({
      besluitdatum: b.besluitdatum,
      verzondenOp,
      today: ctx.today,
    });
    if (!valid.ok) throw new UserFacingError('invalid_input', valid.message, 'verzondenOp');
    ctx.db.update(besluiten).set({ verzondenOp }).where(eq(besluiten.aanvraagId, aanvraagId)).run();
    return { state };
  });
}

/** 1 or 2: the position of a deskundige on an aanvraag (§4). */
function positie(position: number): 1 | 2 {
  if (position === 1 || position === 2) return position;
  throw new Error(`position ${position} is neither 1 nor 2`);
}

function afschriftAdviezen(ctx: AuthedContext, aanvraagId: number): AdviesAfschrift[] {
  const a = huidigeAdviezen;
  return ctx.db
    .select()
    .from(a)
    .where(and(eq(a.aanvraagId, aanvraagId), eq(a.status, 'ingediend')))
    .orderBy(a.position)
    .all()
    .map((r) => {
      if (r.submittedAt === null) throw new Error(`advies ${r.id} is ingediend but not signed`);
      return {
        position: positie(r.position),
        naam: r.signedNaam,
        disciplineLabel: disciplineLabel(r.signedDiscipline),
        registratie: r.signedRegistratie,
        ondertekendOp: toIsoDateFromInstant(r.submittedAt),
        conclusie: r.conclusie,
        schoolsoort: r.schoolsoort,
        categorie: r.categorie,
        ingangsdatum: r.ingangsdatum,
        einddatum: r.einddatum,
        onderbouwing: r.onderbouwing,
        doelen: r.doelen,
        contextAdvies: r.contextAdvies,
        vragen: r.vragen,
      };
    });
}
