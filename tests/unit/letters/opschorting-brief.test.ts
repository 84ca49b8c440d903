import { describe, expect, it } from 'vitest';
import { renderOpschortingBrief } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { flat } from './fixtures';
import { opschortingData } from './procedure-fixtures';

describe('renderOpschortingBrief', () => {
  it('states the ground, the article and the period of the suspension', async () => {
    const { pageCount, pages } = await extractPdfText(
      await renderOpschortingBrief(opschortingData),
    );
    const text = flat(pages);
    expect(pageCount).toBe(1);
    expect(text).toContain('Datum: 3 oktober 2025');
    expect(text).toContain(
      'Betreft: opschorting van de beslistermijn, aanvraag toelaatbaarheidsverklaring Daan Verzonnen (kenmerk AV-2025-0123)',
    );
    expect(text).toContain('t.a.v. de directie van OBS De Proefschool (BRIN 99ZZ)');
    expect(text).toContain('Op 1 september 2025 hebben wij uw aanvraag');
    expect(text).toContain('schriftelijk mee ingestemd');
    expect(text).toContain('Dat heeft u ons laten weten op 2 oktober 2025.');
    expect(text).toContain(
      'artikel 4:15, tweede lid, onder a, van de Algemene wet bestuursrecht (Awb)',
    );
    expect(text).toContain(opschortingData.toelichting);
    expect(text).toContain('opgeschort van 6 oktober 2025 tot en met 17 oktober 2025');
    expect(text).toContain('Vanaf 18 oktober 2025 loopt de termijn weer');
    expect(text).toContain('Namens de directeur-bestuurder, M. de Bestuurder');
    expect(text).toContain('Secretaresse leerlingenzaken');
  });

  it("prints 'tot nader bericht' and the grounds of lid 2b and 2c", async () => {
    const b = flat(
      (
        await extractPdfText(
          await renderOpschortingBrief({
            ...opschortingData,
            grond: 'vertraging_aanvrager',
            totEnMet: null,
          }),
        )
      ).pages,
    );
    expect(b).toContain('opgeschort vanaf 6 oktober 2025, tot nader bericht');
    expect(b).toContain('aan u als aanvrager is toe te rekenen');
    expect(b).toContain('artikel 4:15, tweede lid, onder b');
    expect(b).not.toContain('2 oktober 2025'); // the consent date only belongs to ground a
    const c = flat(
      (
        await extractPdfText(
          await renderOpschortingBrief({ ...opschortingData, grond: 'overmacht' }),
        )
      ).pages,
    );
    expect(c).toContain('door overmacht verhinderd');
    expect(c).toContain('artikel 4:15, tweede lid, onder c');
  });

  it('is deterministic and renders diacritics', async () => {
    const data = {
      ...opschortingData,
      leerling: { naam: 'Noëlle Çelik', geboortedatum: '2016-03-12' },
      toelichting: 'De ouders zijn op reis naar İzmir – “tot eind oktober”.',
    };
    const a = await renderOpschortingBrief(data);
    expect(Buffer.from(a).equals(Buffer.from(await renderOpschortingBrief(data)))).toBe(true);
    const text = flat((await extractPdfText(a)).pages);
    expect(text).toContain('Noëlle Çelik (kenmerk AV-2025-0123)');
    expect(text).toContain('Izmir');
  });

  it('refuses an empty reason, an end before the start or a start before receipt', async () => {
    await expect(renderOpschortingBrief({ ...opschortingData, toelichting: ' ' })).rejects.toThrow(
      'reden',
    );
    await expect(
      renderOpschortingBrief({ ...opschortingData, totEnMet: '2025-10-05' }),
    ).rejects.toThrow('eindigen');
    await expect(
      renderOpschortingBrief({ ...opschortingData, vanaf: '2025-09-01' }),
    ).rejects.toThrow('ontvangst');
  });
});
