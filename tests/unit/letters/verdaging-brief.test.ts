import { describe, expect, it } from 'vitest';
import { renderVerdagingBrief } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { flat } from './fixtures';
import { verdagingData } from './procedure-fixtures';

describe('renderVerdagingBrief', () => {
  it('names the old end, the new end, the reason and Awb 4:14 lid 3', async () => {
    const { pageCount, pages } = await extractPdfText(await renderVerdagingBrief(verdagingData));
    const text = flat(pages);
    expect(pageCount).toBe(1);
    expect(text).toContain('Datum: 13 oktober 2025');
    expect(text).toContain(
      'Betreft: verdaging van de beslistermijn, aanvraag toelaatbaarheidsverklaring Daan Verzonnen (kenmerk AV-2025-0123)',
    );
    expect(text).toContain('Stichting Fictief Onderwijs');
    expect(text).toContain('Op 1 september 2025 hebben wij uw aanvraag');
    expect(text).toContain('Wij moeten uiterlijk 27 oktober 2025 op uw aanvraag beslissen');
    expect(text).toContain(verdagingData.reden);
    expect(text).toContain('Wij verdagen de beslistermijn tot en met 24 november 2025');
    expect(text).toContain('artikel 4:14, derde lid, van de Algemene wet bestuursrecht (Awb)');
    expect(text).toContain('zo kort mogelijke termijn');
    expect(text).toContain('Namens de directeur-bestuurder, M. de Bestuurder');
    expect(text).toContain('A. Jansen Secretaresse leerlingenzaken');
  });

  it('may be sent on the last day of the term, not after it', async () => {
    await expect(
      renderVerdagingBrief({ ...verdagingData, datum: '2025-10-27' }),
    ).resolves.toBeInstanceOf(Uint8Array);
    await expect(renderVerdagingBrief({ ...verdagingData, datum: '2025-10-28' })).rejects.toThrow(
      'binnen de beslistermijn',
    );
    await expect(
      renderVerdagingBrief({ ...verdagingData, nieuweEinddatum: '2025-10-27' }),
    ).rejects.toThrow('nieuwe einddatum');
    await expect(renderVerdagingBrief({ ...verdagingData, reden: '' })).rejects.toThrow('reden');
  });

  it('is deterministic and renders diacritics', async () => {
    const data = {
      ...verdagingData,
      leerling: { naam: 'Noëlle Çelik', geboortedatum: '2016-03-12' },
      directeur: { naam: 'Şükrü Yılmaz' },
    };
    const a = await renderVerdagingBrief(data);
    expect(Buffer.from(a).equals(Buffer.from(await renderVerdagingBrief(data)))).toBe(true);
    const text = flat((await extractPdfText(a)).pages);
    expect(text).toContain('Noëlle Çelik (kenmerk AV-2025-0123)');
    expect(text).toContain('Namens de directeur-bestuurder, Sükrü Yilmaz');
  });
});
