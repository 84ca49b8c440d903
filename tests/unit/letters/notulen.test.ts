import { describe, expect, it } from 'vitest';
import { renderNotulen } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import type { NotulenData, NotulenPunt } from '../../../electron/letters/types';
import { flat } from './fixtures';
import { MOTIVERING, VRAGEN_TLA, notulenData } from './advies-fixtures';

function delen(tekst: string): string[] {
  return tekst.split(/\n+/).map((x) => x.replace(/\s+/g, ' ').trim());
}

const [advies, aanhouden, nietBesproken] = notulenData.punten as [
  NotulenPunt,
  NotulenPunt,
  NotulenPunt,
];

function metPunt(p: NotulenPunt): NotulenData {
  return { ...notulenData, punten: [p] };
}

describe('renderNotulen', () => {
  it('records chair, attendees, absentees, recusals and every outcome', async () => {
    const { pageCount, pages } = await extractPdfText(await renderNotulen(notulenData));
    const text = flat(pages);
    expect(text).toContain('Samenwerkingsverband Passend Onderwijs Fictief');
    expect(text).toContain('Verslag TLA-vergadering 7 oktober 2025');
    expect(text).toContain('Voorzitter: P. Voorzitter');
    expect(text).toContain(
      'Aanwezig - P. Voorzitter (TLA-voorzitter) - S. Bakker (Orthopedagoog) - J. de Wit (Arts) - ' +
        'K. Smit (Kinder- of jeugdpsycholoog) - A. Jansen (Secretaresse leerlingenzaken (notulist))',
    );
    expect(text).toContain('Afwezig met kennisgeving - R. Visser (Deskundige VO)');

    // 1: a non-unanimous aanvraag that ended in an advice; K. Smit was involved and did not take part.
    expect(text).toContain('1. Daan Verzonnen (kenmerk AV-2025-0123)');
    expect(text).toContain('Reden op de agenda: Adviezen niet unaniem');
    expect(text).toContain('Niet deelgenomen: K. Smit (betrokken bij de aanvraag)');
    expect(text).toContain(
      'Uitkomst: Advies: toelaatbaar, SO categorie midden, 1 augustus 2027 t/m 31 juli 2029',
    );
    for (const deel of delen(MOTIVERING)) expect(text).toContain(deel);

    // 2: returned by the directeur-bestuurder and aangehouden with questions to the school.
    expect(text).toContain('2. Mila Bedacht (kenmerk AV-2025-0150)');
    expect(text).toContain('Reden op de agenda: Teruggestuurd door de directeur-bestuurder');
    expect(text).toContain('Niet deelgenomen: niemand');
    expect(text).toContain('Uitkomst: Aangehouden');
    expect(text).toContain('Vragen aan de school:');
    for (const deel of delen(VRAGEN_TLA)) expect(text).toContain(deel);
    expect(text).toContain(
      'De secretaresse leerlingenzaken stuurt deze vragen uiterlijk 9 oktober 2025 aan de school.',
    );

    // 3: not discussed.
    expect(text).toContain('3. Sem Uitgedacht (kenmerk AV-2025-0161)');
    expect(text).toContain('Reden op de agenda: Aanpassing bekostigingscategorie');
    expect(text).toContain('Niet deelgenomen: S. Bakker, J. de Wit (betrokken bij de aanvraag)');
    expect(text).toContain('Uitkomst: Niet besproken');

    const last = flat([pages[pageCount - 1] ?? '']);
    expect(last).toContain('Vastgesteld door de voorzitter, P. Voorzitter');
    expect(last).toContain('Voorzitter toelaatbaarheidsadviescommissie (TLA)');
    expect(text).toContain(`Vertrouwelijk - Verslag TLA-vergadering 7 oktober 2025`);
    expect(text).toContain(`Pagina ${pageCount} van ${pageCount}`);
  });

  it('prints the outcome in the order of the agenda, each with its own recusals', async () => {
    const text = flat((await extractPdfText(await renderNotulen(notulenData))).pages);
    const i1 = text.indexOf('1. Daan Verzonnen');
    const i2 = text.indexOf('2. Mila Bedacht');
    const i3 = text.indexOf('3. Sem Uitgedacht');
    expect(i1).toBeGreaterThan(-1);
    expect(i2).toBeGreaterThan(i1);
    expect(i3).toBeGreaterThan(i2);
    expect(text.slice(i1, i2)).toContain('K. Smit (betrokken bij de aanvraag)');
    expect(text.slice(i2, i3)).not.toContain('betrokken bij de aanvraag)');
  });

  it('words a niet-toelaatbaar advice and an SBO advice without categorie', async () => {
    if (advies.uitkomst?.soort !== 'advies') throw new Error('fixture');
    const niet = flat(
      (
        await extractPdfText(
          await renderNotulen(
            metPunt({ ...advies, uitkomst: { ...advies.uitkomst, conclusie: 'niet_toelaatbaar' } }),
          ),
        )
      ).pages,
    );
    expect(niet).toContain('Uitkomst: Advies: niet toelaatbaar');
    expect(niet).not.toContain('categorie midden');
    const sbo = flat(
      (
        await extractPdfText(
          await renderNotulen(
            metPunt({
              ...advies,
              uitkomst: { ...advies.uitkomst, schoolsoort: 'SBO', categorie: 'hoog' },
            }),
          ),
        )
      ).pages,
    );
    expect(sbo).toContain('Advies: toelaatbaar, SBO, 1 augustus 2027 t/m 31 juli 2029');
  });

  it('handles a meeting without absentees or agenda items', async () => {
    const text = flat(
      (await extractPdfText(await renderNotulen({ ...notulenData, afwezig: [], punten: [] })))
        .pages,
    );
    expect(text).toContain('Afwezig met kennisgeving Geen.');
    expect(text).toContain('Er stonden geen aanvragen op de agenda.');
    expect(text).toContain('Vastgesteld door de voorzitter');
  });

  it('is byte-identical for identical input and differs when generatedAt differs', async () => {
    const a = await renderNotulen(notulenData);
    const b = await renderNotulen(structuredClone(notulenData));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderNotulen({ ...notulenData, generatedAt: '2025-10-08T15:00:00.000Z' });
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    expect(Buffer.from(a).toString('latin1')).toContain('D:20251007150000Z');
  });

  it('carries a long agenda and a long motivation over several pages', async () => {
    if (advies.uitkomst?.soort !== 'advies') throw new Error('fixture');
    const lang = Array.from({ length: 25 }, (_, i) => `Overweging ${i + 1}. ${MOTIVERING}`).join(
      '\n\n',
    );
    const punten = [
      { ...advies, uitkomst: { ...advies.uitkomst, motivering: lang } },
      ...Array.from({ length: 4 }, () => [aanhouden, nietBesproken]).flat(),
    ];
    const { pageCount, pages } = await extractPdfText(
      await renderNotulen({ ...notulenData, punten }),
    );
    expect(pageCount).toBeGreaterThan(3);
    const text = flat(pages);
    for (let i = 1; i <= 25; i++) expect(text).toContain(`Overweging ${i}. De commissie volgt`);
    expect(text).toContain('9. Sem Uitgedacht (kenmerk AV-2025-0161)');
    const last = flat([pages[pageCount - 1] ?? '']);
    expect(last).toContain('Vastgesteld door de voorzitter, P. Voorzitter');
    expect(text).toContain(`Pagina ${pageCount} van ${pageCount}`);
  });

  it('renders diacritics and characters WinAnsi lacks without crashing', async () => {
    const text = flat(
      (
        await extractPdfText(
          await renderNotulen({
            ...notulenData,
            voorzitter: { naam: 'Şükrü Yılmaz' },
            punten: [{ ...advies, leerlingNaam: 'Noëlle Çelik', nietDeelgenomen: ['Zoë Ğül'] }],
          }),
        )
      ).pages,
    );
    expect(text).toContain('Voorzitter: Sükrü Yilmaz');
    expect(text).toContain('1. Noëlle Çelik');
    expect(text).toContain('Niet deelgenomen: Zoë Gül (betrokken bij de aanvraag)');
  });

  it('refuses an inconsistent outcome', async () => {
    if (advies.uitkomst?.soort !== 'advies' || aanhouden.uitkomst?.soort !== 'aanhouden')
      throw new Error('fixture');
    const a = advies.uitkomst;
    const h = aanhouden.uitkomst;
    await expect(
      renderNotulen(metPunt({ ...advies, uitkomst: { ...a, conclusie: 'aanhouden' } })),
    ).rejects.toThrow('met de vragen aan de school');
    await expect(
      renderNotulen(metPunt({ ...advies, uitkomst: { ...a, schoolsoort: null } })),
    ).rejects.toThrow('schoolsoort');
    await expect(
      renderNotulen(metPunt({ ...advies, uitkomst: { ...a, categorie: null } })),
    ).rejects.toThrow('bekostigingscategorie');
    await expect(
      renderNotulen(metPunt({ ...advies, uitkomst: { ...a, einddatum: null } })),
    ).rejects.toThrow('einddatum');
    await expect(
      renderNotulen(metPunt({ ...advies, uitkomst: { ...a, einddatum: '2027-07-31' } })),
    ).rejects.toThrow('na de ingangsdatum');
    await expect(
      renderNotulen(metPunt({ ...aanhouden, uitkomst: { ...h, vragen: '  ' } })),
    ).rejects.toThrow('zonder vragen');
    await expect(
      renderNotulen(
        metPunt({ ...aanhouden, uitkomst: { ...h, verzendenUiterlijk: '2025-10-06' } }),
      ),
    ).rejects.toThrow('vóór de vergadering');
    await expect(renderNotulen({ ...notulenData, datum: '2025-02-30' })).rejects.toThrow(
      'Geen geldige datum',
    );
  });
});
