import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import {
  renderAvgAntwoord,
  renderAvgOntvangstbevestiging,
  renderAvgVerlenging,
  renderInzage,
  type AvgBriefBasis,
} from '../../../electron/letters';
import { flat, verklaringData } from './fixtures';

// The letters of a request under the AVG (§12; art. 12, 15–17) and the inzage PDF (art. 15).

const basis: AvgBriefBasis = {
  swv: verklaringData.swv,
  kenmerk: 'AVG-2026-0003',
  datum: '2026-02-02',
  soort: 'inzage',
  verzoeker: {
    rol: 'ouder',
    naam: 'J. Verzonnen',
    adres: 'Denkbeeldlaan 7',
    postcode: '1234 CD',
    plaats: 'Demodorp',
  },
  leerling: { naam: 'Daan Verzonnen', geboortedatum: '2016-03-12' },
  ontvangenOp: '2026-01-31',
  secretaresse: { naam: 'S. Secretaris' },
  directeur: { naam: 'M. de Bestuurder' },
  generatedAt: '2026-02-02T09:00:00.000Z',
};

const tekst = async (bytes: Uint8Array) => flat((await extractPdfText(bytes)).pages);

describe('the letters of a request under the AVG', () => {
  it('confirms receipt with the last day of the one-month term', async () => {
    const text = await tekst(
      await renderAvgOntvangstbevestiging({ ...basis, termijnEinde: '2026-03-02' }),
    );
    expect(text).toContain('J. Verzonnen Denkbeeldlaan 7 1234 CD Demodorp');
    expect(text).toContain('Kenmerk: AVG-2026-0003');
    expect(text).toContain(
      'Betreft: uw verzoek om inzage in de persoonsgegevens van Daan Verzonnen, geboren op 12 maart 2016',
    );
    expect(text).toContain('Op 31 januari 2026 ontvingen wij uw verzoek');
    expect(text).toContain('artikel 15 van de Algemene verordening gegevensbescherming');
    expect(text).toContain('uiterlijk op 2 maart 2026');
    expect(text).toContain('met twee maanden verlengen');
    expect(text).toContain('Namens de directeur-bestuurder, M. de Bestuurder');
  });

  it('extends with the reason, within the first month only', async () => {
    const data = {
      ...basis,
      termijnEinde: '2026-03-02',
      nieuwEinde: '2026-04-30',
      reden: 'Het dossier is omvangrijk.',
    };
    const text = await tekst(await renderAvgVerlenging(data));
    expect(text).toContain('uiterlijk op 2 maart 2026 antwoord willen geven');
    expect(text).toContain('Reden Het dossier is omvangrijk.');
    expect(text).toContain('U ontvangt ons antwoord uiterlijk op 30 april 2026.');
    await expect(renderAvgVerlenging({ ...data, datum: '2026-03-03' })).rejects.toThrow(
      'binnen een maand na ontvangst',
    );
    await expect(renderAvgVerlenging({ ...data, reden: ' ' })).rejects.toThrow('reden');
  });

  it('answers a refusal with its reason, the bezwaar and the Autoriteit Persoonsgegevens', async () => {
    const text = await tekst(
      await renderAvgAntwoord({
        ...basis,
        soort: 'verwijdering',
        uitkomst: 'deels',
        toelichting: 'Het besluit van 2025 blijft bewaard.',
        verwijdering: [
          { referentie: 'TLV-1', mag: true, reden: 'De aanvraag is ingetrokken.' },
          { referentie: 'TLV-2', mag: false, reden: 'De bewaartermijn loopt nog.' },
        ],
      }),
    );
    expect(text).toContain('Wij hebben uw verzoek voor een deel toegewezen.');
    expect(text).toContain('Aanvraag TLV-1: wordt verwijderd. De aanvraag is ingetrokken.');
    expect(text).toContain('Aanvraag TLV-2: blijft bewaard. De bewaartermijn loopt nog.');
    expect(text).toContain('twee medewerkers');
    expect(text).toContain('Reden Het besluit van 2025 blijft bewaard.');
    expect(text).toContain('artikel 34 van de Uitvoeringswet AVG');
    expect(text).toContain('binnen zes weken');
    expect(text).toContain('Autoriteit Persoonsgegevens');
    await expect(
      renderAvgAntwoord({ ...basis, uitkomst: 'afgewezen', toelichting: '' }),
    ).rejects.toThrow('artikel 12, vierde lid');
  });
});

describe('the inzage PDF', () => {
  async function stored(words: string[]): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const w of words) doc.addPage([595, 842]).drawText(w, { x: 50, y: 780, font, size: 12 });
    return doc.save();
  }

  it('puts the overview first, then every bijlage with its pages named', async () => {
    const r = await renderInzage({
      swv: verklaringData.swv,
      kenmerk: 'AVG-2026-0003',
      datum: '2026-02-02',
      generatedAt: '2026-02-02T09:00:00.000Z',
      verzoeker: { naam: 'J. Verzonnen', rol: 'ouder of voogd' },
      leerling: { naam: 'Daan Verzonnen', geboortedatum: '2016-03-12' },
      uitleg: [['Waarvoor', 'Om te beslissen op aanvragen.']],
      aantalAanvragen: 1,
      aanvragen: [
        {
          titel: 'Aanvraag TLV-1',
          secties: [
            { titel: 'Gegevens', soort: 'velden', rijen: [['Naam leerling', 'Daan Verzonnen']] },
            { titel: 'Verloop', soort: 'regels', regels: ['Ontvangen'] },
            { titel: 'Bezwaar', soort: 'regels', regels: [] },
          ],
        },
      ],
      bijlagen: [
        { titel: 'OPP: opp.pdf', bytes: await stored(['Eerstebijlage een', 'Eerstebijlage twee']) },
        { titel: 'Kapot', bytes: new Uint8Array([1, 2, 3]) },
        { titel: 'TLV-verklaring', bytes: await stored(['Tweedebijlage']) },
      ],
    });
    const { pages } = await extractPdfText(r.bytes);
    expect(r.paginas).toBe(pages.length);
    expect(r.nietIngevoegd).toBe(1);
    const overzicht = pages.length - 3;
    const text = flat(pages);
    expect(text).toContain('Inzage in persoonsgegevens (artikel 15 AVG)');
    expect(text).toContain('Persoonlijke werkaantekeningen van deskundigen');
    expect(text).toContain('Aanvraag TLV-1');
    expect(text).toContain('Aanvragen: 1');
    expect(text).toContain('Bezwaar Geen.');
    expect(text).toContain(
      `Bijlage 1: OPP: opp.pdf, pagina ${overzicht + 1} tot en met ${overzicht + 2}.`,
    );
    expect(text).toContain('Bijlage 2: Kapot (kon niet worden ingevoegd');
    expect(text).toContain(
      `Bijlage 3: TLV-verklaring, pagina ${overzicht + 3} tot en met ${overzicht + 3}.`,
    );
    expect(flat([pages[overzicht]!])).toContain('Eerstebijlage een');
    expect(flat([pages[overzicht]!])).toContain(
      `Inzage AVG-2026-0003 - bijlage 1: OPP: opp.pdf - pagina ${overzicht + 1} van ${pages.length}`,
    );
    expect(flat([pages[pages.length - 1]!])).toContain('Tweedebijlage');
    // The overview's own footers count the whole document.
    expect(flat([pages[0]!])).toContain(`Pagina 1 van ${pages.length}`);
  });
});
