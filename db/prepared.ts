import type { Db } from './open';

// A query on a hot path (quality goals P2, P7: every request, every write), built with drizzle's
// builder and compiled by SQLite once per connection instead of on every call. Building a query
// and preparing its statement costs more than running it; the values come in as placeholders
// (`sql.placeholder('name')`, mapped by the column like any value), and the rows stay typed by
// the schema. One cached statement per Db: a closed database takes its statements with it.

/** `build` runs once per Db; every later call answers the same prepared query. */
export function preparedPerDb<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let query = cache.get(db);
    if (query === undefined) {
      query = build(db);
      cache.set(db, query);
    }
    return query;
  };
}
