import type { z } from 'zod';
import type { Contract } from '../contract';
import type { AuthedContext } from '../core/context';
import { forbidden } from '../core/errors';
import { periodFromTo, periodOf, type Period } from '../domain/doorlooptijd';
import {
  isLeeg,
  rapportage,
  type AanvraagFeiten,
  type Kengetallen,
  type Rapportage,
} from '../domain/rapportage';
import {
  FIGUREN,
  rapportageAlsTabellen,
  idsAchterFiguur,
  TLV_EINDE_FIGUREN,
  RAPPORT_SECTIES,
} from '../domain/rapportage-figuren';
import { isOfficeRole } from '../domain/types';
import { lijstRijen } from './alle-aanvragen';
import { bewaardeMaat, rapportageFeiten } from './rapportage-feiten';

// Reports (§11, issue 12). The facts of every aanvraag come from ./rapportage-feiten (kept per
// connection, the changed ones read again); every figure is the domain's (domain/rapportage.ts):
// SQL selects, it never counts a doorlooptijd or a behaald.
//
// Not audited: a report shows counts of the office's own work, nothing a role may not see in Alle
// aanvragen, and the list behind a figure is such a list (reading Alle aanvragen is not audited
// either); opening an aanvraag from it is audited as always. Exports of a report are (issue 12).

type Vraag = z.output<Contract['rapportage.kengetallen']['input']>;
type LijstVraag = z.output<Contract['rapportage.aanvragen']['input']>;

export function periodeVan(p: Vraag['periode']): Period {
  return p.soort === 'vrij' ? periodFromTo(p.van, p.tot) : periodOf(p.datum, p.soort);
}

function requireOffice(ctx: AuthedContext): void {
  if (!ctx.user.roles.some(isOfficeRole)) throw forbidden();
}

function bereken(
  ctx: AuthedContext,
  vraag: Vraag,
): { rows: readonly AanvraagFeiten[]; r: Rapportage } {
  requireOffice(ctx);
  const rows = rapportageFeiten(ctx);
  return {
    rows,
    r: rapportage({
      rows,
      periode: periodeVan(vraag.periode),
      indeling: vraag.indeling,
      today: ctx.today,
      maat: bewaardeMaat(ctx),
    }),
  };
}

/**
 * Reports of several periods over the facts read once (the jaarverslag: a school year and the one
 * before): the same computation as the screen's.
 */
export function rapportagesVan(ctx: AuthedContext, vragen: readonly Vraag[]): Rapportage[] {
  requireOffice(ctx);
  const rows = rapportageFeiten(ctx);
  const maat = bewaardeMaat(ctx);
  return vragen.map((vraag) =>
    rapportage({
      rows,
      periode: periodeVan(vraag.periode),
      indeling: vraag.indeling,
      today: ctx.today,
      maat,
    }),
  );
}

const ALLE_FIGUREN = [...RAPPORT_SECTIES.flatMap((s) => s.figuren), ...TLV_EINDE_FIGUREN];

function waardenVan(k: Kengetallen): Record<string, number | null> {
  return Object.fromEntries(ALLE_FIGUREN.map((f) => [f.sleutel, f.waarde(k)]));
}

const periodeView = (p: Period) => ({ label: p.label, from: p.from, to: p.to });

/** A report as the tables of its export (domain/rapportage-figuren.ts · rapportageAlsTabellen). */
export function rapportageExportTabellen(ctx: AuthedContext, vraag: Vraag) {
  return rapportageAlsTabellen(bereken(ctx, vraag).r);
}

export function kengetallen(ctx: AuthedContext, vraag: Vraag) {
  const { r } = bereken(ctx, vraag);
  return {
    periode: periodeView(r.periode),
    indeling: r.indeling,
    leeg: isLeeg(r.totaal),
    totaal: waardenVan(r.totaal),
    groepen: r.groepen.map((g) => ({
      sleutel: g.sleutel,
      naam: g.naam,
      waarden: waardenVan(g.kengetallen),
    })),
    perBestuur: r.perBestuur.map((b) => ({ naam: b.naam, ontvangen: b.ontvangen.aantal })),
    perMaand: r.perMaand.map((m) => ({ ...m })),
    tlvMaanden: r.tlvMaanden.map(periodeView),
  };
}

/** The aanvragen behind one figure, newest first (as Alle aanvragen), a page at a time. */
export function aanvragenAchterFiguur(ctx: AuthedContext, vraag: LijstVraag) {
  const { rows, r } = bereken(ctx, vraag);
  const ids = idsAchterFiguur(r, vraag.figuur, vraag.groep) ?? [];
  const ontvangen = new Map(rows.map((x) => [x.id, x.ontvangenOp]));
  const sorted = [...ids].sort(
    (a, b) => (ontvangen.get(b) ?? '').localeCompare(ontvangen.get(a) ?? '') || b - a,
  );
  const page = sorted.slice(vraag.offset, vraag.offset + vraag.limit);
  const groep =
    vraag.groep === null ? null : (r.groepen.find((g) => g.sleutel === vraag.groep)?.naam ?? null);
  return {
    periode: periodeView(r.periode),
    figuur: FIGUREN.get(vraag.figuur)?.label ?? vraag.figuur,
    groep,
    total: sorted.length,
    rows: lijstRijen(ctx, page),
  };
}
