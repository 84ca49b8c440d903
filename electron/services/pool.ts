import type { AuthedContext } from '../core/context';
import { domainError, notFound, UserFacingError } from '../core/errors';
import { compareIsoDates } from '../domain/calendar';
import { evaluateFirst, evaluateSecond, type Candidate } from '../domain/eligibility';
import { requireAccess } from './access';
import { caseFacts, loadPool } from './toewijzing';

// §4 and issue 5: absence of deskundigen, and reassignment with a reason before an advice is in.

export function registreerAfwezigheid(
  ctx: AuthedContext,
  input: { deskundigeId: number; van: string; tot: string; reden: string | null },
) {
  if (compareIsoDates(input.tot, input.van) < 0)
    throw new UserFacingError('invalid_input', 'De einddatum ligt vóór de begindatum.', 'tot');
  return ctx.tx(() => {
    if (!ctx.sqlite.prepare('SELECT 1 FROM deskundigen WHERE id = ?').get(input.deskundigeId))
      throw notFound('Deze deskundige');
    ctx.sqlite
      .prepare(
        'INSERT INTO deskundige_afwezigheden (deskundige_id, van, tot, reden) VALUES (?, ?, ?, ?)',
      )
      .run(input.deskundigeId, input.van, input.tot, input.reden);
    ctx.audit({
      action: 'pool.afwezigheid',
      objectType: 'deskundige',
      objectId: input.deskundigeId,
    });
    return { ok: true as const };
  });
}

export function wijzigToewijzing(
  ctx: AuthedContext,
  input: { aanvraagId: number; position: 1 | 2; deskundigeId: number; reden: string },
) {
  requireAccess(ctx, input.aanvraagId);
  return ctx.tx(() => {
    const state = (
      ctx.sqlite.prepare('SELECT state FROM aanvragen WHERE id = ?').get(input.aanvraagId) as {
        state: string;
      }
    ).state;
    if (state !== 'in_advies')
      throw domainError(
        'Een andere deskundige toewijzen kan alleen zolang de aanvraag in advies is.',
      );
    const current = ctx.sqlite
      .prepare(
        'SELECT id, deskundige_id FROM toewijzingen WHERE aanvraag_id = ? AND position = ? AND active = 1',
      )
      .get(input.aanvraagId, input.position) as { id: number; deskundige_id: number } | undefined;
    if (!current) throw notFound('Deze toewijzing');
    const submitted = ctx.sqlite
      .prepare("SELECT 1 FROM adviezen WHERE toewijzing_id = ? AND status = 'ingediend'")
      .get(current.id);
    if (submitted)
      throw domainError(
        'Deze deskundige heeft het advies al ingediend; toewijzing wijzigen kan niet meer.',
      );
    const pool = loadPool(ctx);
    const facts = caseFacts(ctx, input.aanvraagId);
    if (input.deskundigeId === current.deskundige_id) {
      throw domainError('Deze deskundige is al op deze plaats toegewezen.');
    }
    const candidate = pool.find((c) => c.id === input.deskundigeId);
    if (!candidate) throw domainError('Deze deskundige staat niet (meer) in de pool.');
    const otherId = (
      ctx.sqlite
        .prepare(
          'SELECT deskundige_id FROM toewijzingen WHERE aanvraag_id = ? AND position = ? AND active = 1',
        )
        .get(input.aanvraagId, input.position === 1 ? 2 : 1) as { deskundige_id: number }
    ).deskundige_id;
    const other = pool.find((c) => c.id === otherId) ?? null;
    const e =
      input.position === 1
        ? evaluateFirst(candidate, facts)
        : evaluateSecond(candidate, facts, other as Candidate | null);
    if (input.position === 1 && other) {
      const second = evaluateSecond(other, facts, candidate);
      if (!second.eligible)
        throw domainError(
          `Met deze eerste deskundige past de tweede niet meer: ${second.blockedReasons.join(' ')}`,
        );
    }
    if (!e.eligible) throw domainError(e.blockedReasons.join(' '));
    ctx.sqlite
      .prepare('UPDATE toewijzingen SET active = 0, reason = ? WHERE id = ?')
      .run(input.reden, current.id);
    ctx.sqlite
      .prepare(
        'INSERT INTO toewijzingen (aanvraag_id, position, deskundige_id, discipline, assigned_by, reason) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        input.aanvraagId,
        input.position,
        input.deskundigeId,
        e.disciplineUsed,
        ctx.user.id,
        input.reden,
      );
    ctx.audit({ action: 'toewijzing.wijzig', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { ok: true as const };
  });
}
