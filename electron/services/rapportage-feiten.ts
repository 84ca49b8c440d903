import type Database from 'better-sqlite3';
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  aanvragen,
  besluiten,
  bezwaren,
  opschortingen,
  schoolbesturen,
  scholen,
  verdagingen,
} from '../../db/schema';
import { neemGewijzigdeAanvragen, volgGewijzigdeAanvragen } from '../../db/gewijzigde-aanvragen';
import type { ServiceContext } from '../core/context';
import { toIsoDateFromInstant } from '../domain/calendar';
import type { Opschorting } from '../domain/opschorting';
import {
  besluitMaatVan,
  type AanvraagFeiten,
  type AfloopSoort,
  type BesluitMaat,
  type BezwaarFeit,
} from '../domain/rapportage';
import type { AanvraagState } from '../domain/types';
import { staandeTlvs } from './tlv-register';

// The facts of every aanvraag as the reports read them (§11, issue 12), kept in memory per
// connection and brought up to date on each report: only the aanvragen changed since the last one
// are read again (db/gewijzigde-aanvragen.ts notes them by trigger, whichever service wrote). Reading
// all 50,000 costs ~0.4 s, most of it decrypting pages; a report on kept facts needs only the
// domain's computation. The measure of each decision (§9: doorlooptijd, behaald) depends on its row
// alone and is kept beside it until the row is read again.
//
// The facts hold no pupil data: dates, outcomes, the school's and board's names, the gemeente.
// SQL selects; every figure is the domain's (domain/rapportage.ts).

/** Above this many changed aanvragen one full read is cheaper than a list of ids. */
const VOLLEDIG_VANAF = 5_000;

interface Bewaard {
  /** SQLite's data_version when read: it moves when another connection commits (see below). */
  readonly dataVersion: number;
  readonly perId: Map<number, AanvraagFeiten>;
  /** The rows in id order; null after a change until the next report asks. */
  rijen: AanvraagFeiten[] | null;
  readonly maten: WeakMap<AanvraagFeiten, BesluitMaat | null>;
}

const bewaard = new WeakMap<Database.Database, Bewaard>();

const UNANIEM_EVENTS = sql`('adviezen_unaniem', 'adviezen_verschillend')`;

/** The aanvragen, their decision, and from the event log the last comparison and the withdrawal. */
function aanvraagRijen(ctx: ServiceContext, waar: SQL | undefined) {
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
    .where(waar)
    .orderBy(asc(aanvragen.id))
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

/** The facts of the aanvragen `ids` (all when null), read in set-based queries. */
function leesFeiten(ctx: ServiceContext, ids: readonly number[] | null): AanvraagFeiten[] {
  const van = (column: Parameters<typeof inArray>[0]) =>
    ids === null ? undefined : inArray(column, [...ids]);
  const rows = aanvraagRijen(ctx, van(aanvragen.id));
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
      .where(van(opschortingen.aanvraagId))
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
      .where(van(verdagingen.aanvraagId))
      .orderBy(asc(verdagingen.id))
      .all()
      .map((v) => [v.aanvraagId, { notifiedOn: v.notifiedOn, newEnd: v.newEnd }]),
  );
  const bez = groupBy(
    ctx.db
      .select({
        aanvraagId: bezwaren.aanvraagId,
        ontvangenOp: bezwaren.ontvangenOp,
        uitkomst: bezwaren.uitkomst,
        beslistOp: bezwaren.beslistOp,
        geslotenOp: bezwaren.geslotenOp,
      })
      .from(bezwaren)
      .where(van(bezwaren.aanvraagId))
      .orderBy(asc(bezwaren.id))
      .all(),
  );
  const tlvs = staandeTlvs(ctx, ids);
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
    const tlv = tlvs.get(r.id) ?? null;
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
      bezwaren: (bez.get(r.id) ?? []).map((b): BezwaarFeit => ({
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

/** The facts read afresh, every row (for the test that the kept facts equal them). */
export function verseRapportageFeiten(ctx: ServiceContext): AanvraagFeiten[] {
  return leesFeiten(ctx, null);
}

/** PRAGMA data_version: unchanged by this connection's own commits, moved by any other's. */
function dataVersion(ctx: ServiceContext): number {
  const v: unknown = ctx.sqlite.pragma('data_version', { simple: true });
  return typeof v === 'number' ? v : -1;
}

function alles(ctx: ServiceContext): Bewaard {
  return {
    dataVersion: dataVersion(ctx),
    perId: new Map(leesFeiten(ctx, null).map((r) => [r.id, r])),
    rijen: null,
    maten: new WeakMap(),
  };
}

/**
 * The facts of every aanvraag, in id order: those kept for this connection, with the aanvragen
 * changed since the last call read again (the first call reads all and starts noting changes).
 */
export function rapportageFeiten(ctx: ServiceContext): readonly AanvraagFeiten[] {
  const b = ctx.tx(() => {
    const kept = bewaard.get(ctx.sqlite);
    if (kept === undefined) {
      volgGewijzigdeAanvragen(ctx.sqlite);
      neemGewijzigdeAanvragen(ctx.sqlite);
      const nieuw = alles(ctx);
      bewaard.set(ctx.sqlite, nieuw);
      return nieuw;
    }
    const gewijzigd = neemGewijzigdeAanvragen(ctx.sqlite);
    // The triggers see this connection's writes only. There is one per data folder, but should
    // another ever write (a tool, a restore in place), its commit moves data_version: read all.
    if (
      gewijzigd.alles ||
      gewijzigd.ids.length > VOLLEDIG_VANAF ||
      dataVersion(ctx) !== kept.dataVersion
    ) {
      const nieuw = alles(ctx);
      bewaard.set(ctx.sqlite, nieuw);
      return nieuw;
    }
    if (gewijzigd.ids.length > 0) {
      for (const id of gewijzigd.ids) kept.perId.delete(id);
      for (const r of leesFeiten(ctx, gewijzigd.ids)) kept.perId.set(r.id, r);
      kept.rijen = null;
    }
    return kept;
  });
  b.rijen ??= [...b.perId.values()].sort((x, y) => x.id - y.id);
  return b.rijen;
}

/** `besluitMaatVan` of a kept row, computed once per row read. */
export function bewaardeMaat(ctx: ServiceContext): (r: AanvraagFeiten) => BesluitMaat | null {
  const maten = bewaard.get(ctx.sqlite)?.maten;
  if (maten === undefined) return besluitMaatVan;
  return (r) => {
    let m = maten.get(r);
    if (m === undefined) {
      m = besluitMaatVan(r);
      maten.set(r, m);
    }
    return m;
  };
}
