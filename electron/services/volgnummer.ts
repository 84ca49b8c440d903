import { eq } from 'drizzle-orm';
import { volgnummerTellers } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { domainError } from '../core/errors';
import { formatVolgnummer } from '../domain/volgnummer';
import { requireSwvSettings } from './settings';

// The TLV volgnummer counter (WPO 18a lid 14: unique and sequential per SWV). Rendering is async and
// a transaction may not await, so a decision reads the counter, renders with the next number and
// then takes it in its transaction, provided nobody took one since (architecture.md, "Adoption
// renders before it commits"). Every step that takes a volgnummer runs inside `serialised`.

let queue: Promise<unknown> = Promise.resolve();

/** Serialises the steps that take a volgnummer so that two can never take the same one. */
export function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

const GELIJKTIJDIG = 'Er is tegelijk een ander besluit genomen. Probeer het opnieuw.';

/** The last volgnummer given out in `year` (0 when none). */
export function volgnummerTeller(ctx: AuthedContext, year: number): number {
  const row = ctx.db
    .select({ laatste: volgnummerTellers.laatste })
    .from(volgnummerTellers)
    .where(eq(volgnummerTellers.jaar, year))
    .get();
  return row?.laatste ?? 0;
}

/** The volgnummer that follows `counter` in `year`, with the SWV's code. */
export function volgendVolgnummer(ctx: AuthedContext, year: number, counter: number): string {
  return formatVolgnummer(
    requireSwvSettings(ctx.db, 'kunt u besluiten nemen').code,
    year,
    counter + 1,
  );
}

/** Refuses to go on when a volgnummer was taken in `year` since `expected` was read. */
export function checkTeller(ctx: AuthedContext, year: number, expected: number): void {
  if (volgnummerTeller(ctx, year) !== expected) throw domainError(GELIJKTIJDIG);
}

/**
 * Takes the next volgnummer inside the caller's transaction, provided nobody took one since
 * `expected` was read; call within `serialised`.
 */
export function neemVolgnummer(ctx: AuthedContext, year: number, expected: number): void {
  checkTeller(ctx, year, expected);
  ctx.db
    .insert(volgnummerTellers)
    .values({ jaar: year, laatste: expected + 1 })
    .onConflictDoUpdate({ target: volgnummerTellers.jaar, set: { laatste: expected + 1 } })
    .run();
}
