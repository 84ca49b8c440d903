// Notification of a suspension of the beslistermijn on a ground of Awb 4:15 lid 2 (§3.4): written
// consent of the aanvrager (a), delay caused by the aanvrager (b) or overmacht (c). Only these grounds
// and the aanvulling of lid 1a (see aanvulling-brief.ts) suspend the clock.
import { addDays, compareIsoDates, formatDutchDate } from '../domain/calendar';
import {
  AWB,
  aanvraagWaarden,
  aanvragerAdres,
  briefTekst,
  controleerDatums,
  eis,
  ondertekening,
  startBrief,
} from './procedure-brief';
import type { OpschortingBriefData, OpschortingGrond } from './types';

/** The sub-paragraph of Awb 4:15 lid 2 and the ground in words. */
export const OPSCHORTING_GRONDEN: Readonly<
  Record<OpschortingGrond, { onder: 'a' | 'b' | 'c'; zin: string }>
> = {
  instemming_aanvrager: {
    onder: 'a',
    zin: 'U heeft er als aanvrager schriftelijk mee ingestemd dat de beslistermijn wordt opgeschort.',
  },
  vertraging_aanvrager: {
    onder: 'b',
    zin: 'Er is vertraging ontstaan die aan u als aanvrager is toe te rekenen.',
  },
  overmacht: {
    onder: 'c',
    zin: 'Het samenwerkingsverband is door overmacht verhinderd om op tijd te beslissen.',
  },
};

export async function renderOpschortingBrief(d: OpschortingBriefData): Promise<Uint8Array> {
  controleerDatums(d.ontvangstdatum, d.vanaf, ...(d.totEnMet ? [d.totEnMet] : []));
  if (d.instemmingDatum) controleerDatums(d.instemmingDatum);
  eis(d.toelichting.trim() !== '', 'Geef de reden van de opschorting.');
  eis(
    d.totEnMet === null || compareIsoDates(d.totEnMet, d.vanaf) >= 0,
    'De opschorting kan niet eindigen vóór de eerste dag ervan.',
  );
  eis(
    compareIsoDates(d.vanaf, d.ontvangstdatum) > 0,
    'De opschorting kan pas beginnen na de ontvangst van de aanvraag.',
  );
  const grond = OPSCHORTING_GRONDEN[d.grond];
  const artikel = `artikel 4:15, tweede lid, onder ${grond.onder}, van de ${AWB}`;

  const l = await startBrief(d, {
    title: 'Opschorting beslistermijn aanvraag TLV',
    subject: 'Opschorting van de beslistermijn (artikel 4:15, tweede lid, Awb)',
    onderwerp: 'opschorting van de beslistermijn, aanvraag toelaatbaarheidsverklaring',
    adres: aanvragerAdres(d),
  });

  const deel = briefTekst('opschorting', d, aanvraagWaarden(d, d.ontvangstdatum));
  l.paragraph(deel('aanhef'), { spaceAfter: 8 });
  l.paragraph(deel('inleiding'));

  l.heading('Reden van de opschorting');
  const instemming =
    d.grond === 'instemming_aanvrager' && d.instemmingDatum
      ? ` Dat heeft u ons laten weten op ${formatDutchDate(d.instemmingDatum)}.`
      : '';
  l.paragraph(`${grond.zin}${instemming} De opschorting berust op ${artikel}.`);
  l.paragraph(d.toelichting.trim(), { indent: 14, size: 10, spaceAfter: 10 });

  l.heading('Periode');
  if (d.totEnMet) {
    l.paragraph(
      `De beslistermijn is opgeschort van ${formatDutchDate(d.vanaf)} tot en met ` +
        `${formatDutchDate(d.totEnMet)}. Vanaf ${formatDutchDate(addDays(d.totEnMet, 1))} loopt ` +
        'de termijn weer.',
    );
  } else {
    l.paragraph(
      `De beslistermijn is opgeschort vanaf ${formatDutchDate(d.vanaf)}, tot nader bericht. ` +
        'Wij laten u schriftelijk weten vanaf welke dag de termijn weer loopt.',
    );
  }
  const gevolg = deel('gevolg');
  if (gevolg !== '') l.paragraph(gevolg);

  ondertekening(l, d, deel('groet'));
  return l.finish();
}
