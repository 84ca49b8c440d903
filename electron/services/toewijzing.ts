import { and, count, eq, exists, gte, inArray, lte, sql } from 'drizzle-orm';
import {
  aanvragen,
  deskundigeAfwezigheden,
  deskundigeDisciplines,
  deskundigen,
  deskundigeOrganisaties,
  scholen,
  toewijzingen,
  users,
} from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { domainError, notFound } from '../core/errors';
import {
  evaluateFirst,
  evaluateSecond,
  rankCandidates,
  voSuggested,
  type Candidate,
  type CaseFacts,
  type Evaluation,
} from '../domain/eligibility';
import { ADVICE_OPEN_STATES } from '../domain/state-groups';
import { DISCIPLINES, type Discipline } from '../domain/types';
import { loadAanvraagRow } from './dossier';
import { requireAccess } from './access';
import { betrokkenDeskundigeIds } from './betrokkenen';
import { takeTransition } from './workflow';

// Assignment (§4): the domain decides eligibility, conflicts and the ranking; this service gathers
// the facts from the database and persists the choice.

/** A stored discipline as the domain knows it (group_concat hands back text). */
const asDiscipline = (value: string): Discipline | undefined =>
  DISCIPLINES.find((d) => d === value);

export function loadPool(ctx: AuthedContext): Candidate[] {
  const d = deskundigen;
  const dd = deskundigeDisciplines;
  const org = deskundigeOrganisaties;
  const afw = deskundigeAfwezigheden;
  const t = toewijzingen;
  const rows = ctx.db
    .select({
      id: d.id,
      naam: users.naam,
      maxOpen: d.maxOpen,
      disciplines: sql<string | null>`${ctx.db
        .select({ v: sql`group_concat(${dd.discipline})` })
        .from(dd)
        .where(eq(dd.deskundigeId, d.id))}`,
      organisaties: sql<string | null>`${ctx.db
        .select({ v: sql`group_concat(${org.organisatieKey})` })
        .from(org)
        .where(eq(org.deskundigeId, d.id))}`,
      absent: sql<number>`${exists(
        ctx.db
          .select({ one: sql`1` })
          .from(afw)
          .where(and(eq(afw.deskundigeId, d.id), lte(afw.van, ctx.today), gte(afw.tot, ctx.today))),
      )}`,
      openCount: sql<number>`${ctx.db
        .select({ n: count() })
        .from(t)
        .innerJoin(aanvragen, eq(aanvragen.id, t.aanvraagId))
        .where(
          and(
            eq(t.deskundigeId, d.id),
            eq(t.active, true),
            inArray(aanvragen.state, ADVICE_OPEN_STATES),
          ),
        )}`,
    })
    .from(d)
    .innerJoin(users, eq(users.id, d.userId))
    .where(and(eq(d.active, true), eq(users.active, true)))
    .all();
  return rows.map((r) => ({
    id: r.id,
    name: r.naam,
    disciplines: (r.disciplines?.split(',') ?? []).flatMap((v) => asDiscipline(v) ?? []),
    organisaties: r.organisaties?.split(',') ?? [],
    openAssignments: r.openCount,
    absent: r.absent === 1,
    ...(r.maxOpen === null ? {} : { maxOpen: r.maxOpen }),
  }));
}

export function caseFacts(ctx: AuthedContext, aanvraagId: number): CaseFacts {
  const r = loadAanvraagRow(ctx, aanvraagId);
  const school = ctx.db
    .select({ bestuurId: scholen.bestuurId })
    .from(scholen)
    .where(eq(scholen.id, r.schoolId))
    .get();
  if (!school) throw notFound();
  return {
    schoolbestuurKey: `bestuur:${school.bestuurId}`,
    schoolKey: `school:${r.schoolId}`,
    // §4: recorded betrokkenen (the SC, the school board's staff, a report's author) are blocked.
    involvedPersonIds: betrokkenDeskundigeIds(ctx, aanvraagId),
    groep: r.groep,
    soort: r.soort,
  };
}

const toView = (c: Candidate, e: Evaluation) => ({
  deskundigeId: c.id,
  naam: c.name,
  disciplines: [...c.disciplines],
  openAssignments: c.openAssignments,
  eligible: e.eligible,
  blockedReasons: [...e.blockedReasons],
  warnings: [...e.warnings],
});

export function candidates(ctx: AuthedContext, aanvraagId: number, eersteId: number | null) {
  requireAccess(ctx, aanvraagId);
  const facts = caseFacts(ctx, aanvraagId);
  const pool = loadPool(ctx);
  const first = pool.find((c) => c.id === eersteId) ?? null;
  const r = loadAanvraagRow(ctx, aanvraagId);
  return {
    first: rankCandidates(pool, (c) => evaluateFirst(c, facts)).map((x) =>
      toView(x.candidate, x.evaluation),
    ),
    second: rankCandidates(pool, (c) => evaluateSecond(c, facts, first)).map((x) =>
      toView(x.candidate, x.evaluation),
    ),
    voSuggested: voSuggested(facts),
    begeleiderNotitie: r.begeleiderNotitie,
  };
}

export function assign(ctx: AuthedContext, aanvraagId: number, eersteId: number, tweedeId: number) {
  requireAccess(ctx, aanvraagId);
  return ctx.tx(() => {
    const facts = caseFacts(ctx, aanvraagId);
    const pool = loadPool(ctx);
    const first = pool.find((c) => c.id === eersteId);
    const second = pool.find((c) => c.id === tweedeId);
    if (!first || !second) throw domainError('Deze deskundige staat niet (meer) in de pool.');
    const e1 = evaluateFirst(first, facts);
    const e2 = evaluateSecond(second, facts, first);
    if (!e1.eligible || e1.disciplineUsed === null)
      throw domainError(`Eerste deskundige: ${e1.blockedReasons.join(' ')}`);
    if (!e2.eligible || e2.disciplineUsed === null)
      throw domainError(`Tweede deskundige: ${e2.blockedReasons.join(' ')}`);
    // A new round of advice (after an aanvulling, §3.4) replaces the earlier assignments; their
    // advices stay stored but are no longer the current ones (view huidige_adviezen).
    ctx.db
      .update(toewijzingen)
      .set({ active: false, reason: 'Nieuwe adviesronde' })
      .where(and(eq(toewijzingen.aanvraagId, aanvraagId), eq(toewijzingen.active, true)))
      .run();
    const insert = (position: 1 | 2, deskundigeId: number, discipline: Discipline) =>
      ctx.db
        .insert(toewijzingen)
        .values({ aanvraagId, position, deskundigeId, discipline, assignedBy: ctx.user.id })
        .run();
    insert(1, first.id, e1.disciplineUsed);
    insert(2, second.id, e2.disciplineUsed);
    ctx.audit({ action: 'toewijzing.assign', objectType: 'aanvraag', objectId: aanvraagId });
    return { state: takeTransition(ctx, aanvraagId, 'wijs_toe', ctx.user.roles, ctx.user.id) };
  });
}
