// The bericht aan de school (§7): the school board is the aanvrager, so it receives the decision
// itself; the full motivation travels with the brief aan ouders, of which the board gets a copy.
import { LetterLayout } from './layout';
import { keyValues, signatureLine } from './blocks';
import { swvLetterhead } from './common';
import { formatDutchDate } from '../domain/calendar';
import { postcodePlaats } from './labels';
import { besluitTekst, tlvGegevens } from './besluit-tekst';
import type { BerichtSchoolData } from './types';

export async function renderBerichtSchool(d: BerichtSchoolData): Promise<Uint8Array> {
  const l = await LetterLayout.create({
    title: `Besluit op aanvraag toelaatbaarheidsverklaring ${d.leerling.naam}`,
    subject: 'Bericht aan de school over het besluit op de aanvraag',
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `Besluit toelaatbaarheidsverklaring ${d.leerling.naam}`,
  });
  const b = d.schoolbestuur;
  const adres = [b.naam, `t.a.v. de directie van ${d.school.naam} (BRIN ${d.school.brin})`];
  if (b.adres) adres.push(b.adres);
  if (b.postcode !== undefined || b.plaats !== undefined)
    adres.push(postcodePlaats(b.postcode ?? '', b.plaats ?? ''));
  l.addressBlock(adres);
  const kenmerk: Array<[string, string]> = [['Datum:', formatDutchDate(d.besluitdatum)]];
  if (d.volgnummer) kenmerk.push(['Ons kenmerk:', d.volgnummer]);
  keyValues(l, kenmerk, 90, { size: 10 });
  l.paragraph(`Betreft: besluit op uw aanvraag toelaatbaarheidsverklaring ${d.leerling.naam}`, {
    bold: true,
    spaceAfter: 14,
  });

  l.paragraph('Geachte directie,', { spaceAfter: 8 });
  l.paragraph(
    `U heeft een toelaatbaarheidsverklaring aangevraagd voor ${d.leerling.naam}, geboren op ` +
      `${formatDutchDate(d.leerling.geboortedatum)}. Op ${formatDutchDate(d.besluitdatum)} heeft de ` +
      `directeur-bestuurder van ${d.swv.naam} op uw aanvraag besloten.`,
  );
  const besluit = besluitTekst(d);
  l.paragraph(besluit.kop, { bold: true, spaceAfter: 2 });
  l.paragraph(besluit.zin);
  const rows = tlvGegevens(d);
  if (rows.length > 0) {
    keyValues(l, rows);
    l.paragraph(
      'De toelaatbaarheidsverklaring is bijgevoegd. De school waar de leerling wordt ingeschreven, ' +
        'gebruikt de verklaring voor de registratie bij DUO.',
    );
  }
  l.paragraph(
    'De motivering van het besluit staat in de brief aan de ouders; u ontvangt daarvan een afschrift. ' +
      'Tegen dit besluit kan binnen 6 weken na de dag waarop het is verzonden bezwaar worden gemaakt ' +
      `bij ${d.swv.naam}, ${d.swv.adres}, ${postcodePlaats(d.swv.postcode, d.swv.plaats)}.`,
    { spaceAfter: 12 },
  );
  l.paragraph('Met vriendelijke groet,', { spaceAfter: 2 });
  l.paragraph('Namens het samenwerkingsverband, de directeur-bestuurder', { spaceAfter: 0 });
  signatureLine(l, d.directeur.naam, `Directeur-bestuurder ${d.swv.naam}`);
  return l.finish();
}
