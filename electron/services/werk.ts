import type { AuthedContext } from '../core/context';
import { forbidden } from '../core/errors';
import { daysLeft } from '../domain/termijnen';
import { standen } from './termijnen';
import { WAITS_ON } from '../domain/workflow';
import {
  AANVRAAG_STATES,
  type AanvraagSoort,
  type AanvraagState,
  type Role,
} from '../domain/types';

// Mijn werk: what waits for the caller in one of their roles, a page at a time, so that the list
// stays fast with 50,000 aanvragen (quality goal P2). Which states wait on a role is the domain's
// WAITS_ON; a deskundige sees only their own assigned aanvragen where they still have to act.

interface Row {
  id: number;
  referentie: string;
  leerling_naam: string;
  school_naam: string;
  soort: AanvraagSoort;
  state: AanvraagState;
  ontvangen_op: string;
}

export interface WerkQuery {
  readonly role: Role;
  readonly search: string;
  readonly offset: number;
  readonly limit: number;
}

function whereFor(ctx: AuthedContext, role: Role): { sql: string; params: unknown[] } {
  if (role === 'deskundige') {
    return {
      sql: `a.id IN (SELECT t.aanvraag_id FROM toewijzingen t WHERE t.deskundige_id = ? AND t.active = 1
              AND ((a.state = 'in_advies' AND NOT EXISTS (SELECT 1 FROM adviezen v WHERE v.toewijzing_id = t.id
                    AND v.status = 'ingediend'))
                OR (a.state = 'eindadvies_in_opmaak' AND t.position = 1)))`,
      params: [ctx.user.deskundigeId ?? -1],
    };
  }
  const states = AANVRAAG_STATES.filter((s) => WAITS_ON[s] === role);
  if (states.length === 0) return { sql: '0', params: [] };
  return { sql: `a.state IN (${states.map(() => '?').join(',')})`, params: states };
}

export function mijnWerk(ctx: AuthedContext, q: WerkQuery) {
  if (!ctx.user.roles.includes(q.role)) throw forbidden();
  const where = whereFor(ctx, q.role);
  const search = q.search.trim();
  const searchSql = search ? ' AND (a.referentie LIKE ? OR a.leerling_naam LIKE ?)' : '';
  const searchParams = search ? [`%${search}%`, `%${search}%`] : [];
  const total = (
    ctx.sqlite
      .prepare(`SELECT COUNT(*) AS n FROM aanvragen a WHERE ${where.sql}${searchSql}`)
      .get(...where.params, ...searchParams) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT a.id, a.referentie, a.leerling_naam, s.naam AS school_naam, a.soort, a.state, a.ontvangen_op
       FROM aanvragen a ${q.role === 'deskundige' ? '' : 'INDEXED BY aanvragen_werk'} JOIN scholen s ON s.id = a.school_id
       WHERE ${where.sql}${searchSql} ORDER BY a.ontvangen_op, a.id LIMIT ? OFFSET ?`,
    )
    .all(...where.params, ...searchParams, q.limit, q.offset) as Row[];
  const terms = standen(
    ctx,
    rows.map((r) => ({ id: r.id, ontvangenOp: r.ontvangen_op })),
  );
  return {
    total,
    rows: rows.map((r) => {
      const end = (terms.get(r.id) as { end: string }).end;
      return {
        id: r.id,
        referentie: r.referentie,
        leerlingNaam: r.leerling_naam,
        schoolNaam: r.school_naam,
        soort: r.soort,
        state: r.state,
        ontvangenOp: r.ontvangen_op,
        beslistermijnEnd: end,
        daysLeft: daysLeft(end, ctx.today),
      };
    }),
  };
}
