import { eq, sql } from 'drizzle-orm';
import { aanvragen, vergaderingen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { conflict } from '../core/errors';
import { conflictMelding, isConflict } from '../domain/versie';

// Issue 13 · many at once: the versie of an aanvraag (its recorded data) and of a vergadering (its
// record). Called inside the transaction that makes the change, so the check and the write are one:
// better-sqlite3 runs a transaction on one connection without awaiting, and SQLite serialises
// writers, so no other change can come between reading the versie and adding one to it.

const TABLES = { aanvraag: aanvragen, vergadering: vergaderingen } as const;

/**
 * Checks the versie the caller read (when it sent one) against the stored one; the stored one.
 * Refused with the Dutch conflict message when someone else changed the row since; the caller's
 * transaction then rolls back whatever it wrote before.
 */
export function assertVersie(
  ctx: AuthedContext,
  zaak: keyof typeof TABLES,
  id: number,
  gelezen: number | undefined,
): number {
  const table = TABLES[zaak];
  const row = ctx.db.select({ versie: table.versie }).from(table).where(eq(table.id, id)).get();
  // The caller checked that the row exists; a row gone since is someone else's change too.
  if (!row || (gelezen !== undefined && isConflict(gelezen, row.versie)))
    throw conflict(conflictMelding(zaak));
  return row.versie;
}

/** Adds one to the versie after a change; the new versie. */
export function verhoogVersie(ctx: AuthedContext, zaak: keyof typeof TABLES, id: number): number {
  const table = TABLES[zaak];
  const row = ctx.db
    .update(table)
    .set({ versie: sql`${table.versie} + 1` })
    .where(eq(table.id, id))
    .returning({ versie: table.versie })
    .get();
  if (!row) throw conflict(conflictMelding(zaak));
  return row.versie;
}

/** `assertVersie` and `verhoogVersie` in one: the change is made. */
export function claimVersie(
  ctx: AuthedContext,
  zaak: keyof typeof TABLES,
  id: number,
  gelezen: number | undefined,
): number {
  assertVersie(ctx, zaak, id, gelezen);
  return verhoogVersie(ctx, zaak, id);
}
