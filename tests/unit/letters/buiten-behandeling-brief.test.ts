import { describe, expect, it } from 'vitest';
import { renderBuitenBehandelingBrief } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { flat } from './fixtures';
import { buitenBehandelingData as data } from './procedure-fixtures';

describe('renderBuitenBehandelingBrief', () => {
  it('states the facts, the ground (Awb 4:5), the consequence and the bezwaarclausule, signed by the directeur-bestuurder', async () => {
    const { pages } = await extractPdfText(await renderBuitenBehandelingBrief(data));
    const text = flat(pages);
    expect(text).toContain(
      'Stichting Fictief Onderwijs t.a.v. de directie van OBS De Proefschool (BRIN 99ZZ) Postbus 1 1234 ZZ Demodorp',
    );
    expect(text).toContain('Datum: 2 oktober 2025');
    expect(text).toContain(
      'Betreft: besluit buiten behandeling stellen van de aanvraag toelaatbaarheidsverklaring Daan Verzonnen (kenmerk AV-2025-0123)',
    );
    expect(text).toContain('Op 1 september 2025 hebben wij uw aanvraag');
    expect(text).toContain('geboren op 12 maart 2016');
    expect(text).toContain('Uw aanvraag wordt buiten behandeling gesteld.');
    expect(text).toContain('Er wordt geen toelaatbaarheidsverklaring afgegeven.');
    // The facts: the date of the request, what was asked, the term and what happened.
    expect(text).toContain(
      'Bij onze brief van 10 september 2025 hebben wij u gevraagd de aanvraag aan te vullen',
    );
    for (const item of data.items) expect(text).toContain(item);
    expect(text).toContain('een termijn gegeven van 10 werkdagen, tot en met 24 september 2025');
    expect(text).toContain('Wij hebben de aanvulling niet binnen die termijn ontvangen.');
    expect(text).toContain(
      'artikel 4:5, eerste lid, onder c, van de Algemene wet bestuursrecht (Awb)',
    );
    expect(text).toContain('Dan kunt u een nieuwe, volledige aanvraag indienen');
    // The bezwaarclausule: six weeks, to the directeur-bestuurder at the SWV's address.
    expect(text).toContain('Bezwaar maken');
    expect(text).toContain('binnen 6 weken na de dag waarop dit besluit is verzonden');
    expect(text).toContain('t.a.v. de directeur-bestuurder Voorbeeldstraat 1 1234 AB Demodorp');
    expect(text).toContain('Namens het samenwerkingsverband, de directeur-bestuurder');
    expect(text).toContain('M. de Bestuurder');
    expect(text).toContain('Directeur-bestuurder Samenwerkingsverband Passend Onderwijs Fictief');
    expect(text).toContain('Afschrift aan: Fam. Verzonnen (ouders)');
  });

  it('names the questions when the request was for answers, and an insufficient aanvulling with its explanation', async () => {
    const text = flat(
      (
        await extractPdfText(
          await renderBuitenBehandelingBrief({
            ...data,
            verzoek: 'vragen',
            grond: 'onvoldoende',
            toelichting: 'Het ontvangen OPP is van maart 2024 en daarmee niet actueel.',
            afschriftAan: [],
          }),
        )
      ).pages,
    );
    expect(text).toContain('hebben wij u vragen gesteld over de aanvraag. Dit waren onze vragen:');
    expect(text).toContain('is onvoldoende om de aanvraag te beoordelen');
    expect(text).toContain('Het ontvangen OPP is van maart 2024 en daarmee niet actueel.');
    expect(text).not.toContain('Afschrift aan');
  });

  it('refuses a decision before the term has passed, and a request without items or term', async () => {
    await expect(renderBuitenBehandelingBrief({ ...data, datum: data.uiterlijk })).rejects.toThrow(
      'termijn voor de aanvulling is verstreken',
    );
    await expect(renderBuitenBehandelingBrief({ ...data, items: [' '] })).rejects.toThrow(
      'ten minste één gevraagd stuk',
    );
    await expect(renderBuitenBehandelingBrief({ ...data, termijnWerkdagen: 0 })).rejects.toThrow(
      'ten minste 1 werkdag',
    );
    await expect(
      renderBuitenBehandelingBrief({ ...data, verzoekdatum: '2025-08-29' }),
    ).rejects.toThrow('vóór de ontvangst van de aanvraag');
  });

  it('is byte-identical for identical input', async () => {
    const a = await renderBuitenBehandelingBrief(data);
    const b = await renderBuitenBehandelingBrief(structuredClone(data));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
