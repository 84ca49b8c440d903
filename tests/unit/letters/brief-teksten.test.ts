// The SWV's letter texts in the letters: every invulveld a part offers has a value in every letter
// that uses the part, an edited part stands in the letter, an empty optional part is left out, and
// the preview holds every letter that uses a text.
import { describe, expect, it } from 'vitest';
import {
  BRIEF_TEKST_DELEN,
  BRIEF_TEKST_SOORTEN,
  INVULVELDEN,
  standaardTekst,
  type BriefTekstSoort,
} from '../../../electron/domain/brief-teksten';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import {
  renderBerichtSchool,
  renderBriefOuders,
  renderVerklaring,
  renderVoorbeeld,
} from '../../../electron/letters';
import { briefData, flat, verklaringData } from './fixtures';
import { basis } from './procedure-fixtures';

async function voorbeeldTekst(soort: BriefTekstSoort, tekst: Record<string, string>) {
  const bytes = await renderVoorbeeld({
    soort,
    tekst,
    swv: verklaringData.swv,
    directeur: { naam: 'M. de Bestuurder' },
    secretaresse: basis.secretaresse,
    datum: '2026-02-10',
    generatedAt: '2026-02-10T09:00:00.000Z',
  });
  return extractPdfText(bytes);
}

/** The letters of the preview of each kind (each starts with 'Pagina 1 van'). */
const BRIEVEN: Record<BriefTekstSoort, number> = {
  verklaring: 1,
  brief_ouders: 1,
  bericht_school: 1,
  niet_afgegeven: 2,
  herindicatie: 2,
  aanvulling: 2,
  opschorting: 1,
  verdaging: 1,
  buiten_behandeling: 1,
  ontvangstbevestiging_bezwaar: 2,
  einde_tlv: 1,
};

describe('letter texts in the letters', () => {
  it.each(BRIEF_TEKST_SOORTEN)(
    '%s: every invulveld of every part has a value in each letter that uses it',
    async (soort) => {
      // Each part becomes a marker and every invulveld it may use, so a missing value throws.
      const tekst = Object.fromEntries(
        BRIEF_TEKST_DELEN[soort].map((d) => [
          d.key,
          d.regel
            ? `MARK-${d.key}`
            : `MARK-${d.key} ${d.invulvelden.map((v) => `[{${v}}]`).join(' ')}`,
        ]),
      );
      const { pages } = await voorbeeldTekst(soort, tekst);
      const text = flat(pages);
      expect(text.match(/Pagina 1 van/g)?.length).toBe(BRIEVEN[soort]);
      for (const d of BRIEF_TEKST_DELEN[soort]) expect(text).toContain(`MARK-${d.key}`);
      expect(text).not.toContain('{');
    },
  );

  it('prints the example value of no invulveld it does not know', () => {
    for (const v of Object.values(INVULVELDEN)) expect(v.voorbeeld).not.toContain('{');
  });

  it('shows an edited text in the verklaring and leaves an empty optional part out', async () => {
    const tekst = {
      verklaring:
        'Het {swv.naam} verklaart dat {leerling.naam} ({volgnummer}) toelaatbaar is tot {schoolsoort}.',
      toelichting: '',
    };
    const text = flat(
      (await extractPdfText(await renderVerklaring({ ...verklaringData, tekst }))).pages,
    );
    expect(text).toContain(
      'Het Samenwerkingsverband Passend Onderwijs Fictief verklaart dat Daan Verzonnen (TLV-2025-0042) toelaatbaar is tot het speciaal onderwijs (SO).',
    );
    expect(text).not.toContain('Deze verklaring is geldig van');
    // The facts for DUO stay, whatever the text says.
    expect(text).toContain('Geboortedatum: 12 maart 2016');
    expect(text).toContain('Einddatum: 31 juli 2027');
  });

  it('gives a herindicatie its own text and a refusal the niet-afgegeven text', async () => {
    const herindicatie = flat(
      (
        await extractPdfText(
          await renderBriefOuders({ ...briefData, aanvraagSoort: 'herindicatie' }),
        )
      ).pages,
    );
    expect(herindicatie).toContain('De toelaatbaarheidsverklaring van uw kind Daan Verzonnen');
    expect(herindicatie).toContain(
      'een nieuwe toelaatbaarheidsverklaring aangevraagd (herindicatie)',
    );
    expect(herindicatie).toContain(
      'tot en met 31 juli 2027 in het speciaal onderwijs (SO) blijven',
    );
    const school = flat(
      (
        await extractPdfText(
          await renderBerichtSchool({ ...briefData, aanvraagSoort: 'herindicatie' }),
        )
      ).pages,
    );
    expect(school).toContain(
      'U heeft een nieuwe toelaatbaarheidsverklaring (herindicatie) aangevraagd',
    );

    const eigen = { ...standaardTekst('niet_afgegeven'), oudersBesluit: 'Helaas: geen TLV.' };
    const niet = flat(
      (
        await extractPdfText(
          await renderBriefOuders({
            ...briefData,
            aanvraagSoort: 'herindicatie',
            uitkomst: 'tlv_niet_afgegeven',
            volgnummer: null,
            begindatum: null,
            einddatum: null,
            tekst: eigen,
          }),
        )
      ).pages,
    );
    expect(niet).toContain('De toelaatbaarheidsverklaring is niet afgegeven. Helaas: geen TLV.');
    expect(niet).not.toContain('herindicatie');
  });
});
