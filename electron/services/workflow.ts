import type { ServiceContext } from '../core/context';
import { domainError, notFound } from '../core/errors';
import { bothAanhouden, compareAdviezen, type AdviesKern } from '../domain/unanimity';
import {
  decideTransition,
  type Actor,
  type WorkflowEvent,
  type WorkflowFacts,
} from '../domain/workflow';
import type { AanvraagState } from '../domain/types';
import { aanvullingTermijnVerstreken, loadOpschortingen } from './termijnen';
import { evaluateChecklist } from './checklist';

// The one place that moves an aanvraag from state to state: the domain decides, this persists the
// new state and an append-only event row (who, when, why) and an audit record.

export function currentState(ctx: ServiceContext, aanvraagId: number): AanvraagState {
  const row = ctx.sqlite.prepare('SELECT state FROM aanvragen WHERE id = ?').get(aanvraagId) as
    { state: AanvraagState } | undefined;
  if (!row) throw notFound();
  return row.state;
}

export function submittedAdviesKernen(ctx: ServiceContext, aanvraagId: number): AdviesKern[] {
  return ctx.sqlite
    .prepare(
      `SELECT a.conclusie, a.schoolsoort, a.categorie, a.einddatum FROM huidige_adviezen a
       WHERE a.aanvraag_id = ? AND a.status = 'ingediend' ORDER BY a.position`,
    )
    .all(aanvraagId) as AdviesKern[];
}

export function loadFacts(ctx: ServiceContext, aanvraagId: number): WorkflowFacts {
  const q = (sql: string): number => (ctx.sqlite.prepare(sql).get(aanvraagId) as { n: number }).n;
  const kernen = submittedAdviesKernen(ctx, aanvraagId);
  const [a, b] = kernen;
  return {
    documentCount: q('SELECT COUNT(*) AS n FROM documenten WHERE aanvraag_id = ?'),
    assignmentsComplete:
      q(
        'SELECT COUNT(DISTINCT position) AS n FROM toewijzingen WHERE aanvraag_id = ? AND active = 1',
      ) === 2,
    submittedAdviezen: kernen.length,
    unanimous: a && b ? compareAdviezen(a, b).unanimous : null,
    bothAanhouden: a && b ? bothAanhouden(a, b) : false,
    aanvullingstermijnVerstreken: aanvullingTermijnVerstreken(
      loadOpschortingen(ctx, [aanvraagId]).get(aanvraagId) ?? [],
      ctx.today,
    ),
    completenessOk: evaluateChecklist(ctx, aanvraagId).complete,
    eindadviesSubmitted:
      q("SELECT COUNT(*) AS n FROM eindadviezen WHERE aanvraag_id = ? AND status = 'ingediend'") >
      0,
  };
}

/** Takes `event` on the aanvraag or throws the domain's Dutch reason. Call inside ctx.tx. */
export function takeTransition(
  ctx: ServiceContext,
  aanvraagId: number,
  event: WorkflowEvent,
  actor: Actor,
  actorUserId: number | null,
  reason: string | null = null,
): AanvraagState {
  const from = currentState(ctx, aanvraagId);
  const decision = decideTransition(from, event, actor, loadFacts(ctx, aanvraagId));
  if (!decision.ok) throw domainError(decision.reason);
  ctx.sqlite
    .prepare('UPDATE aanvragen SET state = ?, updated_at = ? WHERE id = ?')
    .run(decision.to, ctx.nowIso, aanvraagId);
  ctx.sqlite
    .prepare(
      `INSERT INTO workflow_events (aanvraag_id, event, from_state, to_state, actor_user_id, reason, at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(aanvraagId, event, from, decision.to, actorUserId, reason, ctx.nowIso);
  ctx.audit({ action: `workflow.${event}`, objectType: 'aanvraag', objectId: aanvraagId });
  return decision.to;
}
