import { and, asc, eq, gte } from 'drizzle-orm';
import type { z } from 'zod';
import { vergaderingen, vergaderingUitkomsten } from '../../../db/schema';
import type { AuthedContext } from '../../core/context';
import type { Contract } from '../../contract';
import { domainError, notFound } from '../../core/errors';

// §6: what the agenda, the outcomes and the minutes of a TLA-vergadering share: the meeting itself
// and the outcome recorded for one point of its agenda.

export type Uitkomst = z.output<Contract['vergadering.uitkomst']['input']>['uitkomst'];
export type Meeting = typeof vergaderingen.$inferSelect;

export function loadMeeting(ctx: AuthedContext, id: number): Meeting {
  const m = ctx.db.select().from(vergaderingen).where(eq(vergaderingen.id, id)).get();
  if (!m) throw notFound('Deze vergadering');
  return m;
}

/** The next planned meeting (today's included): the one the agenda fills. */
export function nextMeeting(ctx: AuthedContext): Meeting | undefined {
  return ctx.db
    .select()
    .from(vergaderingen)
    .where(and(eq(vergaderingen.status, 'gepland'), gte(vergaderingen.datum, ctx.today)))
    .orderBy(asc(vergaderingen.datum))
    .limit(1)
    .get();
}

/** Refuses a change to a meeting that was held (its minutes are final). */
export function assertGepland(m: Meeting): void {
  if (m.status !== 'gepland') throw domainError('Deze vergadering is al gesloten.');
}

/** The outcome recorded for one point of a meeting's agenda, or null. */
export function uitkomstVan(
  ctx: AuthedContext,
  vergaderingId: number,
  aanvraagId: number,
): Uitkomst | null {
  const u = ctx.db
    .select()
    .from(vergaderingUitkomsten)
    .where(
      and(
        eq(vergaderingUitkomsten.vergaderingId, vergaderingId),
        eq(vergaderingUitkomsten.aanvraagId, aanvraagId),
      ),
    )
    .get();
  if (!u) return null;
  if (u.soort === 'aanhouden' && u.vragen !== null) return { soort: 'aanhouden', vragen: u.vragen };
  if (
    u.soort === 'advies' &&
    (u.conclusie === 'toelaatbaar' || u.conclusie === 'niet_toelaatbaar') &&
    u.motivering !== null
  ) {
    return {
      soort: 'advies',
      conclusie: u.conclusie,
      schoolsoort: u.schoolsoort,
      categorie: u.categorie,
      ingangsdatum: u.ingangsdatum,
      einddatum: u.einddatum,
      motivering: u.motivering,
    };
  }
  // setUitkomst writes only these two shapes.
  throw new Error(`vergadering_uitkomsten ${u.id} is neither an advice nor aanhouden`);
}
