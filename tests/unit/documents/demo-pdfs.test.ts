import { describe, expect, it } from 'vitest';
import {
  demoAanvraagformulier,
  demoLargePdf,
  demoLvs,
  demoOpp,
  demoOtVerslag,
  demoOverdracht,
  type DemoPdfInput,
} from '../../../electron/demo/pdfs';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { validatePdf } from '../../../electron/documents/pdf-validate';

const p: DemoPdfInput = {
  leerling: { naam: 'Fleur Denkbeeld', geboortedatum: '2016-09-30', groep: 5 },
  school: { naam: 'CBS Het Voorbeeld' },
  datum: '2025-10-01',
  seed: 42,
};

const generators: Array<[string, (x: DemoPdfInput) => Promise<Uint8Array>]> = [
  ['aanvraagformulier', demoAanvraagformulier],
  ['opp', demoOpp],
  ['ot-verslag', (x) => demoOtVerslag(x, 2)],
  ['lvs', demoLvs],
  ['overdracht', demoOverdracht],
];

describe('demo PDFs', () => {
  it.each(generators)(
    '%s is a valid PDF naming the pupil and marked fictional on every page',
    async (_, gen) => {
      const bytes = await gen(p);
      expect((await validatePdf(bytes, 20 * 1024 * 1024)).ok).toBe(true);
      const { pages } = await extractPdfText(bytes);
      expect(pages.join('\n')).toContain('Fleur Denkbeeld');
      for (const page of pages) expect(page).toContain('Fictief demonstratiedocument');
    },
  );

  it.each(generators)('%s is deterministic for a seed and varies with it', async (_, gen) => {
    const a = Buffer.from(await gen(p));
    expect(a.equals(Buffer.from(await gen({ ...p })))).toBe(true);
    const texts = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5])
      texts.add((await extractPdfText(await gen({ ...p, seed }))).pages.join('\n'));
    expect(texts.size).toBeGreaterThan(1);
  });

  it('the OPP has several pages with a handelingsdeel and signature lines', async () => {
    const { pageCount, pages } = await extractPdfText(await demoOpp(p));
    expect(pageCount).toBeGreaterThanOrEqual(2);
    const text = pages.join('\n');
    for (const kop of [
      'Beginsituatie',
      'Onderwijsbehoeften',
      'Doelen',
      'Handelingsdeel',
      'Ouder/verzorger',
    ]) {
      expect(text).toContain(kop);
    }
  });

  it('the LVS overview has a table of half-year scores', async () => {
    const text = (await extractPdfText(await demoLvs(p))).pages.join('\n');
    expect(text).toMatch(/Toets E3 M4 E4 M5 E5/);
    expect(text).toContain('Begrijpend lezen');
  });

  it('demoLargePdf makes exactly the requested number of pages', async () => {
    const bytes = await demoLargePdf(200);
    const result = await validatePdf(bytes, 50 * 1024 * 1024);
    expect(result).toEqual({ ok: true, pageCount: 200 });
  });
});
