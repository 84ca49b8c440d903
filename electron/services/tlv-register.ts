import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Db } from '../../db/open';
import { aanvragen, scholen, schoolbesturen, settings, tlvRegister } from '../../db/schema';
import { herindicatieInstelling } from '../contract/tlv-register';
import type { AuthedContext, ServiceContext } from '../core/context';
import { conflict, domainError, notFound, UserFacingError } from '../core/errors';
import { compareIsoDates, daysBetween } from '../domain/calendar';
import {
  DEFAULT_HERINDICATIE_MAANDEN,
  eindigtBinnen,
  herindicatieAanvragenUiterlijk,
  herindicatieKandidaten,
  koppelingProbleem,
  radarStand,
  radarVanaf,
  registerAlsTabellen,
  tlvStatus,
  type HerindicatieAanvraag,
  type RadarStand,
  type RegisterRij,
  type TlvStatus,
} from '../domain/tlv-register';
import { normaliseerNaam } from '../domain/avg-verzoeken';
import type { Categorie, IsoDate, Schoolsoort } from '../domain/types';
import { renderEindeTlvBrief, voegPdfsSamen } from '../letters/index';
import { huidigeBriefTekst } from './brief-teksten';
import { briefBasis, storeBrief } from './brieven';
import { requireSwvSettings } from './settings';

// Issue 12 · the TLV register and the herindicatie radar (§7, §8, §12). A row is written in the
// transaction that issues the TLV (besluit.adopt, a gegrond bezwaar's revision); the status is the
// domain's, from the row and today. The register is read by the office (secretaris, voorzitter,
// directeur); the contract refuses deskundigen and the beheerder.

// ---------------------------------------------------------------------------------------------
// Writing: called inside the transaction that issues (or withdraws) the TLV.

export interface NieuweTlv {
  readonly aanvraagId: number;
  readonly besluitId: number;
  readonly volgnummer: string;
  readonly schoolsoort: Schoolsoort;
  readonly categorie: Categorie | null;
  readonly begindatum: IsoDate;
  readonly einddatum: IsoDate;
  readonly afgegevenOp: IsoDate;
  /** A revision after a gegrond bezwaar: that bezwaar. */
  readonly bezwaarId?: number;
}

/**
 * §9: the TLV that stands now per aanvraag (of `ids`, or all): the newest row no revision replaces
 * and no gegrond bezwaar withdrew. The reports read the TLV in force from here too.
 */
export function staandeTlvs(ctx: ServiceContext, ids: readonly number[] | null) {
  const opvolger = alias(tlvRegister, 'opvolger');
  const rows = ctx.db
    .select({
      id: tlvRegister.id,
      aanvraagId: tlvRegister.aanvraagId,
      einde: tlvRegister.einddatum,
      schoolsoort: tlvRegister.schoolsoort,
      categorie: tlvRegister.categorie,
    })
    .from(tlvRegister)
    .leftJoin(opvolger, eq(opvolger.vervangtId, tlvRegister.id))
    .where(
      and(
        isNull(opvolger.id),
        isNull(tlvRegister.ingetrokkenOp),
        ids === null ? undefined : inArray(tlvRegister.aanvraagId, [...ids]),
      ),
    )
    .orderBy(tlvRegister.id)
    .all();
  return new Map(rows.map((r) => [r.aanvraagId, r]));
}

const staandeTlv = (ctx: ServiceContext, aanvraagId: number) =>
  staandeTlvs(ctx, [aanvraagId]).get(aanvraagId) ?? null;

/**
 * Writes the register row of a TLV just issued, inside the caller's transaction. A revision after a
 * gegrond bezwaar names the TLV it replaces (none when the first decision gave no TLV).
 */
export function schrijfTlv(ctx: ServiceContext, t: NieuweTlv): number {
  const a = ctx.db
    .select({
      naam: aanvragen.leerlingNaam,
      geboortedatum: aanvragen.leerlingGeboortedatum,
      schoolId: aanvragen.schoolId,
    })
    .from(aanvragen)
    .where(eq(aanvragen.id, t.aanvraagId))
    .get();
  if (!a) throw notFound();
  const vervangt = t.bezwaarId === undefined ? null : staandeTlv(ctx, t.aanvraagId);
  return Number(
    ctx.db
      .insert(tlvRegister)
      .values({
        volgnummer: t.volgnummer,
        aanvraagId: t.aanvraagId,
        besluitId: t.besluitId,
        bezwaarId: t.bezwaarId ?? null,
        vervangtId: vervangt?.id ?? null,
        leerlingNaam: a.naam,
        leerlingGeboortedatum: a.geboortedatum,
        schoolId: a.schoolId,
        schoolsoort: t.schoolsoort,
        categorie: t.schoolsoort === 'SO' ? t.categorie : null,
        begindatum: t.begindatum,
        einddatum: t.einddatum,
        afgegevenOp: t.afgegevenOp,
        createdAt: ctx.nowIso,
      })
      .run().lastInsertRowid,
  );
}

/** A gegrond bezwaar decided that no TLV is given: the standing TLV is withdrawn on that day. */
export function trekTlvIn(ctx: ServiceContext, aanvraagId: number, op: IsoDate): void {
  const staand = staandeTlv(ctx, aanvraagId);
  if (!staand) return;
  ctx.db.update(tlvRegister).set({ ingetrokkenOp: op }).where(eq(tlvRegister.id, staand.id)).run();
}

/** An AVG correction of the pupil's name or date of birth also corrects the register. */
export function corrigeerLeerlingInRegister(
  ctx: ServiceContext,
  aanvraagId: number,
  leerling: { naam: string; geboortedatum: IsoDate },
): void {
  ctx.db
    .update(tlvRegister)
    .set({ leerlingNaam: leerling.naam, leerlingGeboortedatum: leerling.geboortedatum })
    .where(eq(tlvRegister.aanvraagId, aanvraagId))
    .run();
}

/**
 * A destruction (services/vernietiging.ts): the register keeps its rows without pupil data when the
 * retention setting keeps the register (§12: volgnummer, dates, schoolsoort, categorie), else they
 * go; the link to a herindicatie aanvraag goes either way.
 */
export function wisInRegister(ctx: ServiceContext, aanvraagId: number, bewaren: boolean): void {
  // A herindicatie that is destroyed is no longer named by the TLV it continued.
  ctx.db
    .update(tlvRegister)
    .set({ herindicatieAanvraagId: null })
    .where(eq(tlvRegister.herindicatieAanvraagId, aanvraagId))
    .run();
  if (bewaren) {
    ctx.db
      .update(tlvRegister)
      .set({ leerlingNaam: null, leerlingGeboortedatum: null })
      .where(eq(tlvRegister.aanvraagId, aanvraagId))
      .run();
    return;
  }
  const rows = ctx.db
    .select({ id: tlvRegister.id })
    .from(tlvRegister)
    .where(eq(tlvRegister.aanvraagId, aanvraagId))
    .orderBy(tlvRegister.id)
    .all();
  // Newest first: a revision names the row it replaces.
  for (const r of rows.reverse()) ctx.db.delete(tlvRegister).where(eq(tlvRegister.id, r.id)).run();
}

// ---------------------------------------------------------------------------------------------
// The setting: how many months before its end a TLV shows on the radar (§8, default 6).

const herindicatieInstellingSchema = herindicatieInstelling;
export type HerindicatieInstelling = z.output<typeof herindicatieInstellingSchema>;

export function readHerindicatieInstelling(db: Db): HerindicatieInstelling {
  const row = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, 'herindicatie'))
    .get();
  const fallback = { maanden: DEFAULT_HERINDICATIE_MAANDEN };
  if (!row) return fallback;
  try {
    const parsed = herindicatieInstellingSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function writeHerindicatieInstelling(ctx: AuthedContext, value: HerindicatieInstelling) {
  const json = JSON.stringify(herindicatieInstellingSchema.parse(value));
  return ctx.tx(() => {
    ctx.db
      .insert(settings)
      .values({ key: 'herindicatie', value: json })
      .onConflictDoUpdate({ target: settings.key, set: { value: json } })
      .run();
    ctx.audit({ action: 'instellingen.herindicatie', objectType: 'settings', objectId: null });
    return { ok: true as const };
  });
}

// ---------------------------------------------------------------------------------------------
// Reading.

interface RegisterRow {
  readonly id: number;
  readonly volgnummer: string;
  readonly aanvraagId: number;
  readonly referentie: string;
  readonly leerlingNaam: string | null;
  readonly leerlingGeboortedatum: IsoDate | null;
  readonly schoolId: number;
  readonly schoolNaam: string;
  readonly brin: string;
  readonly vestiging: string;
  readonly bestuurId: number;
  readonly schoolsoort: Schoolsoort;
  readonly categorie: Categorie | null;
  readonly begindatum: IsoDate;
  readonly einddatum: IsoDate;
  readonly afgegevenOp: IsoDate;
  readonly ingetrokkenOp: IsoDate | null;
  readonly bezwaarId: number | null;
  readonly vervangtVolgnummer: string | null;
  readonly vervangenDoorVolgnummer: string | null;
  readonly herindicatieAanvraagId: number | null;
  readonly herindicatieReferentie: string | null;
  readonly eindbriefOp: IsoDate | null;
  readonly status: TlvStatus;
}

/** Every register row with its school, what it replaces and what replaced it, and its status. */
function loadRegister(ctx: ServiceContext, where?: ReturnType<typeof eq>): RegisterRow[] {
  const r = tlvRegister;
  const vorige = alias(tlvRegister, 'vorige');
  const opvolger = alias(tlvRegister, 'opvolger');
  const herindicatie = alias(aanvragen, 'herindicatie');
  const rows = ctx.db
    .select({
      id: r.id,
      volgnummer: r.volgnummer,
      aanvraagId: r.aanvraagId,
      referentie: aanvragen.referentie,
      leerlingNaam: r.leerlingNaam,
      leerlingGeboortedatum: r.leerlingGeboortedatum,
      schoolId: r.schoolId,
      schoolNaam: scholen.naam,
      brin: scholen.brin,
      vestiging: scholen.vestiging,
      bestuurId: scholen.bestuurId,
      schoolsoort: r.schoolsoort,
      categorie: r.categorie,
      begindatum: r.begindatum,
      einddatum: r.einddatum,
      afgegevenOp: r.afgegevenOp,
      ingetrokkenOp: r.ingetrokkenOp,
      bezwaarId: r.bezwaarId,
      vervangtVolgnummer: vorige.volgnummer,
      vervangenDoorVolgnummer: opvolger.volgnummer,
      herindicatieAanvraagId: r.herindicatieAanvraagId,
      herindicatieReferentie: herindicatie.referentie,
      eindbriefOp: r.eindbriefOp,
    })
    .from(r)
    .innerJoin(aanvragen, eq(aanvragen.id, r.aanvraagId))
    .innerJoin(scholen, eq(scholen.id, r.schoolId))
    .leftJoin(vorige, eq(vorige.id, r.vervangtId))
    .leftJoin(opvolger, eq(opvolger.vervangtId, r.id))
    .leftJoin(herindicatie, eq(herindicatie.id, r.herindicatieAanvraagId))
    .where(where)
    // Newest first: the TLVs the office works on now stand on top (volgnummers rise per year).
    .orderBy(desc(r.afgegevenOp), desc(r.volgnummer))
    .all();
  return rows.map((row) => ({
    ...row,
    status: tlvStatus(
      {
        einddatum: row.einddatum,
        ingetrokkenOp: row.ingetrokkenOp,
        vervangen: row.vervangenDoorVolgnummer !== null,
      },
      ctx.today,
    ),
  }));
}

export interface RegisterFilter {
  readonly status: TlvStatus | null;
  readonly schoolId: number | null;
  readonly schoolsoort: Schoolsoort | null;
  /** The TLVs valid on some day of this period (begin ≤ tot and einde ≥ van). */
  readonly van: IsoDate | null;
  readonly tot: IsoDate | null;
  readonly zoek: string;
}

function past(row: RegisterRow, f: RegisterFilter): boolean {
  if (f.status !== null && row.status !== f.status) return false;
  if (f.schoolId !== null && row.schoolId !== f.schoolId) return false;
  if (f.schoolsoort !== null && row.schoolsoort !== f.schoolsoort) return false;
  if (f.tot !== null && compareIsoDates(row.begindatum, f.tot) > 0) return false;
  if (f.van !== null && compareIsoDates(row.einddatum, f.van) < 0) return false;
  const zoek = normaliseerNaam(f.zoek);
  if (zoek === '') return true;
  return [row.volgnummer, row.referentie, row.leerlingNaam ?? '', row.schoolNaam, row.brin].some(
    (t) => normaliseerNaam(t).includes(zoek),
  );
}

function view(row: RegisterRow) {
  return {
    id: row.id,
    volgnummer: row.volgnummer,
    aanvraagId: row.aanvraagId,
    referentie: row.referentie,
    leerlingNaam: row.leerlingNaam,
    leerlingGeboortedatum: row.leerlingGeboortedatum,
    schoolId: row.schoolId,
    schoolNaam: row.schoolNaam,
    brin: row.brin,
    vestiging: row.vestiging,
    schoolsoort: row.schoolsoort,
    categorie: row.categorie,
    begindatum: row.begindatum,
    einddatum: row.einddatum,
    afgegevenOp: row.afgegevenOp,
    status: row.status,
    ingetrokkenOp: row.ingetrokkenOp,
    herzienNaBezwaar: row.bezwaarId !== null,
    vervangtVolgnummer: row.vervangtVolgnummer,
    vervangenDoorVolgnummer: row.vervangenDoorVolgnummer,
    herindicatie:
      row.herindicatieAanvraagId === null || row.herindicatieReferentie === null
        ? null
        : { aanvraagId: row.herindicatieAanvraagId, referentie: row.herindicatieReferentie },
  };
}

/** The register, filtered; with the schools that occur in it (for the filter). */
export function registerLijst(ctx: AuthedContext, f: RegisterFilter) {
  const all = loadRegister(ctx);
  const rows = all.filter((r) => past(r, f));
  const scholenInRegister = new Map<number, string>();
  for (const r of all)
    scholenInRegister.set(r.schoolId, `${r.schoolNaam} (${r.brin}${r.vestiging})`);
  const perStatus = { lopend: 0, verlopen: 0, herzien_na_bezwaar: 0, ingetrokken: 0 };
  for (const r of all) perStatus[r.status] += 1;
  return {
    total: all.length,
    perStatus,
    rows: rows.map(view),
    scholen: [...scholenInRegister]
      .map(([id, naam]) => ({ id, naam }))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
  };
}

/** The register (filtered) as the table a receiving SO/SBO school needs for DUO. */
export function registerExportTabellen(ctx: AuthedContext, f: RegisterFilter) {
  const code = requireSwvSettings(ctx.db, 'kunt u het register exporteren').code;
  const rijen: RegisterRij[] = loadRegister(ctx)
    .filter((r) => past(r, f))
    .map((r) => ({
      volgnummer: r.volgnummer,
      leerlingNaam: r.leerlingNaam,
      leerlingGeboortedatum: r.leerlingGeboortedatum,
      schoolsoort: r.schoolsoort,
      categorie: r.categorie,
      begindatum: r.begindatum,
      einddatum: r.einddatum,
      afgegevenOp: r.afgegevenOp,
      status: r.status,
      vervangtVolgnummer: r.vervangtVolgnummer,
      schoolNaam: r.schoolNaam,
      brin: r.brin,
      vestiging: r.vestiging,
    }));
  return registerAlsTabellen(rijen, code);
}

// ---------------------------------------------------------------------------------------------
// The herindicatie radar.

/** The herindicatie aanvragen of pupils born on one of these days. */
function herindicatieAanvragen(
  ctx: ServiceContext,
  geboortedata: readonly IsoDate[],
): HerindicatieAanvraag[] {
  if (geboortedata.length === 0) return [];
  return ctx.db
    .select({
      id: aanvragen.id,
      soort: aanvragen.soort,
      leerlingNaam: aanvragen.leerlingNaam,
      leerlingGeboortedatum: aanvragen.leerlingGeboortedatum,
      bestuurId: scholen.bestuurId,
      vernietigdOp: aanvragen.vernietigdOp,
    })
    .from(aanvragen)
    .innerJoin(scholen, eq(scholen.id, aanvragen.schoolId))
    .where(
      and(
        eq(aanvragen.soort, 'herindicatie'),
        inArray(aanvragen.leerlingGeboortedatum, [...new Set(geboortedata)]),
      ),
    )
    .all()
    .map((a) => ({ ...a, vernietigd: a.vernietigdOp !== null }));
}

/** The running TLVs that end within the set months, nearest end first, with where each stands. */
export function herindicatieRadar(ctx: AuthedContext) {
  const { maanden } = readHerindicatieInstelling(ctx.db);
  const rows = loadRegister(ctx)
    .filter((r) => r.status === 'lopend' && eindigtBinnen(r.einddatum, ctx.today, maanden))
    // Nearest end first; among the many that end on the same 31 July, the newest TLV first.
    .sort((a, b) => compareIsoDates(a.einddatum, b.einddatum) || b.id - a.id);
  const open = rows.filter((r) => r.herindicatieAanvraagId === null);
  const aanvr = herindicatieAanvragen(
    ctx,
    open.flatMap((r) => (r.leerlingGeboortedatum === null ? [] : [r.leerlingGeboortedatum])),
  );
  const counts: Record<RadarStand, number> = {
    open: 0,
    brief_verzonden: 0,
    herindicatie_gekoppeld: 0,
  };
  const out = rows.map((r) => {
    const stand = radarStand(r);
    counts[stand] += 1;
    const kandidaten =
      r.herindicatieAanvraagId === null ? herindicatieKandidaten(tlvVoorKoppeling(r), aanvr) : [];
    return {
      ...view(r),
      stand,
      radarVanaf: radarVanaf(r.einddatum, maanden),
      dagenTotEinde: daysBetween(ctx.today, r.einddatum),
      eindbriefOp: r.eindbriefOp,
      kandidaten: kandidaten.length,
    };
  });
  return { maanden, rows: out, counts };
}

function tlvVoorKoppeling(r: RegisterRow) {
  return {
    aanvraagId: r.aanvraagId,
    leerlingNaam: r.leerlingNaam,
    leerlingGeboortedatum: r.leerlingGeboortedatum,
    bestuurId: r.bestuurId,
  };
}

function loadOne(ctx: ServiceContext, tlvId: number): RegisterRow {
  const row = loadRegister(ctx, eq(tlvRegister.id, tlvId))[0];
  if (!row) throw notFound('Deze toelaatbaarheidsverklaring');
  return row;
}

/** The herindicatie aanvragen TLA proposes for this TLV's pupil, for the SLL to confirm. */
export function herindicatieKandidatenVan(ctx: AuthedContext, tlvId: number) {
  const tlv = loadOne(ctx, tlvId);
  if (tlv.leerlingGeboortedatum === null) return { kandidaten: [] };
  const aanvr = herindicatieAanvragen(ctx, [tlv.leerlingGeboortedatum]);
  const kandidaten = herindicatieKandidaten(tlvVoorKoppeling(tlv), aanvr);
  if (kandidaten.length === 0) return { kandidaten: [] };
  const info = new Map(
    ctx.db
      .select({
        id: aanvragen.id,
        referentie: aanvragen.referentie,
        leerlingNaam: aanvragen.leerlingNaam,
        leerlingGeboortedatum: aanvragen.leerlingGeboortedatum,
        ontvangenOp: aanvragen.ontvangenOp,
        state: aanvragen.state,
        schoolNaam: scholen.naam,
        bestuurNaam: schoolbesturen.naam,
      })
      .from(aanvragen)
      .innerJoin(scholen, eq(scholen.id, aanvragen.schoolId))
      .innerJoin(schoolbesturen, eq(schoolbesturen.id, scholen.bestuurId))
      .where(
        inArray(
          aanvragen.id,
          kandidaten.map((k) => k.aanvraagId),
        ),
      )
      .all()
      .map((a) => [a.id, a]),
  );
  return {
    kandidaten: kandidaten.flatMap((k) => {
      const a = info.get(k.aanvraagId);
      return a ? [{ ...a, naamGelijk: k.naamGelijk, bestuurGelijk: k.bestuurGelijk }] : [];
    }),
  };
}

/** The SLL confirms that this herindicatie aanvraag continues this TLV. */
export function koppelHerindicatie(ctx: AuthedContext, tlvId: number, aanvraagId: number) {
  return ctx.tx(() => {
    const tlv = loadOne(ctx, tlvId);
    if (tlv.herindicatieAanvraagId !== null)
      throw conflict(
        `Aan deze toelaatbaarheidsverklaring is al ${tlv.herindicatieReferentie} gekoppeld.`,
      );
    const a = herindicatieAanvragen(
      ctx,
      tlv.leerlingGeboortedatum === null ? [] : [tlv.leerlingGeboortedatum],
    ).find((x) => x.id === aanvraagId);
    const soort = ctx.db
      .select({ soort: aanvragen.soort, vernietigdOp: aanvragen.vernietigdOp })
      .from(aanvragen)
      .where(eq(aanvragen.id, aanvraagId))
      .get();
    if (!soort) throw notFound();
    const probleem = a
      ? koppelingProbleem(tlvVoorKoppeling(tlv), a)
      : soort.soort !== 'herindicatie'
        ? 'Deze aanvraag is geen herindicatie.'
        : 'De geboortedatum van de leerling in deze aanvraag is een andere.';
    if (probleem !== null) throw new UserFacingError('invalid_input', probleem, 'aanvraagId');
    ctx.db
      .update(tlvRegister)
      .set({ herindicatieAanvraagId: aanvraagId })
      .where(eq(tlvRegister.id, tlvId))
      .run();
    ctx.audit({
      action: 'tlv.herindicatie_koppel',
      objectType: 'aanvraag',
      objectId: tlv.aanvraagId,
    });
    return { ok: true as const };
  });
}

/** The SLL undoes a link made in error. */
export function ontkoppelHerindicatie(ctx: AuthedContext, tlvId: number) {
  return ctx.tx(() => {
    const tlv = loadOne(ctx, tlvId);
    if (tlv.herindicatieAanvraagId === null)
      throw domainError('Aan deze toelaatbaarheidsverklaring is geen herindicatie gekoppeld.');
    ctx.db
      .update(tlvRegister)
      .set({ herindicatieAanvraagId: null })
      .where(eq(tlvRegister.id, tlvId))
      .run();
    ctx.audit({
      action: 'tlv.herindicatie_ontkoppel',
      objectType: 'aanvraag',
      objectId: tlv.aanvraagId,
    });
    return { ok: true as const };
  });
}

/** Why no letter that the TLV ends can be made for it (null: it can). */
function eindbriefProbleem(tlv: RegisterRow): string | null {
  if (tlv.status !== 'lopend')
    return 'Deze toelaatbaarheidsverklaring loopt niet meer; een brief is niet nodig.';
  if (tlv.leerlingNaam === null || tlv.leerlingGeboortedatum === null)
    return 'De gegevens van deze leerling zijn vernietigd.';
  return null;
}

/** The letter's PDF with the SWV's current text, not yet stored. */
async function renderEindbrief(
  ctx: AuthedContext,
  tlv: RegisterRow,
  tekst: ReturnType<typeof huidigeBriefTekst>,
): Promise<Uint8Array> {
  const basis = briefBasis(ctx, tlv.aanvraagId, ctx.today);
  return renderEindeTlvBrief({
    ...basis,
    leerling: { naam: tlv.leerlingNaam ?? '', geboortedatum: tlv.leerlingGeboortedatum ?? '' },
    tekst: tekst.tekst,
    volgnummer: tlv.volgnummer,
    schoolsoort: tlv.schoolsoort,
    categorie: tlv.categorie,
    begindatum: tlv.begindatum,
    einddatum: tlv.einddatum,
    aanvragenUiterlijk: herindicatieAanvragenUiterlijk(tlv.einddatum),
  });
}

/** Stores a made letter in the TLV's dossier and records it as sent today (inside a transaction). */
function legEindbriefVast(
  ctx: AuthedContext,
  tlv: RegisterRow,
  pdf: Uint8Array,
  tekstVersie: number,
): number {
  const briefId = storeBrief(ctx, tlv.aanvraagId, 'einde_tlv', pdf, tekstVersie);
  ctx.db
    .update(tlvRegister)
    .set({ eindbriefOp: ctx.today })
    .where(eq(tlvRegister.id, tlv.id))
    .run();
  return briefId;
}

/**
 * §8, for the many TLVs that end on one 31 July: the letters for the TLVs the SLL chose on the
 * radar, each stored in its own dossier and recorded as sent today, all in one transaction (all or
 * none), and returned together as one PDF to print. A TLV whose school was informed or whose
 * herindicatie was linked in the meantime (by a colleague), or that no longer runs, is skipped and
 * counted, never written twice.
 */
export async function maakEindbrieven(ctx: AuthedContext, tlvIds: readonly number[]) {
  const gevraagd = new Set(tlvIds);
  const tlvs = loadRegister(ctx, inArray(tlvRegister.id, [...gevraagd]));
  if (tlvs.length !== gevraagd.size) throw notFound('Een van deze toelaatbaarheidsverklaringen');
  const teMaken = tlvs
    .filter((t) => eindbriefProbleem(t) === null && radarStand(t) === 'open')
    .sort((a, b) => compareIsoDates(a.einddatum, b.einddatum) || b.id - a.id);
  const tekst = huidigeBriefTekst(ctx, 'einde_tlv');
  const pdfs: Uint8Array[] = [];
  for (const tlv of teMaken) pdfs.push(await renderEindbrief(ctx, tlv, tekst));
  const samen =
    teMaken.length === 0
      ? null
      : await voegPdfsSamen(pdfs, 'Brieven einde toelaatbaarheidsverklaring', ctx.nowIso);
  ctx.tx(() => {
    // Read again inside the transaction: a colleague may have sent one while these were made.
    const nu = new Map(
      loadRegister(
        ctx,
        inArray(
          tlvRegister.id,
          teMaken.map((t) => t.id),
        ),
      ).map((t) => [t.id, t]),
    );
    const veranderd = teMaken.find((t) => {
      const n = nu.get(t.id);
      return n === undefined || radarStand(n) !== 'open' || eindbriefProbleem(n) !== null;
    });
    if (veranderd !== undefined)
      throw conflict(
        'Iemand anders heeft intussen een brief gemaakt of een herindicatie gekoppeld. Er is niets vastgelegd; laad de radar opnieuw en probeer het nog eens.',
      );
    teMaken.forEach((tlv, i) => legEindbriefVast(ctx, tlv, pdfs[i] as Uint8Array, tekst.versie));
  });
  return {
    gemaakt: teMaken.length,
    overgeslagen: gevraagd.size - teMaken.length,
    ...(samen === null
      ? {}
      : {
          pdf: {
            fileName: `brieven-einde-tlv-${ctx.today}.pdf`,
            dataBase64: Buffer.from(samen).toString('base64'),
          },
        }),
  };
}

/**
 * §8: the letter to the school that the TLV ends and how to apply for a herindicatie, made with
 * the SWV's text and recorded as sent today. Its place is the dossier of the TLV's aanvraag.
 */
export async function maakEindbrief(ctx: AuthedContext, tlvId: number) {
  const tlv = loadOne(ctx, tlvId);
  const probleem = eindbriefProbleem(tlv);
  if (probleem !== null) throw domainError(probleem);
  const tekst = huidigeBriefTekst(ctx, 'einde_tlv');
  const pdf = await renderEindbrief(ctx, tlv, tekst);
  return ctx.tx(() => ({ briefId: legEindbriefVast(ctx, tlv, pdf, tekst.versie) }));
}
