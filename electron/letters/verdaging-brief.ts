// The verdaging (§9, Awb 4:14 lid 3): when the SWV cannot decide within the beslistermijn it tells
// the aanvrager so before the term ends, and names a new, as short as possible, term.
import { formatDutchDate } from '../domain/calendar';
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

  const deel = briefTekst('verdaging', d, {
    ...aanvraagWaarden(d, d.ontvangstdatum),
    'beslistermijn.einde': formatDutchDate(d.oudeEinddatum),
    'beslistermijn.nieuw': formatDutchDate(d.nieuweEinddatum),
  });
  l.paragraph(deel('aanhef'), { spaceAfter: 8 });
  l.paragraph(deel('inleiding'));

  l.heading('Reden');
  l.paragraph(d.reden.trim(), { indent: 14, size: 10, spaceAfter: 10 });

  l.heading('Nieuwe termijn');
  l.paragraph(
    `${deel('nieuweTermijn')} Wij doen dit op grond van artikel 4:14, derde lid, van de ` +
      `${AWB}: als een besluit niet binnen de termijn kan worden genomen, laten wij u dat binnen ` +
      'die termijn weten en noemen wij een zo kort mogelijke termijn waarbinnen u het besluit ' +
      'tegemoet kunt zien.',
  );
  const slot = deel('slot');
  if (slot !== '') l.paragraph(slot);

  ondertekening(l, d, deel('groet'));
  return l.finish();
}
