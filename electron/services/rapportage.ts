import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  aanvragen,
  besluiten,
  bezwaren,
  opschortingen,
  schoolbesturen,
  scholen,
  verdagingen,
} from '../../db/schema';
import type { Contract } from '../contract';
import type { AuthedContext } from '../core/context';
import { forbidden } from '../core/errors';
import { toIsoDateFromInstant } from '../domain/calendar';
import { periodFromTo, periodOf, type Period } from '../domain/doorlooptijd';
import type { Opschorting } from '../domain/opschorting';
import {
  isLeeg,
  rapportage,
  type AanvraagFeiten,
  type AfloopSoort,
  type BezwaarFeit,
  type Kengetallen,
  type Rapportage,
} from '../domain/rapportage';
import {
  FIGUREN,
  rapportageAlsTabellen,
  idsAchterFiguur,
  TLV_EINDE_FIGUREN,
  RAPPORT_SECTIES,
} from '../domain/rapportage-figuren';
import { CATEGORIEEN, isOfficeRole, SCHOOLSOORTEN, type AanvraagState } from '../domain/types';
import { lijstRijen } from './alle-aanvragen';

// Reports (§11, issue 12). The facts of every aanvraag are read in five set-based queries (the
// aanvragen with their decision and two facts from the event log, the suspensions, the verdagingen,
// the bezwaren, the names of schools and boards); every figure is the domain's
// (domain/rapportage.ts): SQL selects, it never counts a doorlooptijd or a behaald.
//
// Not audited: a report shows counts of the office's own work, nothing a role may not see in Alle
// aanvragen, and the list behind a figure is such a list (reading Alle aanvragen is not audited
// either); opening an aanvraag from it is audited as always. Exports of a report are (issue 12).

type Vraag = z.output<Contract['rapportage.kengetallen']['input']>;
type LijstVraag = z.output<Contract['rapportage.aanvragen']['input']>;

export function periodeVan(p: Vraag['periode']): Period {
  return p.soort === 'vrij' ? periodFromTo(p.van, p.tot) : periodOf(p.datum, p.soort);
}

const UNANIEM_EVENTS = sql`('adviezen_unaniem', 'adviezen_verschillend')`;

/** The aanvragen, their decision, and from the event log the last comparison of the advices and the withdrawal. */
function aanvraagFeiten(ctx: AuthedContext) {
  return ctx.db
    .select({
      id: aanvragen.id,
      state: aanvragen.state,
      ontvangenOp: aanvragen.ontvangenOp,
      soort: aanvragen.soort,
      schoolsoort: aanvragen.schoolsoort,
      categorie: aanvragen.categorie,
      gemeente: aanvragen.gemeente,
      schoolId: aanvragen.schoolId,
      uitkomst: besluiten.uitkomst,
      besluitdatum: besluiten.besluitdatum,
      tlvSchoolsoort: besluiten.schoolsoort,
      tlvCategorie: besluiten.categorie,
      tlvEinde: besluiten.einddatum,
      vergelijking: sql<string | null>`CASE WHEN ${besluiten.id} IS NOT NULL THEN (
        SELECT w.event FROM workflow_events w
        WHERE w.aanvraag_id = ${aanvragen.id} AND w.event IN ${UNANIEM_EVENTS}
        ORDER BY w.id DESC LIMIT 1) END`,
      // A withdrawal stays one when the dossier is archived later (state gearchiveerd).
      ingetrokkenOp: sql<
        string | null
      >`CASE WHEN ${aanvragen.state} IN ('ingetrokken', 'gearchiveerd') THEN (
        SELECT w.at FROM workflow_events w
        WHERE w.aanvraag_id = ${aanvragen.id} AND w.event = 'trek_in'
        ORDER BY w.id DESC LIMIT 1) END`,
    })
    .from(aanvragen)
    .leftJoin(besluiten, eq(besluiten.aanvraagId, aanvragen.id))
    .all();
}

function groupBy<T extends { aanvraagId: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const list = map.get(r.aanvraagId);
    if (list) list.push(r);
    else map.set(r.aanvraagId, [r]);
  }
  return map;
}

const herzienVeld = (veld: string) =>
  sql<string | null>`json_extract(${bezwaren.herzienBesluit}, ${`$.${veld}`})`;

function bezwaarFeiten(ctx: AuthedContext) {
  return ctx.db
    .select({
      aanvraagId: bezwaren.aanvraagId,
      ontvangenOp: bezwaren.ontvangenOp,
      uitkomst: bezwaren.uitkomst,
      beslistOp: bezwaren.beslistOp,
      geslotenOp: bezwaren.geslotenOp,
      herzienUitkomst: herzienVeld('uitkomst'),
      herzienSchoolsoort: herzienVeld('schoolsoort'),
      herzienCategorie: herzienVeld('categorie'),
      herzienEinde: herzienVeld('einddatum'),
    })
    .from(bezwaren)
    .orderBy(asc(bezwaren.id))
    .all();
}

type BezwaarRij = ReturnType<typeof bezwaarFeiten>[number];

const schoolsoortOf = (v: string | null) => SCHOOLSOORTEN.find((x) => x === v) ?? null;
const categorieOf = (v: string | null) => CATEGORIEEN.find((x) => x === v) ?? null;

/** §9: the TLV in force: that of the decision, or the one a gegrond bezwaar put in its place. */
function tlvVan(
  besluit: {
    uitkomst: string | null;
    einde: string | null;
    schoolsoort: string | null;
    categorie: string | null;
  },
  bezwaarRijen: readonly BezwaarRij[],
) {
  const herzien = bezwaarRijen
    .filter((b) => b.uitkomst === 'gegrond' && b.herzienUitkomst !== null)
    .at(-1);
  if (herzien !== undefined)
    return herzien.herzienUitkomst === 'tlv_afgegeven'
      ? {
          einde: herzien.herzienEinde,
          schoolsoort: schoolsoortOf(herzien.herzienSchoolsoort),
          categorie: categorieOf(herzien.herzienCategorie),
        }
      : null;
  return besluit.uitkomst === 'tlv_afgegeven'
    ? {
        einde: besluit.einde,
        schoolsoort: schoolsoortOf(besluit.schoolsoort),
        categorie: categorieOf(besluit.categorie),
      }
    : null;
}

function afloopVan(r: {
  state: AanvraagState;
  uitkomst: AfloopSoort | null;
  besluitdatum: string | null;
  ingetrokkenOp: string | null;
}): AanvraagFeiten['afloop'] {
  if (r.uitkomst !== null && r.besluitdatum !== null)
    return { soort: r.uitkomst, op: r.besluitdatum };
  if (r.ingetrokkenOp !== null)
    return { soort: 'ingetrokken', op: toIsoDateFromInstant(r.ingetrokkenOp) };
  return null;
}

/** One row of facts per aanvraag, from five set-based queries. */
export function rapportageFeiten(ctx: AuthedContext): AanvraagFeiten[] {
  const rows = aanvraagFeiten(ctx);
  const ops = groupBy(
    ctx.db
      .select({
        aanvraagId: opschortingen.aanvraagId,
        grond: opschortingen.grond,
        start: opschortingen.start,
        termEnd: opschortingen.termEnd,
        resumedOn: opschortingen.resumedOn,
      })
      .from(opschortingen)
      .orderBy(asc(opschortingen.start), asc(opschortingen.id))
      .all(),
  );
  // Awb 4:14 lid 3: the latest verdaging names the end that counts.
  const verdaging = new Map(
    ctx.db
      .select({
        aanvraagId: verdagingen.aanvraagId,
        notifiedOn: verdagingen.notifiedOn,
        newEnd: verdagingen.newEnd,
      })
      .from(verdagingen)
      .orderBy(asc(verdagingen.id))
      .all()
      .map((v) => [v.aanvraagId, { notifiedOn: v.notifiedOn, newEnd: v.newEnd }]),
  );
  const bez = groupBy(bezwaarFeiten(ctx));
  const besturen = new Map(
    ctx.db
      .select({ id: schoolbesturen.id, naam: schoolbesturen.naam })
      .from(schoolbesturen)
      .all()
      .map((b) => [b.id, b]),
  );
  const schoolMap = new Map(
    ctx.db
      .select({
        id: scholen.id,
        naam: scholen.naam,
        plaats: scholen.plaats,
        bestuurId: scholen.bestuurId,
      })
      .from(scholen)
      .all()
      .map((s) => [s.id, s]),
  );
  return rows.map((r): AanvraagFeiten => {
    const school = schoolMap.get(r.schoolId);
    const bestuur = school === undefined ? undefined : besturen.get(school.bestuurId);
    const bezwaarRijen = bez.get(r.id) ?? [];
    const tlv = tlvVan(
      {
        uitkomst: r.uitkomst,
        einde: r.tlvEinde,
        schoolsoort: r.tlvSchoolsoort,
        categorie: r.tlvCategorie,
      },
      bezwaarRijen,
    );
    return {
      id: r.id,
      ontvangenOp: r.ontvangenOp,
      afloop: afloopVan(r),
      unaniem: r.vergelijking === null ? null : r.vergelijking === 'adviezen_unaniem',
      opschortingen: (ops.get(r.id) ?? []).map((o): Opschorting => ({
        grond: o.grond,
        start: o.start,
        termEnd: o.termEnd,
        resumedOn: o.resumedOn,
      })),
      verdaging: verdaging.get(r.id) ?? null,
      bezwaren: bezwaarRijen.map((b): BezwaarFeit => ({
        ontvangenOp: b.ontvangenOp,
        uitkomst: b.uitkomst,
        beslistOp: b.beslistOp,
        geslotenOp: b.geslotenOp,
      })),
      tlvEinde: tlv?.einde ?? null,
      bestuur: { id: bestuur?.id ?? 0, naam: bestuur?.naam ?? 'Bestuur onbekend' },
      school: {
        id: r.schoolId,
        naam: school === undefined ? 'School onbekend' : `${school.naam}, ${school.plaats}`,
      },
      gemeente: r.gemeente,
      soort: r.soort,
      schoolsoort: tlv?.schoolsoort ?? r.schoolsoort,
      categorie: tlv === null ? r.categorie : tlv.categorie,
    };
  });
}

function requireOffice(ctx: AuthedContext): void {
  if (!ctx.user.roles.some(isOfficeRole)) throw forbidden();
}

function bereken(ctx: AuthedContext, vraag: Vraag): { rows: AanvraagFeiten[]; r: Rapportage } {
  requireOffice(ctx);
  const rows = rapportageFeiten(ctx);
  return {
    rows,
    r: rapportage({
      rows,
      periode: periodeVan(vraag.periode),
      indeling: vraag.indeling,
      today: ctx.today,
    }),
  };
}

/**
 * Reports of several periods over the facts read once (the jaarverslag: a school year and the one
 * before): the same computation as the screen's.
 */
export function rapportagesVan(ctx: AuthedContext, vragen: readonly Vraag[]): Rapportage[] {
  requireOffice(ctx);
  const rows = rapportageFeiten(ctx);
  return vragen.map((vraag) =>
    rapportage({
      rows,
      periode: periodeVan(vraag.periode),
      indeling: vraag.indeling,
      today: ctx.today,
    }),
  );
}

const ALLE_FIGUREN = [...RAPPORT_SECTIES.flatMap((s) => s.figuren), ...TLV_EINDE_FIGUREN];

function waardenVan(k: Kengetallen): Record<string, number | null> {
  return Object.fromEntries(ALLE_FIGUREN.map((f) => [f.sleutel, f.waarde(k)]));
}

const periodeView = (p: Period) => ({ label: p.label, from: p.from, to: p.to });

/** A report as the tables of its export (domain/rapportage-figuren.ts · rapportageAlsTabellen). */
export function rapportageExportTabellen(ctx: AuthedContext, vraag: Vraag) {
  return rapportageAlsTabellen(bereken(ctx, vraag).r);
}

export function kengetallen(ctx: AuthedContext, vraag: Vraag) {
  const { r } = bereken(ctx, vraag);
  return {
    periode: periodeView(r.periode),
    indeling: r.indeling,
    leeg: isLeeg(r.totaal),
    totaal: waardenVan(r.totaal),
    groepen: r.groepen.map((g) => ({
      sleutel: g.sleutel,
      naam: g.naam,
      waarden: waardenVan(g.kengetallen),
    })),
    perBestuur: r.perBestuur.map((b) => ({ naam: b.naam, ontvangen: b.ontvangen.aantal })),
    perMaand: r.perMaand.map((m) => ({ ...m })),
    tlvMaanden: r.tlvMaanden.map(periodeView),
  };
}

/** The aanvragen behind one figure, newest first (as Alle aanvragen), a page at a time. */
export function aanvragenAchterFiguur(ctx: AuthedContext, vraag: LijstVraag) {
  const { rows, r } = bereken(ctx, vraag);
  const ids = idsAchterFiguur(r, vraag.figuur, vraag.groep) ?? [];
  const ontvangen = new Map(rows.map((x) => [x.id, x.ontvangenOp]));
  const sorted = [...ids].sort(
    (a, b) => (ontvangen.get(b) ?? '').localeCompare(ontvangen.get(a) ?? '') || b - a,
  );
  const page = sorted.slice(vraag.offset, vraag.offset + vraag.limit);
  const groep =
    vraag.groep === null ? null : (r.groepen.find((g) => g.sleutel === vraag.groep)?.naam ?? null);
  return {
    periode: periodeView(r.periode),
    figuur: FIGUREN.get(vraag.figuur)?.label ?? vraag.figuur,
    groep,
    total: sorted.length,
    rows: lijstRijen(ctx, page),
  };
}
