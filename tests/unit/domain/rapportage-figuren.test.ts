import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../electron/domain/doorlooptijd';
import { exportTabelProbleem } from '../../../electron/domain/export-tabel';
import {
  FIGUREN,
  idsAchterFiguur,
  rapportageAlsTabellen,
  RAPPORT_SECTIES,
} from '../../../electron/domain/rapportage-figuren';
import { rapportage, type AanvraagFeiten } from '../../../electron/domain/rapportage';

const base = {
  unaniem: null,
  opschortingen: [],
  verdaging: null,
  bezwaren: [],
  tlvEinde: null,
  gemeente: 'Ede',
  soort: 'zij_instroom',
  schoolsoort: 'SO',
  categorie: 'hoog',
} as const;

const ROWS: AanvraagFeiten[] = [
  {
    ...base,
    id: 1,
    ontvangenOp: '2025-09-01',
    afloop: { soort: 'tlv_afgegeven', op: '2025-10-06' },
    unaniem: true,
    bestuur: { id: 1, naam: 'Stichting Één' },
    school: { id: 1, naam: 'Basisschool Sint-Jozef' },
  },
  {
    ...base,
    id: 2,
    ontvangenOp: '2025-09-15',
    afloop: { soort: 'tlv_niet_afgegeven', op: '2025-12-01' },
    unaniem: false,
    bestuur: { id: 2, naam: 'Stichting Twee' },
    school: { id: 2, naam: 'De Linde' },
  },
];

const r = rapportage({
  rows: ROWS,
  periode: periodOf('2025-10-01', 'schooljaar'),
  indeling: 'bestuur',
  today: '2025-12-15',
});

describe('rapportageAlsTabellen (the report as ExportTabel values)', () => {
  const tabellen = rapportageAlsTabellen(r);

  it('gives a period sheet, one sheet per section and the TLVs ending, each one Excel can hold', () => {
    expect(tabellen.map((t) => t.naam)).toEqual([
      'Periode',
      ...RAPPORT_SECTIES.map((s) => s.titel),
      "TLV's die eindigen",
    ]);
    for (const t of tabellen) expect(exportTabelProbleem(t), t.naam).toBeNull();
  });

  it('has a total row and one per group, with the figures of the report (percentages as fractions)', () => {
    const sectie = tabellen[1]!;
    expect(sectie.kolommen[0]).toEqual({ kop: 'Schoolbestuur', type: 'tekst' });
    expect(sectie.rijen.map((x) => x[0])).toEqual(['Totaal', 'Stichting Één', 'Stichting Twee']);
    const col = (kop: string) => sectie.kolommen.findIndex((k) => k.kop === kop);
    expect(sectie.rijen[0]![col('Ontvangen')]).toBe(2);
    expect(sectie.rijen[0]![col('Unaniem')]).toBe(0.5);
    expect(sectie.kolommen[col('Unaniem')]?.type).toBe('percentage');
    const doorloop = tabellen[2]!;
    const mediaan = doorloop.kolommen.findIndex((k) => k.kop === 'Mediaan bruto');
    expect(doorloop.rijen[0]![mediaan]).toBe(r.totaal.doorlooptijdBruto.mediaan);
    expect(doorloop.kolommen[mediaan]?.type).toBe('getal');
  });

  it('holds figures only: no name of a pupil, no advice text', () => {
    const cells = tabellen.flatMap((t) => t.rijen.flat()).filter((c) => typeof c === 'string');
    expect(cells).not.toContain('Basisschool Sint-Jozef'); // broken down by bestuur, not school
    expect(
      cells.every(
        (c) => /^(Totaal|Stichting|schooljaar|\d{4}-)/.test(c as string) || c === 'Schoolbestuur',
      ),
    ).toBe(true);
  });
});

describe('the figures a screen links to', () => {
  it('every figure key names the aanvragen behind it, of the total or of a group', () => {
    expect(FIGUREN.size).toBeGreaterThan(30);
    expect(idsAchterFiguur(r, 'ontvangen', null)).toEqual([1, 2]);
    expect(idsAchterFiguur(r, 'afloop.tlv_niet_afgegeven', '2')).toEqual([2]);
    expect(idsAchterFiguur(r, 'afloop.tlv_niet_afgegeven', '1')).toEqual([]);
    expect(idsAchterFiguur(r, 'unaniem', null)).toEqual([1]);
    expect(idsAchterFiguur(r, 'ontvangen', '99')).toBeNull();
    expect(idsAchterFiguur(r, 'geen_figuur', null)).toBeNull();
  });
});
