import { inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { SQLiteSyncDialect, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open';
import { aanvragen, besluiten, scholen } from '../../db/schema';
import { typedAll, typedGet } from '../../db/typed-sql';

// The lists of aanvragen (Mijn werk, Alle aanvragen): the one search on kenmerk, pupil, school and
// TLV volgnummer, and a page of them with the total, fast with 50,000 aanvragen (quality goal P2:
// a keystroke to an updated list within 100 ms, the list included).
//
// Where the time goes (measured with 50,000 aanvragen, tests/bench/search.ts and run.ts; the old
// Mijn werk waited 150 ms before it asked, then counted and walked): a text inside a name cannot
// use an index, so a search reads every candidate row once (~15–20 ms for 50,000). What keeps a
// keystroke cheap:
// - The schools and TLV volgnummers are matched first in their own small tables; only when some
//   match does the condition on the aanvragen name them (as ids, or many as SQLite's own read).
// - A search reads until CAP + 1 matches. A rarer text is read once: its matches (at most CAP)
//   are sorted here, no count needed. A common one stops early, is counted, and the walk through
//   the index aanvragen_werk in receipt order fills its page after a few hundred rows. A text that
//   extends a common one is counted at once; if it has fewer after all, the walk still gives its
//   page and the next keystroke reads them (one read of the table per keystroke at most).
// - Typing narrows: when the new text contains the last one (same filters, nothing written since),
//   its matches are among the last matches. Up to CAP of those are kept per database with the four
//   texts the search looks in, and the next keystroke tests only them, here, without reading the
//   table: after the first letters a keystroke costs a page of rows, not a read of 50,000.
//   "Nothing written since" is SQLite's own count of changes on this connection and its data_version
//   (changes by others), so a new, changed or moved aanvraag, a renamed school or a new volgnummer is
//   never missed. Kept in the backend's memory only (as SQLite's own page cache holds the same
//   rows), for the last 16 lists; never written anywhere, never logged.

/** Up to this many matches they are read in one go, sorted here and kept for the next keystroke. */
const CAP = 2000;

/** A LIKE pattern for `text` anywhere; its % and _ are the characters, not wildcards. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const like = (column: SQLWrapper, pattern: string): SQL =>
  sql`${column} LIKE ${pattern} ESCAPE '\\'`;

/** `column IN (the ids)`, the ids as one JSON parameter (no statement with hundreds of `?`). */
export function idIn(column: AnySQLiteColumn, list: readonly number[]): SQL {
  return inArray(column, sql`(SELECT value FROM json_each(${JSON.stringify(list)}))`);
}

/**
 * The aanvragen whose kenmerk, pupil name, school name or TLV volgnummer contains `text` (LIKE:
 * case-insensitive for A–Z). The text is a bound value, never part of the SQL text; the backend's
 * logger receives neither (only a procedure's name and an error class).
 */
function matchesSearch(db: Db, text: string): SQL {
  const p = containsPattern(text);
  const schools = sql`SELECT ${scholen.id} AS id FROM ${scholen} WHERE ${like(scholen.naam, p)}`;
  const decided = sql`SELECT ${besluiten.aanvraagId} AS id FROM ${besluiten}
    WHERE ${like(besluiten.volgnummer, p)}`;
  // The integer tests first: a row found by its school or volgnummer skips the two LIKEs.
  const parts = [
    ...inIds(db, aanvragen.schoolId, schools),
    ...inIds(db, aanvragen.id, decided),
    like(aanvragen.referentie, p),
    like(aanvragen.leerlingNaam, p),
  ];
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** Up to this many ids go into the condition as a list; more, and SQLite reads them itself. */
const LIST = 500;

/** `column IN (the ids of query)`, or nothing when the query has none. */
function inIds(db: Db, column: AnySQLiteColumn, query: SQL): SQL[] {
  const found = typedAll(db, { id: 'integer' }, sql`${query} LIMIT ${LIST + 1}`).map((r) => r.id);
  if (found.length === 0) return [];
  return [found.length > LIST ? sql`${column} IN (${query})` : idIn(column, found)];
}

export interface ListQuery {
  /** The list's own conditions (role, filters), or null for every aanvraag. */
  readonly filter: SQL | null;
  /** The search text, trimmed; '' for none. */
  readonly search: string;
  /**
   * `filter` narrows through an index of its own (a deskundige's assignments, a school or board):
   * SQLite's planner finds those few and sorts them; nothing is forced or kept.
   */
  readonly narrowed: boolean;
  /** Mijn werk: oldest first (the queue); Alle aanvragen: newest first. */
  readonly newestFirst: boolean;
  readonly offset: number;
  readonly limit: number;
}

export interface IdPage {
  readonly total: number;
  /** The ids of the page, in list order. */
  readonly ids: readonly number[];
}

const idShape = { id: aanvragen.id } as const;
const foundShape = { id: aanvragen.id, ontvangenOp: aanvragen.ontvangenOp } as const;
const keptShape = { ...foundShape, text: 'text' } as const;

function idsOf(db: Db, from: SQL, where: SQL, order: SQL, limit: number, offset: number) {
  return typedAll(
    db,
    idShape,
    sql`SELECT ${aanvragen.id} AS id FROM ${from} WHERE ${where} ${order}
        LIMIT ${limit} OFFSET ${offset}`,
  ).map((r) => r.id);
}

function countOf(db: Db, where: SQL): number {
  return (
    typedGet(db, { n: 'integer' }, sql`SELECT count(*) AS n FROM ${aanvragen} WHERE ${where}`)?.n ??
    0
  );
}

/** List order: by day of receipt, then as registered; newest first or oldest first. */
function sortInListOrder<T extends { id: number; ontvangenOp: string }>(
  rows: T[],
  newestFirst: boolean,
) {
  const dir = newestFirst ? -1 : 1;
  return rows.sort((a, b) =>
    a.ontvangenOp === b.ontvangenOp
      ? dir * (a.id - b.id)
      : dir * (a.ontvangenOp < b.ontvangenOp ? -1 : 1),
  );
}

/** Every match (there are at most CAP), in list order. */
function allInOrder(db: Db, where: SQL, newestFirst: boolean): number[] {
  const found = typedAll(
    db,
    foundShape,
    sql`SELECT ${aanvragen.id} AS id, ${aanvragen.ontvangenOp} AS ontvangenOp FROM ${aanvragen}
        WHERE ${where}`,
  );
  return sortInListOrder(found, newestFirst).map((r) => r.id);
}

/**
 * The aanvragen `ids` with the four texts the search looks in, as LIKE compares them: SQLite's
 * lower() folds A–Z only, as LIKE does ('Ë' stays 'Ë').
 */
function textsOf(db: Db, ids: readonly number[]) {
  // CROSS JOIN: the aanvragen drive the join (SQLite keeps that order), the school by its key.
  return typedAll(
    db,
    keptShape,
    sql`SELECT ${aanvragen.id} AS id, ${aanvragen.ontvangenOp} AS ontvangenOp,
          lower(${aanvragen.referentie} || char(0) || ${aanvragen.leerlingNaam} || char(0) ||
            ${scholen.naam} || char(0) || coalesce(${besluiten.volgnummer}, '')) AS text
        FROM ${aanvragen} CROSS JOIN ${scholen}
          LEFT JOIN ${besluiten} ON ${besluiten.aanvraagId} = ${aanvragen.id}
        WHERE ${scholen.id} = ${aanvragen.schoolId} AND ${idIn(aanvragen.id, ids)}`,
  );
}

// The matches of the last searches, per database (see the top of this file).
interface KeptRow {
  readonly id: number;
  /** Kenmerk, pupil, school and volgnummer as LIKE compares them (A–Z folded), SEP between. */
  readonly text: string;
}
interface Kept {
  readonly filterKey: string;
  readonly version: string;
  /** The search text as LIKE compares it: A–Z folded, nothing else. */
  readonly folded: string;
  /**
   * Its matches in list order; or only how many there were: 'many' (more than CAP) or 'few' (at
   * most CAP, counted but not read yet: the next keystroke reads and keeps them).
   */
  readonly rows: readonly KeptRow[] | 'many' | 'few';
}
/** Between the texts of a kept row: no search text holds it, so no match spans two texts. */
const SEP = '\u0000';
const KEEP = 16;
const kept = new WeakMap<Db, Kept[]>();
const dialect = new SQLiteSyncDialect();

/** A–Z folded, nothing else (as LIKE and SQLite's lower() compare). */
const foldAscii = (text: string): string => text.replace(/[A-Z]+/g, (c) => c.toLowerCase());

/** Whether anything was written since: this connection's changes and other connections' commits. */
function dataVersion(db: Db): string {
  const own = typedGet(db, { n: 'integer' }, sql`SELECT total_changes() AS n`)?.n;
  const others = typedGet(
    db,
    { n: 'integer' },
    sql`SELECT data_version AS n FROM pragma_data_version`,
  )?.n;
  return `${own}:${others}`;
}

function keep(db: Db, entry: Kept): void {
  const list = (kept.get(db) ?? []).filter((k) => k.filterKey !== entry.filterKey);
  kept.set(db, [entry, ...list].slice(0, KEEP));
}

/** What was kept of a text the new one contains, under the same filters and data, or null. */
function narrowing(db: Db, filterKey: string, version: string, folded: string): Kept | null {
  if (folded.includes(SEP)) return null;
  const k = kept.get(db)?.find((e) => e.filterKey === filterKey);
  return k !== undefined && k.version === version && folded.includes(k.folded) ? k : null;
}

/** The total and one page of ids of the aanvragen that meet the filter and the search. */
export function pageOfIds(db: Db, q: ListQuery): IdPage {
  const filter = q.filter ?? sql`1`;
  const dir = q.newestFirst ? sql`DESC` : sql`ASC`;
  const order = sql`ORDER BY ${aanvragen.ontvangenOp} ${dir}, ${aanvragen.id} ${dir}`;
  // Raw SQL: the builder cannot say INDEXED BY.
  const walk = sql`${aanvragen} INDEXED BY aanvragen_werk`;
  const page = (ids: readonly number[]) => ids.slice(q.offset, q.offset + q.limit);

  if (q.search === '' || q.narrowed) {
    const where = q.search === '' ? filter : sql`${filter} AND ${matchesSearch(db, q.search)}`;
    const total = countOf(db, where);
    if (total === 0) return { total, ids: [] };
    if (q.narrowed || total <= CAP)
      return { total, ids: page(allInOrder(db, where, q.newestFirst)) };
    return { total, ids: idsOf(db, walk, where, order, q.limit, q.offset) };
  }

  const query = dialect.sqlToQuery(filter);
  const filterKey = JSON.stringify([query.sql, query.params, q.newestFirst]);
  const version = dataVersion(db);
  const folded = foldAscii(q.search);
  const before = narrowing(db, filterKey, version, folded);
  if (before !== null && typeof before.rows !== 'string') {
    // LIKE '%text%' on each of the four texts is `includes` on their folded forms.
    const rows = before.rows.filter((r) => r.text.includes(folded));
    keep(db, { filterKey, version, folded, rows });
    return { total: rows.length, ids: page(rows.map((r) => r.id)) };
  }
  const where = sql`${filter} AND ${matchesSearch(db, q.search)}`;
  const walked = (total: number, rows: 'many' | 'few'): IdPage => {
    keep(db, { filterKey, version, folded, rows });
    return { total, ids: idsOf(db, walk, where, order, q.limit, q.offset) };
  };
  // The text it extends had more than CAP: most likely this one too, so count at once. When it
  // has fewer after all, the walk still gives this page; the next keystroke reads and keeps them
  // (one read per keystroke, never a count and a read of the same rows in one).
  if (before?.rows === 'many') {
    const total = countOf(db, where);
    if (total === 0) {
      keep(db, { filterKey, version, folded, rows: [] });
      return { total, ids: [] };
    }
    return walked(total, total > CAP ? 'many' : 'few');
  }
  // One read until CAP + 1 matches: a common text stops early (then the count and the walk), a
  // rarer one is read once and its matches, with their texts, are kept.
  const found = typedAll(
    db,
    idShape,
    sql`SELECT ${aanvragen.id} AS id FROM ${aanvragen} WHERE ${where} LIMIT ${CAP + 1}`,
  ).map((r) => r.id);
  if (found.length > CAP) return walked(countOf(db, where), 'many');
  const rows =
    found.length === 0
      ? []
      : sortInListOrder(textsOf(db, found), q.newestFirst).map(({ id, text }) => ({ id, text }));
  keep(db, { filterKey, version, folded, rows });
  return { total: rows.length, ids: page(rows.map((r) => r.id)) };
}

/** The columns every list of aanvragen shows first (contract/common.ts `aanvraagListRow`). */
export const listRowFields = {
  id: aanvragen.id,
  referentie: aanvragen.referentie,
  leerlingNaam: aanvragen.leerlingNaam,
  schoolNaam: scholen.naam,
  soort: aanvragen.soort,
  state: aanvragen.state,
  ontvangenOp: aanvragen.ontvangenOp,
} as const;

/** `rows` in the order of `ids` (a query by ids answers in its own order). */
export function inOrderOf<T extends { id: number }>(ids: readonly number[], rows: readonly T[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [row];
  });
}
