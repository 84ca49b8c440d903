// The request for aanvulling (§3.4): Awb 4:5 gives the aanvrager a term to complete the aanvraag;
// the beslistermijn stands still from the day after this letter until the aanvulling arrives, or
// the term expires unused (Awb 4:15 lid 1a). Variant 'vragen': content questions of the deskundigen
// or the TLA-vergadering after an advice, on the same legal basis.
import { addDays, formatDutchDate } from '../domain/calendar';
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
  werkdagen,
} from './procedure-brief';
import type { AanvullingBriefData } from './types';

/** Where the questions come from, as the start of a sentence ({aanleiding}). */
function aanleiding(d: AanvullingBriefData): string {
  const a = d.aanleiding;
  if (!a) return 'Bij de beoordeling van de aanvraag';
  return a.bron === 'advies'
    ? `Naar aanleiding van het advies van de deskundigen van ${formatDutchDate(a.datum)}`
    : 'In de vergadering van de toelaatbaarheidsadviescommissie (TLA) van ' +
        formatDutchDate(a.datum);
}

export async function renderAanvullingBrief(d: AanvullingBriefData): Promise<Uint8Array> {
  const vragen = d.kind === 'vragen';
  controleerDatums(d.ontvangstdatum, d.uiterlijk, ...(d.aanleiding ? [d.aanleiding.datum] : []));
  const items = d.items.map((x) => x.trim()).filter((x) => x !== '');
  eis(
    items.length > 0,
    vragen ? 'Geef ten minste één vraag op.' : 'Geef ten minste één ontbrekend stuk op.',
  );
  eis(
    Number.isInteger(d.termijnWerkdagen) && d.termijnWerkdagen >= 1,
    'De termijn moet ten minste 1 werkdag zijn: een verzoek zonder termijn schort de beslistermijn niet op.',
  );
  eis(naDatum(d.uiterlijk, d.datum), 'De uiterste datum moet na de datum van de brief liggen.');
  eis(
    !naDatum(d.ontvangstdatum, d.datum),
    'De brief kan niet gedateerd zijn vóór de ontvangst van de aanvraag.',
  );

  const l = await startBrief(d, {
    title: vragen ? 'Vragen over aanvraag TLV' : 'Verzoek om aanvulling aanvraag TLV',
    subject: vragen
      ? 'Vragen over de aanvraag toelaatbaarheidsverklaring (artikel 4:5 Awb)'
      : 'Verzoek om aanvulling van de aanvraag toelaatbaarheidsverklaring (artikel 4:5 Awb)',
    onderwerp: vragen
      ? 'vragen over de aanvraag toelaatbaarheidsverklaring'
      : 'verzoek om aanvulling van de aanvraag toelaatbaarheidsverklaring',
    adres: aanvragerAdres(d),
  });
  const wat = vragen ? 'de antwoorden' : 'de aanvulling';
  const deel = briefTekst('aanvulling', d, {
    ...aanvraagWaarden(d, d.ontvangstdatum),
    termijn: werkdagen(d.termijnWerkdagen),
    uiterlijk: formatDutchDate(d.uiterlijk),
    gevraagd: wat,
    aanleiding: aanleiding(d),
  });

  l.paragraph(deel('aanhef'), { spaceAfter: 8 });
  l.paragraph(`${deel('inleiding')} ${deel(vragen ? 'vragen' : 'onvolledig')}`);

  l.heading(vragen ? 'Onze vragen' : 'Wat wij nog van u nodig hebben');
  l.bullets(items);

  l.heading('Termijn');
  l.paragraph(
    `${deel('termijn')} Dit verzoek berust op artikel 4:5 van de ${AWB}. Ontvangen wij ${wat} ` +
      'niet op tijd, of is de ' +
      'aanvraag daarna nog onvoldoende om te beoordelen, dan kan het samenwerkingsverband besluiten ' +
      'de aanvraag niet te behandelen (buiten behandeling stellen, artikel 4:5, eerste lid, onder c, ' +
      'Awb). U kunt daarna een nieuwe aanvraag indienen.',
  );

  l.heading('Gevolgen voor de beslistermijn');
  l.paragraph(
    'De termijn waarbinnen wij op uw aanvraag moeten beslissen, is opgeschort vanaf de dag na de ' +
      `datum van deze brief, ${formatDutchDate(addDays(d.datum, 1))}, tot de dag waarop wij ${wat} ` +
      'ontvangen (artikel 4:15, eerste lid, onder a, Awb). Ontvangen wij binnen de termijn niets, ' +
      `dan loopt de beslistermijn weer vanaf ${formatDutchDate(addDays(d.uiterlijk, 1))}.`,
  );

  ondertekening(l, d, deel('groet'));
  return l.finish();
}
