import type { z } from 'zod';
import type { AuthedContext } from '../core/context';
import type { uitkomstInput } from '../contract/vergadering';
import { conflict, domainError, notFound, UserFacingError } from '../core/errors';
import { periodeProblems } from '../domain/advies';
import { compareIsoDates } from '../domain/calendar';
import { compareAdviezen } from '../domain/unanimity';
import { DISCIPLINE_LABELS, ROLE_LABELS, ROLES, type Discipline, type Role } from '../domain/types';
import { vragenVerzendenUiterlijk } from '../domain/termijnen';
import { renderNotulen } from '../letters/index';
import { readSwvSettings } from './settings';
import { takeTransition } from './workflow';

// §6: the TLA-vergadering. Meetings follow a year plan; the agenda fills itself with every aanvraag
// that is 'geagendeerd'; those involved in an aanvraag do not take part in that item; the outcome
// is an advice (→ eindadvies) or aanhouden with questions (→ the SLL asks the school).

type Uitkomst = z.output<typeof uitkomstInput>;

interface MeetingRow {
  id: number;
  datum: string;
  status: 'gepland' | 'gehouden';
  notulen_sha256: string | null;
}

function loadMeeting(ctx: AuthedContext, id: number): MeetingRow {
  const m = ctx.sqlite
    .prepare('SELECT id, datum, status, notulen_sha256 FROM vergaderingen WHERE id = ?')
    .get(id) as MeetingRow | undefined;
  if (!m) throw notFound('Deze vergadering');
  return m;
}

export function listVergaderingen(ctx: AuthedContext) {
  // The next meeting's agenda is filled here too, so the year plan shows its real count.
  const next = ctx.sqlite
    .prepare(
      "SELECT id, datum, status, notulen_sha256 FROM vergaderingen WHERE status = 'gepland' AND datum >= ? ORDER BY datum LIMIT 1",
    )
    .get(ctx.today) as MeetingRow | undefined;
  if (next) syncAgenda(ctx, next);
  return ctx.sqlite
    .prepare(
      'SELECT v.id, v.datum, v.status, (SELECT COUNT(*) FROM vergadering_agenda a WHERE a.vergadering_id = v.id) AS agendaCount FROM vergaderingen v ORDER BY v.datum',
    )
    .all() as { id: number; datum: string; status: 'gepland' | 'gehouden'; agendaCount: number }[];
}

export function planVergaderingen(ctx: AuthedContext, datums: readonly string[]) {
  return ctx.tx(() => {
    let created = 0;
    for (const datum of new Set(datums)) {
      if (ctx.sqlite.prepare('SELECT 1 FROM vergaderingen WHERE datum = ?').get(datum)) continue;
      ctx.sqlite
        .prepare("INSERT INTO vergaderingen (datum, status) VALUES (?, 'gepland')")
        .run(datum);
      created += 1;
    }
    ctx.audit({
      action: 'vergadering.plan',
      objectType: 'vergadering',
      objectId: null,
      details: String(created),
    });
    return { created };
  });
}

/** §6: why an aanvraag is on the agenda, from the event that put it there. */
function reden(ctx: AuthedContext, aanvraagId: number): string {
  const e = ctx.sqlite
    .prepare(
      "SELECT event, from_state FROM workflow_events WHERE aanvraag_id = ? AND to_state = 'geagendeerd' ORDER BY id DESC LIMIT 1",
    )
    .get(aanvraagId) as { event: string; from_state: string } | undefined;
  const soort = (
    ctx.sqlite.prepare('SELECT soort FROM aanvragen WHERE id = ?').get(aanvraagId) as {
      soort: string;
    }
  ).soort;
  if (e?.event === 'adviezen_verschillend') return 'Adviezen niet unaniem';
  if (e?.from_state === 'teruggestuurd') return 'Teruggestuurd door de directeur-bestuurder';
  if (soort === 'aanpassing_categorie') return 'Aanpassing bekostigingscategorie';
  if (soort === 'herindicatie') return 'Herindicatie zonder consensus';
  return 'Geagendeerd door de voorzitter';
}

/** The agenda fills itself: every geagendeerd aanvraag not yet on an open meeting's agenda. */
function syncAgenda(ctx: AuthedContext, m: MeetingRow): void {
  if (m.status !== 'gepland') return;
  const next = ctx.sqlite
    .prepare(
      "SELECT id FROM vergaderingen WHERE status = 'gepland' AND datum >= ? ORDER BY datum LIMIT 1",
    )
    .get(ctx.today) as { id: number } | undefined;
  if (next?.id !== m.id && compareIsoDates(m.datum, ctx.today) >= 0) return;
  const waiting = ctx.sqlite
    .prepare(
      `SELECT a.id FROM aanvragen a WHERE a.state = 'geagendeerd' AND NOT EXISTS (
         SELECT 1 FROM vergadering_agenda g JOIN vergaderingen v ON v.id = g.vergadering_id
         WHERE g.aanvraag_id = a.id AND v.status = 'gepland' AND NOT EXISTS (SELECT 1 FROM vergadering_uitkomsten u WHERE u.vergadering_id = g.vergadering_id AND u.aanvraag_id = a.id))`,
    )
    .all() as { id: number }[];
  const insert = ctx.sqlite.prepare(
    'INSERT OR IGNORE INTO vergadering_agenda (vergadering_id, aanvraag_id, reden) VALUES (?, ?, ?)',
  );
  ctx.tx(() => waiting.forEach((w) => insert.run(m.id, w.id, reden(ctx, w.id))));
}

function betrokkenen(ctx: AuthedContext, aanvraagId: number) {
  return ctx.sqlite
    .prepare(
      'SELECT u.id AS userId, u.naam FROM toewijzingen t JOIN deskundigen d ON d.id = t.deskundige_id JOIN users u ON u.id = d.user_id WHERE t.aanvraag_id = ? AND t.active = 1 ORDER BY t.position',
    )
    .all(aanvraagId) as { userId: number; naam: string }[];
}

function adviezenVoor(ctx: AuthedContext, aanvraagId: number) {
  const rows = ctx.sqlite
    .prepare(
      `SELECT a.position, a.signed_naam AS naam, a.signed_discipline AS discipline, a.conclusie, a.schoolsoort, a.categorie,
              a.ingangsdatum, a.einddatum, a.onderbouwing, a.vragen FROM huidige_adviezen a
       WHERE a.aanvraag_id = ? AND a.status = 'ingediend' ORDER BY a.position`,
    )
    .all(aanvraagId) as {
    position: number;
    naam: string;
    discipline: string;
    conclusie: 'toelaatbaar';
    schoolsoort: 'SO' | null;
    categorie: 'laag' | null;
    ingangsdatum: string | null;
    einddatum: string | null;
    onderbouwing: string;
    vragen: string | null;
  }[];
  // A meeting only sees advices once both are in (independence, §5).
  return rows.length === 2
    ? rows.map((r) => ({
        ...r,
        discipline: DISCIPLINE_LABELS[r.discipline as Discipline] ?? r.discipline,
      }))
    : [];
}

function uitkomstVan(
  ctx: AuthedContext,
  vergaderingId: number,
  aanvraagId: number,
): Uitkomst | null {
  const u = ctx.sqlite
    .prepare('SELECT * FROM vergadering_uitkomsten WHERE vergadering_id = ? AND aanvraag_id = ?')
    .get(vergaderingId, aanvraagId) as
    | {
        soort: 'advies' | 'aanhouden';
        conclusie: 'toelaatbaar' | 'niet_toelaatbaar';
        schoolsoort: 'SO' | 'SBO' | null;
        categorie: 'laag' | 'midden' | 'hoog' | null;
        ingangsdatum: string | null;
        einddatum: string | null;
        motivering: string;
        vragen: string;
      }
    | undefined;
  if (!u) return null;
  return u.soort === 'aanhouden'
    ? { soort: 'aanhouden', vragen: u.vragen }
    : {
        soort: 'advies',
        conclusie: u.conclusie,
        schoolsoort: u.schoolsoort,
        categorie: u.categorie,
        ingangsdatum: u.ingangsdatum,
        einddatum: u.einddatum,
        motivering: u.motivering,
      };
}

function rolesOf(ctx: AuthedContext, userId: number): string {
  const roles = (
    ctx.sqlite.prepare('SELECT role FROM user_roles WHERE user_id = ?').all(userId) as {
      role: Role;
    }[]
  ).map((r) => r.role);
  return ROLES.filter((r) => roles.includes(r))
    .map((r) => ROLE_LABELS[r])
    .join(', ');
}

export function vergaderingView(ctx: AuthedContext, vergaderingId: number) {
  const m = loadMeeting(ctx, vergaderingId);
  syncAgenda(ctx, m);
  const agenda = ctx.sqlite
    .prepare(
      'SELECT g.aanvraag_id, g.reden, a.referentie, a.leerling_naam, a.state FROM vergadering_agenda g JOIN aanvragen a ON a.id = g.aanvraag_id WHERE g.vergadering_id = ? ORDER BY a.referentie',
    )
    .all(vergaderingId) as {
    aanvraag_id: number;
    reden: string;
    referentie: string;
    leerling_naam: string;
    state: 'geagendeerd';
  }[];
  const aanwezigen = (
    ctx.sqlite
      .prepare(
        'SELECT u.id AS userId, u.naam FROM vergadering_aanwezigen v JOIN users u ON u.id = v.user_id WHERE v.vergadering_id = ? ORDER BY u.naam',
      )
      .all(vergaderingId) as { userId: number; naam: string }[]
  ).map((a) => ({ ...a, rol: rolesOf(ctx, a.userId) }));
  const kandidaten = (
    ctx.sqlite
      .prepare(
        "SELECT DISTINCT u.id AS userId, u.naam FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.active = 1 AND r.role IN ('voorzitter','deskundige','secretaris') ORDER BY u.naam",
      )
      .all() as { userId: number; naam: string }[]
  ).map((a) => ({ ...a, rol: rolesOf(ctx, a.userId) }));
  const punten = agenda.map((g) => {
    const adviezen = adviezenVoor(ctx, g.aanvraag_id);
    const [a, b] = adviezen;
    const vragen = ctx.sqlite
      .prepare(
        "SELECT reason FROM workflow_events WHERE aanvraag_id = ? AND event = 'stuur_terug' ORDER BY id DESC LIMIT 1",
      )
      .get(g.aanvraag_id) as { reason: string | null } | undefined;
    return {
      aanvraagId: g.aanvraag_id,
      referentie: g.referentie,
      leerlingNaam: g.leerling_naam,
      reden: g.reden,
      state: g.state,
      betrokkenen: betrokkenen(ctx, g.aanvraag_id),
      adviezen,
      verschillen: a && b ? compareAdviezen(a, b).differences.map((d) => ({ ...d })) : [],
      vragenDirecteur: g.reden.startsWith('Teruggestuurd') ? (vragen?.reason ?? null) : null,
      uitkomst: uitkomstVan(ctx, vergaderingId, g.aanvraag_id),
    };
  });
  const present = new Set(aanwezigen.map((a) => a.userId));
  const waarschuwingen = punten.flatMap((pt) =>
    pt.betrokkenen
      .filter((b) => present.has(b.userId))
      .map((b) => `${b.naam} is betrokken bij ${pt.referentie} en neemt aan dat punt niet deel.`),
  );
  ctx.tx(() =>
    ctx.audit({ action: 'vergadering.view', objectType: 'vergadering', objectId: vergaderingId }),
  );
  return {
    id: m.id,
    datum: m.datum,
    status: m.status,
    agenda: punten,
    aanwezigen,
    kandidaten,
    waarschuwingen,
    notulen: m.notulen_sha256 !== null,
  };
}

export function setAanwezigen(
  ctx: AuthedContext,
  vergaderingId: number,
  userIds: readonly number[],
) {
  const m = loadMeeting(ctx, vergaderingId);
  if (m.status !== 'gepland') throw domainError('Deze vergadering is al gesloten.');
  ctx.tx(() => {
    ctx.sqlite
      .prepare('DELETE FROM vergadering_aanwezigen WHERE vergadering_id = ?')
      .run(vergaderingId);
    const insert = ctx.sqlite.prepare(
      'INSERT INTO vergadering_aanwezigen (vergadering_id, user_id) SELECT ?, id FROM users WHERE id = ?',
    );
    for (const id of new Set(userIds)) insert.run(vergaderingId, id);
    ctx.audit({
      action: 'vergadering.aanwezigen',
      objectType: 'vergadering',
      objectId: vergaderingId,
    });
  });
  return vergaderingView(ctx, vergaderingId);
}

export function setUitkomst(
  ctx: AuthedContext,
  vergaderingId: number,
  aanvraagId: number,
  u: Uitkomst,
) {
  const m = loadMeeting(ctx, vergaderingId);
  if (m.status !== 'gepland') throw domainError('Deze vergadering is al gesloten.');
  if (u.soort === 'advies' && u.conclusie === 'toelaatbaar') {
    const problems = periodeProblems(u);
    if (problems.length > 0) throw new UserFacingError('invalid_input', problems.join(' '));
  }
  ctx.tx(() => {
    if (
      !ctx.sqlite
        .prepare('SELECT 1 FROM vergadering_agenda WHERE vergadering_id = ? AND aanvraag_id = ?')
        .get(vergaderingId, aanvraagId)
    ) {
      throw domainError('Deze aanvraag staat niet op de agenda van deze vergadering.');
    }
    if (uitkomstVan(ctx, vergaderingId, aanvraagId))
      throw conflict('De uitkomst van dit punt is al vastgelegd.');
    ctx.sqlite
      .prepare(
        `INSERT INTO vergadering_uitkomsten (vergadering_id, aanvraag_id, soort, conclusie, schoolsoort, categorie, ingangsdatum, einddatum, motivering, vragen, actor_user_id, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        vergaderingId,
        aanvraagId,
        u.soort,
        u.soort === 'advies' ? u.conclusie : null,
        u.soort === 'advies' ? u.schoolsoort : null,
        u.soort === 'advies' ? u.categorie : null,
        u.soort === 'advies' ? u.ingangsdatum : null,
        u.soort === 'advies' ? u.einddatum : null,
        u.soort === 'advies' ? u.motivering : null,
        u.soort === 'aanhouden' ? u.vragen : null,
        ctx.user.id,
        ctx.nowIso,
      );
    takeTransition(
      ctx,
      aanvraagId,
      u.soort === 'advies' ? 'vergadering_advies' : 'vergadering_aanhouden',
      ctx.user.roles,
      ctx.user.id,
    );
    ctx.audit({ action: 'vergadering.uitkomst', objectType: 'aanvraag', objectId: aanvraagId });
  });
  return vergaderingView(ctx, vergaderingId);
}

/** The latest meeting outcome of an aanvraag, for the eindadvies prefill and the SLL's questions. */
export function laatsteUitkomst(
  ctx: AuthedContext,
  aanvraagId: number,
): (Uitkomst & { datum: string }) | null {
  const row = ctx.sqlite
    .prepare(
      'SELECT u.vergadering_id, v.datum FROM vergadering_uitkomsten u JOIN vergaderingen v ON v.id = u.vergadering_id WHERE u.aanvraag_id = ? ORDER BY u.id DESC LIMIT 1',
    )
    .get(aanvraagId) as { vergadering_id: number; datum: string } | undefined;
  if (!row) return null;
  const u = uitkomstVan(ctx, row.vergadering_id, aanvraagId);
  return u ? { ...u, datum: row.datum } : null;
}

/** Closes the meeting and stores its minutes (PDF, encrypted) with their hash. */
export async function sluitVergadering(ctx: AuthedContext, vergaderingId: number) {
  const view = vergaderingView(ctx, vergaderingId);
  if (view.status !== 'gepland') throw domainError('Deze vergadering is al gesloten.');
  const swv = readSwvSettings(ctx.db);
  const voorzitter = ctx.user.naam;
  const present = new Set(view.aanwezigen.map((a) => a.userId));
  const pdf = await renderNotulen({
    swv: {
      naam: swv.naam,
      registratienummer: swv.registratienummer,
      adres: swv.adres,
      postcode: swv.postcode,
      plaats: swv.plaats,
    },
    datum: view.datum,
    voorzitter: { naam: voorzitter },
    aanwezigen: view.aanwezigen.map((a) => ({ naam: a.naam, rol: a.rol })),
    afwezig: [],
    punten: view.agenda.map((pt) => ({
      referentie: pt.referentie,
      leerlingNaam: pt.leerlingNaam,
      reden: pt.reden,
      nietDeelgenomen: pt.betrokkenen.filter((b) => present.has(b.userId)).map((b) => b.naam),
      uitkomst:
        pt.uitkomst === null
          ? null
          : pt.uitkomst.soort === 'aanhouden'
            ? {
                soort: 'aanhouden',
                vragen: pt.uitkomst.vragen,
                verzendenUiterlijk: vragenVerzendenUiterlijk(view.datum),
              }
            : { ...pt.uitkomst },
    })),
    generatedAt: ctx.nowIso,
  });
  const { sha256 } = ctx.docs.put(pdf);
  ctx.tx(() => {
    ctx.sqlite
      .prepare(
        "UPDATE vergaderingen SET status = 'gehouden', notulen_sha256 = ? WHERE id = ? AND status = 'gepland'",
      )
      .run(sha256, vergaderingId);
    ctx.audit({ action: 'vergadering.sluit', objectType: 'vergadering', objectId: vergaderingId });
  });
  return vergaderingView(ctx, vergaderingId);
}

export function notulen(ctx: AuthedContext, vergaderingId: number) {
  const m = loadMeeting(ctx, vergaderingId);
  if (!m.notulen_sha256) throw notFound('Het verslag van deze vergadering');
  ctx.tx(() =>
    ctx.audit({
      action: 'vergadering.notulen',
      objectType: 'vergadering',
      objectId: vergaderingId,
    }),
  );
  return {
    fileName: `Verslag TLA-vergadering ${m.datum}.pdf`,
    dataBase64: ctx.docs.get(m.notulen_sha256).toString('base64'),
  };
}
