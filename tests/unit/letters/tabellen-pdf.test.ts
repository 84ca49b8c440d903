import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import type { ExportTabel } from '../../../electron/domain/export-tabel';
import { renderTabellenPdf, type TabellenPdfData } from '../../../electron/letters/tabellen-pdf';
import { flat } from './fixtures';

// Issue 12 · the summary in tables as an A4 PDF (the jaarverslag's kengetallen; the figures and
// charts are connected later): each table under its title, numbers and dates as Dutch readers
// write them, a long table over pages with its header again, the same bytes for the same input.

const NAAM = 'Zoë Çelik-Ångström';

const perBestuur: ExportTabel = {
  naam: 'Per bestuur',
  kolommen: [
    { kop: 'Bestuur', type: 'tekst' },
    { kop: 'Aanvragen', type: 'geheel' },
    { kop: 'Behaald', type: 'percentage' },
    { kop: 'Mediane doorlooptijd (dagen)', type: 'getal' },
    { kop: 'Laatste besluit', type: 'datum' },
  ],
  rijen: Array.from({ length: 70 }, (_, i) => [
    i === 0 ? NAAM : `Stichting ${i}`,
    i + 3,
    0.875,
    41.5,
    '2026-07-15',
  ]),
};

const leeg: ExportTabel = {
  naam: 'Bezwaren',
  kolommen: [
    { kop: 'Uitkomst', type: 'tekst' },
    { kop: 'Aantal', type: 'geheel' },
  ],
  rijen: [],
};

const data: TabellenPdfData = {
  titel: 'Kengetallen toelaatbaarheidsverklaringen',
  ondertitel: 'Schooljaar 2025-2026',
  letterhead: { naam: 'Samenwerkingsverband De Vallei', regels: ['Stationsweg 12, 6711 PL Ede'] },
  gemaaktOp: '2026-12-03T10:00:00.000Z',
  onderdelen: [
    { titel: 'Aanvragen per bestuur', tabel: perBestuur },
    { titel: 'Bezwaren en hun uitkomst', tabel: leeg },
  ],
};

describe('a summary in tables as PDF', () => {
  it('writes every table under its title, with Dutch numbers and dates, over as many pages as needed', async () => {
    const pdf = await renderTabellenPdf(data);
    const { pages } = await extractPdfText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = flat(pages);
    expect(text).toContain('Kengetallen toelaatbaarheidsverklaringen');
    expect(text).toContain('Schooljaar 2025-2026');
    expect(text).toContain('Aanvragen per bestuur');
    expect(text).toContain(NAAM);
    expect(text).toContain('87,5%');
    expect(text).toContain('41,5');
    expect(text).toContain('15-07-2026');
    expect(text).toContain('Stichting 69');
    expect(text).toContain('Bezwaren en hun uitkomst');
    expect(text).toContain('Geen gegevens in deze periode.');
    // The table continues on page 2 under its header again; each page is numbered.
    expect(flat([pages[1]!])).toContain('Bestuur Aanvragen Behaald');
    expect(flat([pages[1]!])).toContain(`Pagina 2 van ${pages.length}`);
  });

  it('gives the same bytes for the same input', async () => {
    const a = await renderTabellenPdf(data);
    const b = await renderTabellenPdf(data);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});
