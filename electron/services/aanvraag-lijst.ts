import { inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { SQLiteSyncDialect, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open';
import { aanvragen, besluiten, scholen } from '../../db/schema';
import { typedAll, typedGet } from '../../db/typed-sql';

// The lists of aanvragen (Mijn werk, Alle aanvragen): the one search on kenmerk, pupil, school and
// TLV volgnummer, and a page of them with the total, fast with 50,000 aanvragen (quality goal P2:
// a keystroke to an updated list within 100 ms, the list included).
//
// Where the time goes (measured with 50,000 aanvragen, tests/bench/search.ts and run.ts): a text
// inside a name cannot use an index, so a search reads every candidate row (~10–20 ms for 50,000).
// Three things keep a keystroke cheap:
// - The schools and TLV volgnummers are matched first in their own small tables; only when some
//   match does the condition on the aanvragen name them, as ids.
// - The count comes first (through the index of a filter, if any). Up to CAP matches, one more read
//   yields them all and they are sorted here; more, and the walk through the index aanvragen_werk
//   in receipt order fills a page after a few hundred rows.
// - Typing narrows: when the new text contains the last one (same filters, nothing written since),
//   its matches are among the last matches. Those (at most CAP) are kept per database and only they
//   are tested: after the first few letters a keystroke reads a few hundred rows, not 50,000.
//   "Nothing written since" is SQLite's own count of changes on this connection and its data_version
//   (changes by others), so a new, changed or moved aanvraag is never missed. Kept in memory only:
//   ids, the filters' SQL and the last text — never written anywhere.

/** Up to this many matches, they are read all at once, sorted here and kept for the next keystroke. */
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
  const schoolIds = db
    .select({ id: scholen.id })
    .from(scholen)
    .where(like(scholen.naam, p))
    .all()
    .map((r) => r.id);
  const decided = db
    .select({ id: besluiten.aanvraagId })
    .from(besluiten)
    .where(like(besluiten.volgnummer, p))
    .all()
    .map((r) => r.id);
  const parts = [like(aanvragen.referentie, p), like(aanvragen.leerlingNaam, p)];
  if (schoolIds.length > 0) parts.push(idIn(aanvragen.schoolId, schoolIds));
  if (decided.length > 0) parts.push(idIn(aanvragen.id, decided));
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** The same test for a few known rows: the school and the volgnummer looked up per row. */
function matchesSearchPerRow(text: string): SQL {
  const p = containsPattern(text);
  return sql`(${like(aanvragen.referentie, p)} OR ${like(aanvragen.leerlingNaam, p)}
    OR ${aanvragen.schoolId} IN (SELECT ${scholen.id} FROM ${scholen} WHERE ${like(scholen.naam, p)})
    OR EXISTS (SELECT 1 FROM ${besluiten} WHERE ${besluiten.aanvraagId} = ${aanvragen.id}
      AND ${like(besluiten.volgnummer, p)}))`;
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

/** Every match (there are at most CAP), in list order: by day of receipt, then as registered. */
function allInOrder(db: Db, where: SQL, newestFirst: boolean): number[] {
  const found = typedAll(
    db,
    foundShape,
    sql`SELECT ${aanvragen.id} AS id, ${aanvragen.ontvangenOp} AS ontvangenOp FROM ${aanvragen}
        WHERE ${where}`,
  );
  const dir = newestFirst ? -1 : 1;
  found.sort((a, b) =>
    a.ontvangenOp === b.ontvangenOp
      ? dir * (a.id - b.id)
      : dir * (a.ontvangenOp < b.ontvangenOp ? -1 : 1),
  );
  return found.map((r) => r.id);
}

// The matches of the last searches, per database (see the top of this file).
interface Kept {
  readonly filterKey: string;
  readonly version: string;
  /** The text as LIKE compares it: A–Z folded, nothing else. */
  readonly folded: string;
  readonly ids: readonly number[];
}
const KEEP = 16;
const kept = new WeakMap<Db, Kept[]>();
const dialect = new SQLiteSyncDialect();

const foldAscii = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

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

/** The kept matches of a text the new one contains, under the same filters and data, or null. */
function narrowing(db: Db, filterKey: string, version: string, folded: string): Kept | null {
  const k = kept.get(db)?.find((e) => e.filterKey === filterKey);
  return k !== undefined && k.version === version && folded.includes(k.folded) ? k : null;
}

/** The total and one page of ids of the aanvragen that meet the filter and the search. */
export function pageOfIds(db: Db, q: ListQuery): IdPage {
  const filter = q.filter ?? sql`1`;
  const dir = q.newestFirst ? sql`DESC` : sql`ASC`;
  const order = sql`ORDER BY ${aanvragen.ontvangenOp} ${dir}, ${aanvragen.id} ${dir}`;
  const table = sql`${aanvragen}`;
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
  if (before !== null && before.ids.length === 0) {
    keep(db, { filterKey, version, folded, ids: [] });
    return { total: 0, ids: [] };
  }
  if (before !== null) {
    const still = new Set(
      typedAll(
        db,
        idShape,
        sql`SELECT ${aanvragen.id} AS id FROM ${table}
            WHERE ${idIn(aanvragen.id, before.ids)} AND ${matchesSearchPerRow(q.search)}`,
      ).map((r) => r.id),
    );
    const ids = before.ids.filter((id) => still.has(id));
    keep(db, { filterKey, version, folded, ids });
    return { total: ids.length, ids: page(ids) };
  }
  const where = sql`${filter} AND ${matchesSearch(db, q.search)}`;
  const total = countOf(db, where);
  if (total > CAP) return { total, ids: idsOf(db, walk, where, order, q.limit, q.offset) };
  const ids = total === 0 ? [] : allInOrder(db, where, q.newestFirst);
  keep(db, { filterKey, version, folded, ids });
  return { total: ids.length, ids: page(ids) };
}

/** `rows` in the order of `ids` (a query by ids answers in its own order). */
export function inOrderOf<T extends { id: number }>(ids: readonly number[], rows: readonly T[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [row];
  });
}
