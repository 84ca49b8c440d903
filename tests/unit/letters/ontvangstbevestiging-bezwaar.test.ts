import { describe, expect, it } from 'vitest';
import { renderOntvangstbevestigingBezwaar } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { flat } from './fixtures';
import { bezwaarData } from './procedure-fixtures';

describe('renderOntvangstbevestigingBezwaar', () => {
  it('confirms receipt to the ouders, with what happens next and the decision term', async () => {
    const { pageCount, pages } = await extractPdfText(
      await renderOntvangstbevestigingBezwaar(bezwaarData),
    );
    const text = flat(pages);
    expect(pageCount).toBe(1);
    expect(text).toContain('Fam. Verzonnen Denkbeeldlaan 7 1234 CD Demodorp');
    expect(text).toContain('Datum: 10 december 2025');
    expect(text).toContain(
      'Betreft: ontvangstbevestiging bezwaarschrift, besluit toelaatbaarheidsverklaring Daan Verzonnen (kenmerk BZ-2025-0007)',
    );
    expect(text).toContain('Geachte ouder(s)/verzorger(s)');
    expect(text).toContain('Op 8 december 2025 hebben wij uw bezwaarschrift ontvangen');
    expect(text).toContain('ons besluit van 17 november 2025 (TLV-volgnummer TLV-2025-0042)');
    expect(text).toContain('voor uw kind Daan Verzonnen');
    expect(text).toContain('Landelijke Bezwaaradviescommissie TLV om advies');
    expect(text).toContain('artikel 7:13 Awb');
    expect(text).toContain('gehoord');
    expect(text).toContain('artikel 7:2 Awb');
    expect(text).toContain('De bezwaartermijn eindigt op 29 december 2025');
    expect(text).toContain('binnen 12 weken');
    expect(text).toContain('uiterlijk 23 maart 2026');
    expect(text).toContain('artikel 7:10, eerste lid, van de Algemene wet bestuursrecht (Awb)');
    expect(text).toContain('eenmaal met ten hoogste 6 weken verdagen');
    expect(text).toContain('artikel 7:10, derde lid');
    expect(text).toContain('Namens de directeur-bestuurder, M. de Bestuurder');
    expect(text).toContain('Secretaresse leerlingenzaken');
  });

  it('addresses the school board for a joint bezwaar, without volgnummer after a refusal', async () => {
    const text = flat(
      (
        await extractPdfText(
          await renderOntvangstbevestigingBezwaar({
            ...bezwaarData,
            indieners: 'ouders_en_school',
            geadresseerde: { soort: 'school' },
            volgnummer: null,
          }),
        )
      ).pages,
    );
    expect(text).toContain(
      'Stichting Fictief Onderwijs t.a.v. de directie van OBS De Proefschool (BRIN 99ZZ) Postbus 1 1234 ZZ Demodorp',
    );
    expect(text).toContain('Geachte directie');
    expect(text).toContain('het bezwaarschrift dat u samen met de ouders heeft ingediend');
    expect(text).toContain('ons besluit van 17 november 2025 over de toelaatbaarheidsverklaring');
    expect(text).not.toContain('TLV-volgnummer');
    expect(text).not.toContain('uw kind');
  });

  it('goes only to an indiener and checks the order of the dates', async () => {
    await expect(
      renderOntvangstbevestigingBezwaar({ ...bezwaarData, geadresseerde: { soort: 'school' } }),
    ).rejects.toThrow('indiener');
    await expect(
      renderOntvangstbevestigingBezwaar({ ...bezwaarData, ontvangstdatum: '2025-11-16' }),
    ).rejects.toThrow('vóór de datum van het besluit');
    await expect(
      renderOntvangstbevestigingBezwaar({ ...bezwaarData, beslistermijnEinde: '2025-12-29' }),
    ).rejects.toThrow('beslistermijn op bezwaar');
  });

  it('is deterministic and renders diacritics', async () => {
    const data = {
      ...bezwaarData,
      leerling: { naam: 'Noëlle Çelik', geboortedatum: '2016-03-12' },
      geadresseerde: {
        soort: 'ouders' as const,
        ouders: {
          naam: 'Fam. Çelik-Ğür',
          adres: 'Brückestraße 3',
          postcode: '1234 AB',
          plaats: 'IJsselmönde',
        },
      },
    };
    const a = await renderOntvangstbevestigingBezwaar(data);
    expect(Buffer.from(a).equals(Buffer.from(await renderOntvangstbevestigingBezwaar(data)))).toBe(
      true,
    );
    const text = flat((await extractPdfText(a)).pages);
    expect(text).toContain('Fam. Çelik-Gür Brückestraße 3 1234 AB IJsselmönde');
    expect(text).toContain('Noëlle Çelik (kenmerk BZ-2025-0007)');
  });
});
