// The bericht aan de school (§7): the school board is the aanvrager, so it receives the decision
// itself; the full motivation travels with the brief aan ouders, of which the board gets a copy.
import { LetterLayout } from './layout';
import { keyValues, signatureLine } from './blocks';
import { swvLetterhead } from './common';
import { formatDutchDate } from '../domain/calendar';
import { postcodePlaats } from './labels';
import { besluitBriefTekst, besluitKop, tlvGegevens } from './besluit-tekst';
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

  const { deel } = besluitBriefTekst(d, 'school');
  l.paragraph(deel('schoolAanhef'), { spaceAfter: 8 });
  l.paragraph(deel('schoolInleiding'));
  l.paragraph(besluitKop(d), { bold: true, spaceAfter: 2 });
  l.paragraph(deel('schoolBesluit'));
  const rows = tlvGegevens(d);
  if (rows.length > 0) {
    keyValues(l, rows);
    const bijlage = deel('schoolBijlage');
    if (bijlage !== '') l.paragraph(bijlage);
  }
  l.paragraph(
    `${deel('schoolMotivering')} ` +
      'Tegen dit besluit kan binnen 6 weken na de dag waarop het is verzonden bezwaar worden gemaakt ' +
      `bij ${d.swv.naam}, ${d.swv.adres}, ${postcodePlaats(d.swv.postcode, d.swv.plaats)}. ` +
      `Het samenwerkingsverband vraagt over een bezwaar advies aan de ${d.swv.bezwaaradvies.naam}, ` +
      `${d.swv.bezwaaradvies.adres}, ${postcodePlaats(d.swv.bezwaaradvies.postcode, d.swv.bezwaaradvies.plaats)}.`,
    { spaceAfter: 12 },
  );
  l.paragraph(deel('schoolGroet'), { spaceAfter: 2 });
  l.paragraph('Namens het samenwerkingsverband, de directeur-bestuurder', { spaceAfter: 0 });
  signatureLine(l, d.directeur.naam, `Directeur-bestuurder ${d.swv.naam}`);
  return l.finish();
}
