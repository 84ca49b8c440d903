import type { z } from 'zod';
import type { AuthedContext } from '../core/context';
import type { bezwaarStap } from '../contract/termijnen';
import { conflict, domainError, notFound, UserFacingError } from '../core/errors';
import {
  adviesaanvraagUiterlijk,
  beslissingOpBezwaarUiterlijk,
  bezwaartermijnEnd,
  isBezwaarTijdig,
  ontvangstbevestigingUiterlijk,
} from '../domain/bezwaar';
import { compareIsoDates } from '../domain/calendar';
import { renderOntvangstbevestigingBezwaar } from '../letters/index';
import { periodeProblems } from '../domain/advies';
import { formatVolgnummer } from '../domain/volgnummer';
import { renderVerklaring } from '../letters/index';
import { neemVolgnummer, serialised, volgnummerTeller } from './besluit';
import { briefBasis, storeBrief } from './brieven';
import { loadAanvraagRow } from './dossier';
import { readSwvSettings, readTermijnSettings } from './settings';
import { takeTransition } from './workflow';

// §9: bezwaar (Awb 6:7–6:9, 7:10). The terms are the domain's; this records the steps.

type Stap = z.output<typeof bezwaarStap>;

interface BezwaarRow {
  id: number;
  aanvraag_id: number;
  ontvangen_op: string;
  postmarked_on: string | null;
  door_ouders: number;
  door_school: number;
  ontvangstbevestiging_op: string | null;
  advies_gevraagd_op: string | null;
  advies_ontvangen_op: string | null;
  advies_samenvatting: string | null;
  verdaagd: number;
  uitkomst: 'gegrond' | 'ongegrond' | null;
  herzien_besluit: string | null;
  beslist_op: string | null;
  gesloten_op: string | null;
}

function verzondenOp(ctx: AuthedContext, aanvraagId: number): string | null {
  const b = ctx.sqlite
    .prepare('SELECT verzonden_op FROM besluiten WHERE aanvraag_id = ?')
    .get(aanvraagId) as { verzonden_op: string | null } | undefined;
  if (b) return b.verzonden_op;
  const e = ctx.sqlite
    .prepare(
      "SELECT substr(at, 1, 10) AS d FROM workflow_events WHERE aanvraag_id = ? AND event = 'buiten_behandeling' ORDER BY id DESC LIMIT 1",
    )
    .get(aanvraagId) as { d: string } | undefined;
  return e?.d ?? null;
}

function view(ctx: AuthedContext, r: BezwaarRow) {
  const settings = readTermijnSettings(ctx.db);
  const sent = verzondenOp(ctx, r.aanvraag_id);
  const end = sent ? bezwaartermijnEnd(sent) : null;
  const tijdig = sent
    ? isBezwaarTijdig({
        verzondenOp: sent,
        ontvangenOp: r.ontvangen_op,
        postmarkedOn: r.postmarked_on,
      })
    : { tijdig: true, reden: 'Het besluit is nog niet verzonden.' };
  return {
    id: r.id,
    ontvangenOp: r.ontvangen_op,
    postmarkedOn: r.postmarked_on,
    doorOuders: r.door_ouders === 1,
    doorSchool: r.door_school === 1,
    tijdig: tijdig.tijdig,
    tijdigReden: tijdig.reden,
    verzondenOp: sent,
    bezwaartermijnEnd: end,
    ontvangstbevestigingUiterlijk: ontvangstbevestigingUiterlijk(
      r.ontvangen_op,
      settings.ontvangstbevestigingWerkdagen,
      settings.sluitingsdagen,
    ),
    ontvangstbevestigingOp: r.ontvangstbevestiging_op,
    adviesaanvraagUiterlijk: adviesaanvraagUiterlijk(r.ontvangen_op),
    adviesGevraagdOp: r.advies_gevraagd_op,
    adviesOntvangenOp: r.advies_ontvangen_op,
    adviesSamenvatting: r.advies_samenvatting,
    beslissingUiterlijk: end ? beslissingOpBezwaarUiterlijk(end, r.verdaagd === 1) : null,
    verdaagd: r.verdaagd === 1,
    uitkomst: r.uitkomst,
    beslistOp: r.beslist_op,
    geslotenOp: r.gesloten_op,
    herzienBesluit: r.herzien_besluit ? JSON.parse(r.herzien_besluit) : null,
  };
}

function load(ctx: AuthedContext, aanvraagId: number): BezwaarRow | null {
  return (
    (ctx.sqlite
      .prepare('SELECT * FROM bezwaren WHERE aanvraag_id = ? ORDER BY id DESC LIMIT 1')
      .get(aanvraagId) as BezwaarRow | undefined) ?? null
  );
}

export function getBezwaar(ctx: AuthedContext, aanvraagId: number) {
  const r = load(ctx, aanvraagId);
  return r ? view(ctx, r) : null;
}

export function registreerBezwaar(
  ctx: AuthedContext,
  input: {
    aanvraagId: number;
    ontvangenOp: string;
    postmarkedOn: string | null;
    doorOuders: boolean;
    doorSchool: boolean;
  },
) {
  if (!input.doorOuders && !input.doorSchool)
    throw new UserFacingError(
      'invalid_input',
      'Kies wie het bezwaar indient: ouders, school of beide.',
      'doorOuders',
    );
  if (compareIsoDates(input.ontvangenOp, ctx.today) > 0)
    throw new UserFacingError(
      'invalid_input',
      'De ontvangstdatum ligt in de toekomst.',
      'ontvangenOp',
    );
  if (input.postmarkedOn && compareIsoDates(input.postmarkedOn, input.ontvangenOp) > 0) {
    throw new UserFacingError(
      'invalid_input',
      'De poststempel ligt na de ontvangstdatum.',
      'postmarkedOn',
    );
  }
  const sent = verzondenOp(ctx, input.aanvraagId);
  if (sent && compareIsoDates(input.ontvangenOp, sent) < 0)
    throw new UserFacingError(
      'invalid_input',
      'Het bezwaar is ontvangen vóór het besluit is verzonden.',
      'ontvangenOp',
    );
  return ctx.tx(() => {
    takeTransition(ctx, input.aanvraagId, 'registreer_bezwaar', ctx.user.roles, ctx.user.id);
    const id = Number(
      ctx.sqlite
        .prepare(
          'INSERT INTO bezwaren (aanvraag_id, ontvangen_op, postmarked_on, door_ouders, door_school, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.aanvraagId,
          input.ontvangenOp,
          input.postmarkedOn,
          input.doorOuders ? 1 : 0,
          input.doorSchool ? 1 : 0,
          ctx.user.id,
          ctx.nowIso,
        ).lastInsertRowid,
    );
    ctx.audit({ action: 'bezwaar.registreer', objectType: 'bezwaar', objectId: id });
    return view(ctx, load(ctx, input.aanvraagId) as BezwaarRow);
  });
}

const COLUMN: Readonly<Record<Exclude<Stap['stap'], 'beslist'>, string>> = {
  ontvangstbevestiging: 'ontvangstbevestiging_op',
  advies_gevraagd: 'advies_gevraagd_op',
  advies_ontvangen: 'advies_ontvangen_op',
  verdaagd: 'verdaagd',
  gesloten: 'gesloten_op',
};

export async function bezwaarStapZetten(ctx: AuthedContext, aanvraagId: number, stap: Stap) {
  // A gegrond bezwaar with a TLV is a new decision with a new volgnummer: serialised like adoption.
  return stap.stap === 'beslist'
    ? serialised(() => stapZetten(ctx, aanvraagId, stap))
    : stapZetten(ctx, aanvraagId, stap);
}

async function stapZetten(ctx: AuthedContext, aanvraagId: number, stap: Stap) {
  const r = load(ctx, aanvraagId);
  if (!r) throw notFound('Dit bezwaar');
  if (r.gesloten_op) throw domainError('Dit bezwaar is gesloten.');
  if (compareIsoDates(stap.datum, r.ontvangen_op) < 0)
    throw new UserFacingError(
      'invalid_input',
      'Deze datum ligt vóór de ontvangst van het bezwaar.',
      'datum',
    );
  if (compareIsoDates(stap.datum, ctx.today) > 0)
    throw new UserFacingError('invalid_input', 'Deze datum ligt in de toekomst.', 'datum');
  const pdf =
    stap.stap === 'ontvangstbevestiging' ? await ontvangstbevestiging(ctx, r, stap.datum) : null;
  const herzien =
    stap.stap === 'beslist' && stap.uitkomst === 'gegrond' && !r.uitkomst
      ? await herzieneVerklaring(ctx, aanvraagId, stap)
      : null;
  return ctx.tx(() => {
    if (stap.stap === 'beslist') {
      if (r.uitkomst) throw conflict('Op dit bezwaar is al beslist.');
      if (stap.uitkomst === 'gegrond' && !stap.herzienBesluit)
        throw new UserFacingError(
          'invalid_input',
          'Bij een gegrond bezwaar hoort een nieuw besluit.',
          'herzienBesluit',
        );
      if (herzien) {
        neemVolgnummer(ctx, herzien.year, herzien.counter);
        storeBrief(ctx, aanvraagId, 'verklaring', herzien.pdf);
      }
      const besluit = stap.herzienBesluit
        ? { ...stap.herzienBesluit, volgnummer: herzien?.volgnummer ?? null }
        : null;
      ctx.sqlite
        .prepare(
          'UPDATE bezwaren SET uitkomst = ?, beslist_op = ?, herzien_besluit = ? WHERE id = ?',
        )
        .run(stap.uitkomst, stap.datum, besluit ? JSON.stringify(besluit) : null, r.id);
      takeTransition(
        ctx,
        aanvraagId,
        'beslis_op_bezwaar',
        ctx.user.roles,
        ctx.user.id,
        stap.uitkomst,
      );
    } else if (stap.stap === 'verdaagd') {
      if (r.verdaagd)
        throw conflict(
          'De beslistermijn op bezwaar is al eens verdaagd (Awb 7:10 lid 3: één keer).',
        );
      ctx.sqlite.prepare('UPDATE bezwaren SET verdaagd = 1 WHERE id = ?').run(r.id);
    } else {
      ctx.sqlite
        .prepare(`UPDATE bezwaren SET ${COLUMN[stap.stap]} = ? WHERE id = ?`)
        .run(stap.datum, r.id);
      if (stap.stap === 'advies_ontvangen')
        ctx.sqlite
          .prepare('UPDATE bezwaren SET advies_samenvatting = ? WHERE id = ?')
          .run(stap.samenvatting, r.id);
    }
    if (pdf) storeBrief(ctx, aanvraagId, 'ontvangstbevestiging_bezwaar', pdf);
    ctx.audit({ action: `bezwaar.${stap.stap}`, objectType: 'bezwaar', objectId: r.id });
    return view(ctx, load(ctx, aanvraagId) as BezwaarRow);
  });
}

async function ontvangstbevestiging(
  ctx: AuthedContext,
  r: BezwaarRow,
  datum: string,
): Promise<Uint8Array> {
  const a = loadAanvraagRow(ctx, r.aanvraag_id);
  const besluit = ctx.sqlite
    .prepare('SELECT besluitdatum, volgnummer FROM besluiten WHERE aanvraag_id = ?')
    .get(r.aanvraag_id) as { besluitdatum: string; volgnummer: string | null } | undefined;
  const sent = verzondenOp(ctx, r.aanvraag_id) ?? datum;
  const end = bezwaartermijnEnd(sent);
  const ouders = r.door_ouders === 1;
  return renderOntvangstbevestigingBezwaar({
    ...briefBasis(ctx, r.aanvraag_id, datum),
    indieners: ouders && r.door_school === 1 ? 'ouders_en_school' : ouders ? 'ouders' : 'school',
    geadresseerde: ouders
      ? {
          soort: 'ouders',
          ouders: {
            naam: a.ouders_naam,
            adres: a.ouders_adres,
            postcode: a.ouders_postcode,
            plaats: a.ouders_plaats,
          },
        }
      : { soort: 'school' },
    ontvangstdatum: r.ontvangen_op,
    besluitdatum: besluit?.besluitdatum ?? sent,
    volgnummer: besluit?.volgnummer ?? null,
    bezwaartermijnEinde: end,
    beslistermijnEinde: beslissingOpBezwaarUiterlijk(end, false),
    commissie: 'Landelijke Bezwaaradviescommissie TLV',
  });
}

/**
 * §9: a gegrond bezwaar revises the decision. When the revised decision gives a TLV, a new
 * TLV-verklaring with a new volgnummer is made (the old one stays stored: a correction is a new
 * version that references the old one, §7).
 */
async function herzieneVerklaring(
  ctx: AuthedContext,
  aanvraagId: number,
  stap: Extract<Stap, { stap: 'beslist' }>,
) {
  const h = stap.herzienBesluit;
  if (!h || h.uitkomst !== 'tlv_afgegeven') return null;
  const problems = periodeProblems({
    schoolsoort: h.schoolsoort,
    categorie: h.categorie,
    ingangsdatum: h.begindatum,
    einddatum: h.einddatum,
  });
  if (problems.length > 0)
    throw new UserFacingError('invalid_input', problems.join(' '), 'herzienBesluit');
  const a = loadAanvraagRow(ctx, aanvraagId);
  const swv = readSwvSettings(ctx.db);
  const year = Number(stap.datum.slice(0, 4));
  const counter = volgnummerTeller(ctx, year);
  const volgnummer = formatVolgnummer(swv.code, year, counter + 1);
  const pdf = await renderVerklaring({
    swv: {
      naam: swv.naam,
      registratienummer: swv.registratienummer,
      adres: swv.adres,
      postcode: swv.postcode,
      plaats: swv.plaats,
    },
    volgnummer,
    leerling: { naam: a.leerling_naam, geboortedatum: a.leerling_geboortedatum },
    schoolsoort: h.schoolsoort as 'SO' | 'SBO',
    categorie: h.schoolsoort === 'SO' ? h.categorie : null,
    begindatum: h.begindatum as string,
    einddatum: h.einddatum as string,
    besluitdatum: stap.datum,
    directeur: { naam: briefBasis(ctx, aanvraagId, stap.datum).directeur.naam },
    school: { naam: a.school_naam, brin: a.brin },
    schoolbestuur: { naam: a.bestuur_naam },
    generatedAt: ctx.nowIso,
  });
  return { pdf, volgnummer, year, counter };
}
