import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  fromDayNumber,
  toDayNumber,
  weekday,
} from '../../../electron/domain/calendar';
import { isFeestdag } from '../../../electron/domain/feestdagen';
import {
  addWerkdagen,
  applyAlgemeneTermijnenwet,
  BESLISTERMIJN_WEKEN,
  beslistermijn,
  daysLeft,
  isWerkdag,
  suspendedDays,
  werkdagenBetween,
} from '../../../electron/domain/termijnen';

// Days 2000-01-01 … 2099-12-31 as day numbers.
const FROM_2000 = toDayNumber('2000-01-01');
const TO_2099 = toDayNumber('2099-12-31');
const anyDate = fc.integer({ min: FROM_2000, max: TO_2099 }).map(fromDayNumber);

describe('beslistermijn (Awb 4:13, Atw art. 1): hand-computed cases', () => {
  const cases: readonly [string, string, number, string, string][] = [
    // [why, ontvangenOp, suspended days, nominal, end]
    [
      'rulebook §9: Mon 1-9-2025 + 8 weeks = Mon 27-10-2025, a plain workday',
      '2025-09-01',
      0,
      '2025-10-27',
      '2025-10-27',
    ],
    [
      'rulebook §3.4 suspension of 8 days on top: 27-10 + 8 = Tue 4-11-2025',
      '2025-09-01',
      8,
      '2025-11-04',
      '2025-11-04',
    ],
    [
      'beslistermijn moves past Christmas: Thu 30-10-2025 + 56 = Thu 25-12 (1e Kerstdag), Fri 26-12 (2e), Sat, Sun → Mon 29-12',
      '2025-10-30',
      0,
      '2025-12-25',
      '2025-12-29',
    ],
    [
      'beslistermijn moves past Easter Monday: Mon 9-2-2026 + 56 = Mon 6-4-2026, Tweede Paasdag (Easter 5-4) → Tue 7-4',
      '2026-02-09',
      0,
      '2026-04-06',
      '2026-04-07',
    ],
    [
      'beslistermijn moves past Koningsdag: Mon 2-3-2026 + 56 = Mon 27-4-2026, Koningsdag (27-4 is a Monday) → Tue 28-4',
      '2026-03-02',
      0,
      '2026-04-27',
      '2026-04-28',
    ],
    [
      'beslistermijn moves past Koningsdag on Saturday 2025: Sat 1-3-2025 + 56 = Sat 26-4-2025, Koningsdag moved from Sunday 27-4; Sat, Sun → Mon 28-4',
      '2025-03-01',
      0,
      '2025-04-26',
      '2025-04-28',
    ],
    [
      'beslistermijn moves past the Easter weekend: Fri 21-2-2025 + 56 = Goede Vrijdag 18-4-2025, Sat, Easter Sun, Easter Mon 21-4 → Tue 22-4',
      '2025-02-21',
      0,
      '2025-04-18',
      '2025-04-22',
    ],
    [
      'beslistermijn moves past Hemelvaart: Thu 3-4-2025 + 56 = Thu 29-5-2025, Hemelvaart (20-4 + 39) → Fri 30-5',
      '2025-04-03',
      0,
      '2025-05-29',
      '2025-05-30',
    ],
    [
      'beslistermijn moves past Tweede Pinksterdag: Mon 14-4-2025 + 56 = Mon 9-6-2025, Tweede Pinksterdag (20-4 + 50) → Tue 10-6',
      '2025-04-14',
      0,
      '2025-06-09',
      '2025-06-10',
    ],
    [
      'beslistermijn moves past 5 mei: Mon 10-3-2025 + 56 = Mon 5-5-2025, Bevrijdingsdag (not a lustrum year) → Tue 6-5',
      '2025-03-10',
      0,
      '2025-05-05',
      '2025-05-06',
    ],
    [
      'beslistermijn moves past Nieuwjaarsdag: Thu 6-11-2025 + 56 = Thu 1-1-2026, Nieuwjaarsdag → Fri 2-1-2026',
      '2025-11-06',
      0,
      '2026-01-01',
      '2026-01-02',
    ],
    [
      'beslistermijn moves past a weekend: received on Sat 6-9-2025: + 56 = Sat 1-11-2025, Sat, Sun → Mon 3-11',
      '2025-09-06',
      0,
      '2025-11-01',
      '2025-11-03',
    ],
    [
      'beslistermijn moves past a Sunday: received on Sun 7-9-2025: + 56 = Sun 2-11-2025 → Mon 3-11',
      '2025-09-07',
      0,
      '2025-11-02',
      '2025-11-03',
    ],
    [
      'suspension pushes the beslistermijn into Christmas: Mon 27-10-2025 + 56 = Mon 22-12, + 3 suspended = Thu 25-12, Kerst and weekend → Mon 29-12',
      '2025-10-27',
      3,
      '2025-12-25',
      '2025-12-29',
    ],
    [
      'Tue 10-3-2026 + 56 = Tue 5-5-2026, Bevrijdingsdag → Wed 6-5',
      '2026-03-10',
      0,
      '2026-05-05',
      '2026-05-06',
    ],
    [
      'Thu 19-3-2026 + 56 = Thu 14-5-2026, Hemelvaart (5-4 + 39) → Fri 15-5',
      '2026-03-19',
      0,
      '2026-05-14',
      '2026-05-15',
    ],
    [
      'Fri 29-1-2027 + 56 = Goede Vrijdag 26-3-2027 (Easter 28-3), Sat, Sun, Easter Mon → Tue 30-3',
      '2027-01-29',
      0,
      '2027-03-26',
      '2027-03-30',
    ],
    [
      'Wed 17-12-2025 + 56 = Wed 11-2-2026, a plain workday across the year end',
      '2025-12-17',
      0,
      '2026-02-11',
      '2026-02-11',
    ],
  ];

  it.each(cases)('%s', (_why, ontvangenOp, suspended, nominal, end) => {
    expect(beslistermijn({ ontvangenOp, suspendedDays: suspended })).toEqual({ nominal, end });
  });

  it('beslistermijn moves past a day set equal to a feestdag by decree', () => {
    // 27-10-2025 is a normal Monday; declared a feestdag it moves to Tue 28-10.
    expect(beslistermijn({ ontvangenOp: '2025-09-01', extraFeestdagen: ['2025-10-27'] }).end).toBe(
      '2025-10-28',
    );
  });

  it('the term is 8 weeks', () => {
    expect(BESLISTERMIJN_WEKEN).toBe(8);
  });
});

describe('suspendedDays (§3.4, Awb 4:15 lid 1a)', () => {
  it('rulebook example: requested Wed 10-9-2025, received Fri 19-9-2025 → 8 days', () => {
    // Clock stands still on 11 … 18 September: 8 days; it runs again on the 19th.
    expect(suspendedDays('2025-09-10', '2025-09-19')).toBe(8);
  });

  it('an aanvulling received on the request day or the next day suspends nothing', () => {
    expect(suspendedDays('2025-09-10', '2025-09-10')).toBe(0);
    expect(suspendedDays('2025-09-10', '2025-09-11')).toBe(0);
  });

  it('never negative when the dates are swapped', () => {
    expect(suspendedDays('2025-09-19', '2025-09-10')).toBe(0);
  });

  it('an unused term of 10 werkdagen resumes the day after its last day', () => {
    // Wed 10-9-2025 + 10 werkdagen = Wed 24-9; resume Thu 25-9; suspended 25 − 10 − 1 = 14.
    const lastDay = addWerkdagen('2025-09-10', 10);
    expect(lastDay).toBe('2025-09-24');
    expect(suspendedDays('2025-09-10', addDays(lastDay, 1))).toBe(14);
  });

  it('counts across a month end: Mon 29-9-2025 → Mon 6-10-2025 = 6', () => {
    expect(suspendedDays('2025-09-29', '2025-10-06')).toBe(6);
  });
});

describe('werkdagen (§9)', () => {
  it('Friday + 1 werkdag is Monday', () => {
    expect(addWerkdagen('2025-09-05', 1)).toBe('2025-09-08');
  });

  it('Tue 23-12-2025 + 2 werkdagen skips Kerst and the weekend: Wed 24 (1), Mon 29 (2)', () => {
    expect(addWerkdagen('2025-12-23', 2)).toBe('2025-12-29');
    expect(werkdagenBetween('2025-12-23', '2025-12-29')).toBe(2);
  });

  it('Thu 17-4-2025 + 1 werkdag skips Goede Vrijdag, weekend and Tweede Paasdag → Tue 22-4', () => {
    expect(addWerkdagen('2025-04-17', 1)).toBe('2025-04-22');
  });

  it('an office closing day is no werkdag', () => {
    expect(addWerkdagen('2025-09-10', 1, ['2025-09-11'])).toBe('2025-09-12');
    expect(isWerkdag('2025-09-11', ['2025-09-11'])).toBe(false);
  });

  it('counts backwards for the verdaging warning: 10 werkdagen before Mon 27-10-2025 is Mon 13-10', () => {
    expect(addWerkdagen('2025-10-27', -10)).toBe('2025-10-13');
    expect(werkdagenBetween('2025-10-27', '2025-10-13')).toBe(-10);
  });

  it('weekend and feestdagen are no werkdagen', () => {
    expect(isWerkdag('2025-09-06')).toBe(false); // Saturday
    expect(isWerkdag('2026-04-27')).toBe(false); // Koningsdag on a Monday
    expect(isWerkdag('2026-04-28')).toBe(true);
    expect(addWerkdagen('2026-04-27', 0)).toBe('2026-04-27');
  });
});

describe('applyAlgemeneTermijnenwet', () => {
  it('leaves a workday alone and moves Christmas Day 2026 (Fri) to Mon 28-12', () => {
    expect(applyAlgemeneTermijnenwet('2025-10-27')).toBe('2025-10-27');
    expect(applyAlgemeneTermijnenwet('2026-12-25')).toBe('2026-12-28');
  });
});

describe('daysLeft', () => {
  it('counts calendar days to the end, 0 on the last day, negative after', () => {
    expect(daysLeft('2025-10-27', '2025-10-20')).toBe(7);
    expect(daysLeft('2025-10-27', '2025-10-27')).toBe(0);
    expect(daysLeft('2025-10-27', '2025-10-28')).toBe(-1);
  });
});

describe('properties', () => {
  it('an Atw end date is never a Saturday, Sunday or feestdag', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 120 }), (ontvangenOp, s) => {
        const { end, nominal } = beslistermijn({ ontvangenOp, suspendedDays: s });
        const w = weekday(end);
        // At most 4 days move: Goede Vrijdag, Saturday, Easter Sunday, Easter Monday.
        return w !== 0 && w !== 6 && !isFeestdag(end) && daysBetween(nominal, end) <= 4;
      }),
    );
  });

  it('more suspended days never give an earlier end', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (ontvangenOp, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const endLo = beslistermijn({ ontvangenOp, suspendedDays: lo }).end;
          const endHi = beslistermijn({ ontvangenOp, suspendedDays: hi }).end;
          return compareIsoDates(endLo, endHi) <= 0;
        },
      ),
    );
  });

  it('zero suspension changes nothing', () => {
    fc.assert(
      fc.property(anyDate, (ontvangenOp) => {
        const without = beslistermijn({ ontvangenOp });
        const withZero = beslistermijn({ ontvangenOp, suspendedDays: 0 });
        return (
          without.end === withZero.end &&
          without.nominal === withZero.nominal &&
          daysBetween(ontvangenOp, without.nominal) === 56
        );
      }),
    );
  });

  it('addWerkdagen then werkdagenBetween gives n', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: -40, max: 40 }),
        fc.array(anyDate, { maxLength: 3 }),
        (d, n, closing) => werkdagenBetween(d, addWerkdagen(d, n, closing), closing) === n,
      ),
    );
  });

  it('addWerkdagen with n ≠ 0 always lands on a werkdag', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 30 }), (d, n) =>
        isWerkdag(addWerkdagen(d, n)),
      ),
    );
  });
});
