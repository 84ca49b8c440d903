import type { AuthedContext, ServiceContext } from '../core/context';
import { notFound, UserFacingError } from '../core/errors';
import { CHECKLIST_ITEMS, evaluateCompleteness } from '../domain/completeness';
import type { AanvraagSoort, DocumentKind } from '../domain/types';
import { CURRENT_VERSION } from './document-versions';

// §3.2/§3.3: the completeness check. The domain computes what it can from the documents; the SLL's
// ticks are stored per item. 'Dossier compleet' is refused until the checklist is complete.

export function evaluateChecklist(ctx: ServiceContext, aanvraagId: number) {
  const a = ctx.sqlite
    .prepare('SELECT soort, ontvangen_op FROM aanvragen WHERE id = ?')
    .get(aanvraagId) as { soort: AanvraagSoort; ontvangen_op: string } | undefined;
  if (!a) throw notFound();
  const documents = ctx.sqlite
    .prepare(
      `SELECT d.kind, d.document_date AS documentDate FROM documenten d
       WHERE d.aanvraag_id = ? AND ${CURRENT_VERSION}`,
    )
    .all(aanvraagId) as { kind: DocumentKind; documentDate: string | null }[];
  const ticks = Object.fromEntries(
    (
      ctx.sqlite
        .prepare('SELECT item_key, status FROM checklist_ticks WHERE aanvraag_id = ?')
        .all(aanvraagId) as { item_key: string; status: 'ok' | 'ontbreekt' }[]
    ).map((t) => [t.item_key, t.status]),
  );
  const result = evaluateCompleteness({
    soort: a.soort,
    ontvangenOp: a.ontvangen_op,
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

export function tick(
  ctx: AuthedContext,
  input: { aanvraagId: number; itemKey: string; status: 'ok' | 'ontbreekt' | 'open' },
) {
  const a = ctx.sqlite.prepare('SELECT soort FROM aanvragen WHERE id = ?').get(input.aanvraagId) as
    { soort: AanvraagSoort } | undefined;
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
    if (input.status === 'open') {
      ctx.sqlite
        .prepare('DELETE FROM checklist_ticks WHERE aanvraag_id = ? AND item_key = ?')
        .run(input.aanvraagId, input.itemKey);
    } else {
      ctx.sqlite
        .prepare(
          `INSERT INTO checklist_ticks (aanvraag_id, item_key, status, actor_user_id, at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(aanvraag_id, item_key) DO UPDATE SET status = excluded.status, actor_user_id = excluded.actor_user_id, at = excluded.at`,
        )
        .run(input.aanvraagId, input.itemKey, input.status, ctx.user.id, ctx.nowIso);
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
