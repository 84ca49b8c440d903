// The decision to leave an aanvraag buiten behandeling (§7, Awb 4:5): the aanvrager was asked to
// complete the aanvraag within a term (aanvulling-brief.ts) and the aanvulling did not come in time,
// or what came is not enough to judge the aanvraag. It is a decision of the directeur-bestuurder:
// it states the facts (the request, its date, the term, what was asked), the legal ground, the
// consequence (no decision on the merits, no TLV; a new aanvraag is possible) and the
// bezwaarclausule, and the directeur-bestuurder signs it.
import { formatDutchDate } from '../domain/calendar';
import { keyValues, signatureLine } from './blocks';
import { bezwaarclausule } from './bezwaarclausule';
import {
  AWB,
  aanvraagWaarden,
  aanvragerAdres,
  briefTekst,
  controleerDatums,
  eis,
  naDatum,
  startBrief,
  werkdagen,
} from './procedure-brief';
import type { BuitenBehandelingBriefData } from './types';

export async function renderBuitenBehandelingBrief(
  d: BuitenBehandelingBriefData,
): Promise<Uint8Array> {
  controleerDatums(d.ontvangstdatum, d.verzoekdatum, d.uiterlijk);
  const vragen = d.verzoek === 'vragen';
  const items = d.items.map((x) => x.trim()).filter((x) => x !== '');
  eis(
    items.length > 0,
    vragen ? 'Geef ten minste één gestelde vraag op.' : 'Geef ten minste één gevraagd stuk op.',
  );
  eis(
    Number.isInteger(d.termijnWerkdagen) && d.termijnWerkdagen >= 1,
    'Een aanvraag kan alleen buiten behandeling worden gesteld na een verzoek met een termijn van ten minste 1 werkdag.',
  );
  eis(
    !naDatum(d.ontvangstdatum, d.verzoekdatum),
    'Het verzoek om aanvulling kan niet gedateerd zijn vóór de ontvangst van de aanvraag.',
  );
  eis(
    naDatum(d.uiterlijk, d.verzoekdatum),
    'De termijn moet na de datum van het verzoek eindigen.',
  );
  eis(
    naDatum(d.datum, d.uiterlijk),
    'De aanvraag kan pas buiten behandeling worden gesteld als de termijn voor de aanvulling is verstreken.',
  );

  const l = await startBrief(d, {
    title: 'Besluit buiten behandeling aanvraag TLV',
    subject:
      'Besluit om de aanvraag toelaatbaarheidsverklaring niet te behandelen (artikel 4:5 Awb)',
    onderwerp: 'besluit buiten behandeling stellen van de aanvraag toelaatbaarheidsverklaring',
    adres: aanvragerAdres(d),
  });
  const wat = vragen ? 'de antwoorden op onze vragen' : 'de aanvulling';
  const deel = briefTekst('buiten_behandeling', d, aanvraagWaarden(d, d.ontvangstdatum));

  l.paragraph(deel('aanhef'), { spaceAfter: 8 });
  l.paragraph(deel('inleiding'));

  l.heading('Besluit');
  l.paragraph('Uw aanvraag wordt buiten behandeling gesteld.', { bold: true, spaceAfter: 2 });
  l.paragraph(deel('besluit'));

  l.heading('Wat is er gebeurd?');
  l.paragraph(
    `Bij onze brief van ${formatDutchDate(d.verzoekdatum)} hebben wij u ` +
      (vragen
        ? 'vragen gesteld over de aanvraag. Dit waren onze vragen:'
        : 'gevraagd de aanvraag aan te vullen. Wij vroegen u om:'),
    { spaceAfter: 2 },
  );
  l.bullets(items);
  l.paragraph(
    `Wij hebben u daarvoor een termijn gegeven van ${werkdagen(d.termijnWerkdagen)}, tot en met ` +
      `${formatDutchDate(d.uiterlijk)}. ` +
      (d.grond === 'niet_ontvangen'
        ? `Wij hebben ${wat} niet binnen die termijn ontvangen.`
        : `Wat wij van u hebben ontvangen, is onvoldoende om de aanvraag te beoordelen.`),
  );
  const toelichting = d.toelichting?.trim();
  if (toelichting) l.paragraph(toelichting, { indent: 14, size: 10, spaceAfter: 10 });

  l.heading('Waarom dit besluit?');
  l.paragraph(
    `Op grond van artikel 4:5, eerste lid, onder c, van de ${AWB} kan het samenwerkingsverband ` +
      'besluiten een aanvraag niet te behandelen als de gegevens en documenten onvoldoende zijn om ' +
      'de aanvraag te beoordelen, mits de aanvrager de gelegenheid heeft gehad de aanvraag binnen ' +
      'een gestelde termijn aan te vullen. U heeft die gelegenheid gehad.',
  );

  l.heading('Wat betekent dit?');
  l.paragraph(deel('gevolg'));

  bezwaarclausule(l, d.swv);

  // The greeting stays with the signature, so a signature never stands alone on a page.
  l.ensureSpace(2 * 10.5 * 1.4 + 2 + 70);
  l.paragraph(deel('groet'), { spaceAfter: 2 });
  l.paragraph('Namens het samenwerkingsverband, de directeur-bestuurder', { spaceAfter: 0 });
  signatureLine(l, d.directeur.naam, `Directeur-bestuurder ${d.swv.naam}`);
  l.space(44);
  const afschrift = (d.afschriftAan ?? []).map((x) => x.trim()).filter((x) => x !== '');
  if (afschrift.length > 0)
    keyValues(l, [['Afschrift aan:', afschrift.join('; ')]], 90, { size: 9, bold: false });
  return l.finish();
}
