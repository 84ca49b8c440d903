import {
  and,
  count,
  eq,
  inArray,
  like,
  notExists,
  or,
  sql,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../db/open';
import { adviezen, aanvragen, scholen, toewijzingen } from '../../db/schema';
import { typedAll } from '../../db/typed-sql';
import type { AuthedContext } from '../core/context';
import { forbidden } from '../core/errors';
import { daysLeft } from '../domain/termijnen';
import { standen, standOf } from './termijnen';
import { WAITS_ON } from '../domain/workflow';
import { AANVRAAG_STATES, type Role } from '../domain/types';

// Mijn werk: what waits for the caller in one of their roles, a page at a time, so that the list
// stays fast with 50,000 aanvragen (quality goal P2). Which states wait on a role is the domain's
// WAITS_ON; a deskundige sees only their own assigned aanvragen where they still have to act.

export interface WerkQuery {
  readonly role: Role;
  readonly search: string;
  readonly offset: number;
  readonly limit: number;
}

/** A value, or the placeholder of a statement prepared once and run with the value later. */
type Value<T> = T | Placeholder;

/** The aanvragen waiting on `role`, matching `pattern` (LIKE) when there is one. */
function filter(
  db: Db,
  role: Role,
  deskundigeId: Value<number>,
  pattern: Value<string> | null,
): SQL {
  const waiting = waitingOn(db, role, deskundigeId);
  if (pattern === null) return waiting;
  const matches = or(like(aanvragen.referentie, pattern), like(aanvragen.leerlingNaam, pattern));
  return and(waiting, matches) ?? waiting;
}

function waitingOn(db: Db, role: Role, deskundigeId: Value<number>): SQL {
  if (role === 'deskundige') {
    const submitted = db
      .select({ id: adviezen.id })
      .from(adviezen)
      .where(and(eq(adviezen.toewijzingId, toewijzingen.id), eq(adviezen.status, 'ingediend')));
    const waiting = db
      .select({ aanvraagId: toewijzingen.aanvraagId })
      .from(toewijzingen)
      .where(
        and(
          eq(toewijzingen.deskundigeId, deskundigeId),
          eq(toewijzingen.active, true),
          or(
            and(eq(aanvragen.state, 'in_advies'), notExists(submitted)),
            and(eq(aanvragen.state, 'eindadvies_in_opmaak'), eq(toewijzingen.position, 1)),
          ),
        ),
      );
    return inArray(aanvragen.id, waiting);
  }
  const states = AANVRAAG_STATES.filter((s) => WAITS_ON[s] === role);
  return states.length === 0 ? sql`0` : inArray(aanvragen.state, states);
}

// The count runs on every page: prepared once per database, role and search-or-not (building and
// compiling it took as long as running it).
const prepareCount = (db: Db, role: Role, searching: boolean) =>
  db
    .select({ n: count() })
    .from(aanvragen)
    .where(
      filter(
        db,
        role,
        sql.placeholder('deskundigeId'),
        searching ? sql.placeholder('pattern') : null,
      ),
    )
    .prepare();
const preparedCounts = new WeakMap<Db, Map<string, ReturnType<typeof prepareCount>>>();

function countStatement(db: Db, role: Role, searching: boolean) {
  let forDb = preparedCounts.get(db);
  if (!forDb) {
    forDb = new Map();
    preparedCounts.set(db, forDb);
  }
  const key = `${role}:${searching}`;
  let statement = forDb.get(key);
  if (!statement) {
    statement = prepareCount(db, role, searching);
    forDb.set(key, statement);
  }
  return statement;
}

const werkRow = {
  id: aanvragen.id,
  referentie: aanvragen.referentie,
  leerlingNaam: aanvragen.leerlingNaam,
  schoolNaam: scholen.naam,
  soort: aanvragen.soort,
  state: aanvragen.state,
  ontvangenOp: aanvragen.ontvangenOp,
} as const;

export function mijnWerk(ctx: AuthedContext, q: WerkQuery) {
  if (!ctx.user.roles.includes(q.role)) throw forbidden();
  const search = q.search.trim();
  const deskundigeId = ctx.user.deskundigeId ?? -1;
  const pattern = search ? `%${search}%` : null;
  const total =
    countStatement(ctx.db, q.role, pattern !== null).get({ deskundigeId, pattern })?.n ?? 0;
  // Raw SQL: the builder cannot say INDEXED BY, which pages in receipt order without a sort (P2).
  const indexedBy = q.role === 'deskundige' ? sql`` : sql`INDEXED BY aanvragen_werk`;
  const rows = typedAll(
    ctx.db,
    werkRow,
    sql`SELECT ${aanvragen.id} AS id, ${aanvragen.referentie} AS referentie,
          ${aanvragen.leerlingNaam} AS leerlingNaam, ${scholen.naam} AS schoolNaam,
          ${aanvragen.soort} AS soort, ${aanvragen.state} AS state,
          ${aanvragen.ontvangenOp} AS ontvangenOp
        FROM ${aanvragen} ${indexedBy} JOIN ${scholen} ON ${scholen.id} = ${aanvragen.schoolId}
        WHERE ${filter(ctx.db, q.role, deskundigeId, pattern)}
        ORDER BY ${aanvragen.ontvangenOp}, ${aanvragen.id}
        LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  const terms = standen(ctx, rows);
  return {
    total,
    rows: rows.map((r) => {
      const end = standOf(terms, r.id).end;
      return {
        id: r.id,
        referentie: r.referentie,
        leerlingNaam: r.leerlingNaam,
        schoolNaam: r.schoolNaam,
        soort: r.soort,
        state: r.state,
        ontvangenOp: r.ontvangenOp,
        beslistermijnEnd: end,
        daysLeft: daysLeft(end, ctx.today),
      };
    }),
  };
}
