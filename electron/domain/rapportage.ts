// Reports (rulebook §11, issue 12): the kengetallen of a period, in total and per group, from one
// row of facts per aanvraag. Every figure keeps the ids of the aanvragen behind it, so a screen can
// list them. The definitions of doorlooptijd, behaald and the periods are those of ./doorlooptijd;
// the beslistermijn and the suspended days those of ./termijnen and ./opschorting.
//
// Choices made here (and shown on the report screen):
// - An aanvraag counts as *ontvangen* in the period of its ontvangstdatum, as *afgehandeld* in the
//   period of its decision (or of its withdrawal: ingetrokken is an outcome, not a decision).
// - Doorlooptijd and behaald are measured as the term stood on the day of the decision: a
//   suspension still open then ends with the decision (its days after it do not count).
// - Median: the middle value, or the mean of the two middle ones; 90th percentile: nearest rank
//   (./doorlooptijd `percentileNearestRank`); mean with one decimal.
// - Unanimity: of the aanvragen decided with TLV afgegeven or niet afgegeven in the period, those
//   whose last comparison of the two advices (§6) was unanimous. The report reads only that verdict,
//   never an advice.
// - An opschorting counts in the period in which it was asked (its request day); its suspended days
//   count in the period in which each day falls, so one across a period boundary splits its days and
//   the months of a year add up to the year.
// - Schoolsoort and categorie: those of the TLV when one was issued (revised after a gegrond
//   bezwaar: the revised one), otherwise those the aanvraag asked for.
// - TLVs ending: per month from the month of today, twelve months, whatever the period.
import { addDays, compareIsoDates, daysBetween } from './calendar';
import {
  doorlooptijd,
  GETELDE_UITKOMSTEN,
  isInPeriod,
  mean,
  median,
  medianOfSorted,
  monthsOf,
  opTijd,
  percentageOf,
  percentileOfSorted,
  periodOf,
  type Doorlooptijd,
  type Period,
} from './doorlooptijd';
import {
  OPSCHORTING_GRONDEN,
  resumeDay,
  type Opschorting,
  type OpschortingGrond,
} from './opschorting';
import { beslistermijnMetOpschortingen } from './termijnen';
import {
  AANVRAAG_SOORT_LABELS,
  type AanvraagSoort,
  type BesluitUitkomst,
  type Categorie,
  type IsoDate,
  type Schoolsoort,
} from './types';

/** How a handled aanvraag ended: one of the three decisions (§7), or withdrawn by the school (§10). */
export const AFLOOP_SOORTEN = [
  'tlv_afgegeven',
  'tlv_niet_afgegeven',
  'buiten_behandeling',
  'ingetrokken',
] as const;
export type AfloopSoort = (typeof AFLOOP_SOORTEN)[number];

export const AFLOOP_LABELS: Readonly<Record<AfloopSoort, string>> = {
  tlv_afgegeven: 'TLV afgegeven',
  tlv_niet_afgegeven: 'TLV niet afgegeven',
  buiten_behandeling: 'Buiten behandeling',
  ingetrokken: 'Ingetrokken',
};

/** What a report can be broken down by (§11). */
export const INDELINGEN = [
  'geen',
  'bestuur',
  'school',
  'gemeente',
  'soort',
  'schoolsoort',
  'categorie',
] as const;
export type Indeling = (typeof INDELINGEN)[number];

export const INDELING_LABELS: Readonly<Record<Indeling, string>> = {
  geen: 'Geen (totaal)',
  bestuur: 'Schoolbestuur',
  school: 'School',
  gemeente: 'Gemeente',
  soort: 'Soort aanvraag',
  schoolsoort: 'Schoolsoort',
  categorie: 'Categorie',
};

export interface BezwaarFeit {
  readonly ontvangenOp: IsoDate;
  readonly uitkomst: 'gegrond' | 'ongegrond' | null;
  readonly beslistOp: IsoDate | null;
  readonly geslotenOp: IsoDate | null;
}

/** One aanvraag as the report sees it: the facts, gathered by the service, nothing computed. */
export interface AanvraagFeiten {
  readonly id: number;
  readonly ontvangenOp: IsoDate;
  /** The decision (or withdrawal) and its day; null while the aanvraag runs. */
  readonly afloop: { readonly soort: AfloopSoort; readonly op: IsoDate } | null;
  /** §6: the last comparison of the two advices; null when none was made. */
  readonly unaniem: boolean | null;
  readonly opschortingen: readonly Opschorting[];
  readonly verdaging: { readonly notifiedOn: IsoDate; readonly newEnd: IsoDate } | null;
  readonly bezwaren: readonly BezwaarFeit[];
  /** The end of the TLV in force (revised after a gegrond bezwaar), or null when none was issued. */
  readonly tlvEinde: IsoDate | null;
  readonly bestuur: { readonly id: number; readonly naam: string };
  readonly school: { readonly id: number; readonly naam: string };
  readonly gemeente: string | null;
  readonly soort: AanvraagSoort;
  readonly schoolsoort: Schoolsoort;
  readonly categorie: Categorie | null;
}

/** A count and the aanvragen behind it. */
export interface Telling {
  readonly aantal: number;
  readonly ids: readonly number[];
}

/** A share: `teller` of `noemer`, as a percentage with one decimal (null when noemer is 0). */
export interface Aandeel {
  readonly teller: Telling;
  readonly noemer: Telling;
  readonly percentage: number | null;
}

/** A distribution of days over the aanvragen behind it. */
export interface Spreiding {
  readonly mediaan: number | null;
  readonly p90: number | null;
  readonly gemiddelde: number | null;
  readonly ids: readonly number[];
}

export interface OpschortingFiguur {
  /** Suspensions asked in the period (one aanvraag may count twice). */
  readonly aantal: number;
  /** Suspended days that fall in the period. */
  readonly dagen: number;
  /** The aanvragen with a suspension asked in the period. */
  readonly ids: readonly number[];
  /** The aanvragen with suspended days in the period. */
  readonly dagenIds: readonly number[];
}

export interface Kengetallen {
  readonly ontvangen: Telling;
  /** Decided or withdrawn in the period. */
  readonly afgehandeld: Telling;
  /** Decided in the period (§7: the three decisions). */
  readonly besloten: Telling;
  readonly afloop: Readonly<Record<AfloopSoort, Telling>>;
  readonly unaniem: Aandeel;
  readonly doorlooptijdBruto: Spreiding;
  readonly doorlooptijdNetto: Spreiding;
  readonly behaald: Aandeel;
  readonly teLaat: Telling;
  readonly opschortingen: Readonly<Record<OpschortingGrond, OpschortingFiguur>>;
  readonly verdagingen: Telling;
  readonly bezwaren: {
    readonly ontvangen: Telling;
    readonly gegrond: Telling;
    readonly ongegrond: Telling;
    /** Closed without a decision on it (e.g. withdrawn). */
    readonly zonderBeslissing: Telling;
  };
  /** TLVs ending in each of the twelve months from the month of today (see `tlvMaanden`). */
  readonly tlvEinde: readonly Telling[];
}

export interface Groep {
  readonly sleutel: string;
  readonly naam: string;
  readonly kengetallen: Kengetallen;
}

export interface MaandPunt {
  /** 'yyyy-mm'. */
  readonly maand: string;
  readonly label: string;
  readonly besloten: number;
  readonly mediaanBruto: number | null;
  readonly mediaanNetto: number | null;
  readonly behaald: number | null;
}

export interface Rapportage {
  readonly periode: Period;
  readonly indeling: Indeling;
  readonly totaal: Kengetallen;
  /** The groups of the breakdown that have any figure, by name; empty for 'geen'. */
  readonly groepen: readonly Groep[];
  /** Received in the period per school board (the chart 'aanvragen per bestuur'), by name. */
  readonly perBestuur: readonly { readonly naam: string; readonly ontvangen: Telling }[];
  /** The months of the charts (see `grafiekMaanden`). */
  readonly perMaand: readonly MaandPunt[];
  /** The twelve months of `tlvEinde`, from the month of today. */
  readonly tlvMaanden: readonly Period[];
}

/**
 * The months the charts per month show: those of the period; for a period of less than three months
 * the twelve months up to and including its last month (a single bar says little).
 */
export function grafiekMaanden(periode: Period): Period[] {
  const months = monthsOf(periode);
  if (months.length >= 3) return months;
  const last = periodOf(periode.to, 'maand');
  return monthsOf({ from: addMonths(last.from, -11), to: last.to });
}

/** The first day of the month `n` months after the month of `first` (a first day). */
function addMonths(first: IsoDate, n: number): IsoDate {
  let m = periodOf(first, 'maand');
  for (let i = 0; i < Math.abs(n); i += 1)
    m = periodOf(n > 0 ? addDays(m.to, 1) : addDays(m.from, -1), 'maand');
  return m.from;
}

/** The twelve months from the month of `today` (TLVs ending, herindicatie: §8, §11). */
export function tlvMaanden(today: IsoDate): Period[] {
  const first = periodOf(today, 'maand');
  return monthsOf({ from: first.from, to: addDays(addMonths(first.from, 12), -1) });
}

/** What the decision of a handled aanvraag measures (§9), as the term stood on the day of it. */
export interface BesluitMaat {
  readonly doorlooptijd: Doorlooptijd;
  /** The end of the beslistermijn on the day of the decision (suspensions and verdaging included). */
  readonly end: IsoDate;
  readonly opTijd: boolean;
}

/**
 * §9: doorlooptijd and behaald of one decision. The suspensions count up to the day of the decision
 * (one still open then ends with it); a verdaging replaces the end by its new end date.
 */
export function besluitMaat(input: {
  readonly ontvangenOp: IsoDate;
  readonly besluitOp: IsoDate;
  readonly opschortingen: readonly Opschorting[];
  readonly verdaging: { readonly newEnd: IsoDate } | null;
}): BesluitMaat {
  const stand = beslistermijnMetOpschortingen({
    ontvangenOp: input.ontvangenOp,
    opschortingen: input.opschortingen,
    verdaging: input.verdaging,
    today: input.besluitOp,
  });
  return {
    doorlooptijd: doorlooptijd({
      ontvangenOp: input.ontvangenOp,
      besluitOp: input.besluitOp,
      suspendedDays: stand.suspendedDays,
    }),
    end: stand.end,
    opTijd: opTijd({ besluitOp: input.besluitOp, end: stand.end }),
  };
}

/**
 * The suspended days of `o` that fall in `period`. The suspended days are those after the request
 * day up to the day before the clock runs again (Awb 4:15, ./opschorting `suspendedDaysOf`); one
 * still running on `asOf` counts up to and including `asOf`.
 */
export function opgeschorteDagenIn(o: Opschorting, asOf: IsoDate, period: Period): number {
  // Asked on or after the period's last day: its first suspended day lies after the period.
  if (o.start >= period.to) return 0;
  const resume = resumeDay(o, asOf) ?? addDays(asOf, 1);
  const first = later(addDays(o.start, 1), period.from);
  const last = earlier(addDays(resume, -1), period.to);
  return Math.max(0, daysBetween(first, last) + 1);
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (compareIsoDates(a, b) >= 0 ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (compareIsoDates(a, b) <= 0 ? a : b);

const isBesluit = (s: AfloopSoort): s is BesluitUitkomst =>
  (GETELDE_UITKOMSTEN as readonly string[]).includes(s);

/** What one aanvraag contributes to the figures of the period, computed once. */
interface Bijdrage {
  readonly id: number;
  readonly ontvangen: boolean;
  readonly afloop: AfloopSoort | null;
  readonly unaniem: boolean | null;
  readonly maat: BesluitMaat | null;
  readonly opschortingen: readonly {
    grond: OpschortingGrond;
    gevraagd: boolean;
    dagen: number;
  }[];
  readonly verdaagd: boolean;
  readonly bezwaren: readonly {
    ontvangen: boolean;
    beslist: 'gegrond' | 'ongegrond' | 'zonder' | null;
  }[];
  readonly tlvMaand: number | null;
}

function bijdrage(
  r: AanvraagFeiten,
  maat: BesluitMaat | null,
  periode: Period,
  today: IsoDate,
  maandIndex: ReadonlyMap<string, number>,
): Bijdrage {
  const afloop = r.afloop !== null && isInPeriod(r.afloop.op, periode) ? r.afloop.soort : null;
  const asOf = r.afloop?.op ?? today;
  return {
    id: r.id,
    ontvangen: isInPeriod(r.ontvangenOp, periode),
    afloop,
    unaniem: afloop === 'tlv_afgegeven' || afloop === 'tlv_niet_afgegeven' ? r.unaniem : null,
    maat: afloop !== null && isBesluit(afloop) ? maat : null,
    opschortingen: r.opschortingen.map((o) => ({
      grond: o.grond,
      gevraagd: isInPeriod(o.start, periode),
      dagen: opgeschorteDagenIn(o, asOf, periode),
    })),
    verdaagd: r.verdaging !== null && isInPeriod(r.verdaging.notifiedOn, periode),
    bezwaren: r.bezwaren.map((b) => ({
      ontvangen: isInPeriod(b.ontvangenOp, periode),
      beslist:
        b.uitkomst !== null && b.beslistOp !== null && isInPeriod(b.beslistOp, periode)
          ? b.uitkomst
          : b.uitkomst === null && b.geslotenOp !== null && isInPeriod(b.geslotenOp, periode)
            ? 'zonder'
            : null,
    })),
    // Months are keyed 'yyyy-mm' (their first day's month): the TLV's end falls in one or none.
    tlvMaand: r.tlvEinde === null ? null : (maandIndex.get(r.tlvEinde.slice(0, 7)) ?? null),
  };
}

/**
 * §9: the measure of the decision of `r` (afgegeven, niet afgegeven, buiten behandeling); null
 * while it runs or when it was withdrawn. It depends on the row alone, not on the period, so a
 * caller that keeps the rows may keep their measures too (`rapportage`'s `maat`).
 */
export function besluitMaatVan(r: AanvraagFeiten): BesluitMaat | null {
  return r.afloop !== null && isBesluit(r.afloop.soort)
    ? besluitMaat({
        ontvangenOp: r.ontvangenOp,
        besluitOp: r.afloop.op,
        opschortingen: r.opschortingen,
        verdaging: r.verdaging,
      })
    : null;
}

/** The measure of every decision in `span`, once per row. */
function matenVan(
  rows: readonly AanvraagFeiten[],
  span: Period,
  maat: (r: AanvraagFeiten) => BesluitMaat | null,
): (BesluitMaat | null)[] {
  return rows.map((r) => (r.afloop !== null && isInPeriod(r.afloop.op, span) ? maat(r) : null));
}

/** Each aanvraag counts once in a list (its ids come in order, a repeat only right after itself). */
function telling(ids: readonly number[]): Telling {
  const list = ids.filter((id, i) => i === 0 || ids[i - 1] !== id);
  return { aantal: list.length, ids: list };
}

function spreiding(list: readonly { id: number; dagen: number }[]): Spreiding {
  const sorted = Float64Array.from(list, (l) => l.dagen).sort();
  return {
    mediaan: medianOfSorted(sorted),
    p90: percentileOfSorted(sorted, 90),
    gemiddelde: mean(list.map((l) => l.dagen)),
    ids: list.map((l) => l.id),
  };
}

function aandeel(teller: readonly number[], noemer: readonly number[]): Aandeel {
  return {
    teller: telling(teller),
    noemer: telling(noemer),
    percentage: percentageOf(teller.length, noemer.length),
  };
}

/** The figures of a list of contributions, in one pass over it. */
function kengetallenVan(list: readonly Bijdrage[]): Kengetallen {
  const ids = {
    ontvangen: [] as number[],
    afgehandeld: [] as number[],
    besloten: [] as number[],
    vergeleken: [] as number[],
    unaniem: [] as number[],
    opTijd: [] as number[],
    teLaat: [] as number[],
    verdaagd: [] as number[],
    bezwaarOntvangen: [] as number[],
    gegrond: [] as number[],
    ongegrond: [] as number[],
    zonder: [] as number[],
  };
  const afloop = Object.fromEntries(AFLOOP_SOORTEN.map((s) => [s, [] as number[]])) as Record<
    AfloopSoort,
    number[]
  >;
  const bruto: { id: number; dagen: number }[] = [];
  const netto: { id: number; dagen: number }[] = [];
  const ops = Object.fromEntries(
    OPSCHORTING_GRONDEN.map((g) => [
      g,
      { aantal: 0, dagen: 0, ids: [] as number[], dagenIds: [] as number[] },
    ]),
  ) as Record<
    OpschortingGrond,
    { aantal: number; dagen: number; ids: number[]; dagenIds: number[] }
  >;
  const tlv = Array.from({ length: 12 }, () => [] as number[]);
  for (const b of list) {
    if (b.ontvangen) ids.ontvangen.push(b.id);
    if (b.afloop !== null) {
      ids.afgehandeld.push(b.id);
      afloop[b.afloop].push(b.id);
    }
    if (b.maat !== null) {
      ids.besloten.push(b.id);
      bruto.push({ id: b.id, dagen: b.maat.doorlooptijd.gross });
      netto.push({ id: b.id, dagen: b.maat.doorlooptijd.net });
      (b.maat.opTijd ? ids.opTijd : ids.teLaat).push(b.id);
    }
    if (b.unaniem !== null) {
      ids.vergeleken.push(b.id);
      if (b.unaniem) ids.unaniem.push(b.id);
    }
    for (const o of b.opschortingen) {
      const f = ops[o.grond];
      if (o.gevraagd) {
        f.aantal += 1;
        f.ids.push(b.id);
      }
      if (o.dagen > 0) {
        f.dagen += o.dagen;
        f.dagenIds.push(b.id);
      }
    }
    if (b.verdaagd) ids.verdaagd.push(b.id);
    if (b.bezwaren.length > 0) {
      if (b.bezwaren.some((x) => x.ontvangen)) ids.bezwaarOntvangen.push(b.id);
      if (b.bezwaren.some((x) => x.beslist === 'gegrond')) ids.gegrond.push(b.id);
      if (b.bezwaren.some((x) => x.beslist === 'ongegrond')) ids.ongegrond.push(b.id);
      if (b.bezwaren.some((x) => x.beslist === 'zonder')) ids.zonder.push(b.id);
    }
    if (b.tlvMaand !== null) tlv[b.tlvMaand]?.push(b.id);
  }
  const opschortingen = {} as Record<OpschortingGrond, OpschortingFiguur>;
  for (const g of OPSCHORTING_GRONDEN) {
    const f = ops[g];
    opschortingen[g] = {
      aantal: f.aantal,
      dagen: f.dagen,
      ids: unique(f.ids),
      dagenIds: unique(f.dagenIds),
    };
  }
  return {
    ontvangen: telling(ids.ontvangen),
    afgehandeld: telling(ids.afgehandeld),
    besloten: telling(ids.besloten),
    afloop: Object.fromEntries(AFLOOP_SOORTEN.map((s) => [s, telling(afloop[s])])) as Record<
      AfloopSoort,
      Telling
    >,
    unaniem: aandeel(ids.unaniem, ids.vergeleken),
    doorlooptijdBruto: spreiding(bruto),
    doorlooptijdNetto: spreiding(netto),
    behaald: aandeel(ids.opTijd, ids.besloten),
    teLaat: telling(ids.teLaat),
    opschortingen,
    verdagingen: telling(ids.verdaagd),
    bezwaren: {
      ontvangen: telling(ids.bezwaarOntvangen),
      gegrond: telling(ids.gegrond),
      ongegrond: telling(ids.ongegrond),
      zonderBeslissing: telling(ids.zonder),
    },
    tlvEinde: tlv.map(telling),
  };
}

const unique = (ids: readonly number[]): number[] => [...new Set(ids)];

const CATEGORIE_NAMEN: Readonly<Record<Categorie, string>> = {
  laag: 'Laag',
  midden: 'Midden',
  hoog: 'Hoog',
};

/** The group of an aanvraag in a breakdown: a key and the Dutch name shown. */
export function groepVan(r: AanvraagFeiten, indeling: Indeling): { sleutel: string; naam: string } {
  switch (indeling) {
    case 'geen':
      return { sleutel: '', naam: 'Totaal' };
    case 'bestuur':
      return { sleutel: String(r.bestuur.id), naam: r.bestuur.naam };
    case 'school':
      return { sleutel: String(r.school.id), naam: r.school.naam };
    case 'gemeente':
      return r.gemeente === null || r.gemeente.trim() === ''
        ? { sleutel: '', naam: 'Gemeente onbekend' }
        : { sleutel: r.gemeente.trim(), naam: r.gemeente.trim() };
    case 'soort':
      return { sleutel: r.soort, naam: AANVRAAG_SOORT_LABELS[r.soort] };
    case 'schoolsoort':
      return { sleutel: r.schoolsoort, naam: r.schoolsoort };
    case 'categorie':
      if (r.schoolsoort === 'SBO') return { sleutel: 'sbo', naam: 'Geen (SBO)' };
      return r.categorie === null
        ? { sleutel: '', naam: 'Categorie onbekend' }
        : { sleutel: r.categorie, naam: CATEGORIE_NAMEN[r.categorie] };
    default: {
      const never: never = indeling;
      return never;
    }
  }
}

/** Whether a group has any figure worth a row (something received, handled, suspended, …). */
function heeftIets(k: Kengetallen): boolean {
  return heeftPeriodeCijfers(k) || k.tlvEinde.some((t) => t.aantal > 0);
}

function heeftPeriodeCijfers(k: Kengetallen): boolean {
  return (
    k.ontvangen.aantal > 0 ||
    k.afgehandeld.aantal > 0 ||
    k.verdagingen.aantal > 0 ||
    k.bezwaren.ontvangen.aantal > 0 ||
    k.bezwaren.gegrond.aantal + k.bezwaren.ongegrond.aantal + k.bezwaren.zonderBeslissing.aantal >
      0 ||
    OPSCHORTING_GRONDEN.some((g) => k.opschortingen[g].aantal > 0 || k.opschortingen[g].dagen > 0)
  );
}

const byName = (a: { naam: string }, b: { naam: string }) => a.naam.localeCompare(b.naam, 'nl');

function groepeer(
  rows: readonly AanvraagFeiten[],
  bijdragen: readonly Bijdrage[],
  indeling: Indeling,
): Groep[] {
  const groups = new Map<string, { naam: string; list: Bijdrage[] }>();
  rows.forEach((r, i) => {
    const g = groepVan(r, indeling);
    const entry = groups.get(g.sleutel) ?? { naam: g.naam, list: [] };
    entry.list.push(bijdragen[i] as Bijdrage);
    groups.set(g.sleutel, entry);
  });
  return [...groups.entries()]
    .map(([sleutel, g]) => ({ sleutel, naam: g.naam, kengetallen: kengetallenVan(g.list) }))
    .filter((g) => heeftIets(g.kengetallen))
    .sort(byName);
}

/** Received in the period per school board, by name (the chart; boards with none left out). */
function ontvangenPerBestuur(
  rows: readonly AanvraagFeiten[],
  bijdragen: readonly Bijdrage[],
): { naam: string; ontvangen: Telling }[] {
  const groups = new Map<number, { naam: string; ids: number[] }>();
  rows.forEach((r, i) => {
    if (!bijdragen[i]?.ontvangen) return;
    const entry = groups.get(r.bestuur.id) ?? { naam: r.bestuur.naam, ids: [] };
    entry.ids.push(r.id);
    groups.set(r.bestuur.id, entry);
  });
  return [...groups.values()]
    .map((g) => ({ naam: g.naam, ontvangen: telling(g.ids) }))
    .sort(byName);
}

/** The doorlooptijd and behaald of the decisions in each month of the charts. */
function perMaand(
  rows: readonly AanvraagFeiten[],
  maten: readonly (BesluitMaat | null)[],
  maanden: readonly Period[],
): MaandPunt[] {
  const index = new Map(maanden.map((m, i) => [m.from.slice(0, 7), i]));
  const buckets = maanden.map(() => [] as BesluitMaat[]);
  rows.forEach((r, i) => {
    const maat = maten[i];
    if (r.afloop === null || maat === null || maat === undefined) return;
    const m = index.get(r.afloop.op.slice(0, 7));
    if (m !== undefined) buckets[m]?.push(maat);
  });
  return maanden.map((m, i) => {
    const list = buckets[i] ?? [];
    return {
      maand: m.from.slice(0, 7),
      label: m.label,
      besloten: list.length,
      mediaanBruto: median(list.map((x) => x.doorlooptijd.gross)),
      mediaanNetto: median(list.map((x) => x.doorlooptijd.net)),
      behaald: percentageOf(list.filter((x) => x.opTijd).length, list.length),
    };
  });
}

/**
 * A quick first sieve (a superset): the rows that may add to any figure of the report; the figures
 * themselves are decided by the rules above. ISO dates compare as strings in date order, which is
 * all this needs; 50,000 rows of which a month touches a few hundred.
 */
function raaktPeriode(
  periode: Period,
  grafiek: readonly Period[],
  maanden: readonly Period[],
  today: IsoDate,
): (r: AanvraagFeiten) => boolean {
  const { from, to } = periode;
  const binnen = (d: IsoDate | null | undefined, van: IsoDate, tot: IsoDate): boolean =>
    d !== null && d !== undefined && d >= van && d <= tot;
  const besluitVan = grafiek[0]?.from ?? from;
  const besluitVanaf = besluitVan < from ? besluitVan : from;
  const besluitTot = (grafiek.at(-1)?.to ?? to) > to ? (grafiek.at(-1)?.to ?? to) : to;
  const tlvVan = maanden[0]?.from ?? today;
  const tlvTot = maanden.at(-1)?.to ?? today;
  return (r) =>
    binnen(r.ontvangenOp, from, to) ||
    binnen(r.afloop?.op, besluitVanaf, besluitTot) ||
    binnen(r.verdaging?.notifiedOn, from, to) ||
    binnen(r.tlvEinde, tlvVan, tlvTot) ||
    r.opschortingen.some(
      (o) =>
        o.start <= to &&
        ((r.afloop?.op ?? today) >= from ||
          (o.resumedOn ?? '') >= from ||
          (o.termEnd ?? '') >= from),
    ) ||
    r.bezwaren.some(
      (b) =>
        binnen(b.ontvangenOp, from, to) ||
        binnen(b.beslistOp, from, to) ||
        binnen(b.geslotenOp, from, to),
    );
}

/** §11: the report of `periode`, in total and broken down by `indeling`. */
export function rapportage(input: {
  readonly rows: readonly AanvraagFeiten[];
  readonly periode: Period;
  readonly indeling: Indeling;
  readonly today: IsoDate;
  /** `besluitMaatVan`, or a caller's memo of it (the same value for the same row). */
  readonly maat?: (r: AanvraagFeiten) => BesluitMaat | null;
}): Rapportage {
  const { rows, periode, indeling, today } = input;
  const maanden = tlvMaanden(today);
  const maandIndex = new Map(maanden.map((m, i) => [m.from.slice(0, 7), i]));
  const grafiek = grafiekMaanden(periode);
  const relevant = rows.filter(raaktPeriode(periode, grafiek, maanden, today));
  const first = grafiek[0]?.from ?? periode.from;
  const last = grafiek.at(-1)?.to ?? periode.to;
  const maten = matenVan(
    relevant,
    {
      label: '',
      from: compareIsoDates(first, periode.from) < 0 ? first : periode.from,
      to: compareIsoDates(last, periode.to) > 0 ? last : periode.to,
    },
    input.maat ?? besluitMaatVan,
  );
  const bijdragen = relevant.map((r, i) =>
    bijdrage(r, maten[i] ?? null, periode, today, maandIndex),
  );
  return {
    periode,
    indeling,
    totaal: kengetallenVan(bijdragen),
    groepen: indeling === 'geen' ? [] : groepeer(relevant, bijdragen, indeling),
    perBestuur: ontvangenPerBestuur(relevant, bijdragen),
    perMaand: perMaand(relevant, maten, grafiek),
    tlvMaanden: maanden,
  };
}

/**
 * Whether nothing happened in the period (nothing received, handled, suspended, deferred or in
 * bezwaar): the screen says so instead of a table of zeros. The TLVs ending do not depend on it.
 */
export function isLeeg(k: Kengetallen): boolean {
  return !heeftPeriodeCijfers(k);
}
