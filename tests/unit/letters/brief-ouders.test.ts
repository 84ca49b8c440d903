import { describe, expect, it } from 'vitest';
import { renderBriefOuders } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { EINDADVIES, briefData, flat } from './fixtures';

describe('renderBriefOuders', () => {
  it('contains the decision, the period, the eindadvies and the bezwaarclausule', async () => {
    const { pageCount, pages } = await extractPdfText(await renderBriefOuders(briefData));
    const text = flat(pages);
    expect(pageCount).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Fam. Verzonnen Denkbeeldlaan 7 1234 CD Demodorp');
    expect(text).toContain('Datum: 15 november 2025');
    expect(text).toContain('Betreft: besluit toelaatbaarheidsverklaring Daan Verzonnen');
    expect(text).toContain('De toelaatbaarheidsverklaring is afgegeven.');
    expect(text).toContain('TLV-volgnummer: TLV-2025-0042');
    expect(text).toContain('Schoolsoort: Speciaal onderwijs (SO)');
    expect(text).toContain('Bekostigingscategorie: midden');
    expect(text).toContain('Begindatum: 1 december 2025');
    expect(text).toContain('Einddatum: 31 juli 2027');
    // The eindadvies is the motivation and is copied verbatim.
    for (const part of EINDADVIES.split('\n\n')) expect(text).toContain(part);
    expect(text).toContain('S. Bakker (Orthopedagoog) en J. de Wit (Arts)');
    expect(text).toContain('artikel 18a, veertiende lid');
    expect(text).toContain('binnen 6 weken na de dag waarop dit besluit is verzonden');
    expect(text).toContain('Voorbeeldstraat 1 1234 AB Demodorp');
    for (const item of [
      'uw naam en adres',
      'de datum',
      'het besluit waartegen u bezwaar maakt',
      'de redenen',
      'uw handtekening',
    ]) {
      expect(text).toContain(item);
    }
    expect(text).toContain(`Pagina 1 van ${pageCount}`);
  });

  it('states a refusal without volgnummer or period', async () => {
    const bytes = await renderBriefOuders({
      ...briefData,
      uitkomst: 'tlv_niet_afgegeven',
      volgnummer: null,
      begindatum: null,
      einddatum: null,
    });
    const text = flat((await extractPdfText(bytes)).pages);
    expect(text).toContain('De toelaatbaarheidsverklaring is niet afgegeven.');
    expect(text).not.toContain('TLV-volgnummer');
    expect(text).not.toContain('Einddatum');
    expect(text).toContain('binnen 6 weken');
  });

  it('is deterministic and survives a long eindadvies over several pages', async () => {
    const long = { ...briefData, eindadviesTekst: Array(40).fill(EINDADVIES).join('\n\n') };
    const a = await renderBriefOuders(long);
    const b = await renderBriefOuders(long);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const { pageCount, pages } = await extractPdfText(a);
    expect(pageCount).toBeGreaterThan(2);
    expect(flat(pages)).toContain(`Pagina ${pageCount} van ${pageCount}`);
  });

  it('does not crash on diacritics in every field', async () => {
    const bytes = await renderBriefOuders({
      ...briefData,
      leerling: { naam: 'Noëlle Çelik', geboortedatum: '2016-03-12' },
      ouders: {
        naam: 'Fam. Çelik-Ğür',
        adres: 'Brückestraße 3',
        postcode: '1234 AB',
        plaats: 'IJsselmönde',
      },
      eindadviesTekst: 'Noëlle’s “ondersteuningsbehoefte” – zie OPP ✓',
    });
    const text = flat((await extractPdfText(bytes)).pages);
    expect(text).toContain('Betreft: besluit toelaatbaarheidsverklaring Noëlle Çelik');
    expect(text).toContain('Fam. Çelik-Gür');
  });
});
