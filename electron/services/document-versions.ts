import { eq, notExists, sql, type SQL } from 'drizzle-orm';
import { alias, QueryBuilder, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { documenten } from '../../db/schema';

// Versions of a document (issue 4): a replacement is a new row that names the one it replaces.

/** The newer version, inside the condition below (an alias no outer query uses). */
const newer = alias(documenten, 'nv');
const qb = new QueryBuilder();

/**
 * Condition for the builder: the document `d` (the table `documenten` or an alias of it) is the
 * current version (no row replaces it). Every count of a dossier's documents (checklist, search,
 * progress) uses only current versions.
 */
export function isCurrentVersion(d: { readonly id: AnySQLiteColumn } = documenten): SQL {
  return notExists(
    qb
      .select({ one: sql`1` })
      .from(newer)
      .where(eq(newer.vervangtId, d.id)),
  );
}
