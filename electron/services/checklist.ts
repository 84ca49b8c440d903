import { and, eq, sql } from 'drizzle-orm';
import { aanvragen, checklistTicks, documenten } from '../../db/schema';
import type { AuthedContext, ServiceContext } from '../core/context';
import { conflict, notFound, UserFacingError } from '../core/errors';
import { CHECKLIST_ITEMS, evaluateCompleteness } from '../domain/completeness';
import { conflictMelding, isConflict } from '../domain/versie';
import { isCurrentVersion } from './document-versions';

// §3.2/§3.3: the completeness check. The domain computes what it can from the documents; the SLL's
// ticks are stored per item. 'Dossier compleet' is refused until the checklist is complete.

const isTickStatus = (status: string): status is 'ok' | 'ontbreekt' =>
  status === 'ok' || status === 'ontbreekt';

export function evaluateChecklist(ctx: ServiceContext, aanvraagId: number) {
  const a = ctx.db
    .select({ soort: aanvragen.soort, ontvangenOp: aanvragen.ontvangenOp })
    .from(aanvragen)
    .where(eq(aanvragen.id, aanvraagId))
    .get();
  if (!a) throw notFound();
  const documents = ctx.db
    .select({ kind: documenten.kind, documentDate: documenten.documentDate })
    .from(documenten)
    .where(and(eq(documenten.aanvraagId, aanvraagId), isCurrentVersion(documenten)))
    .all();
  const tickRows = ctx.db
    .select({ itemKey: checklistTicks.itemKey, status: checklistTicks.status })
    .from(checklistTicks)
    .where(eq(checklistTicks.aanvraagId, aanvraagId))
    .all();
  const ticks: Record<string, 'ok' | 'ontbreekt'> = {};
  // Only 'ok' and 'ontbreekt' are stored ('open' deletes the tick, see `tick`).
  for (const t of tickRows) if (isTickStatus(t.status)) ticks[t.itemKey] = t.status;
  const result = evaluateCompleteness({
    soort: a.soort,
    ontvangenOp: a.ontvangenOp,
    documents,
    ticks,
  });
  return {
    complete: result.complete,
    items: result.items.map((i) => ({
      key: i.key,
      label: i.label,
      source: i.source,
      status: i.status,
      detail: i.detail,
    })),
  };
}

type TickStatus = 'ok' | 'ontbreekt' | 'open';

/** What the SLL ticked on one item; 'open' when nothing is stored. */
function storedTick(ctx: AuthedContext, aanvraagId: number, itemKey: string): TickStatus {
  const row = ctx.db
    .select({ status: checklistTicks.status })
    .from(checklistTicks)
    .where(and(eq(checklistTicks.aanvraagId, aanvraagId), eq(checklistTicks.itemKey, itemKey)))
    .get();
  return row && isTickStatus(row.status) ? row.status : 'open';
}

export function tick(
  ctx: AuthedContext,
  input: {
    aanvraagId: number;
    itemKey: string;
    status: TickStatus;
    /** Issue 13: the status the caller showed; refused as a conflict when it changed since. */
    gelezen?: TickStatus | undefined;
  },
) {
  const a = ctx.db
    .select({ soort: aanvragen.soort })
    .from(aanvragen)
    .where(eq(aanvragen.id, input.aanvraagId))
    .get();
  if (!a) throw notFound();
  const item = CHECKLIST_ITEMS[a.soort].find((i) => i.key === input.itemKey);
  if (!item || item.source !== 'sll') {
    throw new UserFacingError(
      'invalid_input',
      'Dit punt van de checklist kunt u niet afvinken.',
      'itemKey',
    );
  }
  ctx.tx(() => {
    // Issue 13: one item is one value; its read value is its versie (no false conflict between
    // two people ticking different items).
    if (
      input.gelezen !== undefined &&
      isConflict(input.gelezen, storedTick(ctx, input.aanvraagId, input.itemKey))
    )
      throw conflict(conflictMelding('checklist'));
    if (input.status === 'open') {
      ctx.db
        .delete(checklistTicks)
        .where(
          and(
            eq(checklistTicks.aanvraagId, input.aanvraagId),
            eq(checklistTicks.itemKey, input.itemKey),
          ),
        )
        .run();
    } else {
      ctx.db
        .insert(checklistTicks)
        .values({
          aanvraagId: input.aanvraagId,
          itemKey: input.itemKey,
          status: input.status,
          actorUserId: ctx.user.id,
          at: ctx.nowIso,
        })
        .onConflictDoUpdate({
          target: [checklistTicks.aanvraagId, checklistTicks.itemKey],
          set: {
            status: sql`excluded.status`,
            actorUserId: sql`excluded.actor_user_id`,
            at: sql`excluded.at`,
          },
        })
        .run();
    }
    ctx.audit({
      action: 'checklist.tick',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
      details: input.itemKey,
    });
  });
  return evaluateChecklist(ctx, input.aanvraagId);
}
