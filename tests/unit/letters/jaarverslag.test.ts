import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { RAPPORT_SECTIES } from '../../../electron/domain/rapportage-figuren';
import { BESLISTERMIJN_DAGEN } from '../../../electron/domain/termijnen';
import { schaalTot } from '../../../electron/letters/grafiek';
import { renderJaarverslag } from '../../../electron/letters/jaarverslag';
import { flat } from './fixtures';
import { BESTUREN, jaarRapportage, jaarverslagData, RIJEN } from './jaarverslag-data';

// Issue 12 · the jaarverslag PDF of a school year: the kengetallen from a seeded Rapportage, a row
// per board, the four charts with their axes and captions, Dutch numbers, an empty year, and the
// same bytes for the same input. The text is read back with pdf.js (documents/pdf-text.ts).

const r = jaarRapportage('2026-01-10');
const vorig = jaarRapportage('2025-01-10');

async function tekst(pdf: Uint8Array): Promise<{ pages: string[]; text: string }> {
  const { pages } = await extractPdfText(pdf);
  return { pages, text: flat(pages) };
}

/** The text between two markers. */
const deel = (text: string, van: string, tot: string): string =>
  text.slice(text.indexOf(van), text.indexOf(tot, text.indexOf(van)));

const woorden = (text: string): string[] => text.split(' ');

/** Dutch notation as the PDF writes it: decimal comma, point between thousands. */
const nl = (n: number): string =>
  n.toLocaleString('nl-NL', { maximumFractionDigits: 1 }).replace(/\u00a0/g, ' ');

describe('the jaarverslag PDF', () => {
  it('has the title, the SWV, the school year and every figure of every section', async () => {
    const { text } = await tekst(await renderJaarverslag(jaarverslagData(r, vorig)));
    expect(text).toContain('Jaarverslag toelaatbaarheidsverklaringen');
    expect(text).toContain('Samenwerkingsverband De Vallei');
    expect(text).toContain('Schooljaar 2025-2026 (1 augustus 2025 t/m 31 juli 2026)');
    expect(text).toContain('Stand van 15 september 2026');
    for (const s of RAPPORT_SECTIES) {
      expect(text).toContain(s.titel);
      for (const f of s.figuren) expect(text).toContain(f.label);
    }
    const k = r.totaal;
    expect(k.besloten.aantal).toBeGreaterThan(50);
    expect(text).toContain(`Ontvangen ${k.ontvangen.aantal} `);
    expect(text).toContain(`Besloten ${k.besloten.aantal} `);
    expect(text).toContain(`TLV afgegeven ${k.afloop.tlv_afgegeven.aantal} `);
    expect(text).toContain(`Behaald ${nl(k.behaald.percentage!)} %`);
    expect(text).toContain(`Mediaan netto ${nl(k.doorlooptijdNetto.mediaan!)} dagen`);
    expect(text).toContain(`Gemiddelde bruto ${nl(k.doorlooptijdBruto.gemiddelde!)} dagen`);
    expect(text).toContain(`Unaniem ${nl(k.unaniem.percentage!)} %`);
  });

  it('sets the year before beside each figure when it is given', async () => {
    const { text } = await tekst(await renderJaarverslag(jaarverslagData(r, vorig)));
    const v = vorig.totaal;
    expect(v.ontvangen.aantal).toBeGreaterThan(0);
    expect(text).toContain('Kengetal Schooljaar 2025-2026 Vorig jaar (2024-2025)');
    expect(text).toContain(`Ontvangen ${r.totaal.ontvangen.aantal} ${v.ontvangen.aantal} `);
    expect(text).toContain(`Besloten ${r.totaal.besloten.aantal} ${v.besloten.aantal} `);
    const dagen = (n: number | null) => (n === null ? '–' : `${nl(n)} dag${n === 1 ? '' : 'en'}`);
    expect(text).toContain(
      `Mediaan netto ${dagen(r.totaal.doorlooptijdNetto.mediaan)} ${dagen(v.doorlooptijdNetto.mediaan)} `,
    );
    const zonder = (await tekst(await renderJaarverslag(jaarverslagData(r)))).text;
    expect(zonder).not.toContain('Vorig jaar');
  });

  it('writes numbers with a decimal comma, never a decimal point', async () => {
    const { text } = await tekst(await renderJaarverslag(jaarverslagData(r)));
    expect(r.totaal.behaald.percentage! % 1).not.toBe(0);
    expect(text).toMatch(/\d+,\d %/);
    expect(text).not.toMatch(/\d\.\d %/);
    expect(text).not.toMatch(/\d\.\d dagen/);
  });

  it('has a row per school board with the figures of its group, and the total', async () => {
    const { text } = await tekst(await renderJaarverslag(jaarverslagData(r)));
    expect(text).toContain('Per schoolbestuur');
    expect(text).toContain('Schoolbestuur Ontvangen Besloten Afgegeven Behaald Mediaan netto');
    expect(r.groepen).toHaveLength(BESTUREN.length);
    for (const g of r.groepen) {
      const k = g.kengetallen;
      // The long name wraps in its cell; the figures follow on its first line.
      const eerste = g.naam.length > 45 ? g.naam.split(' ').slice(0, 6).join(' ') : g.naam;
      expect(text).toContain(
        `${eerste} ${k.ontvangen.aantal} ${k.besloten.aantal} ${k.afloop.tlv_afgegeven.aantal} ` +
          `${nl(k.behaald.percentage!)} % ${nl(k.doorlooptijdNetto.mediaan!)} dagen`,
      );
    }
    expect(text).toContain(`Totaal ${r.totaal.ontvangen.aantal} ${r.totaal.besloten.aantal} `);
  });

  it('draws the four charts with their axes, months, values, the 8-week line and captions', async () => {
    const { text } = await tekst(await renderJaarverslag(jaarverslagData(r)));
    expect(text).toContain('Figuur 1. Doorlooptijd per maand');
    expect(text).toContain('Mediaan netto doorlooptijd (dagen)');
    expect(text).toContain(`Beslistermijn: 8 weken (${BESLISTERMIJN_DAGEN} dagen)`);
    expect(text).toContain(`${BESLISTERMIJN_DAGEN} d`);
    expect(text).toContain('tegen de beslistermijn van 8 weken (56 dagen)');
    // The months of the school year under the x axis (Dutch abbreviations), and the axis unit.
    const figuur1 = deel(text, 'Figuur 1.', 'Figuur 2.');
    expect(figuur1).toContain('aug sep okt nov dec jan feb mrt apr mei jun jul');
    expect(figuur1).toContain('2025 2025 2025 2025 2025 2026 2026 2026 2026 2026 2026 2026');
    expect(figuur1).toContain('dagen 80');
    expect(woorden(figuur1)).toEqual(expect.arrayContaining(['0', '20', '40', '60', '80']));
    // Every month's median netto is written at its point.
    for (const m of r.perMaand)
      if (m.mediaanNetto !== null) expect(text).toContain(nl(m.mediaanNetto));
    expect(text).toContain('Figuur 2. Behaald per maand');
    const figuur2 = deel(text, 'Figuur 2.', 'Figuur 3.');
    expect(figuur2).toContain('% 100 % 100');
    expect(woorden(figuur2)).toEqual(expect.arrayContaining(['0', '20', '40', '60', '80', '100']));
    expect(woorden(figuur2)).not.toContain('120');
    for (const m of r.perMaand)
      if (m.behaald !== null) expect(text).toContain(`${nl(m.behaald)} %`);
    expect(text).toContain('binnen de (verlengde) beslistermijn viel');
    expect(text).toContain('Figuur 3. Aanvragen per schoolbestuur');
    expect(text).toContain('per schoolbestuur, het grootste eerst');
    // A name too long for the axis ends in '…' (the table above has it whole).
    const figuur3 = deel(text, 'Figuur 3.', 'Figuur 4.');
    // In the middle, so that the end which tells boards apart stays.
    expect(figuur3).toMatch(/Stichting Primair Onderwijs De … te Gelderland-Zuid 18/);
    expect(figuur3).not.toContain(BESTUREN[1].naam);
    expect(deel(text, 'Figuur 3.', 'Figuur 4.')).toContain('0 5 10 15 20 aanvragen');
    expect(text).toContain('Figuur 4. TLV’s die eindigen per maand');
    expect(deel(text, 'Figuur 4.', 'Hoe de cijfers')).toContain(
      'sep okt nov dec jan feb mrt apr mei jun jul aug',
    );
    expect(text).toContain('september 2026 t/m augustus 2027');
    const tlv = r.totaal.tlvEinde.reduce((s, t) => s + t.aantal, 0);
    expect(text).toContain(`${tlv} in totaal`);
    expect(text).toContain('Hoe de cijfers zijn bepaald');
    expect(text).toContain('netto zonder de dagen van opschorting');
    expect(text).toContain(
      'Behaald: besloten op of vóór het einde van de (verlengde) beslistermijn',
    );
  });

  it('orders the boards in the chart by the number received, the largest first', async () => {
    const { pages } = await extractPdfText(await renderJaarverslag(jaarverslagData(r)));
    const chart = flat(pages).split('Figuur 3.')[1]!.split('Figuur 4.')[0]!;
    const volgorde = [...r.perBestuur]
      .sort((a, b) => b.ontvangen.aantal - a.ontvangen.aantal || a.naam.localeCompare(b.naam, 'nl'))
      .map((b) => (b.naam.length > 40 ? b.naam.slice(0, 20) : b.naam));
    const posities = volgorde.map((n) => chart.indexOf(n));
    expect(posities.every((p) => p >= 0)).toBe(true);
    expect([...posities].sort((a, b) => a - b)).toEqual(posities);
  });

  it('never splits a chart over two pages: its title and its caption are on the same page', async () => {
    // 45 boards: the chart shows the 39 largest and the others in one bar, on one page.
    const veel = jaarRapportage(
      '2026-01-10',
      RIJEN.map((x, i) => ({
        ...x,
        bestuur: { id: 1000 + (i % 45), naam: `Stichting ${i % 45}` },
      })),
    );
    for (const rapportage of [r, veel]) {
      const { pages } = await extractPdfText(await renderJaarverslag(jaarverslagData(rapportage)));
      for (const [titel, onderschrift] of [
        ['Figuur 1.', 'tegen de beslistermijn van 8 weken'],
        ['Figuur 2.', 'besluiten in het hele jaar'],
        ['Figuur 3.', 'het grootste eerst'],
        ['Figuur 4.', 'de herindicaties die eraan komen'],
      ] as const) {
        const pagina = pages.map((p) => flat([p])).find((p) => p.includes(titel));
        expect(pagina, titel).toBeDefined();
        expect(pagina, titel).toContain(onderschrift);
      }
    }
    const { text } = await tekst(await renderJaarverslag(jaarverslagData(veel)));
    expect(text).toContain('Overige 6 besturen');
    expect(text).toContain('de kleinste 6 besturen samen in de grijze staaf');
  });

  it('renders a year without any aanvraag and says so', async () => {
    const leeg = jaarRapportage('2022-10-01', []);
    const { text, pages } = await tekst(await renderJaarverslag(jaarverslagData(leeg)));
    expect(text).toContain('Schooljaar 2022-2023');
    expect(text).toContain(
      'In schooljaar 2022-2023 heeft Samenwerkingsverband De Vallei geen aanvraag',
    );
    expect(text).toContain('Ontvangen 0 ');
    expect(text).toContain('Mediaan netto –');
    expect(text).toContain('Geen schoolbestuur had in schooljaar 2022-2023');
    expect(text).toContain('Geen besluiten genomen in schooljaar 2022-2023');
    expect(text).toContain('Geen aanvragen ontvangen in schooljaar 2022-2023');
    expect(text).toContain('Geen afgegeven TLV eindigt van september 2026 t/m augustus 2027');
    expect(text).not.toContain('Figuur 1.');
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} van ${pages.length}`);
  });

  it('gives the same bytes for the same input', async () => {
    const a = await renderJaarverslag(jaarverslagData(r));
    const b = await renderJaarverslag(jaarverslagData(jaarRapportage('2026-01-10')));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});

describe('the y axis of a chart', () => {
  it('runs from 0 in round steps to at least the highest value', () => {
    expect(schaalTot(59 * 1.1, { geheel: true })).toEqual({ max: 80, ticks: [0, 20, 40, 60, 80] });
    expect(schaalTot(100, { geheel: true }).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(schaalTot(11, { geheel: true })).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(schaalTot(3, { geheel: true }).ticks).toEqual([0, 1, 2, 3]);
    expect(schaalTot(0, { geheel: true }).ticks).toEqual([0, 1]);
    expect(schaalTot(1240, { geheel: true }).ticks).toEqual([0, 500, 1000, 1500]);
    expect(schaalTot(1.1, { geheel: false }).ticks).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25]);
  });
});
