import { and, eq } from 'drizzle-orm';
import { adviezen, deskundigeAfwezigheden, deskundigen, toewijzingen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { domainError, notFound, UserFacingError } from '../core/errors';
import { compareIsoDates } from '../domain/calendar';
import { evaluateFirst, evaluateSecond } from '../domain/eligibility';
import { requireAccess } from './access';
import { caseFacts, loadPool } from './toewijzing';
import { currentState } from './workflow';

// §4 and issue 5: absence of deskundigen, and reassignment with a reason before an advice is in.

export function registreerAfwezigheid(
  ctx: AuthedContext,
  input: { deskundigeId: number; van: string; tot: string; reden: string | null },
) {
  if (compareIsoDates(input.tot, input.van) < 0)
    throw new UserFacingError('invalid_input', 'De einddatum ligt vóór de begindatum.', 'tot');
  return ctx.tx(() => {
    const deskundige = ctx.db
      .select({ id: deskundigen.id })
      .from(deskundigen)
      .where(eq(deskundigen.id, input.deskundigeId))
      .get();
    if (!deskundige) throw notFound('Deze deskundige');
    ctx.db
      .insert(deskundigeAfwezigheden)
      .values({
        deskundigeId: input.deskundigeId,
        van: input.van,
        tot: input.tot,
        reden: input.reden,
      })
      .run();
    ctx.audit({
      action: 'pool.afwezigheid',
      objectType: 'deskundige',
      objectId: input.deskundigeId,
    });
    return { ok: true as const };
  });
}

/** The active assignment at `position` on the aanvraag, if any. */
function activeAssignment(ctx: AuthedContext, aanvraagId: number, position: 1 | 2) {
  const t = toewijzingen;
  return ctx.db
    .select({ id: t.id, deskundigeId: t.deskundigeId })
    .from(t)
    .where(and(eq(t.aanvraagId, aanvraagId), eq(t.position, position), eq(t.active, true)))
    .get();
}

export function wijzigToewijzing(
  ctx: AuthedContext,
  input: { aanvraagId: number; position: 1 | 2; deskundigeId: number; reden: string },
) {
  requireAccess(ctx, input.aanvraagId);
  return ctx.tx(() => {
    if (currentState(ctx, input.aanvraagId) !== 'in_advies')
      throw domainError(
        'Een andere deskundige toewijzen kan alleen zolang de aanvraag in advies is.',
      );
    const current = activeAssignment(ctx, input.aanvraagId, input.position);
    if (!current) throw notFound('Deze toewijzing');
    const submitted = ctx.db
      .select({ id: adviezen.id })
      .from(adviezen)
      .where(and(eq(adviezen.toewijzingId, current.id), eq(adviezen.status, 'ingediend')))
      .get();
    if (submitted)
      throw domainError(
        'Deze deskundige heeft het advies al ingediend; toewijzing wijzigen kan niet meer.',
      );
    const pool = loadPool(ctx);
    const facts = caseFacts(ctx, input.aanvraagId);
    if (input.deskundigeId === current.deskundigeId) {
      throw domainError('Deze deskundige is al op deze plaats toegewezen.');
    }
    const candidate = pool.find((c) => c.id === input.deskundigeId);
    if (!candidate) throw domainError('Deze deskundige staat niet (meer) in de pool.');
    const otherPosition = input.position === 1 ? 2 : 1;
    const otherId = activeAssignment(ctx, input.aanvraagId, otherPosition)?.deskundigeId;
    const other = pool.find((c) => c.id === otherId) ?? null;
    const e =
      input.position === 1
        ? evaluateFirst(candidate, facts)
        : evaluateSecond(candidate, facts, other);
    if (input.position === 1 && other) {
      const second = evaluateSecond(other, facts, candidate);
      if (!second.eligible)
        throw domainError(
          `Met deze eerste deskundige past de tweede niet meer: ${second.blockedReasons.join(' ')}`,
        );
    }
    if (!e.eligible || e.disciplineUsed === null) throw domainError(e.blockedReasons.join(' '));
    ctx.db
      .update(toewijzingen)
      .set({ active: false, reason: input.reden })
      .where(eq(toewijzingen.id, current.id))
      .run();
    ctx.db
      .insert(toewijzingen)
      .values({
        aanvraagId: input.aanvraagId,
        position: input.position,
        deskundigeId: input.deskundigeId,
        discipline: e.disciplineUsed,
        assignedBy: ctx.user.id,
        reason: input.reden,
      })
      .run();
    ctx.audit({ action: 'toewijzing.wijzig', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { ok: true as const };
  });
}
