import type { z } from 'zod';
import type { AuthedContext } from '../core/context';
import type { eindadviesFields } from '../contract';
import { conflict, domainError, forbidden, UserFacingError } from '../core/errors';
import { periodeProblems } from '../domain/advies';
import {
  DISCIPLINE_LABELS,
  type Categorie,
  type Discipline,
  type Schoolsoort,
} from '../domain/types';
import { myPosition } from './access';
import { visibleAdviezen } from './advies';
import { currentState } from './workflow';
import { laatsteUitkomst } from './vergadering';

// §7: the first deskundige writes the eindadvies, prefilled from both advices; it carries both
// deskundigen's names and disciplines.

type EindadviesInput = z.output<typeof eindadviesFields>;

interface EindadviesRow {
  id: number;
  version: number;
  status: 'concept' | 'ingediend';
  uitkomst: 'tlv_afgegeven' | 'tlv_niet_afgegeven';
  schoolsoort: Schoolsoort | null;
  categorie: Categorie | null;
  ingangsdatum: string | null;
  einddatum: string | null;
  motivering: string;
  doelen: string;
  submitted_at: string | null;
}

export function latestEindadvies(ctx: AuthedContext, aanvraagId: number): EindadviesRow | null {
  return (
    (ctx.sqlite
      .prepare('SELECT * FROM eindadviezen WHERE aanvraag_id = ? ORDER BY version DESC LIMIT 1')
      .get(aanvraagId) as EindadviesRow | undefined) ?? null
  );
}

export function deskundigenVermelding(ctx: AuthedContext, aanvraagId: number) {
  return (
    ctx.sqlite
      .prepare(
        `SELECT u.naam, t.discipline FROM toewijzingen t JOIN deskundigen d ON d.id = t.deskundige_id
         JOIN users u ON u.id = d.user_id WHERE t.aanvraag_id = ? AND t.active = 1 ORDER BY t.position`,
      )
      .all(aanvraagId) as { naam: string; discipline: Discipline }[]
  ).map((r) => ({ naam: r.naam, discipline: DISCIPLINE_LABELS[r.discipline] }));
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
          submittedAt: e.submitted_at,
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
              (r) =>
                `${r.signed_naam} (${DISCIPLINE_LABELS[r.signed_discipline as Discipline] ?? r.signed_discipline}):\n${r.onderbouwing}`,
            )
            .join('\n\n'),
          doelen: a.doelen,
        }
      : null;
  // §7: prefilled from the TLA-vergadering's outcome when there was one, else from both advices.
  return { eindadvies, prefill: fromMeeting ?? fromAdviezen };
}

/** Whether the latest eindadvies was submitted in the current round (after the last return). */
function submittedThisRound(
  ctx: AuthedContext,
  aanvraagId: number,
  e: EindadviesRow | null,
): boolean {
  if (!e || e.status !== 'ingediend' || !e.submitted_at) return false;
  const entered = ctx.sqlite
    .prepare(
      "SELECT MAX(at) AS at FROM workflow_events WHERE aanvraag_id = ? AND to_state = 'eindadvies_in_opmaak'",
    )
    .get(aanvraagId) as { at: string | null };
  return entered.at === null || e.submitted_at >= entered.at;
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
    if (state !== 'eindadvies_in_opmaak')
      throw domainError('Het eindadvies kan nu niet worden ingediend.');
    const e = latestEindadvies(ctx, input.aanvraagId);
    if (submittedThisRound(ctx, input.aanvraagId, e))
      throw conflict('Het eindadvies is al ingediend.');
    ctx.sqlite
      .prepare(
        `INSERT INTO eindadviezen (aanvraag_id, version, status, uitkomst, schoolsoort, categorie, ingangsdatum,
           einddatum, motivering, doelen, author_deskundige_id, submitted_at)
         VALUES (?, ?, 'ingediend', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.aanvraagId,
        (e?.version ?? 0) + 1,
        input.uitkomst,
        input.schoolsoort,
        input.categorie,
        input.ingangsdatum,
        input.einddatum,
        input.motivering,
        input.doelen,
        ctx.user.deskundigeId,
        ctx.nowIso,
      );
    ctx.audit({ action: 'eindadvies.submit', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { state };
  });
}
