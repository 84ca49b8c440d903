import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { aanvragen, auditLog, bezwaren, brieven, documenten, users } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { formatDutchDate, toIsoDateFromInstant } from '../domain/calendar';
import {
  LOKALE_BRON,
  logboekActie,
  logboekDetails,
  periodeGrenzen,
  toCsv,
} from '../domain/logboek';
import type { IsoDate } from '../domain/types';
import { verifyAuditChain } from './audit';

// Issue 11 · the Logboek (S6): the audit log for the functioneel beheerder — who opened or changed
// which dossier, when, from where. What it shows: the user's name (the beheerder manages the
// accounts), the action in Dutch, and a dossier by its kenmerk only. Never the pupil's name or any
// content: the beheerder sees no dossier (need-to-know, §2), and the audit log holds none either
// (its `details` are field names, counts and keys, never free text).

export interface LogboekFilter {
  readonly van: IsoDate | null;
  readonly tot: IsoDate | null;
  readonly userId: number | null;
  readonly actie: string | null;
  readonly kenmerk: string | null;
}

/** The kenmerk of the dossier an audit row is about, when it is about one (also via its parts). */
const kenmerkVan = sql<string | null>`CASE ${auditLog.objectType}
  WHEN 'aanvraag' THEN (SELECT ${aanvragen.referentie} FROM ${aanvragen} WHERE ${aanvragen.id} = ${auditLog.objectId})
  WHEN 'document' THEN (SELECT a.referentie FROM ${documenten} d JOIN ${aanvragen} a ON a.id = d.aanvraag_id WHERE d.id = ${auditLog.objectId})
  WHEN 'brief' THEN (SELECT a.referentie FROM ${brieven} b JOIN ${aanvragen} a ON a.id = b.aanvraag_id WHERE b.id = ${auditLog.objectId})
  WHEN 'bezwaar' THEN (SELECT a.referentie FROM ${bezwaren} z JOIN ${aanvragen} a ON a.id = z.aanvraag_id WHERE z.id = ${auditLog.objectId})
END`;

/** The name of the user an audit row is about (accounts, logins): the beheerder manages them. */
const gebruikerVan = sql<string | null>`CASE WHEN ${auditLog.objectType} = 'user'
  THEN (SELECT u.naam FROM ${users} u WHERE u.id = ${auditLog.objectId}) END`;

const OBJECT_LABELS: Readonly<Record<string, string>> = {
  aanvraag: 'Aanvraag',
  document: 'Document',
  brief: 'Brief',
  bezwaar: 'Bezwaar',
  user: 'Gebruiker',
  deskundige: 'Deskundige',
  vergadering: 'Vergadering',
  settings: 'Instellingen',
  school: 'School',
  bestuur: 'Schoolbestuur',
  brief_tekst: 'Brieftekst',
  vernietigingsvoorstel: 'Voorstel tot vernietiging',
  logboek: 'Logboek',
  database: 'Database',
  export: 'Export',
};

function objectOmschrijving(
  type: string,
  id: number | null,
  kenmerk: string | null,
  gebruiker: string | null,
): string {
  const label = OBJECT_LABELS[type] ?? type;
  if (gebruiker !== null) return `${label} ${gebruiker}`;
  if (type === 'aanvraag' && kenmerk !== null) return `Aanvraag ${kenmerk}`;
  if (kenmerk !== null) return `${label} ${id ?? ''} van ${kenmerk}`;
  return id === null ? label : `${label} ${id}`;
}

/** The WHERE of a filter; null when it matches nothing (an unknown kenmerk). */
function where(ctx: AuthedContext, f: LogboekFilter): SQL | undefined | null {
  const parts: (SQL | undefined)[] = [];
  const { from, before } = periodeGrenzen(f.van, f.tot);
  if (from !== null) parts.push(gte(auditLog.at, from));
  if (before !== null) parts.push(lt(auditLog.at, before));
  if (f.userId !== null)
    parts.push(
      or(
        eq(auditLog.actorUserId, f.userId),
        // A login has no actor yet (there is no session): its user is the object.
        and(
          eq(auditLog.action, 'auth.login'),
          eq(auditLog.objectType, 'user'),
          eq(auditLog.objectId, f.userId),
        ),
      ),
    );
  if (f.actie !== null) parts.push(eq(auditLog.action, f.actie));
  if (f.kenmerk !== null) {
    const a = ctx.db
      .select({ id: aanvragen.id })
      .from(aanvragen)
      .where(sql`${aanvragen.referentie} = ${f.kenmerk.trim()} COLLATE NOCASE`)
      .get();
    if (!a) return null;
    const of = (type: string, ids: SQL) =>
      and(eq(auditLog.objectType, type), inArray(auditLog.objectId, ids));
    parts.push(
      or(
        and(eq(auditLog.objectType, 'aanvraag'), eq(auditLog.objectId, a.id)),
        of('document', sql`(SELECT id FROM ${documenten} WHERE aanvraag_id = ${a.id})`),
        of('brief', sql`(SELECT id FROM ${brieven} WHERE aanvraag_id = ${a.id})`),
        of('bezwaar', sql`(SELECT id FROM ${bezwaren} WHERE aanvraag_id = ${a.id})`),
      ),
    );
  }
  return parts.length === 0 ? undefined : and(...parts);
}

function rowsOf(ctx: AuthedContext, cond: SQL | undefined, offset: number, limit: number) {
  return ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      gebruiker: users.naam,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      details: auditLog.details,
      bron: auditLog.bron,
      kenmerk: kenmerkVan,
      overGebruiker: gebruikerVan,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(cond)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => ({
      id: r.id,
      at: r.at,
      // A login is written before there is a session: its user is the object.
      gebruiker:
        r.gebruiker ??
        (r.action === 'auth.login' && r.overGebruiker !== null
          ? r.overGebruiker
          : r.actorUserId === null
            ? 'TLA (systeem)'
            : `Gebruiker ${r.actorUserId}`),
      actie: r.action,
      actieLabel: logboekActie(r.action),
      object: objectOmschrijving(r.objectType, r.objectId, r.kenmerk, r.overGebruiker),
      kenmerk: r.kenmerk,
      details: logboekDetails(r.action, r.details),
      // Issue 13: a call from another machine names its client address.
      bron: r.bron ?? LOKALE_BRON,
    }));
}

/** One page of the log, newest first, with the total of the filter. */
export function logboekLijst(
  ctx: AuthedContext,
  input: LogboekFilter & { offset: number; limit: number },
) {
  const cond = where(ctx, input);
  if (cond === null) return { total: 0, rows: [] };
  const total =
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(cond)
      .get()?.n ?? 0;
  return { total, rows: rowsOf(ctx, cond, input.offset, input.limit) };
}

/** What the filters offer: every user (also deactivated) and the actions that occur in the log. */
export function logboekFilters(ctx: AuthedContext) {
  const gebruikers = ctx.db
    .select({ id: users.id, naam: users.naam })
    .from(users)
    .orderBy(asc(users.naam))
    .all();
  const acties = ctx.db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .all()
    .map((r) => ({ value: r.action, label: logboekActie(r.action) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return { gebruikers, acties };
}

/** At most this many rows in one export (a longer period is exported in parts). */
export const LOGBOEK_EXPORT_MAX = 200_000;

/** The filtered log as CSV (UTF-8 with BOM, ';'), itself written to the log. */
export function logboekExport(ctx: AuthedContext, input: LogboekFilter) {
  const cond = where(ctx, input);
  const rows = cond === null ? [] : rowsOf(ctx, cond, 0, LOGBOEK_EXPORT_MAX);
  const csv = toCsv(
    [
      'Nummer',
      'Tijdstip',
      'Datum',
      'Gebruiker',
      'Actie',
      'Code',
      'Object',
      'Kenmerk',
      'Details',
      'Vanaf',
    ],
    rows.map((r) => [
      String(r.id),
      r.at,
      toIsoDateFromInstant(r.at),
      r.gebruiker,
      r.actieLabel,
      r.actie,
      r.object,
      r.kenmerk ?? '',
      r.details ?? '',
      r.bron,
    ]),
  );
  ctx.tx(() =>
    ctx.audit({
      action: 'logboek.export',
      objectType: 'logboek',
      objectId: null,
      details: String(rows.length),
    }),
  );
  return {
    fileName: `Logboek TLA ${ctx.today}.csv`,
    dataBase64: Buffer.from(csv, 'utf8').toString('base64'),
    rijen: rows.length,
  };
}

/** 'Controleer de keten': walks the hash chain and says, in Dutch, whether it is whole. */
export function controleerKeten(ctx: AuthedContext) {
  const rijen =
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .get()?.n ?? 0;
  const fout = verifyAuditChain(ctx.sqlite);
  const foutRij =
    fout === null
      ? null
      : (ctx.db
          .select({ id: auditLog.id, at: auditLog.at })
          .from(auditLog)
          .where(eq(auditLog.id, fout))
          .get() ?? null);
  ctx.tx(() =>
    ctx.audit({
      action: 'logboek.controle',
      objectType: 'logboek',
      objectId: fout,
      details: fout === null ? 'intact' : 'afwijking',
    }),
  );
  return {
    intact: fout === null,
    rijen,
    eersteAfwijking: foutRij,
    melding:
      fout === null
        ? `De keten is heel: alle ${rijen} regels van het logboek kloppen met hun hash en sluiten op elkaar aan.`
        : `De keten is verbroken bij regel ${fout}${foutRij ? ` (${formatDutchDate(toIsoDateFromInstant(foutRij.at))})` : ''}: deze regel of een regel ervoor is na het schrijven veranderd of verwijderd. Neem contact op met de leverancier en bewaar een back-up van dit moment.`,
  };
}
