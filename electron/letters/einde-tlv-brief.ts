// Issue 12 · §8: the herindicatie signal. The letter tells the school (the aanvrager of the TLV)
// that the pupil's TLV ends, what a herindicatie needs (§1, §3.2) and by when to apply so that the
// decision can come before the end (the beslistermijn of 8 weeks, Awb 4:13).
import { formatDutchDate } from '../domain/calendar';
import { keyValues } from './blocks';
import { categorieVoor, SCHOOLSOORT_IN_ZIN, SCHOOLSOORT_VOLLEDIG } from './labels';
import {
  AWB,
  aanvraagWaarden,
  aanvragerAdres,
  briefTekst,
  controleerDatums,
  eis,
  naDatum,
  ondertekening,
  startBrief,
} from './procedure-brief';
import type { EindeTlvBriefData } from './types';

export async function renderEindeTlvBrief(d: EindeTlvBriefData): Promise<Uint8Array> {
  controleerDatums(d.begindatum, d.einddatum, d.aanvragenUiterlijk);
  eis(d.volgnummer.trim() !== '', 'Geef het volgnummer van de toelaatbaarheidsverklaring.');
  eis(!naDatum(d.begindatum, d.einddatum), 'De einddatum ligt vóór de begindatum.');
  eis(!naDatum(d.datum, d.einddatum), 'Deze toelaatbaarheidsverklaring is al afgelopen.');

  const l = await startBrief(d, {
    title: 'Einde toelaatbaarheidsverklaring',
    subject: 'Einde toelaatbaarheidsverklaring en herindicatie',
    onderwerp: 'einde toelaatbaarheidsverklaring',
    adres: aanvragerAdres(d),
  });

  const deel = briefTekst('einde_tlv', d, {
    ...aanvraagWaarden(d),
    volgnummer: d.volgnummer,
    schoolsoort: SCHOOLSOORT_IN_ZIN[d.schoolsoort],
    begindatum: formatDutchDate(d.begindatum),
    einddatum: formatDutchDate(d.einddatum),
    'aanvragen.uiterlijk': formatDutchDate(d.aanvragenUiterlijk),
  });
  l.paragraph(deel('aanhef'), { spaceAfter: 8 });
  l.paragraph(deel('inleiding'));

  l.heading('De toelaatbaarheidsverklaring');
  const categorie = categorieVoor(d.schoolsoort, d.categorie);
  keyValues(
    l,
    [
      ['TLV-volgnummer:', d.volgnummer],
      ['Leerling:', d.leerling.naam],
      ['Geboortedatum:', formatDutchDate(d.leerling.geboortedatum)],
      ['Schoolsoort:', SCHOOLSOORT_VOLLEDIG[d.schoolsoort]],
      ...(categorie !== null ? [['Bekostigingscategorie:', categorie] as [string, string]] : []),
      ['Geldig van:', formatDutchDate(d.begindatum)],
      ['Geldig tot en met:', formatDutchDate(d.einddatum)],
    ],
    140,
    { size: 10 },
  );

  l.heading('Herindicatie aanvragen');
  l.paragraph(deel('herindicatie'));
  l.paragraph('Een aanvraag voor een herindicatie bevat:', { spaceAfter: 4 });
  l.bullets([
    'het aanvraagformulier, ondertekend door de ouders en de schooldirecteur;',
    'het ontwikkelingsperspectiefplan (OPP) met het handelingsdeel, ondertekend door de ouders, en de zienswijze van de ouders; het OPP is niet ouder dan 6 maanden;',
    'de gegevens uit het leerlingvolgsysteem.',
  ]);
  l.paragraph(
    `Wij beslissen binnen acht weken na ontvangst van de aanvraag (artikel 4:13 van de ${AWB}). ` +
      `Dient u de aanvraag uiterlijk ${formatDutchDate(d.aanvragenUiterlijk)} in, dan kan het ` +
      `besluit er zijn voordat de toelaatbaarheidsverklaring op ${formatDutchDate(d.einddatum)} afloopt.`,
  );
  const slot = deel('slot');
  if (slot !== '') l.paragraph(slot);

  ondertekening(l, d, deel('groet'));
  return l.finish();
}
