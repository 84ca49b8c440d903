import { describe, expect, it } from 'vitest';
import { renderAfschriftAdviezen } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { flat } from './fixtures';
import {
  CONTEXT_1,
  DOELEN_1,
  ONDERBOUWING_1,
  ONDERBOUWING_2,
  VRAGEN_2,
  afschriftData,
} from './advies-fixtures';

/** The lines of a verbatim text as they must appear (wrapping aside). */
function delen(tekst: string): string[] {
  return tekst.split(/\n+/).map((x) => x.replace(/\s+/g, ' ').trim());
}

describe('renderAfschriftAdviezen', () => {
  it('copies both signed advices verbatim for the ouders', async () => {
    const { pageCount, pages } = await extractPdfText(await renderAfschriftAdviezen(afschriftData));
    const text = flat(pages);
    expect(pageCount).toBe(3);
    expect(text).toContain('Fam. Verzonnen Denkbeeldlaan 7 1234 CD Demodorp');
    expect(text).toContain('Datum: 15 november 2025');
    expect(text).toContain(
      'Betreft: afschrift adviezen deskundigen Daan Verzonnen (kenmerk AV-2025-0123)',
    );
    expect(text).toContain('geboren op 12 maart 2016');
    expect(text).toContain('artikel 18a, veertiende lid, van de Wet op het primair onderwijs');

    // Each advice starts with its own heading; the second at the top of a new page.
    const kop2 = 'Advies van de tweede deskundige';
    const start = pages.findIndex((p) => p.includes(kop2));
    expect(start).toBe(pageCount - 1);
    expect(pages[start]?.split('\n')[1]).toBe(kop2);
    const eerste = text.slice(0, text.indexOf(kop2));
    const tweede = text.slice(text.indexOf(kop2));
    expect(eerste).toContain('Advies van de eerste deskundige');

    expect(eerste).toContain('Deskundige: S. Bakker');
    expect(eerste).toContain('Discipline: Orthopedagoog');
    expect(eerste).toContain('Registratie: NVO 12345');
    expect(eerste).toContain('Ondertekend op: 1 oktober 2025');
    expect(eerste).toContain('Conclusie: Toelaatbaar');
    expect(eerste).toContain('Schoolsoort: Speciaal onderwijs (SO)');
    expect(eerste).toContain('Bekostigingscategorie: midden');
    expect(eerste).toContain('Periode: 1 december 2025 tot en met 31 juli 2027');
    expect(eerste).toContain('Onderwijs- en ondersteuningsbehoeften');
    for (const deel of [...delen(ONDERBOUWING_1), ...delen(DOELEN_1), ...delen(CONTEXT_1)])
      expect(eerste).toContain(deel);
    expect(eerste).toContain(
      'Dit advies is op 1 oktober 2025 ondertekend door S. Bakker, Orthopedagoog (NVO 12345), eerste deskundige.',
    );
    expect(eerste).not.toContain('Vragen aan de school');

    expect(tweede).toContain('Deskundige: J. de Wit');
    expect(tweede).toContain('Discipline: Arts');
    expect(tweede).toContain('Registratie: BIG 19012345601');
    expect(tweede).toContain('Ondertekend op: 3 oktober 2025');
    expect(tweede).toContain('Conclusie: Aanhouden (vragen aan de school)');
    expect(tweede).not.toContain('Schoolsoort');
    expect(tweede).not.toContain('Periode');
    for (const deel of [...delen(ONDERBOUWING_2), ...delen(VRAGEN_2)])
      expect(tweede).toContain(deel);
    expect(tweede).toContain('Doelen van de plaatsing Niet ingevuld.');
    expect(tweede).toContain('Vragen aan de school');
    expect(text).toContain('Pagina 3 van 3');
  });

  it('prints the advices in the order 1, 2 whatever the input order, and SBO without categorie', async () => {
    const [a1, a2] = afschriftData.adviezen;
    if (!a1 || !a2) throw new Error('fixture');
    const { pages } = await extractPdfText(
      await renderAfschriftAdviezen({
        ...afschriftData,
        adviezen: [a2, { ...a1, schoolsoort: 'SBO', categorie: 'hoog' }],
      }),
    );
    const eerste = flat([pages[0] ?? '']);
    expect(eerste).toContain('Advies van de eerste deskundige');
    expect(eerste).toContain('S. Bakker');
    expect(eerste).toContain('Speciaal basisonderwijs (SBO)');
    expect(eerste).not.toContain('Bekostigingscategorie');
  });

  it('is byte-identical for identical input and differs when generatedAt differs', async () => {
    const a = await renderAfschriftAdviezen(afschriftData);
    const b = await renderAfschriftAdviezen(structuredClone(afschriftData));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderAfschriftAdviezen({
      ...afschriftData,
      generatedAt: '2025-11-16T10:00:00.000Z',
    });
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    expect(Buffer.from(a).toString('latin1')).toContain('D:20251115100000Z');
  });

  it('carries a long advice over several pages without losing text', async () => {
    const [a1, a2] = afschriftData.adviezen;
    if (!a1 || !a2) throw new Error('fixture');
    const lang = Array.from(
      { length: 30 },
      (_, i) => `Alinea ${i + 1}. ${ONDERBOUWING_1.replace('\n\n', ' ')}`,
    ).join('\n\n');
    const { pageCount, pages } = await extractPdfText(
      await renderAfschriftAdviezen({
        ...afschriftData,
        adviezen: [{ ...a1, onderbouwing: lang }, a2],
      }),
    );
    expect(pageCount).toBeGreaterThan(3);
    const text = flat(pages);
    for (let i = 1; i <= 30; i++) expect(text).toContain(`Alinea ${i}. Daan heeft`);
    // The texts after the long one still follow, and the second advice starts on its own page.
    expect(text).toContain(delen(DOELEN_1)[1]);
    const start = pages.findIndex((p) => flat([p]).includes('Advies van de tweede deskundige'));
    expect(start).toBeGreaterThan(1);
    expect(pages[start]?.split('\n')[1]).toBe('Advies van de tweede deskundige');
    expect(flat(pages.slice(0, start))).not.toContain('J. de Wit');
    expect(text).toContain(`Pagina ${pageCount} van ${pageCount}`);
  });

  it('renders diacritics and characters WinAnsi lacks without crashing', async () => {
    const [a1, a2] = afschriftData.adviezen;
    if (!a1 || !a2) throw new Error('fixture');
    const bytes = await renderAfschriftAdviezen({
      ...afschriftData,
      leerling: { naam: 'Noëlle Çelik', geboortedatum: '2016-03-12' },
      adviezen: [
        { ...a1, naam: 'Ayşe Yılmaz', onderbouwing: 'Noëlle’s “behoefte” – zie OPP ✓' },
        a2,
      ],
    });
    const text = flat((await extractPdfText(bytes)).pages);
    expect(text).toContain('afschrift adviezen deskundigen Noëlle Çelik');
    expect(text).toContain('Deskundige: Ayse Yilmaz');
  });

  it('refuses anything but exactly one advice of each deskundige, and invalid dates', async () => {
    const [a1, a2] = afschriftData.adviezen;
    if (!a1 || !a2) throw new Error('fixture');
    await expect(renderAfschriftAdviezen({ ...afschriftData, adviezen: [a1] })).rejects.toThrow(
      'beide deskundigen',
    );
    await expect(
      renderAfschriftAdviezen({ ...afschriftData, adviezen: [a1, { ...a2, position: 1 }] }),
    ).rejects.toThrow('beide deskundigen');
    await expect(
      renderAfschriftAdviezen({ ...afschriftData, adviezen: [a1, a2, a2] }),
    ).rejects.toThrow('beide deskundigen');
    await expect(
      renderAfschriftAdviezen({
        ...afschriftData,
        adviezen: [{ ...a1, ondertekendOp: '2025-02-30' }, a2],
      }),
    ).rejects.toThrow('Geen geldige datum');
  });
});
