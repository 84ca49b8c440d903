import { describe, expect, it } from 'vitest';
import { renderVerklaring } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { flat, verklaringData } from './fixtures';

describe('renderVerklaring', () => {
  it('prints every value the SO school needs for DUO', async () => {
    const { pageCount, pages } = await extractPdfText(await renderVerklaring(verklaringData));
    const text = flat(pages);
    expect(pageCount).toBe(1);
    expect(text).toContain('Toelaatbaarheidsverklaring');
    expect(text).toContain('Samenwerkingsverband Passend Onderwijs Fictief');
    expect(text).toContain('Registratienummer: PO 99-01');
    expect(text).toContain('TLV-volgnummer: TLV-2025-0042');
    expect(text).toContain('Daan Verzonnen');
    expect(text).toContain('Geboortedatum: 12 maart 2016');
    expect(text).toContain('Schoolsoort: Speciaal onderwijs (SO)');
    expect(text).toContain('Bekostigingscategorie: midden');
    expect(text).toContain('Begindatum: 1 december 2025');
    expect(text).toContain('Einddatum: 31 juli 2027');
    expect(text).toContain('OBS De Proefschool (BRIN 99ZZ)');
    expect(text).toContain('Stichting Fictief Onderwijs');
    expect(text).toContain('Demodorp, 15 november 2025');
    expect(text).toContain('Namens het samenwerkingsverband, de directeur-bestuurder');
    expect(text).toContain('M. de Bestuurder');
    expect(text).toContain('Pagina 1 van 1');
  });

  it('prints no bekostigingscategorie for SBO', async () => {
    const bytes = await renderVerklaring({
      ...verklaringData,
      schoolsoort: 'SBO',
      categorie: 'laag',
    });
    const text = flat((await extractPdfText(bytes)).pages);
    expect(text).toContain('Speciaal basisonderwijs (SBO)');
    expect(text).not.toContain('Bekostigingscategorie');
  });

  it('is byte-identical for identical input and differs when generatedAt differs', async () => {
    const a = await renderVerklaring(verklaringData);
    const b = await renderVerklaring(structuredClone(verklaringData));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderVerklaring({
      ...verklaringData,
      generatedAt: '2025-11-16T10:00:00.000Z',
    });
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    // The document info carries the input instant, not the time of rendering.
    expect(Buffer.from(a).toString('latin1')).toContain('D:20251115100000Z');
  });

  it('renders names with diacritics and characters WinAnsi lacks without crashing', async () => {
    const bytes = await renderVerklaring({
      ...verklaringData,
      leerling: { naam: 'Noëlle Çelik', geboortedatum: '2017-01-05' },
      directeur: { naam: 'Şükrü Yılmaz 😀' },
    });
    const text = flat((await extractPdfText(bytes)).pages);
    expect(text).toContain('Noëlle Çelik');
    expect(text).toContain('Sükrü Yilmaz ?');
  });
});
