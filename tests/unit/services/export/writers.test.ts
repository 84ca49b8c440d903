import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../../../electron/core/errors';
import type { ExportTabel } from '../../../../electron/domain/export-tabel';
import { schrijfCsv } from '../../../../electron/services/export/csv';
import { schrijfXlsx } from '../../../../electron/services/export/xlsx';
import { dag, leesCsv, leesXlsx, zipEntries } from '../../../support/xlsx';

// Issue 12 · the writers: what an XLSX holds is read back by an independent reader (read-excel-file)
// and compared cell by cell, types included; its frozen header, filter and formats are read from
// the sheet's own XML. The CSV is parsed back as Dutch Excel would (';', BOM).

const NAAM = 'Zoë Çelik-Ångström';

const leerlingen: ExportTabel = {
  naam: 'Leerlingen',
  kolommen: [
    { kop: 'Naam', type: 'tekst' },
    { kop: 'Aantal', type: 'geheel' },
    { kop: 'Gemiddelde', type: 'getal' },
    { kop: 'Behaald', type: 'percentage' },
    { kop: 'Ontvangen', type: 'datum' },
  ],
  rijen: [
    [NAAM, 3, 12.25, 0.875, '2026-12-03'],
    ['=HYPERLINK("http://x","klik")', -4, 0.1 + 0.2, 1, '2024-02-29'],
    ['Regel; met "aanhalingstekens"\nen een regeleinde', 0, null, 0, null],
    ['+31 6 1234', null, null, null, '1999-12-31'],
    ['-min', null, null, null, null],
    ['@SUM(A1)', null, null, null, null],
    ['\tTab', null, null, null, null],
    [null, null, null, null, null],
  ],
};

const tweede: ExportTabel = {
  naam: 'Kengetallen',
  kolommen: [
    { kop: 'Periode', type: 'tekst' },
    { kop: 'Besluiten', type: 'geheel' },
  ],
  rijen: [['schooljaar 2026-2027', 41]],
};

afterEach(() => {
  vi.useRealTimers();
});

describe('XLSX', () => {
  it('reads back with real numbers, dates and text, one sheet per table, a diacritic intact', async () => {
    const sheets = await leesXlsx(await schrijfXlsx([leerlingen, tweede], { dag: '2026-12-03' }));
    expect(sheets.map((s) => s.sheet)).toEqual(['Leerlingen', 'Kengetallen']);
    const [blad, kengetallen] = sheets;
    expect(blad!.data[0]).toEqual(['Naam', 'Aantal', 'Gemiddelde', 'Behaald', 'Ontvangen']);
    expect(blad!.data[1]).toEqual([NAAM, 3, 12.25, 0.875, dag('2026-12-03')]);
    expect(blad!.data[1]![4]).toBeInstanceOf(Date);
    expect(typeof blad!.data[1]![1]).toBe('number');
    expect(blad!.data[2]).toEqual([
      '=HYPERLINK("http://x","klik")',
      -4,
      0.1 + 0.2,
      1,
      dag('2024-02-29'),
    ]);
    expect(blad!.data[3]![0]).toBe('Regel; met "aanhalingstekens"\nen een regeleinde');
    expect(blad!.data[4]).toEqual(['+31 6 1234', null, null, null, dag('1999-12-31')]);
    // 8 rows of data and the header (read-excel-file drops only empty rows at the end).
    expect(blad!.data.length).toBe(8);
    expect(kengetallen!.data).toEqual([
      ['Periode', 'Besluiten'],
      ['schooljaar 2026-2027', 41],
    ]);
  });

  it('has a bold, frozen header with a filter, formats per type, widths from the content and no formula', async () => {
    const xml = zipEntries(await schrijfXlsx([leerlingen], { dag: '2026-12-03' }));
    const sheet = xml.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain('<autoFilter ref="A1:E1"');
    expect(sheet).not.toMatch(/<f[ >]/);
    // Column widths: the name column fits the longest name (quoted line, 47 characters + 2).
    // A <col> covers columns min..max (exceljs joins neighbours of the same width).
    const widths = [
      ...sheet.matchAll(/<col min="(\d+)" max="(\d+)" [^>]*width="([\d.]+)"/g),
    ].flatMap((m) => Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, () => Number(m[3])));
    expect(widths).toHaveLength(5);
    expect(widths[0]).toBeGreaterThanOrEqual(47);
    expect(widths[4]).toBeGreaterThanOrEqual(10);
    expect(widths[4]).toBeLessThan(20);
    const styles = xml.get('xl/styles.xml')!;
    expect(styles).toContain('formatCode="dd-mm-yyyy"');
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('formatCode="0.0"');
    expect(styles).toMatch(/<font>\s*<b\/>/);
    // The formula-like text is a string cell (shared string), not a formula.
    expect(sheet).toContain('=HYPERLINK(');
    expect(xml.get('docProps/core.xml')).toContain('2026-12-03T00:00:00Z');
  });

  it('gives the same bytes for the same tables on the same day, whenever it is written', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T08:00:00Z'));
    const a = await schrijfXlsx([leerlingen, tweede], { dag: '2026-12-03' });
    vi.setSystemTime(new Date('2026-12-03T17:43:11Z'));
    const b = await schrijfXlsx([leerlingen, tweede], { dag: '2026-12-03' });
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('writes a table without rows as a header only', async () => {
    const leeg = { ...leerlingen, rijen: [] };
    const sheets = await leesXlsx(await schrijfXlsx([leeg], { dag: '2026-12-03' }));
    expect(sheets[0]!.data).toEqual([['Naam', 'Aantal', 'Gemiddelde', 'Behaald', 'Ontvangen']]);
  });
});

describe('CSV for Dutch Excel', () => {
  const bytes = schrijfCsv([leerlingen]);
  const text = bytes.toString('utf8');

  it('starts with the BOM, separates with ; and ends rows with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')[0]).toBe('Naam;Aantal;Gemiddelde;Behaald;Ontvangen');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').replace(/"[^"]*"/g, '')).not.toContain('\n');
  });

  it('parses back with a decimal comma, dd-mm-jjjj dates, percentages and the diacritic intact', () => {
    const rows = leesCsv(bytes);
    expect(rows[0]).toEqual(['Naam', 'Aantal', 'Gemiddelde', 'Behaald', 'Ontvangen']);
    expect(rows[1]).toEqual([NAAM, '3', '12,25', '87,5%', '03-12-2026']);
    expect(rows[2]).toEqual([`'=HYPERLINK("http://x","klik")`, '-4', '0,3', '100%', '29-02-2024']);
    expect(rows[3]).toEqual([
      'Regel; met "aanhalingstekens"\nen een regeleinde',
      '0',
      '',
      '0%',
      '',
    ]);
    expect(rows.length).toBe(9);
  });

  it('defuses every text cell a spreadsheet could run as a formula', () => {
    const first = leesCsv(bytes).map((r) => r[0]);
    expect(first.slice(2)).toEqual([
      `'=HYPERLINK("http://x","klik")`,
      'Regel; met "aanhalingstekens"\nen een regeleinde',
      "'+31 6 1234",
      "'-min",
      "'@SUM(A1)",
      "'\tTab",
      '',
    ]);
    // A negative number is a number, not text to defuse.
    expect(leesCsv(bytes)[2]![1]).toBe('-4');
  });

  it('writes several tables one after another, each under its name', () => {
    const rows = leesCsv(schrijfCsv([tweede, tweede]));
    expect(rows).toEqual([
      ['Kengetallen'],
      ['Periode', 'Besluiten'],
      ['schooljaar 2026-2027', '41'],
      [''],
      ['Kengetallen'],
      ['Periode', 'Besluiten'],
      ['schooljaar 2026-2027', '41'],
    ]);
  });
});

describe('a table Excel cannot hold', () => {
  const kapot: ExportTabel = { ...tweede, rijen: [['schooljaar', 'veertig']] };
  const verkeerdeNaam: ExportTabel = { ...tweede, naam: 'Kengetallen: 2026/2027' };

  it('is refused by both writers with a Dutch reason', async () => {
    for (const tabel of [kapot, verkeerdeNaam]) {
      expect(() => schrijfCsv([tabel])).toThrow(UserFacingError);
      await expect(schrijfXlsx([tabel], { dag: '2026-12-03' })).rejects.toThrow(
        /De export kan niet worden gemaakt/,
      );
    }
  });

  it('reports its progress as it writes, and lets other work run between', async () => {
    const groot: ExportTabel = {
      naam: 'Veel',
      kolommen: [
        { kop: 'Nr', type: 'geheel' },
        { kop: 'Datum', type: 'datum' },
      ],
      rijen: Array.from({ length: 4_500 }, (_, i) => [i, '2026-01-01']),
    };
    const stappen: [number, number][] = [];
    const tussen: number[] = [];
    let tussendoor = 0;
    const ander = setInterval(() => {
      tussendoor += 1;
    }, 0);
    try {
      const bytes = await schrijfXlsx([groot, tweede], {
        dag: '2026-12-03',
        voortgang: (gedaan, totaal) => {
          stappen.push([gedaan, totaal]);
          tussen.push(tussendoor);
        },
      });
      const sheets = await leesXlsx(bytes);
      expect(sheets[0]!.data).toHaveLength(4_501);
    } finally {
      clearInterval(ander);
    }
    expect(stappen).toEqual([
      [2_000, 4_501],
      [4_000, 4_501],
      [4_500, 4_501],
      [4_501, 4_501],
    ]);
    // While the rows were written the event loop ran other work (a timer here).
    expect(tussen.at(-1)!).toBeGreaterThan(tussen[0]!);
  });
});
