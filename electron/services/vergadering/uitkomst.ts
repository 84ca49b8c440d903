import { and, desc, eq, sql } from 'drizzle-orm';
import { vergaderingAgenda, vergaderingen, vergaderingUitkomsten } from '../../../db/schema';
import type { AuthedContext } from '../../core/context';
import { conflict, domainError, UserFacingError } from '../../core/errors';
import { periodeProblems } from '../../domain/advies';
import { mayRecordUitkomst } from '../../domain/betrokkenheid';
import { betrokkenenVan } from '../betrokkenen';
import { takeTransition } from '../workflow';
import { verhoogVersie } from '../versie';
import { vergaderingView } from './agenda';
import { assertGepland, loadMeeting, uitkomstVan, type Uitkomst } from './meeting';

// §6: the outcome of a point of the agenda: an advice (→ eindadvies) or aanhouden with questions
// (→ the SLL asks the school).

export function setUitkomst(
  ctx: AuthedContext,
  vergaderingId: number,
  aanvraagId: number,
  u: Uitkomst,
) {
  assertGepland(loadMeeting(ctx, vergaderingId));
  if (u.soort === 'advies' && u.conclusie === 'toelaatbaar') {
    const problems = periodeProblems(u);
    if (problems.length > 0) throw new UserFacingError('invalid_input', problems.join(' '));
  }
  ctx.tx(() => {
    const onAgenda = ctx.db
      .select({ one: sql`1` })
      .from(vergaderingAgenda)
      .where(
        and(
          eq(vergaderingAgenda.vergaderingId, vergaderingId),
          eq(vergaderingAgenda.aanvraagId, aanvraagId),
        ),
      )
      .get();
    if (!onAgenda) {
      throw domainError('Deze aanvraag staat niet op de agenda van deze vergadering.');
    }
    if (uitkomstVan(ctx, vergaderingId, aanvraagId))
      throw conflict('De uitkomst van dit punt is al vastgelegd.');
    // §6: a betrokkene does not take part in the item, so does not record its outcome either.
    const deelname = mayRecordUitkomst(
      ctx.user.id,
      betrokkenenVan(ctx, aanvraagId).map((b) => b.userId),
    );
    if (!deelname.ok) throw domainError(deelname.message);
    const advies = u.soort === 'advies' ? u : null;
    ctx.db
      .insert(vergaderingUitkomsten)
      .values({
        vergaderingId,
        aanvraagId,
        soort: u.soort,
        conclusie: advies?.conclusie ?? null,
        schoolsoort: advies?.schoolsoort ?? null,
        categorie: advies?.categorie ?? null,
        ingangsdatum: advies?.ingangsdatum ?? null,
        einddatum: advies?.einddatum ?? null,
        motivering: advies?.motivering ?? null,
        vragen: u.soort === 'aanhouden' ? u.vragen : null,
        actorUserId: ctx.user.id,
        at: ctx.nowIso,
      })
      .run();
    takeTransition(
      ctx,
      aanvraagId,
      u.soort === 'advies' ? 'vergadering_advies' : 'vergadering_aanhouden',
      ctx.user.roles,
      ctx.user.id,
    );
    // Issue 13: the meeting's record changed (the others' screens and the minutes see a new versie).
    verhoogVersie(ctx, 'vergadering', vergaderingId);
    ctx.audit({ action: 'vergadering.uitkomst', objectType: 'aanvraag', objectId: aanvraagId });
  });
  return vergaderingView(ctx, vergaderingId);
}

/** The latest meeting outcome of an aanvraag, for the eindadvies prefill and the SLL's questions. */
export function laatsteUitkomst(
  ctx: AuthedContext,
  aanvraagId: number,
): (Uitkomst & { datum: string }) | null {
  const u = vergaderingUitkomsten;
  const row = ctx.db
    .select({ vergaderingId: u.vergaderingId, datum: vergaderingen.datum })
    .from(u)
    .innerJoin(vergaderingen, eq(vergaderingen.id, u.vergaderingId))
    .where(eq(u.aanvraagId, aanvraagId))
    .orderBy(desc(u.id))
    .limit(1)
    .get();
  if (!row) return null;
  const uitkomst = uitkomstVan(ctx, row.vergaderingId, aanvraagId);
  return uitkomst ? { ...uitkomst, datum: row.datum } : null;
}
