import { describe, expect, it } from 'vitest';
import {
  begintijdVanDag,
  logboekActie,
  logboekDetails,
  periodeGrenzen,
  toCsv,
} from '../../../electron/domain/logboek';

describe('the Logboek (issue 11, S6)', () => {
  it('names actions in Dutch, steps of the procedure included', () => {
    expect(logboekActie('aanvraag.view')).toBe('Dossier geopend');
    expect(logboekActie('workflow.stel_vast')).toBe('Stap: stel vast');
    expect(logboekActie('iets.nieuws')).toBe('iets.nieuws');
    expect(logboekDetails('vernietiging.voorstel', '1')).toBe('1 dossier');
    expect(logboekDetails('logboek.export', '12')).toBe('12 regels');
    expect(logboekDetails('logboek.controle', 'afwijking')).toBe('keten verbroken');
    expect(logboekDetails('checklist.tick', 'opp')).toBe('opp');
  });

  it('bounds a period by the days in Amsterdam, winter and summer time', () => {
    expect(begintijdVanDag('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(begintijdVanDag('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    // The day the clocks go forward starts at 23:00 UTC the day before (still winter time).
    expect(begintijdVanDag('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(periodeGrenzen('2026-07-01', '2026-07-31')).toEqual({
      from: '2026-06-30T22:00:00.000Z',
      before: '2026-07-31T22:00:00.000Z',
    });
    expect(periodeGrenzen(null, null)).toEqual({ from: null, before: null });
  });

  it('writes CSV for Dutch Excel: BOM, semicolons, quotes, no formulas', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x;y', 'zeg "hoi"'],
        ['=1+1', 'gewoon'],
      ],
    );
    expect(csv).toBe('\uFEFFa;b\r\n"x;y";"zeg ""hoi"""\r\n"\'=1+1";gewoon\r\n');
  });
});
