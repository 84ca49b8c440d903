import type { z } from 'zod';
import type { AuthedContext } from '../core/context';
import type { adviesFields } from '../contract';
import { conflict, domainError, forbidden, UserFacingError } from '../core/errors';
import { adviesProblems } from '../domain/advies';
import { compareAdviezen, type AdviesKern } from '../domain/unanimity';
import type { Categorie, Conclusie, Schoolsoort } from '../domain/types';
import { requireAccess, myPosition } from './access';
import { currentState, loadFacts, takeTransition } from './workflow';

// §5 and architecture decision 5: each deskundige writes alone. Until the reader has submitted their
// own advice, no procedure returns the other's advice or anything derived from it (its draft, the
// unanimity result, differences, counts). Every read below goes through `visibleAdviezen`.

type AdviesInput = z.output<typeof adviesFields>;

interface AdviesRow {
  id: number;
  deskundige_id: number;
  toewijzing_id: number;
  position: number;
  version: number;
  status: 'concept' | 'ingediend';
  conclusie: Conclusie;
  schoolsoort: Schoolsoort | null;
  categorie: Categorie | null;
  ingangsdatum: string | null;
  einddatum: string | null;
  onderbouwing: string;
  doelen: string;
  context_advies: string;
  vragen: string | null;
  signed_naam: string;
  signed_discipline: string;
  signed_registratie: string;
  submitted_at: string | null;
}

function latest(ctx: AuthedContext, aanvraagId: number, deskundigeId: number): AdviesRow | null {
  return (
    (ctx.sqlite
      .prepare(
        'SELECT * FROM huidige_adviezen WHERE aanvraag_id = ? AND deskundige_id = ? ORDER BY version DESC LIMIT 1',
      )
      .get(aanvraagId, deskundigeId) as AdviesRow | undefined) ?? null
  );
}

export function toView(r: AdviesRow) {
  return {
    position: r.position,
    version: r.version,
    status: r.status,
    conclusie: r.conclusie,
    schoolsoort: r.schoolsoort,
    categorie: r.categorie,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
    onderbouwing: r.onderbouwing,
    doelen: r.doelen,
    contextAdvies: r.context_advies,
    vragen: r.vragen,
    signedNaam: r.signed_naam,
    signedDiscipline: r.signed_discipline,
    signedRegistratie: r.signed_registratie,
    submittedAt: r.submitted_at,
  };
}

/** The latest submitted advice of each active assignment, by position. */
function submittedAdviezen(ctx: AuthedContext, aanvraagId: number): AdviesRow[] {
  return ctx.sqlite
    .prepare(
      `SELECT a.* FROM huidige_adviezen a WHERE a.aanvraag_id = ? AND a.status = 'ingediend' ORDER BY a.position`,
    )
    .all(aanvraagId) as AdviesRow[];
}

/**
 * What the caller may see of the advices. An assigned deskundige who has not yet submitted sees only
 * their own; everyone else sees the submitted advices only once both are in.
 */
export function visibleAdviezen(
  ctx: AuthedContext,
  aanvraagId: number,
): { rows: AdviesRow[]; both: boolean } {
  const access = requireAccess(ctx, aanvraagId);
  const submitted = submittedAdviezen(ctx, aanvraagId);
  const both = submitted.length === 2;
  if (access.position !== null && ctx.user.deskundigeId !== null) {
    const own = latest(ctx, aanvraagId, ctx.user.deskundigeId);
    const ownSubmitted = own?.status === 'ingediend';
    if (!ownSubmitted || !both) return { rows: own ? [own] : [], both: false };
  }
  return both ? { rows: submitted, both } : { rows: [], both: false };
}

export function listAdviezen(ctx: AuthedContext, aanvraagId: number) {
  const { rows, both } = visibleAdviezen(ctx, aanvraagId);
  ctx.tx(() => ctx.audit({ action: 'advies.view', objectType: 'aanvraag', objectId: aanvraagId }));
  const [a, b] = rows;
  const unanimity = both && a && b ? compareAdviezen(kern(a), kern(b)) : null;
  return {
    adviezen: rows.map(toView),
    unanimity: unanimity
      ? {
          unanimous: unanimity.unanimous,
          differences: unanimity.differences.map((d) => ({ ...d })),
        }
      : null,
  };
}

const kern = (r: AdviesRow): AdviesKern => ({
  conclusie: r.conclusie,
  schoolsoort: r.schoolsoort,
  categorie: r.categorie,
  einddatum: r.einddatum,
});

function requireOwnPosition(ctx: AuthedContext, aanvraagId: number): 1 | 2 {
  requireAccess(ctx, aanvraagId);
  const position = myPosition(ctx, aanvraagId);
  if (position === null || ctx.user.deskundigeId === null) throw forbidden();
  return position;
}

export function mijnAdvies(ctx: AuthedContext, aanvraagId: number) {
  const position = requireOwnPosition(ctx, aanvraagId);
  const own = latest(ctx, aanvraagId, ctx.user.deskundigeId as number);
  return { position, advies: own ? toView(own) : null };
}

function signature(ctx: AuthedContext, aanvraagId: number) {
  return ctx.sqlite
    .prepare(
      `SELECT t.id AS toewijzing_id, u.naam, t.discipline, d.registratie FROM toewijzingen t JOIN deskundigen d ON d.id = t.deskundige_id
       JOIN users u ON u.id = d.user_id WHERE t.aanvraag_id = ? AND t.deskundige_id = ? AND t.active = 1`,
    )
    .get(aanvraagId, ctx.user.deskundigeId) as {
    toewijzing_id: number;
    naam: string;
    discipline: string;
    registratie: string;
  };
}

function writeAdvies(
  ctx: AuthedContext,
  input: AdviesInput,
  status: 'concept' | 'ingediend',
): number {
  const position = requireOwnPosition(ctx, input.aanvraagId);
  if (currentState(ctx, input.aanvraagId) !== 'in_advies') {
    throw domainError('Adviseren kan alleen zolang de aanvraag in advies is.');
  }
  const own = latest(ctx, input.aanvraagId, ctx.user.deskundigeId as number);
  if (own?.status === 'ingediend')
    throw conflict('Uw advies is al ingediend en kan niet meer worden gewijzigd.');
  const sig = signature(ctx, input.aanvraagId);
  const values = [
    input.conclusie,
    input.schoolsoort,
    input.categorie,
    input.ingangsdatum,
    input.einddatum,
    input.onderbouwing,
    input.doelen,
    input.contextAdvies,
    input.vragen,
    sig.naam,
    sig.discipline,
    sig.registratie,
    status === 'ingediend' ? ctx.nowIso : null,
  ];
  if (own) {
    ctx.sqlite
      .prepare(
        `UPDATE adviezen SET status = ?, conclusie = ?, schoolsoort = ?, categorie = ?, ingangsdatum = ?, einddatum = ?,
           onderbouwing = ?, doelen = ?, context_advies = ?, vragen = ?, signed_naam = ?, signed_discipline = ?,
           signed_registratie = ?, submitted_at = ? WHERE id = ?`,
      )
      .run(status, ...values, own.id);
    return own.version;
  }
  // A new round (after an aanvulling or a reassignment) starts a new advice; versions keep counting
  // per deskundige so that every earlier version stays as it was.
  const version = nextVersion(ctx, input.aanvraagId, ctx.user.deskundigeId as number);
  ctx.sqlite
    .prepare(
      `INSERT INTO adviezen (aanvraag_id, deskundige_id, toewijzing_id, position, version, status, conclusie, schoolsoort, categorie,
         ingangsdatum, einddatum, onderbouwing, doelen, context_advies, vragen, signed_naam, signed_discipline,
         signed_registratie, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      input.aanvraagId,
      ctx.user.deskundigeId,
      sig.toewijzing_id,
      position,
      version,
      status,
      ...values,
    );
  return version;
}

function nextVersion(ctx: AuthedContext, aanvraagId: number, deskundigeId: number): number {
  const row = ctx.sqlite
    .prepare('SELECT MAX(version) AS v FROM adviezen WHERE aanvraag_id = ? AND deskundige_id = ?')
    .get(aanvraagId, deskundigeId) as { v: number | null };
  return (row.v ?? 0) + 1;
}

export function saveDraft(ctx: AuthedContext, input: AdviesInput) {
  return ctx.tx(() => {
    const version = writeAdvies(ctx, input, 'concept');
    ctx.audit({ action: 'advies.draft', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { version };
  });
}

export function submitAdvies(ctx: AuthedContext, input: AdviesInput) {
  const problems = adviesProblems(input);
  if (problems.length > 0) throw new UserFacingError('invalid_input', problems.join(' '));
  return ctx.tx(() => {
    writeAdvies(ctx, input, 'ingediend');
    ctx.audit({ action: 'advies.submit', objectType: 'aanvraag', objectId: input.aanvraagId });
    // §6: the unanimity check runs on the second submission, by the app itself.
    const facts = loadFacts(ctx, input.aanvraagId);
    if (facts.submittedAdviezen < 2) return { state: currentState(ctx, input.aanvraagId) };
    if (facts.unanimous === false) {
      return {
        state: takeTransition(ctx, input.aanvraagId, 'adviezen_verschillend', 'system', null),
      };
    }
    takeTransition(ctx, input.aanvraagId, 'adviezen_unaniem', 'system', null);
    if (facts.bothAanhouden) return { state: currentState(ctx, input.aanvraagId) };
    return { state: takeTransition(ctx, input.aanvraagId, 'start_eindadvies', 'system', null) };
  });
}

/** §5: a submitted advice is immutable; a correction is a new version with a reason. The deciding
 * fields (conclusie, schoolsoort, categorie, periode) stay as signed, so unanimity is unchanged. */
export function corrigeerAdvies(
  ctx: AuthedContext,
  input: {
    aanvraagId: number;
    reden: string;
    onderbouwing: string;
    doelen: string;
    contextAdvies: string;
  },
) {
  requireOwnPosition(ctx, input.aanvraagId);
  return ctx.tx(() => {
    const own = latest(ctx, input.aanvraagId, ctx.user.deskundigeId as number);
    if (own?.status !== 'ingediend')
      throw domainError('Alleen een ingediend advies kan worden gecorrigeerd.');
    const state = currentState(ctx, input.aanvraagId);
    if (!['in_advies', 'unaniem', 'geagendeerd', 'eindadvies_in_opmaak'].includes(state)) {
      throw domainError('Na het eindadvies kan een advies niet meer worden gecorrigeerd.');
    }
    const version = nextVersion(ctx, input.aanvraagId, own.deskundige_id);
    ctx.sqlite
      .prepare(
        `INSERT INTO adviezen (aanvraag_id, deskundige_id, toewijzing_id, position, version, status, conclusie, schoolsoort, categorie,
           ingangsdatum, einddatum, onderbouwing, doelen, context_advies, vragen, signed_naam, signed_discipline, signed_registratie,
           submitted_at, correction_reason) VALUES (?, ?, ?, ?, ?, 'ingediend', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.aanvraagId,
        own.deskundige_id,
        own.toewijzing_id,
        own.position,
        version,
        own.conclusie,
        own.schoolsoort,
        own.categorie,
        own.ingangsdatum,
        own.einddatum,
        input.onderbouwing,
        input.doelen,
        input.contextAdvies,
        own.vragen,
        own.signed_naam,
        own.signed_discipline,
        own.signed_registratie,
        ctx.nowIso,
        input.reden,
      );
    ctx.audit({ action: 'advies.corrigeer', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { version };
  });
}
