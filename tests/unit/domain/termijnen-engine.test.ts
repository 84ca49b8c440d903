import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  compareIsoDates,
  fromDayNumber,
  toDayNumber,
  weekday,
} from '../../../electron/domain/calendar';
import { isFeestdag } from '../../../electron/domain/feestdagen';
import type { Opschorting } from '../../../electron/domain/opschorting';
import {
  aanvullingTermEnd,
  applyAlgemeneTermijnenwet,
  beslistermijn,
  beslistermijnMetOpschortingen,
  DEFAULT_AANVULLING_WERKDAGEN,
  isVerdagingValid,
  trafficLight,
  verdagingWarningDate,
  VRAGEN_NA_ADVIES_WERKDAGEN,
  werkdagenBetween,
} from '../../../electron/domain/termijnen';

const anyDate = fc
  .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2030-12-31') })
  .map(fromDayNumber);

describe('settings', () => {
  it('defaults of the rulebook', () => {
    expect(DEFAULT_AANVULLING_WERKDAGEN).toBe(10);
    expect(VRAGEN_NA_ADVIES_WERKDAGEN).toBe(2);
  });
});

describe('isVerdagingValid (Awb 4:14 lid 3)', () => {
  it('accepts notification up to and including the last day', () => {
    expect(
      isVerdagingValid({
        currentEnd: '2025-10-27',
        notifiedOn: '2025-10-27',
        newEnd: '2025-11-24',
      }),
    ).toEqual({ ok: true });
  });
  it('refuses a notification after the term ended', () => {
    const r = isVerdagingValid({
      currentEnd: '2025-10-27',
      notifiedOn: '2025-10-28',
      newEnd: '2025-11-24',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/vóórdat de beslistermijn is verstreken/);
  });
  it('refuses a new end that is not after the current one', () => {
    expect(
      isVerdagingValid({
        currentEnd: '2025-10-27',
        notifiedOn: '2025-10-20',
        newEnd: '2025-10-27',
      }),
    ).toEqual({
      ok: false,
      message: 'De nieuwe einddatum moet na de huidige einddatum liggen.',
    });
  });
});

describe('trafficLight (§9)', () => {
  // end Mon 27-10-2025; 10 werkdagen before = Mon 13-10-2025
  const end = '2025-10-27';
  it('groen before the warning date', () => {
    expect(trafficLight({ end, today: '2025-10-12', suspended: false })).toBe('groen');
  });
  it('oranje from the warning date up to the last day', () => {
    expect(trafficLight({ end, today: '2025-10-13', suspended: false })).toBe('oranje');
    expect(trafficLight({ end, today: end, suspended: false })).toBe('oranje');
  });
  it('rood once overdue, even when suspended', () => {
    expect(trafficLight({ end, today: '2025-10-28', suspended: false })).toBe('rood');
    expect(trafficLight({ end, today: '2025-10-28', suspended: true })).toBe('rood');
  });
  it('opgeschort while a suspension runs', () => {
    expect(trafficLight({ end, today: '2025-10-01', suspended: true })).toBe('opgeschort');
    expect(trafficLight({ end, today: '2025-10-20', suspended: true })).toBe('opgeschort');
  });
  it('honours the warning setting and closing days', () => {
    expect(trafficLight({ end, today: '2025-10-20', suspended: false, warnWerkdagen: 5 })).toBe(
      'oranje',
    );
    expect(trafficLight({ end, today: '2025-10-17', suspended: false, warnWerkdagen: 5 })).toBe(
      'groen',
    );
    // closing day Wed 22-10 pushes the 5-werkdagen warning back from Mon 20-10 to Fri 17-10
    expect(
      trafficLight({
        end,
        today: '2025-10-17',
        suspended: false,
        warnWerkdagen: 5,
        closingDays: ['2025-10-22'],
      }),
    ).toBe('oranje');
  });
});

describe('beslistermijnMetOpschortingen', () => {
  it('equals the plain beslistermijn without suspensions and keeps the extra feestdagen', () => {
    const r = beslistermijnMetOpschortingen({
      ontvangenOp: '2025-09-01',
      opschortingen: [],
      today: '2025-09-02',
      extraFeestdagen: ['2025-10-27'],
    });
    expect(r).toEqual({
      nominal: '2025-10-27',
      end: '2025-10-28',
      suspendedDays: 0,
      suspended: false,
    });
  });
});

const suspension = (ontvangenOp: string, offset: number, length: number): Opschorting => ({
  grond: 'awb_4_15_1a',
  start: addDays(ontvangenOp, offset),
  termEnd: addDays(ontvangenOp, offset + 30),
  resumedOn: addDays(ontvangenOp, offset + length),
});

describe('properties', () => {
  it('the end with suspensions is never a Saturday, Sunday or feestdag', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        (ontvangenOp, offset, length, later) => {
          const { end } = beslistermijnMetOpschortingen({
            ontvangenOp,
            opschortingen: [suspension(ontvangenOp, offset, length)],
            today: addDays(ontvangenOp, offset + later),
          });
          return weekday(end) !== 0 && weekday(end) !== 6 && !isFeestdag(end);
        },
      ),
    );
  });

  it('a verdaging end is never a Saturday, Sunday or feestdag', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (ontvangenOp, newEnd) => {
        const { end } = beslistermijnMetOpschortingen({
          ontvangenOp,
          opschortingen: [],
          verdaging: { newEnd },
          today: ontvangenOp,
        });
        return (
          weekday(end) !== 0 &&
          weekday(end) !== 6 &&
          !isFeestdag(end) &&
          compareIsoDates(end, newEnd) >= 0
        );
      }),
    );
  });

  it('a longer suspension never gives an earlier end', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (ontvangenOp, offset, a, b) => {
          const today = addDays(ontvangenOp, 200);
          const endOf = (len: number) =>
            beslistermijnMetOpschortingen({
              ontvangenOp,
              opschortingen: [suspension(ontvangenOp, offset, len)],
              today,
            }).end;
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return compareIsoDates(endOf(lo), endOf(hi)) <= 0;
        },
      ),
    );
  });

  it('while a suspension runs, a later today never gives an earlier end', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (ontvangenOp, a, b) => {
          const o: Opschorting = {
            grond: 'awb_4_15_2c',
            start: ontvangenOp,
            termEnd: null,
            resumedOn: null,
          };
          const endOn = (d: number) =>
            beslistermijnMetOpschortingen({
              ontvangenOp,
              opschortingen: [o],
              today: addDays(ontvangenOp, d),
            }).end;
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return compareIsoDates(endOn(lo), endOn(hi)) <= 0;
        },
      ),
    );
  });

  it('a suspension of zero days (resumed on the request day or the next) changes nothing', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 1 }),
        (ontvangenOp, offset, length) => {
          const today = addDays(ontvangenOp, 100);
          const plain = beslistermijn({ ontvangenOp });
          const r = beslistermijnMetOpschortingen({
            ontvangenOp,
            opschortingen: [suspension(ontvangenOp, offset, length)],
            today,
          });
          return r.end === plain.end && r.nominal === plain.nominal && r.suspendedDays === 0;
        },
      ),
    );
  });

  it('an aanvulling term of n werkdagen spans n werkdagen and the Atw leaves it alone', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const end = aanvullingTermEnd(d, n);
        return werkdagenBetween(d, end) === n && applyAlgemeneTermijnenwet(end) === end;
      }),
    );
  });

  it('the verdaging warning lies n werkdagen before the end, never after it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 20 }), (end, n) => {
        const w = verdagingWarningDate(end, n);
        return werkdagenBetween(end, w) === -n && compareIsoDates(w, end) < 0;
      }),
    );
  });
});
