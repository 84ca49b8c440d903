// Hand-computed cases of every term of the rulebook (§3.4, §9) across 2025–2027. Each row carries
// its reasoning. Feestdagen used: 2025 — Goede Vrijdag 18-4, Paasmaandag 21-4, Koningsdag Sat 26-4,
// 5 mei Mon, Hemelvaart Thu 29-5, Pinkstermaandag 9-6, Kerst Thu 25-12 / Fri 26-12.
// 2026 — Nieuwjaar Thu 1-1, GV 3-4, PM 6-4, Koningsdag Mon 27-4, 5 mei Tue, Hemelvaart 14-5,
// Pinkstermaandag 25-5, Kerst Fri 25-12 / Sat 26-12. 2027 — Nieuwjaar Fri 1-1, GV 26-3, PM 29-3,
// Koningsdag Tue 27-4, 5 mei Wed, Hemelvaart Thu 6-5, Pinkstermaandag 17-5, Kerst Sat/Sun.
import { describe, expect, it } from 'vitest';
import {
  adviesaanvraagUiterlijk,
  beslissingOpBezwaarUiterlijk,
  bezwaartermijnEnd,
  isBezwaarTijdig,
  ontvangstbevestigingUiterlijk,
} from '../../../electron/domain/bezwaar';
import { dwangsomExposure } from '../../../electron/domain/dwangsom';
import type { Opschorting } from '../../../electron/domain/opschorting';
import {
  aanvullingTermEnd,
  beslistermijnMetOpschortingen,
  verdagingWarningDate,
  vragenVerzendenUiterlijk,
} from '../../../electron/domain/termijnen';

const aanvulling = (start: string, termEnd: string, resumedOn: string | null): Opschorting => ({
  grond: 'awb_4_15_1a',
  start,
  termEnd,
  resumedOn,
});

interface BeslisCase {
  why: string;
  ontvangenOp: string;
  opschortingen?: readonly Opschorting[];
  verdaging?: { newEnd: string };
  today: string;
  end: string;
  suspendedDays: number;
  suspended?: boolean;
}

const BESLIS: readonly BeslisCase[] = [
  // --- 8 weeks, then the Atw (Awb 4:13, Atw art. 1) ---
  {
    why: 'Sat 1-3-2025 + 56 = Sat 26-4 (Koningsdag 2025 on a Saturday), Sun 27 → Mon 28-4',
    ontvangenOp: '2025-03-01',
    today: '2025-03-01',
    end: '2025-04-28',
    suspendedDays: 0,
  },
  {
    why: 'Fri 21-2-2025 + 56 = Goede Vrijdag 18-4, Sat, Eerste Paasdag, Paasmaandag 21-4 → Tue 22-4',
    ontvangenOp: '2025-02-21',
    today: '2025-02-21',
    end: '2025-04-22',
    suspendedDays: 0,
  },
  {
    why: 'Mon 10-3-2025 + 56 = Mon 5-5 (Bevrijdingsdag, every year) → Tue 6-5',
    ontvangenOp: '2025-03-10',
    today: '2025-03-10',
    end: '2025-05-06',
    suspendedDays: 0,
  },
  {
    why: 'Thu 3-4-2025 + 56 = Thu 29-5 Hemelvaartsdag → Fri 30-5',
    ontvangenOp: '2025-04-03',
    today: '2025-04-03',
    end: '2025-05-30',
    suspendedDays: 0,
  },
  {
    why: 'Mon 14-4-2025 + 56 = Mon 9-6 Tweede Pinksterdag → Tue 10-6',
    ontvangenOp: '2025-04-14',
    today: '2025-04-14',
    end: '2025-06-10',
    suspendedDays: 0,
  },
  {
    why: 'Fri 31-10-2025 + 56 = Fri 26-12 Tweede Kerstdag, weekend → Mon 29-12',
    ontvangenOp: '2025-10-31',
    today: '2025-10-31',
    end: '2025-12-29',
    suspendedDays: 0,
  },
  {
    why: 'Thu 6-11-2025 + 56 = Thu 1-1-2026 Nieuwjaarsdag → Fri 2-1-2026',
    ontvangenOp: '2025-11-06',
    today: '2025-11-06',
    end: '2026-01-02',
    suspendedDays: 0,
  },
  {
    why: 'Fri 6-2-2026 + 56 = Goede Vrijdag 3-4, weekend, Paasmaandag 6-4 → Tue 7-4',
    ontvangenOp: '2026-02-06',
    today: '2026-02-06',
    end: '2026-04-07',
    suspendedDays: 0,
  },
  {
    why: 'Tue 10-3-2026 + 56 = Tue 5-5 Bevrijdingsdag → Wed 6-5',
    ontvangenOp: '2026-03-10',
    today: '2026-03-10',
    end: '2026-05-06',
    suspendedDays: 0,
  },
  {
    why: 'Thu 19-3-2026 + 56 = Thu 14-5 Hemelvaartsdag → Fri 15-5',
    ontvangenOp: '2026-03-19',
    today: '2026-03-19',
    end: '2026-05-15',
    suspendedDays: 0,
  },
  {
    why: 'Mon 30-3-2026 + 56 = Mon 25-5 Tweede Pinksterdag → Tue 26-5',
    ontvangenOp: '2026-03-30',
    today: '2026-03-30',
    end: '2026-05-26',
    suspendedDays: 0,
  },
  {
    why: 'Fri 30-10-2026 + 56 = Fri 25-12, Sat 26-12 (Kerst and weekend), Sun → Mon 28-12',
    ontvangenOp: '2026-10-30',
    today: '2026-10-30',
    end: '2026-12-28',
    suspendedDays: 0,
  },
  {
    why: 'Fri 29-1-2027 + 56 = Goede Vrijdag 26-3-2027, weekend, Paasmaandag 29-3 → Tue 30-3',
    ontvangenOp: '2027-01-29',
    today: '2027-01-29',
    end: '2027-03-30',
    suspendedDays: 0,
  },
  {
    why: 'Tue 2-3-2027 + 56 = Tue 27-4 Koningsdag 2027 → Wed 28-4',
    ontvangenOp: '2027-03-02',
    today: '2027-03-02',
    end: '2027-04-28',
    suspendedDays: 0,
  },
  {
    why: 'Wed 10-3-2027 + 56 = Wed 5-5 Bevrijdingsdag, Thu 6-5 Hemelvaart → Fri 7-5',
    ontvangenOp: '2027-03-10',
    today: '2027-03-10',
    end: '2027-05-07',
    suspendedDays: 0,
  },
  {
    why: 'Fri 29-10-2027 + 56 = Fri 24-12: Kerstavond is no feestdag, stays',
    ontvangenOp: '2027-10-29',
    today: '2027-10-29',
    end: '2027-12-24',
    suspendedDays: 0,
  },
  {
    why: 'Sat 30-10-2027 + 56 = Sat 25-12, Sun 26-12 (Kerst in the weekend) → Mon 27-12',
    ontvangenOp: '2027-10-30',
    today: '2027-10-30',
    end: '2027-12-27',
    suspendedDays: 0,
  },
  // --- suspensions (Awb 4:15, §3.4: resume − request − 1) ---
  {
    why: 'rulebook §3.4: asked Wed 10-9-2025 (term to 24-9), received Fri 19-9 → 8 days; 27-10 + 8 = Tue 4-11',
    ontvangenOp: '2025-09-01',
    opschortingen: [aanvulling('2025-09-10', '2025-09-24', '2025-09-19')],
    today: '2025-10-01',
    end: '2025-11-04',
    suspendedDays: 8,
    suspended: false,
  },
  {
    why: 'same request, still running on Mon 15-9: counts to today, 15 − 10 = 5; 27-10 + 5 = Sat 1-11 → Mon 3-11',
    ontvangenOp: '2025-09-01',
    opschortingen: [aanvulling('2025-09-10', '2025-09-24', null)],
    today: '2025-09-15',
    end: '2025-11-03',
    suspendedDays: 5,
    suspended: true,
  },
  {
    why: 'request day itself: the clock still runs (0 days) but the suspension is in force',
    ontvangenOp: '2025-09-01',
    opschortingen: [aanvulling('2025-09-10', '2025-09-24', null)],
    today: '2025-09-10',
    end: '2025-10-27',
    suspendedDays: 0,
    suspended: true,
  },
  {
    why: 'term to Wed 24-9 passes unused: resumes Thu 25-9; 25 − 10 − 1 = 14; 27-10 + 14 = Mon 10-11',
    ontvangenOp: '2025-09-01',
    opschortingen: [aanvulling('2025-09-10', '2025-09-24', null)],
    today: '2025-10-01',
    end: '2025-11-10',
    suspendedDays: 14,
    suspended: false,
  },
  {
    why: 'aanvulling arrives Mon 29-9, after the term: the clock already ran from 25-9 → still 14 days',
    ontvangenOp: '2025-09-01',
    opschortingen: [aanvulling('2025-09-10', '2025-09-24', '2025-09-29')],
    today: '2025-10-01',
    end: '2025-11-10',
    suspendedDays: 14,
    suspended: false,
  },
  {
    why: 'aanvulling the day after the request: 11 − 10 − 1 = 0, nothing moves',
    ontvangenOp: '2025-09-01',
    opschortingen: [aanvulling('2025-09-10', '2025-09-24', '2025-09-11')],
    today: '2025-10-01',
    end: '2025-10-27',
    suspendedDays: 0,
    suspended: false,
  },
  {
    why: 'across Easter 2025: received Mon 3-3 (nominal Mon 28-4); asked Thu 17-4, received Wed 30-4 → 30 − 17 − 1 = 12; 28-4 + 12 = Sat 10-5 → Mon 12-5',
    ontvangenOp: '2025-03-03',
    opschortingen: [aanvulling('2025-04-17', '2025-05-06', '2025-04-30')],
    today: '2025-05-01',
    end: '2025-05-12',
    suspendedDays: 12,
    suspended: false,
  },
  {
    why: 'across Christmas 2025, term unused: received Mon 1-12 (nominal Mon 26-1-2026); asked Fri 19-12, term to Wed 7-1-2026, resumes 8-1 → 20 − 1 = 19; 26-1 + 19 = Sat 14-2 → Mon 16-2',
    ontvangenOp: '2025-12-01',
    opschortingen: [aanvulling('2025-12-19', '2026-01-07', null)],
    today: '2026-01-20',
    end: '2026-02-16',
    suspendedDays: 19,
    suspended: false,
  },
  {
    why: 'two suspensions: received Tue 10-3-2026 (nominal Tue 5-5); 1a 16-3 → 19-3 = 2 days; 2a 1-4 → 9-4 = 7 days; 5-5 + 9 = Thu 14-5 Hemelvaart → Fri 15-5',
    ontvangenOp: '2026-03-10',
    opschortingen: [
      aanvulling('2026-03-16', '2026-03-30', '2026-03-19'),
      { grond: 'awb_4_15_2a', start: '2026-04-01', termEnd: null, resumedOn: '2026-04-09' },
    ],
    today: '2026-04-20',
    end: '2026-05-15',
    suspendedDays: 9,
    suspended: false,
  },
  {
    why: 'overmacht (2c) without end, running: received Mon 2-11-2026 (nominal Mon 28-12); from Mon 7-12, today Fri 11-12 → 4 days; 28-12 + 4 = Fri 1-1-2027 Nieuwjaar → Mon 4-1-2027',
    ontvangenOp: '2026-11-02',
    opschortingen: [{ grond: 'awb_4_15_2c', start: '2026-12-07', termEnd: null, resumedOn: null }],
    today: '2026-12-11',
    end: '2027-01-04',
    suspendedDays: 4,
    suspended: true,
  },
  // --- verdaging (Awb 4:14 lid 3): the new end replaces the old one, then the Atw ---
  {
    why: 'verdaagd to Thu 25-12-2025: Kerst, Fri 26-12 Kerst, weekend → Mon 29-12',
    ontvangenOp: '2025-09-01',
    verdaging: { newEnd: '2025-12-25' },
    today: '2025-10-20',
    end: '2025-12-29',
    suspendedDays: 0,
  },
  {
    why: 'verdaagd to Wed 5-5-2027: Bevrijdingsdag, Thu 6-5 Hemelvaart → Fri 7-5',
    ontvangenOp: '2027-02-01',
    verdaging: { newEnd: '2027-05-05' },
    today: '2027-03-20',
    end: '2027-05-07',
    suspendedDays: 0,
  },
];

describe('beslistermijnMetOpschortingen: hand-computed table', () => {
  it.each(BESLIS)('$why', (c) => {
    const r = beslistermijnMetOpschortingen({
      ontvangenOp: c.ontvangenOp,
      opschortingen: c.opschortingen ?? [],
      verdaging: c.verdaging ?? null,
      today: c.today,
    });
    expect(r.end).toBe(c.end);
    expect(r.suspendedDays).toBe(c.suspendedDays);
    expect(r.suspended).toBe(c.suspended ?? false);
  });
});

const WERKDAGEN: readonly [string, () => string, string][] = [
  [
    'aanvulling 10 werkdagen from Wed 10-9-2025: Thu 11 … Wed 24-9 (2 weekends)',
    () => aanvullingTermEnd('2025-09-10', 10),
    '2025-09-24',
  ],
  [
    'aanvulling from Thu 17-4-2025: GV, Paasmaandag, Koningsdag (Sat), 5 mei skipped → Tue 6-5',
    () => aanvullingTermEnd('2025-04-17', 10),
    '2025-05-06',
  ],
  [
    'aanvulling from Fri 19-12-2025: Kerst ×2 and Nieuwjaar skipped → Wed 7-1-2026',
    () => aanvullingTermEnd('2025-12-19', 10),
    '2026-01-07',
  ],
  [
    'aanvulling 2 werkdagen from Mon 2-11-2026 with closing day Tue 3-11 → Wed (1), Thu 5-11 (2)',
    () => aanvullingTermEnd('2026-11-02', 2, ['2026-11-03']),
    '2026-11-05',
  ],
  [
    'vragen after a meeting on Thu 24-12-2026: Fri 25 Kerst, weekend → Mon 28 (1), Tue 29-12 (2)',
    () => vragenVerzendenUiterlijk('2026-12-24'),
    '2026-12-29',
  ],
  [
    'vragen after advice on Tue 4-5-2027: 5 mei, Hemelvaart skipped → Fri 7 (1), Mon 10-5 (2)',
    () => vragenVerzendenUiterlijk('2027-05-04'),
    '2027-05-10',
  ],
  [
    'verdaging warning 10 werkdagen before Tue 22-4-2025: back over PM and GV → Thu 17 (1) … Fri 4-4 (10)',
    () => verdagingWarningDate('2025-04-22'),
    '2025-04-04',
  ],
  [
    'verdaging warning before Mon 29-12-2025: Kerst skipped → Wed 24 (1) … Thu 11-12 (10)',
    () => verdagingWarningDate('2025-12-29'),
    '2025-12-11',
  ],
  [
    'ontvangstbevestiging bezwaar from Mon 28-4-2025: Tue … Fri (4), 5 mei skipped → Tue 6-5 (5)',
    () => ontvangstbevestigingUiterlijk('2025-04-28'),
    '2025-05-06',
  ],
  [
    'ontvangstbevestiging from Wed 23-12-2026: Thu 24 (1), Kerst, Mon 28 … Thu 31-12 (5)',
    () => ontvangstbevestigingUiterlijk('2026-12-23'),
    '2026-12-31',
  ],
];

describe('werkdagen terms: hand-computed table', () => {
  it.each(WERKDAGEN)('%s', (_why, compute, expected) => {
    expect(compute()).toBe(expected);
  });
});

const BEZWAAR: readonly [string, () => string, string][] = [
  [
    'sent Mon 1-9-2025: from Tue 2-9, 6 weeks → Mon 13-10-2025',
    () => bezwaartermijnEnd('2025-09-01'),
    '2025-10-13',
  ],
  [
    'sent Fri 14-11-2025: Fri 26-12 Tweede Kerstdag, weekend → Mon 29-12',
    () => bezwaartermijnEnd('2025-11-14'),
    '2025-12-29',
  ],
  [
    'sent Tue 24-3-2026: Tue 5-5 Bevrijdingsdag → Wed 6-5',
    () => bezwaartermijnEnd('2026-03-24'),
    '2026-05-06',
  ],
  [
    'sent Fri 12-2-2027: Goede Vrijdag 26-3, weekend, Paasmaandag → Tue 30-3',
    () => bezwaartermijnEnd('2027-02-12'),
    '2027-03-30',
  ],
  [
    'advice request 2 weeks after Mon 15-3-2027 = Paasmaandag 29-3: internal, not moved',
    () => adviesaanvraagUiterlijk('2027-03-15'),
    '2027-03-29',
  ],
  [
    '7:10: bezwaartermijn ended Mon 13-10-2025 + 12 weeks = Mon 5-1-2026',
    () => beslissingOpBezwaarUiterlijk('2025-10-13', false),
    '2026-01-05',
  ],
  [
    '7:10 lid 3: verdaagd, + 18 weeks = Mon 16-2-2026',
    () => beslissingOpBezwaarUiterlijk('2025-10-13', true),
    '2026-02-16',
  ],
  [
    '7:10: ended Wed 10-2-2027 + 12 weeks = Wed 5-5, Hemelvaart 6-5 → Fri 7-5-2027',
    () => beslissingOpBezwaarUiterlijk('2027-02-10', false),
    '2027-05-07',
  ],
];

describe('bezwaar terms: hand-computed table', () => {
  it.each(BEZWAAR)('%s', (_why, compute, expected) => {
    expect(compute()).toBe(expected);
  });
});

const TIJDIG: readonly [string, string, string, string | null, boolean][] = [
  // [why, verzondenOp, ontvangenOp, postmarkedOn, tijdig]
  ['received on the last day, Mon 13-10-2025', '2025-09-01', '2025-10-13', null, true],
  ['received a day late without postmark', '2025-09-01', '2025-10-14', null, false],
  [
    'posted on the last day, received Mon 20-10 (end + 7): on time (6:9 lid 2)',
    '2025-09-01',
    '2025-10-20',
    '2025-10-13',
    true,
  ],
  [
    'posted on the last day, received Tue 21-10 (end + 8): late',
    '2025-09-01',
    '2025-10-21',
    '2025-10-13',
    false,
  ],
  ['posted a day after the end: late', '2025-09-01', '2025-10-15', '2025-10-14', false],
  [
    'end moved to Mon 29-12-2025; posted Sat 27-12, received Mon 5-1-2026 (end + 7): on time',
    '2025-11-14',
    '2026-01-05',
    '2025-12-27',
    true,
  ],
];

describe('isBezwaarTijdig (Awb 6:9): hand-computed table', () => {
  it.each(TIJDIG)('%s', (_why, verzondenOp, ontvangenOp, postmarkedOn, tijdig) => {
    const r = isBezwaarTijdig({ verzondenOp, ontvangenOp, postmarkedOn });
    expect(r.tijdig).toBe(tijdig);
    expect(r.reden.length).toBeGreaterThan(10);
  });
});

const DWANGSOM: readonly [string, string, string | null, number, number][] = [
  // [why, today, decidedOn, days, euros]; ingebrekestelling received Mon 1-12-2025 → from Mon 15-12
  ['the day before it starts, Sun 14-12: nothing yet', '2025-12-14', null, 0, 0],
  ['first day Mon 15-12: 1 × €20', '2025-12-15', null, 1, 20],
  ['Sun 28-12: 14 days × €20 = €280', '2025-12-28', null, 14, 280],
  ['Sun 11-1-2026: 14 × 20 + 14 × 30 = €700', '2026-01-11', null, 28, 700],
  ['Mon 12-1-2026: day 29 at €40 → €740', '2026-01-12', null, 29, 740],
  ['Sun 25-1-2026: 42 days, the maximum: 280 + 420 + 560 = €1260', '2026-01-25', null, 42, 1260],
  ['1-3-2026: still capped at 42 days', '2026-03-01', null, 42, 1260],
  ['decided Sat 20-12-2025: days 15–19 December = 5 × €20', '2026-02-01', '2025-12-20', 5, 100],
  ['decided on the first day: nothing due', '2026-02-01', '2025-12-15', 0, 0],
];

describe('dwangsomExposure (Awb 4:17): hand-computed table', () => {
  it.each(DWANGSOM)('%s', (_why, today, decidedOn, days, amount) => {
    const r = dwangsomExposure({ ingebrekestellingOn: '2025-12-01', today, decidedOn });
    expect(r).toEqual({ startsOn: '2025-12-15', days, amount });
  });
});
