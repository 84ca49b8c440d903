// The verdaging (§9, Awb 4:14 lid 3): when the SWV cannot decide within the beslistermijn it tells
// the aanvrager so before the term ends, and names a new, as short as possible, term.
import { formatDutchDate } from '../domain/calendar';
import {
  AWB,
  aanvragerAdres,
  controleerDatums,
  eis,
  naDatum,
  ondertekening,
  startBrief,
} from './procedure-brief';
import type { VerdagingBriefData } from './types';

export async function renderVerdagingBrief(d: VerdagingBriefData): Promise<Uint8Array> {
  controleerDatums(d.ontvangstdatum, d.oudeEinddatum, d.nieuweEinddatum);
  eis(d.reden.trim() !== '', 'Geef de reden van de verdaging.');
  eis(
    naDatum(d.nieuweEinddatum, d.oudeEinddatum),
    'De nieuwe einddatum moet na de huidige einddatum van de beslistermijn liggen.',
  );
  eis(
    !naDatum(d.datum, d.oudeEinddatum),
    'De verdaging moet binnen de beslistermijn worden meegedeeld (artikel 4:14, derde lid, Awb).',
  );

  const l = await startBrief(d, {
    title: 'Verdaging beslistermijn aanvraag TLV',
    subject: 'Verdaging van de beslistermijn (artikel 4:14, derde lid, Awb)',
    onderwerp: 'verdaging van de beslistermijn, aanvraag toelaatbaarheidsverklaring',
    adres: aanvragerAdres(d),
  });

  l.paragraph('Geachte directie,', { spaceAfter: 8 });
  l.paragraph(
    `Op ${formatDutchDate(d.ontvangstdatum)} hebben wij uw aanvraag voor een ` +
      `toelaatbaarheidsverklaring voor ${d.leerling.naam}, geboren op ` +
      `${formatDutchDate(d.leerling.geboortedatum)}, ontvangen. Wij moeten uiterlijk ` +
      `${formatDutchDate(d.oudeEinddatum)} op uw aanvraag beslissen. Het lukt ons helaas niet om ` +
      'binnen die termijn een besluit te nemen.',
  );

  l.heading('Reden');
  l.paragraph(d.reden.trim(), { indent: 14, size: 10, spaceAfter: 10 });

  l.heading('Nieuwe termijn');
  l.paragraph(
    `Wij verdagen de beslistermijn tot en met ${formatDutchDate(d.nieuweEinddatum)}. Uiterlijk ` +
      'op die dag ontvangt u ons besluit. Wij doen dit op grond van artikel 4:14, derde lid, van de ' +
      `${AWB}: als een besluit niet binnen de termijn kan worden genomen, laten wij u dat binnen ` +
      'die termijn weten en noemen wij een zo kort mogelijke termijn waarbinnen u het besluit ' +
      'tegemoet kunt zien.',
  );
  l.paragraph(
    'Wij streven ernaar eerder te beslissen. Wij begrijpen dat het wachten vervelend kan zijn voor ' +
      `${d.leerling.naam}, de ouders en de school.`,
  );

  ondertekening(l, d);
  return l.finish();
}
