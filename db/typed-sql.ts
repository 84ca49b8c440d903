import type { SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from './open';

// Raw SQL with rows typed by the schema, for the few queries drizzle's builder cannot say (FTS5
// MATCH, INDEXED BY, a view over a join). Each key of `shape` names a column of db/schema.ts (its
// type, nullability and mapping come from there) or a computed kind; the query must select exactly
// those keys as aliases. Every row is checked: a missing or extra key, a null in a NOT NULL column or
// a value of the wrong kind throws, so a renamed column fails a test instead of typing a lie.

/** A value the query computes (a count, a label) rather than reads from a column. */
export type Computed = 'integer' | 'integer?' | 'text' | 'text?';

type ComputedValue<K extends Computed> = K extends 'integer'
  ? number
  : K extends 'integer?'
    ? number | null
    : K extends 'text'
      ? string
      : string | null;

type ColumnValue<C extends AnySQLiteColumn> = C['_']['notNull'] extends true
  ? C['_']['data']
  : C['_']['data'] | null;

export type RowShape = Readonly<Record<string, AnySQLiteColumn | Computed>>;
export type RowOf<S extends RowShape> = {
  [K in keyof S]: S[K] extends AnySQLiteColumn
    ? ColumnValue<S[K]>
    : S[K] extends Computed
      ? ComputedValue<S[K]>
      : never;
};

export class RowShapeError extends Error {
  override readonly name = 'RowShapeError';
}

function checkValue(key: string, spec: AnySQLiteColumn | Computed, value: unknown): unknown {
  const nullable = typeof spec === 'string' ? spec.endsWith('?') : !spec.notNull;
  if (value === null || value === undefined) {
    if (nullable) return null;
    throw new RowShapeError(`column ${key} is null but may not be`);
  }
  const kind =
    typeof spec === 'string'
      ? spec.replace('?', '')
      : spec.columnType === 'SQLiteInteger' || spec.columnType === 'SQLiteBoolean'
        ? 'integer'
        : spec.columnType === 'SQLiteText' || spec.columnType === 'SQLiteTextJson'
          ? 'text'
          : 'any';
  if (kind === 'integer' && typeof value !== 'number' && typeof value !== 'bigint') {
    throw new RowShapeError(`column ${key} is not a number`);
  }
  if (kind === 'text' && typeof value !== 'string') {
    throw new RowShapeError(`column ${key} is not text`);
  }
  return typeof spec === 'string' ? value : spec.mapFromDriverValue(value);
}

function checkRow<S extends RowShape>(shape: S, keys: readonly string[], raw: unknown): RowOf<S> {
  if (typeof raw !== 'object' || raw === null) throw new RowShapeError('row is not an object');
  const row = raw as Record<string, unknown>;
  const got = Object.keys(row);
  if (got.length !== keys.length || got.some((k) => !Object.hasOwn(shape, k))) {
    throw new RowShapeError(`row has columns [${got.join(', ')}], expected [${keys.join(', ')}]`);
  }
  const out: Record<string, unknown> = {};
  for (const key of keys)
    out[key] = checkValue(key, shape[key] as AnySQLiteColumn | Computed, row[key]);
  return out as RowOf<S>;
}

/** Every row of `query`, typed and checked against `shape`. */
export function typedAll<S extends RowShape>(db: Db, shape: S, query: SQL): RowOf<S>[] {
  const keys = Object.keys(shape);
  return db.all<unknown>(query).map((r) => checkRow(shape, keys, r));
}

/** The first row of `query` (or undefined), typed and checked against `shape`. */
export function typedGet<S extends RowShape>(db: Db, shape: S, query: SQL): RowOf<S> | undefined {
  const row = db.get<unknown>(query);
  return row === undefined ? undefined : checkRow(shape, Object.keys(shape), row);
}
