import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/open';
import { aanvragen, besluiten, bezwaren, scholen } from '../../db/schema';
import type { Contract } from '../contract';
import type { AuthedContext } from '../core/context';
import { forbidden } from '../core/errors';
import { lijstTermijn, type LijstTermijn } from '../domain/alle-aanvragen';
import { beslissingOpBezwaarUiterlijk, bezwaartermijnEnd } from '../domain/bezwaar';
import { daysLeft } from '../domain/termijnen';
import { isOfficeRole } from '../domain/types';
import { idIn, inOrderOf, listRowFields, pageOfIds } from './aanvraag-lijst';
import { standen, standOf } from './termijnen';

// Alle aanvragen: every aanvraag in every state, newest first, for the office (need-to-know, §2: a
// deskundige sees only their own dossiers, through Mijn werk). Filters on state, period of receipt,
// school, bestuur and soort, and the search of every list (./aanvraag-lijst). Reading the list is
// not audited (as Mijn werk); the search text is a bound value and reaches no log.

export type ZoekQuery = z.output<Contract['aanvragen.zoek']['input']>;
/** The filters and the search without paging (the export takes the whole filtered list). */
export type ZoekFilters = Omit<ZoekQuery, 'offset' | 'limit'>;

function conditions(db: Db, q: ZoekFilters): SQL | null {
  const scholenVan = (bestuurId: number) =>
    db.select({ id: scholen.id }).from(scholen).where(eq(scholen.bestuurId, bestuurId));
  const parts = [
    q.states.length > 0 ? inArray(aanvragen.state, q.states) : undefined,
    q.ontvangenVan !== null ? gte(aanvragen.ontvangenOp, q.ontvangenVan) : undefined,
    q.ontvangenTot !== null ? lte(aanvragen.ontvangenOp, q.ontvangenTot) : undefined,
    q.schoolId !== null ? eq(aanvragen.schoolId, q.schoolId) : undefined,
    q.bestuurId !== null ? inArray(aanvragen.schoolId, scholenVan(q.bestuurId)) : undefined,
    q.soort !== null ? eq(aanvragen.soort, q.soort) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return parts.length === 0 ? null : (and(...parts) ?? null);
}

const rowFields = {
  ...listRowFields,
  uitkomst: besluiten.uitkomst,
  besluitdatum: besluiten.besluitdatum,
  volgnummer: besluiten.volgnummer,
  verzondenOp: besluiten.verzondenOp,
} as const;

export function zoekAanvragen(ctx: AuthedContext, q: ZoekQuery) {
  return zoekPagina(ctx, q, q.offset, q.limit);
}

/**
 * Issue 12: every aanvraag of the filters and the search, in the list's order, with the same
 * columns and the same need-to-know as the screen (for its export).
 */
export function alleAanvragenLijst(ctx: AuthedContext, q: ZoekFilters) {
  return zoekPagina(ctx, q, 0, Number.MAX_SAFE_INTEGER).rows;
}

function zoekPagina(ctx: AuthedContext, q: ZoekFilters, offset: number, limit: number) {
  if (!ctx.user.roles.some(isOfficeRole)) throw forbidden();
  const page = pageOfIds(ctx.db, {
    filter: conditions(ctx.db, q),
    search: q.search,
    // A school or a board: its aanvragen through the index on school_id.
    narrowed: q.schoolId !== null || q.bestuurId !== null,
    newestFirst: true,
    offset,
    limit,
  });
  return { total: page.total, rows: lijstRijen(ctx, page.ids) };
}

/**
 * The rows of Alle aanvragen for these ids, in their order (also the list behind a figure of a
 * report, services/rapportage.ts).
 */
export function lijstRijen(ctx: AuthedContext, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = inOrderOf(
    ids,
    ctx.db
      .select(rowFields)
      .from(aanvragen)
      .innerJoin(scholen, eq(scholen.id, aanvragen.schoolId))
      .leftJoin(besluiten, eq(besluiten.aanvraagId, aanvragen.id))
      .where(idIn(aanvragen.id, ids))
      .all(),
  );
  const termijnen = termijnenVan(ctx, rows);
  return rows.map((r) => ({
    id: r.id,
    referentie: r.referentie,
    leerlingNaam: r.leerlingNaam,
    schoolNaam: r.schoolNaam,
    soort: r.soort,
    state: r.state,
    ontvangenOp: r.ontvangenOp,
    besluit:
      r.uitkomst === null || r.besluitdatum === null
        ? null
        : { uitkomst: r.uitkomst, datum: r.besluitdatum },
    volgnummer: r.volgnummer,
    termijn: termijnen.get(r.id) ?? null,
  }));
}

type Row = {
  id: number;
  state: ZoekQuery['states'][number];
  ontvangenOp: string;
  verzondenOp: string | null;
};

/** The term that matters for each row (the domain says which), one query per kind of fact. */
function termijnenVan(ctx: AuthedContext, rows: readonly Row[]) {
  const soort = new Map(rows.map((r) => [r.id, lijstTermijn(r.state)]));
  const of = (s: LijstTermijn) => rows.filter((r) => soort.get(r.id) === s);
  const open = of('beslistermijn');
  const terms = standen(ctx, open);
  const verdaagd = bezwaarVerdaagd(
    ctx,
    of('beslissing_op_bezwaar').map((r) => r.id),
  );
  const result = new Map<number, { soort: LijstTermijn; einde: string; dagenOver: number }>();
  const put = (id: number, s: LijstTermijn, einde: string) =>
    result.set(id, { soort: s, einde, dagenOver: daysLeft(einde, ctx.today) });
  for (const r of open) put(r.id, 'beslistermijn', standOf(terms, r.id).end);
  for (const r of of('bezwaartermijn'))
    if (r.verzondenOp !== null) put(r.id, 'bezwaartermijn', bezwaartermijnEnd(r.verzondenOp));
  for (const r of of('beslissing_op_bezwaar'))
    if (r.verzondenOp !== null)
      put(
        r.id,
        'beslissing_op_bezwaar',
        beslissingOpBezwaarUiterlijk(bezwaartermijnEnd(r.verzondenOp), verdaagd.get(r.id) ?? false),
      );
  return result;
}

/** Awb 7:10 lid 3: whether the decision on the latest bezwaar of each aanvraag was deferred. */
function bezwaarVerdaagd(ctx: AuthedContext, ids: readonly number[]): Map<number, boolean> {
  const map = new Map<number, boolean>();
  if (ids.length === 0) return map;
  const latestFirst = ctx.db
    .select({ aanvraagId: bezwaren.aanvraagId, verdaagd: bezwaren.verdaagd })
    .from(bezwaren)
    .where(idIn(bezwaren.aanvraagId, ids))
    .orderBy(desc(bezwaren.id))
    .all();
  for (const b of latestFirst) if (!map.has(b.aanvraagId)) map.set(b.aanvraagId, b.verdaagd);
  return map;
}
