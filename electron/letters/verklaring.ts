// The TLV-verklaring (§7): the formal declaration the SO/SBO school uses for the registration of the
// pupil with DUO, so every value DUO asks for is printed as its own labelled row.
import { LetterLayout } from './layout';
import { keyValues, signatureLine } from './blocks';
import { swvLetterhead } from './common';
import { formatDutchDate } from '../domain/calendar';
import { deelTekst } from '../domain/brief-teksten';
import { besluitWaarden } from './besluit-tekst';
import { SCHOOLSOORT_VOLLEDIG, categorieVoor } from './labels';
import type { VerklaringData } from './types';

export async function renderVerklaring(d: VerklaringData): Promise<Uint8Array> {
  const l = await LetterLayout.create({
    title: `Toelaatbaarheidsverklaring ${d.volgnummer}`,
    subject: `Toelaatbaarheidsverklaring voor ${d.leerling.naam}`,
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `TLV-volgnummer ${d.volgnummer}`,
  });
  const categorie = categorieVoor(d.schoolsoort, d.categorie);
  const waarden = besluitWaarden(d);
  const deel = (key: string): string => deelTekst('verklaring', d.tekst, key, waarden);

  l.paragraph('Toelaatbaarheidsverklaring', {
    bold: true,
    size: 20,
    color: 'accent',
    spaceAfter: 2,
  });
  l.paragraph(`TLV-volgnummer ${d.volgnummer}`, { size: 11, color: 'grey', spaceAfter: 16 });
  l.paragraph(deel('verklaring'), { spaceAfter: 12 });

  l.heading('Samenwerkingsverband');
  keyValues(l, [
    ['Naam:', d.swv.naam],
    ['Registratienummer:', d.swv.registratienummer],
    ['TLV-volgnummer:', d.volgnummer],
  ]);
  l.heading('Leerling');
  keyValues(l, [
    ['Naam:', d.leerling.naam],
    ['Geboortedatum:', formatDutchDate(d.leerling.geboortedatum)],
  ]);
  l.heading('Toelaatbaarheid');
  const rows: Array<[string, string]> = [['Schoolsoort:', SCHOOLSOORT_VOLLEDIG[d.schoolsoort]]];
  if (categorie) rows.push(['Bekostigingscategorie:', categorie]);
  rows.push(
    ['Begindatum:', formatDutchDate(d.begindatum)],
    ['Einddatum:', formatDutchDate(d.einddatum)],
  );
  keyValues(l, rows);
  l.heading('Aangevraagd door');
  keyValues(l, [
    ['School:', `${d.school.naam} (BRIN ${d.school.brin})`],
    ['Schoolbestuur:', d.schoolbestuur.naam],
  ]);

  const toelichting = deel('toelichting');
  if (toelichting !== '') l.paragraph(toelichting, { size: 9.5, color: 'grey', spaceAfter: 14 });
  else l.space(8);
  l.paragraph(`${d.swv.plaats}, ${formatDutchDate(d.besluitdatum)}`, { spaceAfter: 2 });
  l.paragraph('Namens het samenwerkingsverband, de directeur-bestuurder', { spaceAfter: 0 });
  signatureLine(l, d.directeur.naam, `Directeur-bestuurder ${d.swv.naam}`);
  return l.finish();
}
