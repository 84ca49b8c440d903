import { describe, expect, it } from 'vitest';
import {
  median,
  percentileNearestRank,
  periodFromTo,
  periodOf,
} from '../../../electron/domain/doorlooptijd';
import { suspendedDaysOf } from '../../../electron/domain/opschorting';
import {
  grafiekMaanden,
  isLeeg,
  opgeschorteDagenIn,
  rapportage,
  tlvMaanden,
  type AanvraagFeiten,
  type Kengetallen,
} from '../../../electron/domain/rapportage';
import type { Period } from '../../../electron/domain/doorlooptijd';

// §11: each figure of the report is checked against a second, deliberately simple computation in
// this file over the same rows (plain Date arithmetic, suspended days counted one by one), and the
// numbers of the fourth quarter of 2025 are pinned by hand.

const A = { id: 1, naam: 'Stichting Alpha' };
const B = { id: 2, naam: 'Stichting Beta' };

function row(
  over: Partial<AanvraagFeiten> & Pick<AanvraagFeiten, 'id' | 'ontvangenOp'>,
): AanvraagFeiten {
  return {
    afloop: null,
    unaniem: null,
    opschortingen: [],
    verdaging: null,
    bezwaren: [],
    tlvEinde: null,
    bestuur: A,
    school: { id: 10, naam: 'De Regenboog' },
    gemeente: 'Ede',
    soort: 'zij_instroom',
    schoolsoort: 'SO',
    categorie: 'midden',
    ...over,
  };
}

const TODAY = '2025-12-15';

const ROWS: AanvraagFeiten[] = [
  // Decided in 35 days, unanimous.
  row({
    id: 1,
    ontvangenOp: '2025-09-01',
    afloop: { soort: 'tlv_afgegeven', op: '2025-10-06' },
    unaniem: true,
    tlvEinde: '2027-07-31',
  }),
  // A suspension across the September/October boundary (26 Sep – 5 Oct: 10 days), decided late.
  row({
    id: 2,
    ontvangenOp: '2025-09-01',
    afloop: { soort: 'tlv_niet_afgegeven', op: '2025-11-20' },
    unaniem: false,
    opschortingen: [
      { grond: 'awb_4_15_1a', start: '2025-09-25', termEnd: '2025-10-09', resumedOn: '2025-10-06' },
    ],
    soort: 'herindicatie',
  }),
  // Decided after a verdaging: past the 8 weeks, within the new end date.
  row({
    id: 3,
    ontvangenOp: '2025-09-08',
    afloop: { soort: 'tlv_afgegeven', op: '2025-11-24' },
    unaniem: true,
    verdaging: { notifiedOn: '2025-10-20', newEnd: '2025-11-26' },
    tlvEinde: '2026-07-31',
    school: { id: 11, naam: 'Het Baken' },
  }),
  // Buiten behandeling after the aanvulling term passed unused (3 – 16 Oct: 14 days).
  row({
    id: 4,
    ontvangenOp: '2025-10-01',
    afloop: { soort: 'buiten_behandeling', op: '2025-11-03' },
    opschortingen: [
      { grond: 'awb_4_15_1a', start: '2025-10-02', termEnd: '2025-10-16', resumedOn: null },
    ],
    bestuur: B,
    school: { id: 20, naam: 'Het Kompas' },
    gemeente: 'Wageningen',
  }),
  row({
    id: 5,
    ontvangenOp: '2025-10-15',
    afloop: { soort: 'ingetrokken', op: '2025-10-30' },
    bestuur: B,
    school: { id: 20, naam: 'Het Kompas' },
    gemeente: 'Wageningen',
  }),
  // Still running, suspended with the aanvrager's consent since 10 Nov (counts up to today).
  row({
    id: 6,
    ontvangenOp: '2025-11-03',
    opschortingen: [{ grond: 'awb_4_15_2a', start: '2025-11-10', termEnd: null, resumedOn: null }],
    bestuur: B,
    school: { id: 20, naam: 'Het Kompas' },
    gemeente: null,
  }),
  // Decided before the period; a gegrond bezwaar in it revised the TLV to end 31-1-2026.
  row({
    id: 7,
    ontvangenOp: '2025-03-03',
    afloop: { soort: 'tlv_afgegeven', op: '2025-04-14' },
    unaniem: true,
    bezwaren: [
      { ontvangenOp: '2025-10-10', uitkomst: 'gegrond', beslistOp: '2025-12-01', geslotenOp: null },
    ],
    tlvEinde: '2026-01-31',
  }),
  row({
    id: 8,
    ontvangenOp: '2025-05-05',
    afloop: { soort: 'tlv_afgegeven', op: '2025-06-16' },
    unaniem: false,
    bezwaren: [
      {
        ontvangenOp: '2025-07-01',
        uitkomst: 'ongegrond',
        beslistOp: '2025-10-15',
        geslotenOp: null,
      },
    ],
    tlvEinde: '2026-07-31',
    bestuur: B,
    school: { id: 21, naam: 'De Wegwijzer' },
  }),
  row({
    id: 9,
    ontvangenOp: '2025-11-10',
    afloop: { soort: 'tlv_afgegeven', op: '2025-12-08' },
    unaniem: true,
    tlvEinde: '2027-07-31',
    bestuur: B,
    school: { id: 21, naam: 'De Wegwijzer' },
    gemeente: null,
    schoolsoort: 'SBO',
    categorie: null,
  }),
];

// ---- The simple second computation ------------------------------------------------------------

const DAY = 86_400_000;
const t = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const inP = (d: string | null | undefined, p: Period): boolean =>
  d !== null && d !== undefined && d >= p.from && d <= p.to;
const sortedIds = (ids: readonly number[]): number[] => [...new Set(ids)].sort((a, b) => a - b);

/** Every suspended day of a suspension, one by one (the day after the request up to the day before the clock runs). */
function suspendedDayList(o: AanvraagFeiten['opschortingen'][number], asOf: string): string[] {
  const afterTerm = o.termEnd === null ? null : iso(t(o.termEnd) + DAY);
  let resume: string;
  if (o.resumedOn !== null)
    resume = afterTerm !== null && afterTerm < o.resumedOn ? afterTerm : o.resumedOn;
  else if (afterTerm !== null && afterTerm <= asOf) resume = afterTerm;
  else resume = iso(t(asOf) + DAY);
  const days: string[] = [];
  for (let d = t(o.start) + DAY; d < t(resume); d += DAY) days.push(iso(d));
  return days;
}

function simpleDecision(r: AanvraagFeiten) {
  const op = r.afloop!.op;
  const gross = (t(op) - t(r.ontvangenOp)) / DAY;
  const suspended = r.opschortingen.flatMap((o) => suspendedDayList(o, op)).length;
  let end = r.verdaging ? t(r.verdaging.newEnd) : t(r.ontvangenOp) + (56 + suspended) * DAY;
  while ([0, 6].includes(new Date(end).getUTCDay())) end += DAY;
  return { gross, net: Math.max(0, gross - suspended), onTime: op <= iso(end) };
}

const mean1 = (v: number[]): number | null =>
  v.length === 0 ? null : Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10;
const middle = (v: number[]): number | null => {
  if (v.length === 0) return null;
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p90 = (v: number[]): number | null => {
  if (v.length === 0) return null;
  const s = [...v].sort((a, b) => a - b);
  return s[Math.ceil(0.9 * s.length) - 1]!;
};
const pct = (a: number, b: number): number | null =>
  b === 0 ? null : Math.round((a / b) * 1000) / 10;

function simple(rows: readonly AanvraagFeiten[], p: Period) {
  const handled = rows.filter((r) => inP(r.afloop?.op, p));
  const decided = handled.filter((r) => r.afloop!.soort !== 'ingetrokken');
  const measured = decided.map((r) => ({ id: r.id, ...simpleDecision(r) }));
  const compared = handled.filter(
    (r) => ['tlv_afgegeven', 'tlv_niet_afgegeven'].includes(r.afloop!.soort) && r.unaniem !== null,
  );
  const opschortingen = (grond: string) => {
    const asked = rows.flatMap((r) =>
      r.opschortingen.filter((o) => o.grond === grond && inP(o.start, p)).map(() => r.id),
    );
    const days = rows.flatMap((r) =>
      r.opschortingen
        .filter((o) => o.grond === grond)
        .flatMap((o) => suspendedDayList(o, r.afloop?.op ?? TODAY).filter((d) => inP(d, p)))
        .map(() => r.id),
    );
    return {
      aantal: asked.length,
      dagen: days.length,
      ids: sortedIds(asked),
      dagenIds: sortedIds(days),
    };
  };
  const months = Array.from({ length: 12 }, (_, i) => {
    const first = new Date(Date.UTC(2025, 11 + i, 1));
    const last = new Date(Date.UTC(2025, 12 + i, 0));
    return { label: '', from: iso(first.getTime()), to: iso(last.getTime()) };
  });
  return {
    ontvangen: sortedIds(rows.filter((r) => inP(r.ontvangenOp, p)).map((r) => r.id)),
    afgehandeld: sortedIds(handled.map((r) => r.id)),
    besloten: sortedIds(decided.map((r) => r.id)),
    afloop: Object.fromEntries(
      ['tlv_afgegeven', 'tlv_niet_afgegeven', 'buiten_behandeling', 'ingetrokken'].map((s) => [
        s,
        sortedIds(handled.filter((r) => r.afloop!.soort === s).map((r) => r.id)),
      ]),
    ),
    unaniem: pct(compared.filter((r) => r.unaniem).length, compared.length),
    bruto: {
      mediaan: middle(measured.map((m) => m.gross)),
      p90: p90(measured.map((m) => m.gross)),
      gemiddelde: mean1(measured.map((m) => m.gross)),
    },
    netto: {
      mediaan: middle(measured.map((m) => m.net)),
      p90: p90(measured.map((m) => m.net)),
      gemiddelde: mean1(measured.map((m) => m.net)),
    },
    behaald: pct(measured.filter((m) => m.onTime).length, measured.length),
    teLaat: sortedIds(measured.filter((m) => !m.onTime).map((m) => m.id)),
    opschortingen: {
      awb_4_15_1a: opschortingen('awb_4_15_1a'),
      awb_4_15_2a: opschortingen('awb_4_15_2a'),
      awb_4_15_2b: opschortingen('awb_4_15_2b'),
      awb_4_15_2c: opschortingen('awb_4_15_2c'),
    },
    verdagingen: sortedIds(rows.filter((r) => inP(r.verdaging?.notifiedOn, p)).map((r) => r.id)),
    bezwaren: {
      ontvangen: sortedIds(
        rows.filter((r) => r.bezwaren.some((b) => inP(b.ontvangenOp, p))).map((r) => r.id),
      ),
      gegrond: sortedIds(
        rows
          .filter((r) => r.bezwaren.some((b) => b.uitkomst === 'gegrond' && inP(b.beslistOp, p)))
          .map((r) => r.id),
      ),
      ongegrond: sortedIds(
        rows
          .filter((r) => r.bezwaren.some((b) => b.uitkomst === 'ongegrond' && inP(b.beslistOp, p)))
          .map((r) => r.id),
      ),
    },
    tlvEinde: months.map((m) => sortedIds(rows.filter((r) => inP(r.tlvEinde, m)).map((r) => r.id))),
  };
}

/** The report's figures in the shape of the simple computation. */
function shape(k: Kengetallen) {
  const spread = (s: Kengetallen['doorlooptijdBruto']) => ({
    mediaan: s.mediaan,
    p90: s.p90,
    gemiddelde: s.gemiddelde,
  });
  const op = (g: keyof Kengetallen['opschortingen']) => ({
    aantal: k.opschortingen[g].aantal,
    dagen: k.opschortingen[g].dagen,
    ids: sortedIds(k.opschortingen[g].ids),
    dagenIds: sortedIds(k.opschortingen[g].dagenIds),
  });
  return {
    ontvangen: sortedIds(k.ontvangen.ids),
    afgehandeld: sortedIds(k.afgehandeld.ids),
    besloten: sortedIds(k.besloten.ids),
    afloop: Object.fromEntries(Object.entries(k.afloop).map(([s, v]) => [s, sortedIds(v.ids)])),
    unaniem: k.unaniem.percentage,
    bruto: spread(k.doorlooptijdBruto),
    netto: spread(k.doorlooptijdNetto),
    behaald: k.behaald.percentage,
    teLaat: sortedIds(k.teLaat.ids),
    opschortingen: {
      awb_4_15_1a: op('awb_4_15_1a'),
      awb_4_15_2a: op('awb_4_15_2a'),
      awb_4_15_2b: op('awb_4_15_2b'),
      awb_4_15_2c: op('awb_4_15_2c'),
    },
    verdagingen: sortedIds(k.verdagingen.ids),
    bezwaren: {
      ontvangen: sortedIds(k.bezwaren.ontvangen.ids),
      gegrond: sortedIds(k.bezwaren.gegrond.ids),
      ongegrond: sortedIds(k.bezwaren.ongegrond.ids),
    },
    tlvEinde: k.tlvEinde.map((x) => sortedIds(x.ids)),
  };
}

const PERIODS: Period[] = [
  periodOf('2025-09-10', 'maand'),
  periodOf('2025-10-10', 'maand'),
  periodOf('2025-11-10', 'maand'),
  periodOf('2025-12-10', 'maand'),
  periodOf('2025-08-10', 'kwartaal'),
  periodOf('2025-10-10', 'kwartaal'),
  periodOf('2025-10-10', 'schooljaar'),
  periodOf('2025-10-10', 'kalenderjaar'),
  periodFromTo('2025-10-01', '2025-11-30'),
  periodFromTo('2025-09-28', '2025-10-03'),
];

describe('rapportage (§11) against a simple second computation', () => {
  it.each(PERIODS.map((p) => [p.label, p] as const))('every figure of %s', (_label, p) => {
    const r = rapportage({ rows: ROWS, periode: p, indeling: 'geen', today: TODAY });
    expect(shape(r.totaal)).toEqual(simple(ROWS, p));
  });

  it.each(['bestuur', 'school', 'gemeente', 'soort', 'schoolsoort', 'categorie'] as const)(
    'each group of the breakdown by %s holds the figures of its own rows, and the groups add up',
    (indeling) => {
      const p = periodOf('2025-10-10', 'kwartaal');
      const r = rapportage({ rows: ROWS, periode: p, indeling, today: TODAY });
      expect(r.groepen.length).toBeGreaterThan(1);
      for (const g of r.groepen) {
        const own = ROWS.filter((x) => groupOf(x, indeling) === g.naam);
        expect(shape(g.kengetallen), g.naam).toEqual(simple(own, p));
      }
      const sum = r.groepen.reduce((s, g) => s + g.kengetallen.ontvangen.aantal, 0);
      expect(sum).toBe(r.totaal.ontvangen.aantal);
      const days = r.groepen.reduce((s, g) => s + g.kengetallen.opschortingen.awb_4_15_1a.dagen, 0);
      expect(days).toBe(r.totaal.opschortingen.awb_4_15_1a.dagen);
    },
  );
});

/** The group name of a row, written out by hand for the fixtures above. */
function groupOf(r: AanvraagFeiten, indeling: string): string {
  switch (indeling) {
    case 'bestuur':
      return r.bestuur.naam;
    case 'school':
      return r.school.naam;
    case 'gemeente':
      return r.gemeente ?? 'Gemeente onbekend';
    case 'soort':
      return r.soort === 'herindicatie'
        ? 'Herindicatie / verlenging'
        : 'Eerste aanvraag, zij-instroom';
    case 'schoolsoort':
      return r.schoolsoort;
    default:
      return r.schoolsoort === 'SBO' ? 'Geen (SBO)' : 'Midden';
  }
}

describe('the numbers of Q4 2025, by hand', () => {
  const q4 = rapportage({
    rows: ROWS,
    periode: periodOf('2025-11-01', 'kwartaal'),
    indeling: 'bestuur',
    today: TODAY,
  });
  const k = q4.totaal;

  it('counts received, handled and each outcome', () => {
    expect(k.ontvangen.ids).toEqual([4, 5, 6, 9]);
    expect(k.besloten.aantal).toBe(5);
    expect(k.afgehandeld.aantal).toBe(6);
    expect(k.afloop.ingetrokken.ids).toEqual([5]);
    expect(k.afloop.buiten_behandeling.ids).toEqual([4]);
  });

  it('median and p90 on an odd count (5 decisions): the middle value and the 5th of 5', () => {
    // gross 28, 33, 35, 77, 80; net 19, 28, 35, 70, 77
    expect(k.doorlooptijdBruto).toMatchObject({ mediaan: 35, p90: 80, gemiddelde: 50.6 });
    expect(k.doorlooptijdNetto).toMatchObject({ mediaan: 35, p90: 77, gemiddelde: 45.8 });
  });

  it('median and p90 on an even count (4 decisions in October–November)', () => {
    const r = rapportage({
      rows: ROWS,
      periode: periodFromTo('2025-10-01', '2025-11-30'),
      indeling: 'geen',
      today: TODAY,
    });
    // gross 33, 35, 77, 80: median (35 + 77) / 2 = 56, p90 rank ⌈3.6⌉ = 4 → 80
    expect(r.totaal.doorlooptijdBruto).toMatchObject({ mediaan: 56, p90: 80, gemiddelde: 56.3 });
  });

  it('an aanvraag decided after a verdaging is on time against the new end date', () => {
    expect(k.behaald.teller.ids).toContain(3);
    expect(k.teLaat.ids).toEqual([2]);
    expect(k.behaald.percentage).toBe(80);
    // Without the verdaging the same decision would be late: 8 weeks after 8-9-2025 is 3-11-2025.
    const zonder = rapportage({
      rows: ROWS.map((r) => (r.id === 3 ? { ...r, verdaging: null } : r)),
      periode: periodOf('2025-11-01', 'kwartaal'),
      indeling: 'geen',
      today: TODAY,
    });
    expect(zonder.totaal.teLaat.ids).toEqual([2, 3]);
    expect(k.verdagingen.ids).toEqual([3]);
  });

  it('a suspension across a period boundary counts where it was asked; its days split', () => {
    const sep = rapportage({
      rows: ROWS,
      periode: periodOf('2025-09-01', 'maand'),
      indeling: 'geen',
      today: TODAY,
    });
    const okt = rapportage({
      rows: ROWS,
      periode: periodOf('2025-10-01', 'maand'),
      indeling: 'geen',
      today: TODAY,
    });
    expect(sep.totaal.opschortingen.awb_4_15_1a).toMatchObject({ aantal: 1, dagen: 5, ids: [2] });
    expect(okt.totaal.opschortingen.awb_4_15_1a).toMatchObject({
      aantal: 1,
      dagen: 5 + 14,
      ids: [4],
    });
    expect(okt.totaal.opschortingen.awb_4_15_1a.dagenIds).toEqual([2, 4]);
    // The split days add up to the suspension's own count (Awb 4:15, ./opschorting).
    const o = ROWS[1]!.opschortingen[0]!;
    expect(suspendedDaysOf(o, '2025-11-20')).toBe(10);
    const year = periodOf('2025-10-01', 'kalenderjaar');
    expect(opgeschorteDagenIn(o, '2025-11-20', year)).toBe(10);
  });

  it('a suspension still running counts its days up to today', () => {
    expect(k.opschortingen.awb_4_15_2a).toMatchObject({ aantal: 1, dagen: 35, ids: [6] });
  });

  it('unanimity over TLV decisions only; bezwaren by outcome', () => {
    expect(k.unaniem.percentage).toBe(75);
    expect(k.unaniem.noemer.ids).toEqual([1, 2, 3, 9]);
    expect(k.bezwaren.ontvangen.ids).toEqual([7]);
    expect(k.bezwaren.gegrond.ids).toEqual([7]);
    expect(k.bezwaren.ongegrond.ids).toEqual([8]);
  });

  it('TLVs ending per month from the month of today; the revised end after a gegrond bezwaar', () => {
    expect(q4.tlvMaanden.map((m) => m.label)[0]).toBe('december 2025');
    expect(q4.tlvMaanden).toHaveLength(12);
    expect(k.tlvEinde[1]?.ids).toEqual([7]);
    expect(k.tlvEinde[7]?.ids).toEqual([3, 8]);
  });

  it('groups by name, each bestuur once; the chart per bestuur counts received aanvragen', () => {
    expect(q4.groepen.map((g) => g.naam)).toEqual(['Stichting Alpha', 'Stichting Beta']);
    expect(q4.perBestuur.map((b) => [b.naam, b.ontvangen.aantal])).toEqual([['Stichting Beta', 4]]);
  });

  it('the months of the charts: the quarter has three; the doorlooptijd per month', () => {
    expect(q4.perMaand.map((m) => [m.maand, m.besloten, m.mediaanBruto, m.behaald])).toEqual([
      ['2025-10', 1, 35, 100],
      ['2025-11', 3, 77, 66.7],
      ['2025-12', 1, 28, 100],
    ]);
  });
});

describe('periods, percentiles and an empty report', () => {
  it('p90 by nearest rank on odd and even counts; median of even counts is the mean of the middle two', () => {
    expect(percentileNearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentileNearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentileNearestRank([42], 90)).toBe(42);
    expect(percentileNearestRank([], 90)).toBeNull();
    expect(median([20, 3, 8, 5])).toBe(6.5);
    expect(median([20, 3, 8])).toBe(8);
  });

  it('a month shows the twelve months up to it in the charts; a quarter its own three', () => {
    expect(grafiekMaanden(periodOf('2025-11-05', 'maand')).map((m) => m.from)).toHaveLength(12);
    expect(grafiekMaanden(periodOf('2025-11-05', 'maand')).at(-1)?.from).toBe('2025-11-01');
    expect(grafiekMaanden(periodOf('2025-11-05', 'maand'))[0]?.from).toBe('2024-12-01');
    expect(grafiekMaanden(periodOf('2025-11-05', 'schooljaar'))).toHaveLength(12);
    expect(tlvMaanden('2026-01-31').map((m) => m.from)[11]).toBe('2026-12-01');
  });

  it('a period with nothing in it is empty, not a table of zeros or NaN', () => {
    const r = rapportage({
      rows: ROWS,
      periode: periodOf('2024-02-10', 'maand'),
      indeling: 'school',
      today: TODAY,
    });
    expect(isLeeg(r.totaal)).toBe(true);
    expect(r.totaal.doorlooptijdBruto.mediaan).toBeNull();
    expect(r.totaal.behaald.percentage).toBeNull();
    expect(r.perMaand.every((m) => m.besloten === 0 && m.mediaanBruto === null)).toBe(true);
    const none = rapportage({
      rows: [],
      periode: periodOf('2025-10-10', 'schooljaar'),
      indeling: 'bestuur',
      today: TODAY,
    });
    expect(isLeeg(none.totaal)).toBe(true);
    expect(none.groepen).toEqual([]);
    expect(JSON.stringify(none)).not.toMatch(/NaN/);
  });
});
