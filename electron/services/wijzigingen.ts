import type { z } from 'zod';
import type { AuthedContext } from '../core/context';
import type { editableFields } from '../contract/aanvraag';
import { domainError, notFound } from '../core/errors';
import { isAwaitingDecision } from '../domain/workflow';
import type { AanvraagState } from '../domain/types';
import { assertAanvraagRules } from './intake';
import { takeTransition } from './workflow';

// §3.1: edits keep history — one row per changed field with old and new value, who, when and why.

type Changes = z.output<typeof editableFields>;

const COLUMNS: Readonly<Record<keyof Changes, string>> = {
  soort: 'soort',
  leerlingNaam: 'leerling_naam',
  leerlingGeboortedatum: 'leerling_geboortedatum',
  groep: 'groep',
  woonplaats: 'woonplaats',
  schoolId: 'school_id',
  schoolsoort: 'schoolsoort',
  categorie: 'categorie',
  gewensteStartdatum: 'gewenste_startdatum',
  oudersNaam: 'ouders_naam',
  oudersAdres: 'ouders_adres',
  oudersPostcode: 'ouders_postcode',
  oudersPlaats: 'ouders_plaats',
  oudersAkkoord: 'ouders_akkoord',
  begeleiderNaam: 'begeleider_naam',
  begeleiderNotitie: 'begeleider_notitie',
  ontvangenOp: 'ontvangen_op',
};

const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);

export function updateAanvraag(
  ctx: AuthedContext,
  input: { aanvraagId: number; changes: Changes; reden: string },
) {
  return ctx.tx(() => {
    const row = ctx.sqlite.prepare('SELECT * FROM aanvragen WHERE id = ?').get(input.aanvraagId) as
      Record<string, unknown> | undefined;
    if (!row) throw notFound();
    if (!isAwaitingDecision(row.state as AanvraagState))
      throw domainError('Na het besluit kunnen de gegevens niet meer worden gewijzigd.');
    const next = { ...row };
    let changed = 0;
    for (const [field, value] of Object.entries(input.changes) as [keyof Changes, unknown][]) {
      if (value === undefined) continue;
      const column = COLUMNS[field];
      const stored = typeof value === 'boolean' ? (value ? 1 : 0) : value;
      if (row[column] === stored) continue;
      next[column] = stored;
      const oud = typeof value === 'boolean' ? asText(row[column] === 1) : asText(row[column]);
      ctx.sqlite
        .prepare(
          'INSERT INTO aanvraag_wijzigingen (aanvraag_id, veld, oud, nieuw, reden, actor_user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(input.aanvraagId, field, oud, asText(value), input.reden, ctx.user.id, ctx.nowIso);
      ctx.sqlite
        .prepare(`UPDATE aanvragen SET ${column} = ?, updated_at = ? WHERE id = ?`)
        .run(stored, ctx.nowIso, input.aanvraagId);
      changed += 1;
    }
    // The same rules as at registration, on the row after the change (rolled back when broken).
    assertAanvraagRules(ctx, {
      ontvangenOp: String(next.ontvangen_op),
      leerlingGeboortedatum: String(next.leerling_geboortedatum),
      schoolsoort: next.schoolsoort as 'SBO' | 'SO',
      categorie: (next.categorie as 'laag' | 'midden' | 'hoog' | null) ?? null,
      schoolId: Number(next.school_id),
    });
    ctx.audit({
      action: 'aanvraag.update',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
      details: String(changed),
    });
    return { changed };
  });
}

export function listWijzigingen(ctx: AuthedContext, aanvraagId: number) {
  return ctx.sqlite
    .prepare(
      `SELECT w.veld, w.oud, w.nieuw, w.reden, u.naam AS actorNaam, w.at FROM aanvraag_wijzigingen w
       JOIN users u ON u.id = w.actor_user_id WHERE w.aanvraag_id = ? ORDER BY w.id DESC`,
    )
    .all(aanvraagId) as {
    veld: string;
    oud: string | null;
    nieuw: string | null;
    reden: string;
    actorNaam: string;
    at: string;
  }[];
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
