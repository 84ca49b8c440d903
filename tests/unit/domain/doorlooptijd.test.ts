import { describe, expect, it } from 'vitest';
import {
  behaaldPercentage,
  doorlooptijd,
  isInPeriod,
  periodOf,
  previousPeriod,
  validateBesluitOp,
  validateOntvangenOp,
} from '../../../electron/domain/doorlooptijd';

describe('doorlooptijd (§9)', () => {
  it('gross = besluit − ontvangst, net = gross − suspended', () => {
    // 1-9-2025 → 4-11-2025 = 64 days; 8 suspended → 56
    expect(
      doorlooptijd({ ontvangenOp: '2025-09-01', besluitOp: '2025-11-04', suspendedDays: 8 }),
    ).toEqual({ gross: 64, net: 56 });
    expect(
      doorlooptijd({ ontvangenOp: '2025-09-01', besluitOp: '2025-09-01', suspendedDays: 0 }),
    ).toEqual({ gross: 0, net: 0 });
  });
  it('net is never negative', () => {
    expect(
      doorlooptijd({ ontvangenOp: '2025-09-01', besluitOp: '2025-09-03', suspendedDays: 5 }).net,
    ).toBe(0);
  });
});

describe('bad input', () => {
  it('an ontvangstdatum in the future', () => {
    expect(validateOntvangenOp('2025-09-02', '2025-09-01')).toEqual({
      ok: false,
      message: 'De ontvangstdatum ligt in de toekomst.',
    });
    expect(validateOntvangenOp('2025-09-01', '2025-09-01')).toEqual({ ok: true });
  });
  it('a decision dated before receipt or in the future', () => {
    expect(
      validateBesluitOp({
        ontvangenOp: '2025-09-01',
        besluitOp: '2025-08-31',
        today: '2025-10-01',
      }),
    ).toEqual({
      ok: false,
      message: 'De besluitdatum ligt vóór de ontvangstdatum van de aanvraag.',
    });
    expect(
      validateBesluitOp({
        ontvangenOp: '2025-09-01',
        besluitOp: '2025-10-02',
        today: '2025-10-01',
      }),
    ).toEqual({ ok: false, message: 'De besluitdatum ligt in de toekomst.' });
    expect(
      validateBesluitOp({
        ontvangenOp: '2025-09-01',
        besluitOp: '2025-09-01',
        today: '2025-10-01',
      }),
    ).toEqual({ ok: true });
  });
});

describe('behaaldPercentage (§9)', () => {
  it('null when there are no decisions', () => {
    expect(behaaldPercentage([])).toBeNull();
  });
  it('on the end day counts as on time; one decimal', () => {
    const onTime = { besluitOp: '2025-10-27', end: '2025-10-27' };
    const late = { besluitOp: '2025-10-28', end: '2025-10-27' };
    expect(behaaldPercentage([onTime, late])).toBe(50);
    expect(behaaldPercentage([onTime, onTime, late])).toBe(66.7);
    expect(behaaldPercentage([onTime, late, late])).toBe(33.3);
    expect(behaaldPercentage([onTime])).toBe(100);
    expect(behaaldPercentage([late])).toBe(0);
  });
});

describe('periods', () => {
  it('maand', () => {
    expect(periodOf('2026-11-25', 'maand')).toEqual({
      label: 'november 2026',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(periodOf('2024-02-10', 'maand').to).toBe('2024-02-29');
    expect(previousPeriod('2026-01-15', 'maand')).toEqual({
      label: 'december 2025',
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });
  it('kwartaal', () => {
    expect(periodOf('2026-11-25', 'kwartaal')).toEqual({
      label: 'Q4 2026',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(periodOf('2026-03-31', 'kwartaal')).toEqual({
      label: 'Q1 2026',
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(previousPeriod('2026-02-01', 'kwartaal')).toEqual({
      label: 'Q4 2025',
      from: '2025-10-01',
      to: '2025-12-31',
    });
  });
  it('schooljaar runs 1 August – 31 July', () => {
    expect(periodOf('2025-11-15', 'schooljaar')).toEqual({
      label: 'schooljaar 2025-2026',
      from: '2025-08-01',
      to: '2026-07-31',
    });
    expect(periodOf('2026-07-31', 'schooljaar').label).toBe('schooljaar 2025-2026');
    expect(periodOf('2026-08-01', 'schooljaar').label).toBe('schooljaar 2026-2027');
    expect(previousPeriod('2025-11-15', 'schooljaar')).toEqual({
      label: 'schooljaar 2024-2025',
      from: '2024-08-01',
      to: '2025-07-31',
    });
  });
  it('isInPeriod includes both ends', () => {
    const p = periodOf('2026-11-25', 'maand');
    expect(isInPeriod('2026-11-01', p)).toBe(true);
    expect(isInPeriod('2026-11-30', p)).toBe(true);
    expect(isInPeriod('2026-12-01', p)).toBe(false);
  });
});
