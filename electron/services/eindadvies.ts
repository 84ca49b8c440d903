import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { deskundigen, eindadviezen, toewijzingen, users } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import type { eindadviesFields } from '../contract';
import { conflict, domainError, forbidden, UserFacingError } from '../core/errors';
import { periodeProblems } from '../domain/advies';
import { DISCIPLINE_LABELS, disciplineLabel } from '../domain/types';
import { myPosition } from './access';
import { visibleAdviezen } from './advies';
import { currentState, takeTransition } from './workflow';
import { laatsteUitkomst } from './vergadering/uitkomst';

// §7: the first deskundige writes the eindadvies, prefilled from both advices; it carries both
// deskundigen's names and disciplines.

type EindadviesInput = z.output<typeof eindadviesFields>;

export type EindadviesRow = typeof eindadviezen.$inferSelect;

export function latestEindadvies(ctx: AuthedContext, aanvraagId: number): EindadviesRow | null {
  return (
    ctx.db
      .select()
      .from(eindadviezen)
      .where(eq(eindadviezen.aanvraagId, aanvraagId))
      .orderBy(desc(eindadviezen.version))
      .limit(1)
      .get() ?? null
  );
}

export function deskundigenVermelding(ctx: AuthedContext, aanvraagId: number) {
  const t = toewijzingen;
  return ctx.db
    .select({ naam: users.naam, discipline: t.discipline })
    .from(t)
    .innerJoin(deskundigen, eq(deskundigen.id, t.deskundigeId))
    .innerJoin(users, eq(users.id, deskundigen.userId))
    .where(and(eq(t.aanvraagId, aanvraagId), eq(t.active, true)))
    .orderBy(t.position)
    .all()
    .map((r) => ({ naam: r.naam, discipline: DISCIPLINE_LABELS[r.discipline] }));
}

export function getEindadvies(ctx: AuthedContext, aanvraagId: number) {
  const { rows, both } = visibleAdviezen(ctx, aanvraagId);
  if (!both) return { eindadvies: null, prefill: null };
  const e = latestEindadvies(ctx, aanvraagId);
  const deskundigen = deskundigenVermelding(ctx, aanvraagId);
  const isAuthor = myPosition(ctx, aanvraagId) === 1;
  const eindadvies =
    e && (e.status === 'ingediend' || isAuthor)
      ? {
          uitkomst: e.uitkomst,
          schoolsoort: e.schoolsoort,
          categorie: e.categorie,
          ingangsdatum: e.ingangsdatum,
          einddatum: e.einddatum,
          motivering: e.motivering,
          doelen: e.doelen,
          version: e.version,
          status: e.status,
          submittedAt: e.submittedAt,
          deskundigen,
        }
      : null;
  const [a, b] = rows;
  const meeting = laatsteUitkomst(ctx, aanvraagId);
  const fromMeeting =
    isAuthor &&
    meeting?.soort === 'advies' &&
    currentState(ctx, aanvraagId) === 'eindadvies_in_opmaak'
      ? {
          uitkomst:
            meeting.conclusie === 'toelaatbaar'
              ? ('tlv_afgegeven' as const)
              : ('tlv_niet_afgegeven' as const),
          schoolsoort: meeting.schoolsoort,
          categorie: meeting.categorie,
          ingangsdatum: meeting.ingangsdatum,
          einddatum: meeting.einddatum,
          motivering: meeting.motivering,
          doelen: a?.doelen ?? '',
        }
      : null;
  const fromAdviezen =
    isAuthor && a && b && currentState(ctx, aanvraagId) === 'eindadvies_in_opmaak'
      ? {
          uitkomst:
            a.conclusie === 'toelaatbaar'
              ? ('tlv_afgegeven' as const)
              : ('tlv_niet_afgegeven' as const),
          schoolsoort: a.schoolsoort,
          categorie: a.categorie,
          ingangsdatum: a.ingangsdatum,
          einddatum: a.einddatum,
          motivering: [a, b]
            .map(
              (r) => `${r.signedNaam} (${disciplineLabel(r.signedDiscipline)}):\n${r.onderbouwing}`,
            )
            .join('\n\n'),
          doelen: a.doelen,
        }
      : null;
  // §7: prefilled from the TLA-vergadering's outcome when there was one, else from both advices.
  return { eindadvies, prefill: fromMeeting ?? fromAdviezen };
}

export function submitEindadvies(ctx: AuthedContext, input: EindadviesInput) {
  if (input.uitkomst === 'tlv_afgegeven') {
    const problems = periodeProblems(input);
    if (problems.length > 0) throw new UserFacingError('invalid_input', problems.join(' '));
  }
  return ctx.tx(() => {
    if (myPosition(ctx, input.aanvraagId) !== 1 || ctx.user.deskundigeId === null)
      throw forbidden();
    const state = currentState(ctx, input.aanvraagId);
    if (state === 'eindadvies_gereed') throw conflict('Het eindadvies is al ingediend.');
    if (state !== 'eindadvies_in_opmaak')
      throw domainError('Het eindadvies kan nu niet worden ingediend.');
    const e = latestEindadvies(ctx, input.aanvraagId);
    ctx.db
      .insert(eindadviezen)
      .values({
        aanvraagId: input.aanvraagId,
        version: (e?.version ?? 0) + 1,
        status: 'ingediend',
        uitkomst: input.uitkomst,
        schoolsoort: input.schoolsoort,
        categorie: input.categorie,
        ingangsdatum: input.ingangsdatum,
        einddatum: input.einddatum,
        motivering: input.motivering,
        doelen: input.doelen,
        authorDeskundigeId: ctx.user.deskundigeId,
        submittedAt: ctx.nowIso,
      })
      .run();
    ctx.audit({ action: 'eindadvies.submit', objectType: 'aanvraag', objectId: input.aanvraagId });
    // §7: signed, it waits on the voorzitter, who presents it to the directeur-bestuurder. The app
    // takes the step; the event names the deskundige who signed.
    return {
      state: takeTransition(ctx, input.aanvraagId, 'eindadvies_ingediend', 'system', ctx.user.id),
    };
  });
}
