import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { renderNotulen, renderVerklaringVernietiging } from '../../../electron/letters';
import type { VerklaringVernietigingData } from '../../../electron/letters/types';
import { notulenData } from './advies-fixtures';
import { flat, verklaringData } from './fixtures';

const data: VerklaringVernietigingData = {
  swv: verklaringData.swv,
  nummer: 'VV-2029-0003',
  datum: '2029-11-27',
  bewaartermijnJaren: 3,
  registerBewaard: true,
  dossiers: [
    {
      referentie: 'TLA-2026-0029',
      volgnummer: 'PO2505-2026-0001',
      termijnStart: '2026-11-25',
      vernietigbaarVanaf: '2029-11-25',
      documenten: 6,
    },
    {
      referentie: 'TLA-2026-0031',
      volgnummer: null,
      termijnStart: '2026-11-20',
      vernietigbaarVanaf: '2029-11-20',
      documenten: 1,
    },
  ],
  avgVerzoeken: [],
  voorgesteld: { naam: 'Bas Beheer', op: '2029-11-26' },
  goedgekeurd: { naam: 'Ingrid Jansen', op: '2029-11-27' },
  generatedAt: '2029-11-27T10:00:00.000Z',
};

describe('renderVerklaringVernietiging (issue 11, §12)', () => {
  it('says what, when, on what ground, proposed by whom and approved by whom', async () => {
    const text = flat((await extractPdfText(await renderVerklaringVernietiging(data))).pages);
    expect(text).toContain('Verklaring van vernietiging');
    expect(text).toContain('Nummer VV-2029-0003');
    expect(text).toContain('Datum van vernietiging: 27 november 2029');
    expect(text).toContain('Aantal dossiers: 2');
    expect(text).toContain('bewaartermijn van 3 jaar na het laatste besluit verstreken');
    expect(text).toContain('WPO art. 18a lid 13');
    expect(text).toContain('TLA-2026-0029 PO2505-2026-0001 25 november 2026 25 november 2029 6');
    expect(text).toContain('TLA-2026-0031 — 20 november 2026 20 november 2029 1');
    expect(text).toContain('Bewaard blijft alleen het TLV-register');
    expect(text).toContain('Voorgesteld: Bas Beheer, 26 november 2029');
    expect(text).toContain('Goedgekeurd: Ingrid Jansen, 27 november 2029');
  });

  it('is the same for the same data, and says so when the register row is not kept', async () => {
    const a = await renderVerklaringVernietiging(data);
    expect(Buffer.from(await renderVerklaringVernietiging(data)).equals(Buffer.from(a))).toBe(true);
    const zonder = flat(
      (
        await extractPdfText(
          await renderVerklaringVernietiging({ ...data, registerBewaard: false }),
        )
      ).pages,
    );
    expect(zonder).toContain('alleen het kenmerk bewaard');
    await expect(renderVerklaringVernietiging({ ...data, dossiers: [] })).rejects.toThrow(
      'minstens één dossier of AVG-verzoek',
    );
  });

  it('names the AVG requests whose personal data went, by kenmerk only; alone they make a verklaring', async () => {
    const avgVerzoeken = [
      { kenmerk: 'AVG-2026-0002', afgehandeldOp: '2026-03-31', vernietigbaarVanaf: '2029-03-31' },
    ];
    const beide = flat(
      (await extractPdfText(await renderVerklaringVernietiging({ ...data, avgVerzoeken }))).pages,
    );
    expect(beide).toContain('Aantal AVG-verzoeken: 1');
    expect(beide).toContain('AVG-2026-0002 31 maart 2026 31 maart 2029');
    expect(beide).toContain('TLA-2026-0029');
    const alleen = flat(
      (
        await extractPdfText(
          await renderVerklaringVernietiging({ ...data, dossiers: [], avgVerzoeken }),
        )
      ).pages,
    );
    expect(alleen).toContain('Aantal dossiers: 0');
    expect(alleen).toContain('AVG-2026-0002');
    expect(alleen).not.toContain('Vernietigde dossiers');
    expect(
      flat((await extractPdfText(await renderVerklaringVernietiging(data))).pages),
    ).not.toContain('AVG-verzoeken');
  });

  it('reduces a destroyed dossier in the minutes to its kenmerk', async () => {
    const [eerste, ...rest] = notulenData.punten;
    const text = flat(
      (
        await extractPdfText(
          await renderNotulen({
            ...notulenData,
            punten: [{ ...eerste!, vernietigd: { verklaringNummer: 'VV-2029-0003' } }, ...rest],
          }),
        )
      ).pages,
    );
    expect(text).toContain('1. Kenmerk AV-2025-0123');
    expect(text).toContain('(verklaring van vernietiging VV-2029-0003)');
    expect(text).not.toContain('Daan Verzonnen');
  });
});
