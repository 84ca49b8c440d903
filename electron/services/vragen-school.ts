import { and, desc, eq } from 'drizzle-orm';
import { huidigeAdviezen, vergaderingen, vergaderingUitkomsten } from '../../db/schema';
import type { AuthedContext, ServiceContext } from '../core/context';
import { vragenAlsPunten } from '../domain/opschorting';
import type { AanvraagState } from '../domain/types';
import type { WorkflowFacts } from '../domain/workflow';

/**
 * §6: the questions the SLL is to send the school, to prefill the letter: both advices' questions
 * when both deskundigen hold the aanvraag ('unaniem'), the meeting's when a TLA-vergadering held it.
 * Empty otherwise. Call only for a caller who may send them (the step is among their actions): both
 * advices are in by then, so the independence gate is not touched.
 */
export function vragenVoorSchool(
  ctx: AuthedContext,
  aanvraagId: number,
  state: AanvraagState,
  facts: WorkflowFacts,
): string[] {
  if (state === 'unaniem' && facts.bothAanhouden === true) {
    const a = huidigeAdviezen;
    const rows = ctx.db
      .select({ vragen: a.vragen })
      .from(a)
      .where(and(eq(a.aanvraagId, aanvraagId), eq(a.status, 'ingediend')))
      .orderBy(a.position)
      .all();
    return vragenAlsPunten(rows.map((r) => r.vragen));
  }
  if (state === 'wacht_op_aanvulling' && facts.aangehoudenDoorVergadering === true) {
    return vragenAlsPunten([laatsteVragenVergadering(ctx, aanvraagId)?.vragen ?? null]);
  }
  return [];
}

/** §6: the questions of the last TLA-vergadering that held the aanvraag, with its date. */
export function laatsteVragenVergadering(
  ctx: ServiceContext,
  aanvraagId: number,
): { datum: string; vragen: string } | null {
  const u = vergaderingUitkomsten;
  const r = ctx.db
    .select({ datum: vergaderingen.datum, vragen: u.vragen })
    .from(u)
    .innerJoin(vergaderingen, eq(vergaderingen.id, u.vergaderingId))
    .where(and(eq(u.aanvraagId, aanvraagId), eq(u.soort, 'aanhouden')))
    .orderBy(desc(u.id))
    .limit(1)
    .get();
  return r?.vragen ? { datum: r.datum, vragen: r.vragen } : null;
}
