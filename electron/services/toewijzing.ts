import type { AuthedContext } from '../core/context';
import { domainError } from '../core/errors';
import {
  evaluateFirst,
  evaluateSecond,
  rankCandidates,
  voSuggested,
  type Candidate,
  type CaseFacts,
  type Evaluation,
} from '../domain/eligibility';
import type { Discipline } from '../domain/types';
import { loadAanvraagRow } from './dossier';
import { requireAccess } from './access';
import { takeTransition } from './workflow';

// Assignment (§4): the domain decides eligibility, conflicts and the ranking; this service gathers
// the facts from the database and persists the choice.

const OPEN_STATES =
  "('in_advies','unaniem','geagendeerd','eindadvies_in_opmaak','ter_besluitvorming','teruggestuurd')";

export function loadPool(ctx: AuthedContext): Candidate[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT d.id, u.naam, d.max_open,
         (SELECT group_concat(discipline) FROM deskundige_disciplines WHERE deskundige_id = d.id) AS disciplines,
         (SELECT group_concat(organisatie_key) FROM deskundige_organisaties WHERE deskundige_id = d.id) AS organisaties,
         EXISTS (SELECT 1 FROM deskundige_afwezigheden f WHERE f.deskundige_id = d.id AND ? BETWEEN f.van AND f.tot) AS absent,
         (SELECT COUNT(*) FROM toewijzingen t JOIN aanvragen a ON a.id = t.aanvraag_id
            WHERE t.deskundige_id = d.id AND t.active = 1 AND a.state IN ${OPEN_STATES}) AS open_count
       FROM deskundigen d JOIN users u ON u.id = d.user_id WHERE d.active = 1 AND u.active = 1`,
    )
    .all(ctx.today) as {
    absent: number;
    id: number;
    naam: string;
    max_open: number | null;
    disciplines: string | null;
    organisaties: string | null;
    open_count: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.naam,
    disciplines: (r.disciplines?.split(',') ?? []) as Discipline[],
    organisaties: r.organisaties?.split(',') ?? [],
    openAssignments: r.open_count,
    absent: r.absent === 1,
    ...(r.max_open === null ? {} : { maxOpen: r.max_open }),
  }));
}

export function caseFacts(ctx: AuthedContext, aanvraagId: number): CaseFacts {
  const r = loadAanvraagRow(ctx, aanvraagId);
  const bestuur = ctx.sqlite
    .prepare('SELECT bestuur_id FROM scholen WHERE id = ?')
    .get(r.schoolId) as { bestuur_id: number };
  return {
    schoolbestuurKey: `bestuur:${bestuur.bestuur_id}`,
    schoolKey: `school:${r.schoolId}`,
    involvedPersonIds: [],
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
    if (!e1.eligible) throw domainError(`Eerste deskundige: ${e1.blockedReasons.join(' ')}`);
    if (!e2.eligible) throw domainError(`Tweede deskundige: ${e2.blockedReasons.join(' ')}`);
    // A new round of advice (after an aanvulling, §3.4) replaces the earlier assignments; their
    // advices stay stored but are no longer the current ones (view huidige_adviezen).
    ctx.sqlite
      .prepare(
        "UPDATE toewijzingen SET active = 0, reason = 'Nieuwe adviesronde' WHERE aanvraag_id = ? AND active = 1",
      )
      .run(aanvraagId);
    const insert = ctx.sqlite.prepare(
      'INSERT INTO toewijzingen (aanvraag_id, position, deskundige_id, discipline, assigned_by) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run(aanvraagId, 1, first.id, e1.disciplineUsed, ctx.user.id);
    insert.run(aanvraagId, 2, second.id, e2.disciplineUsed, ctx.user.id);
    ctx.audit({ action: 'toewijzing.assign', objectType: 'aanvraag', objectId: aanvraagId });
    return { state: takeTransition(ctx, aanvraagId, 'wijs_toe', ctx.user.roles, ctx.user.id) };
  });
}
