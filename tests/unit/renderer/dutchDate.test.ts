import { describe, expect, it } from 'vitest';
import { isoToDutch, readDutchDate, readDutchDateWithin } from '../../../renderer/lib/dutchDate';

const iso = (text: string) => {
  const r = readDutchDate(text);
  return r.kind === 'date' ? r.iso : r.kind;
};
const refusal = (text: string) => {
  const r = readDutchDate(text);
  return r.kind === 'refused' ? r.message : `read as ${r.kind === 'date' ? r.iso : 'empty'}`;
};

describe('readDutchDate: day, month, year whatever the browser language', () => {
  it('reads 14052016 as 14 May 2016 (not 5 December)', () => {
    expect(iso('14052016')).toBe('2016-05-14');
  });

  it('reads separators - / . and spaces, one or two digits for day and month', () => {
    expect(iso('14-05-2016')).toBe('2016-05-14');
    expect(iso('14/5/2016')).toBe('2016-05-14');
    expect(iso('14.5.2016')).toBe('2016-05-14');
    expect(iso(' 1 5 2016 ')).toBe('2016-05-01');
    expect(iso('5/4/2016')).toBe('2016-04-05');
  });

  it('reads a Dutch month name or abbreviation, and a pasted JJJJ-MM-DD', () => {
    expect(iso('14 mei 2016')).toBe('2016-05-14');
    expect(iso('3 mrt 2024')).toBe('2024-03-03');
    expect(iso('31 December 2025')).toBe('2025-12-31');
    expect(iso('2016-05-14')).toBe('2016-05-14');
  });

  it('is empty for blank text', () => {
    expect(readDutchDate('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses a two-digit year instead of guessing the century', () => {
    expect(refusal('1-5-16')).toBe(
      'Typ het jaar voluit, met vier cijfers: bijvoorbeeld 14-05-2016.',
    );
    expect(refusal('140516')).toBe(
      'Typ het jaar voluit, met vier cijfers: bijvoorbeeld 14-05-2016.',
    );
  });

  it('refuses digits that can be read two ways, and text it does not know', () => {
    expect(refusal('1452016')).toBe('Typ de datum als dd-mm-jjjj, bijvoorbeeld 14-05-2016.');
    expect(refusal('morgen')).toBe('Typ de datum als dd-mm-jjjj, bijvoorbeeld 14-05-2016.');
    expect(refusal('14 mai 2016')).toMatch(/^Onbekende maand "mai"/);
  });

  it('refuses days and months that do not exist, and an unlikely year', () => {
    expect(refusal('31-02-2016')).toBe('Deze datum bestaat niet: 31-02-2016.');
    expect(refusal('29-02-2023')).toBe('Deze datum bestaat niet: 29-02-2023.');
    expect(iso('29-02-2024')).toBe('2024-02-29');
    expect(refusal('05-14-2016')).toMatch(/^Er is geen maand 14/);
    expect(refusal('14-05-0216')).toBe('Controleer het jaar: 216.');
  });

  it('refuses a date outside the allowed range with the bound in dd-mm-jjjj', () => {
    expect(readDutchDateWithin('01-01-2020', '2020-02-01')).toEqual({
      kind: 'refused',
      message: 'Kies een datum op of na 01-02-2020.',
    });
    expect(readDutchDateWithin('01-03-2020', undefined, '2020-02-01')).toEqual({
      kind: 'refused',
      message: 'Kies een datum op of voor 01-02-2020.',
    });
    expect(readDutchDateWithin('01-02-2020', '2020-02-01', '2020-02-01')).toEqual({
      kind: 'date',
      iso: '2020-02-01',
    });
  });

  it('shows JJJJ-MM-DD as dd-mm-jjjj', () => {
    expect(isoToDutch('2016-05-14')).toBe('14-05-2016');
  });
});
