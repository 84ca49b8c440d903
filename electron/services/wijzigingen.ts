import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { aanvraagWijzigingen, aanvragen, users } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import type { editableFields } from '../contract/aanvraag';
import { domainError, notFound } from '../core/errors';
import { isAwaitingDecision } from '../domain/workflow';
import { assertAanvraagRules } from './intake';
import { takeTransition } from './workflow';
import { assertVersie, verhoogVersie } from './versie';

// §3.1: edits keep history — one row per changed field with old and new value, who, when and why.

type Changes = z.output<typeof editableFields>;

type AanvraagRow = typeof aanvragen.$inferSelect;
/** A field that may be edited: each is a column of aanvragen under the same name. */
type Field = keyof Changes & keyof AanvraagRow;

const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);

export function updateAanvraag(
  ctx: AuthedContext,
  input: { aanvraagId: number; changes: Changes; reden: string; versie?: number | undefined },
) {
  return ctx.tx(() => {
    const row = ctx.db.select().from(aanvragen).where(eq(aanvragen.id, input.aanvraagId)).get();
    if (!row) throw notFound();
    if (!isAwaitingDecision(row.state))
      throw domainError('Na het besluit kunnen de gegevens niet meer worden gewijzigd.');
    // Issue 13: refused when someone else changed the data since the caller read them.
    const gelezen = assertVersie(ctx, 'aanvraag', input.aanvraagId, input.versie);
    const next: AanvraagRow = { ...row };
    let changed = 0;
    // The input's own keys (the contract allows only the editable fields, `strict`).
    const entries = Object.entries(input.changes) as [Field, AanvraagRow[Field] | undefined][];
    for (const [field, value] of entries) {
      if (value === undefined || row[field] === value) continue;
      Object.assign(next, { [field]: value });
      ctx.db
        .insert(aanvraagWijzigingen)
        .values({
          aanvraagId: input.aanvraagId,
          veld: field,
          oud: asText(row[field]),
          nieuw: asText(value),
          reden: input.reden,
          actorUserId: ctx.user.id,
          at: ctx.nowIso,
        })
        .run();
      ctx.db
        .update(aanvragen)
        .set({ [field]: value, updatedAt: ctx.nowIso })
        .where(eq(aanvragen.id, input.aanvraagId))
        .run();
      changed += 1;
    }
    // The same rules as at registration, on the row after the change (rolled back when broken).
    assertAanvraagRules(
      ctx,
      {
        ontvangenOp: next.ontvangenOp,
        leerlingGeboortedatum: next.leerlingGeboortedatum,
        schoolsoort: next.schoolsoort,
        categorie: next.categorie,
        schoolId: next.schoolId,
      },
      next.schoolId !== row.schoolId,
    );
    ctx.audit({
      action: 'aanvraag.update',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
      details: String(changed),
    });
    // Only a real change moves the versie on: saving nothing is no one's conflict.
    const versie = changed > 0 ? verhoogVersie(ctx, 'aanvraag', input.aanvraagId) : gelezen;
    return { changed, versie };
  });
}

export function listWijzigingen(ctx: AuthedContext, aanvraagId: number) {
  const w = aanvraagWijzigingen;
  return ctx.db
    .select({
      veld: w.veld,
      oud: w.oud,
      nieuw: w.nieuw,
      reden: w.reden,
      actorNaam: users.naam,
      at: w.at,
    })
    .from(w)
    .innerJoin(users, eq(users.id, w.actorUserId))
    .where(eq(w.aanvraagId, aanvraagId))
    .orderBy(desc(w.id))
    .all();
}

export function intrekken(ctx: AuthedContext, input: { aanvraagId: number; reden: string }) {
  return ctx.tx(() => ({
    state: takeTransition(
      ctx,
      input.aanvraagId,
      'trek_in',
      ctx.user.roles,
      ctx.user.id,
      input.reden,
    ),
  }));
}
