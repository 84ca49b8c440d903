import { and, count, countDistinct, eq, sql } from 'drizzle-orm';
import { preparedPerDb } from '../../db/prepared';
import {
  aanvragen,
  besluiten,
  documenten,
  eindadviezen,
  huidigeAdviezen,
  toewijzingen,
  workflowEvents,
} from '../../db/schema';
import type { AuthedContext, ServiceContext } from '../core/context';
import { domainError, notFound } from '../core/errors';
import { openAanvullingsverzoek } from '../domain/opschorting';
import { bezwaarKanNogTot } from '../domain/alle-aanvragen';
import { bothAanhouden, compareAdviezen, type AdviesKern } from '../domain/unanimity';
import {
  aangehoudenDoorVergadering,
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

// Read before every step and every advice: prepared once per database (db/prepared.ts).
const stateQuery = preparedPerDb((db) =>
  db
    .select({ state: aanvragen.state })
    .from(aanvragen)
    .where(eq(aanvragen.id, sql.placeholder('aanvraagId')))
    .prepare(),
);

// The day the decision was sent (the bezwaartermijn runs from it): read with every set of facts.
const verzondenQuery = preparedPerDb((db) =>
  db
    .select({ verzondenOp: besluiten.verzondenOp })
    .from(besluiten)
    .where(eq(besluiten.aanvraagId, sql.placeholder('aanvraagId')))
    .prepare(),
);

export function currentState(ctx: ServiceContext, aanvraagId: number): AanvraagState {
  const row = stateQuery(ctx.db).get({ aanvraagId });
  if (!row) throw notFound();
  return row.state;
}

export function submittedAdviesKernen(ctx: ServiceContext, aanvraagId: number): AdviesKern[] {
  const a = huidigeAdviezen;
  return ctx.db
    .select({
      conclusie: a.conclusie,
      schoolsoort: a.schoolsoort,
      categorie: a.categorie,
      einddatum: a.einddatum,
    })
    .from(a)
    .where(and(eq(a.aanvraagId, aanvraagId), eq(a.status, 'ingediend')))
    .orderBy(a.position)
    .all();
}

/**
 * What the preconditions of the workflow read, from the database as it is now. Reads the checklist
 * and the opschortingen: load it once per transaction (after the writes that change it) and hand
 * it to every `takeTransition` that follows; a transition itself changes none of these facts.
 */
export function loadFacts(ctx: ServiceContext, aanvraagId: number): WorkflowFacts {
  const kernen = submittedAdviesKernen(ctx, aanvraagId);
  const [a, b] = kernen;
  const documentCount =
    ctx.db
      .select({ n: count() })
      .from(documenten)
      .where(eq(documenten.aanvraagId, aanvraagId))
      .get()?.n ?? 0;
  const positions =
    ctx.db
      .select({ n: countDistinct(toewijzingen.position) })
      .from(toewijzingen)
      .where(and(eq(toewijzingen.aanvraagId, aanvraagId), eq(toewijzingen.active, true)))
      .get()?.n ?? 0;
  const eindadviesCount =
    ctx.db
      .select({ n: count() })
      .from(eindadviezen)
      .where(and(eq(eindadviezen.aanvraagId, aanvraagId), eq(eindadviezen.status, 'ingediend')))
      .get()?.n ?? 0;
  const opschortingen = loadOpschortingen(ctx, [aanvraagId]).get(aanvraagId) ?? [];
  const events = ctx.db
    .select({ event: workflowEvents.event })
    .from(workflowEvents)
    .where(eq(workflowEvents.aanvraagId, aanvraagId))
    .orderBy(workflowEvents.id)
    .all()
    .map((e) => e.event);
  return {
    documentCount,
    assignmentsComplete: positions === 2,
    aangehoudenDoorVergadering: aangehoudenDoorVergadering(events),
    submittedAdviezen: kernen.length,
    unanimous: a && b ? compareAdviezen(a, b).unanimous : null,
    bothAanhouden: a && b ? bothAanhouden(a, b) : false,
    aanvullingstermijnVerstreken: aanvullingTermijnVerstreken(opschortingen, ctx.today),
    aanvullingGevraagd: openAanvullingsverzoek(opschortingen) !== undefined,
    completenessOk: evaluateChecklist(ctx, aanvraagId).complete,
    eindadviesSubmitted: eindadviesCount > 0,
    bezwaarKanNogTot: bezwaarKanNogTot(
      verzondenQuery(ctx.db).get({ aanvraagId })?.verzondenOp ?? null,
      ctx.today,
    ),
  };
}

/**
 * Refuses with the domain's Dutch reason (state, role, preconditions) when the caller may not take
 * `event` now: for a service that renders a letter before it takes the step.
 */
export function assertStepAllowed(
  ctx: AuthedContext,
  aanvraagId: number,
  event: WorkflowEvent,
): void {
  const decision = decideTransition(
    currentState(ctx, aanvraagId),
    event,
    ctx.user.roles,
    loadFacts(ctx, aanvraagId),
  );
  if (!decision.ok) throw domainError(decision.reason);
}

/**
 * Takes `event` on the aanvraag or throws the domain's Dutch reason. Call inside ctx.tx. `facts`:
 * what `loadFacts` returned earlier in the same transaction (loaded here when absent), so that a
 * service taking several steps reads them once.
 */
export function takeTransition(
  ctx: ServiceContext,
  aanvraagId: number,
  event: WorkflowEvent,
  actor: Actor,
  actorUserId: number | null,
  reason: string | null = null,
  facts?: WorkflowFacts,
): AanvraagState {
  const from = currentState(ctx, aanvraagId);
  const decision = decideTransition(from, event, actor, facts ?? loadFacts(ctx, aanvraagId));
  if (!decision.ok) throw domainError(decision.reason);
  ctx.db
    .update(aanvragen)
    .set({ state: decision.to, updatedAt: ctx.nowIso })
    .where(eq(aanvragen.id, aanvraagId))
    .run();
  ctx.db
    .insert(workflowEvents)
    .values({
      aanvraagId,
      event,
      fromState: from,
      toState: decision.to,
      actorUserId,
      reason,
      at: ctx.nowIso,
    })
    .run();
  ctx.audit({ action: `workflow.${event}`, objectType: 'aanvraag', objectId: aanvraagId });
  return decision.to;
}

/** A user takes `event` (a button on screen) in one transaction; answers the new state. */
export function workflowStep(
  ctx: AuthedContext,
  aanvraagId: number,
  event: WorkflowEvent,
): { state: AanvraagState } {
  return ctx.tx(() => ({
    state: takeTransition(ctx, aanvraagId, event, ctx.user.roles, ctx.user.id),
  }));
}
