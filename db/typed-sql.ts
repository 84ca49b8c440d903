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

interface FieldCheck {
  readonly key: string;
  readonly kind: 'integer' | 'text' | 'any';
  readonly nullable: boolean;
  readonly map: ((value: unknown) => unknown) | null;
}

/** The checks of a shape, worked out once per call rather than once per row. */
function fieldChecks(shape: RowShape): FieldCheck[] {
  return Object.entries(shape).map(([key, spec]) => {
    if (typeof spec === 'string') {
      return {
        key,
        kind: spec.startsWith('integer') ? 'integer' : 'text',
        nullable: spec.endsWith('?'),
        map: null,
      };
    }
    const kind =
      spec.columnType === 'SQLiteInteger' || spec.columnType === 'SQLiteBoolean'
        ? 'integer'
        : spec.columnType === 'SQLiteText' || spec.columnType === 'SQLiteTextJson'
          ? 'text'
          : 'any';
    // Only columns whose driver value differs (booleans, JSON) need their mapping.
    const map =
      spec.columnType === 'SQLiteBoolean' || spec.columnType === 'SQLiteTextJson'
        ? (v: unknown) => spec.mapFromDriverValue(v)
        : null;
    return { key, kind, nullable: !spec.notNull, map };
  });
}

function checkRow<S extends RowShape>(checks: readonly FieldCheck[], raw: unknown): RowOf<S> {
  if (typeof raw !== 'object' || raw === null) throw new RowShapeError('row is not an object');
  const row = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let seen = 0;
  for (const c of checks) {
    if (!Object.hasOwn(row, c.key)) throw shapeMismatch(checks, row);
    seen += 1;
    const value = row[c.key];
    if (value === null || value === undefined) {
      if (!c.nullable) throw new RowShapeError(`column ${c.key} is null but may not be`);
      out[c.key] = null;
      continue;
    }
    if (c.kind === 'integer' && typeof value !== 'number' && typeof value !== 'bigint') {
      throw new RowShapeError(`column ${c.key} is not a number`);
    }
    if (c.kind === 'text' && typeof value !== 'string') {
      throw new RowShapeError(`column ${c.key} is not text`);
    }
    out[c.key] = c.map ? c.map(value) : value;
  }
  if (Object.keys(row).length !== seen) throw shapeMismatch(checks, row);
  return out as RowOf<S>;
}

const shapeMismatch = (checks: readonly FieldCheck[], row: Record<string, unknown>) =>
  new RowShapeError(
    `row has columns [${Object.keys(row).join(', ')}], expected [${checks.map((c) => c.key).join(', ')}]`,
  );

/** Every row of `query`, typed and checked against `shape`. */
export function typedAll<S extends RowShape>(db: Db, shape: S, query: SQL): RowOf<S>[] {
  const checks = fieldChecks(shape);
  return db.all<unknown>(query).map((r) => checkRow<S>(checks, r));
}

/** The first row of `query` (or undefined), typed and checked against `shape`. */
export function typedGet<S extends RowShape>(db: Db, shape: S, query: SQL): RowOf<S> | undefined {
  const row = db.get<unknown>(query);
  return row === undefined ? undefined : checkRow<S>(fieldChecks(shape), row);
}
