import { describe, expect, it } from 'vitest';
import { exportTabelProbleem, type ExportTabel } from '../../../electron/domain/export-tabel';

const tabel = (over: Partial<ExportTabel> = {}): ExportTabel => ({
  naam: 'Kengetallen',
  kolommen: [
    { kop: 'School', type: 'tekst' },
    { kop: 'Aanvragen', type: 'geheel' },
    { kop: 'Behaald', type: 'percentage' },
    { kop: 'Besluit', type: 'datum' },
  ],
  rijen: [['De Regenboog', 12, 0.875, '2026-03-01']],
  ...over,
});

describe('exportTabelProbleem', () => {
  it('accepts a table whose cells fit their columns, empty cells included', () => {
    expect(exportTabelProbleem(tabel())).toBeNull();
    expect(exportTabelProbleem(tabel({ rijen: [[null, null, null, null]] }))).toBeNull();
  });

  it('refuses a sheet name Excel cannot hold (longer than 31, or one of []:*?/\\)', () => {
    expect(exportTabelProbleem(tabel({ naam: 'x'.repeat(31) }))).toBeNull();
    expect(exportTabelProbleem(tabel({ naam: 'x'.repeat(32) }))).toMatch(/bladnaam/);
    expect(exportTabelProbleem(tabel({ naam: 'Per bestuur/school' }))).toMatch(/bladnaam/);
    expect(exportTabelProbleem(tabel({ naam: '' }))).toMatch(/bladnaam/);
  });

  it('refuses a row narrower or wider than the header', () => {
    expect(exportTabelProbleem(tabel({ rijen: [['A', 1, 0.5]] }))).toMatch(/Rij 1 .* 3 cellen/);
  });

  it('refuses a cell that is not of its column type', () => {
    expect(exportTabelProbleem(tabel({ rijen: [['A', 1.5, 0.5, null]] }))).toMatch(/Aanvragen/);
    expect(exportTabelProbleem(tabel({ rijen: [['A', '12', 0.5, null]] }))).toMatch(/Aanvragen/);
    expect(exportTabelProbleem(tabel({ rijen: [['A', 1, 0.5, '01-03-2026']] }))).toMatch(/Besluit/);
    expect(exportTabelProbleem(tabel({ rijen: [['A', 1, Number.NaN, null]] }))).toMatch(/Behaald/);
  });
});
