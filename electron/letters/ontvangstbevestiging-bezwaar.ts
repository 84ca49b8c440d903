// The ontvangstbevestiging of a bezwaar (§7, §9): sent to the indiener(s), ouders and/or school,
// within 5 werkdagen. It says what happens next (advice of the bezwaar-adviescommissie, Awb 7:13;
// the right to be heard, Awb 7:2) and when the decision on bezwaar comes: 12 weeks after the
// bezwaartermijn ended, once extendable by 6 weeks (Awb 7:10 lid 1 and 3).
import { formatDutchDate } from '../domain/calendar';
import { postcodePlaats } from './labels';
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
import type { OntvangstbevestigingBezwaarData } from './types';

export async function renderOntvangstbevestigingBezwaar(
  d: OntvangstbevestigingBezwaarData,
): Promise<Uint8Array> {
  controleerDatums(d.ontvangstdatum, d.besluitdatum, d.bezwaartermijnEinde, d.beslistermijnEinde);
  const aan = d.geadresseerde;
  eis(
    d.indieners === 'ouders_en_school' || d.indieners === aan.soort,
    'De ontvangstbevestiging gaat naar een indiener van het bezwaar.',
  );
  eis(
    !naDatum(d.besluitdatum, d.ontvangstdatum),
    'Het bezwaarschrift kan niet zijn ontvangen vóór de datum van het besluit.',
  );
  eis(
    naDatum(d.bezwaartermijnEinde, d.besluitdatum),
    'De bezwaartermijn eindigt na de datum van het besluit.',
  );
  eis(
    naDatum(d.beslistermijnEinde, d.bezwaartermijnEinde),
    'De beslistermijn op bezwaar eindigt na de bezwaartermijn.',
  );

  const adres =
    aan.soort === 'ouders'
      ? [aan.ouders.naam, aan.ouders.adres, postcodePlaats(aan.ouders.postcode, aan.ouders.plaats)]
      : aanvragerAdres(d);
  const l = await startBrief(d, {
    title: 'Ontvangstbevestiging bezwaar TLV',
    subject: 'Ontvangstbevestiging van een bezwaarschrift',
    onderwerp: 'ontvangstbevestiging bezwaarschrift, besluit toelaatbaarheidsverklaring',
    adres,
  });

  const ander = aan.soort === 'ouders' ? d.schoolbestuur.naam : 'de ouders';
  const welk =
    d.indieners === 'ouders_en_school'
      ? `het bezwaarschrift dat u samen met ${ander} heeft ingediend`
      : 'uw bezwaarschrift';
  const besluit =
    `ons besluit van ${formatDutchDate(d.besluitdatum)}` +
    (d.volgnummer ? ` (TLV-volgnummer ${d.volgnummer})` : '');
  const deel = briefTekst('ontvangstbevestiging_bezwaar', d, {
    ...aanvraagWaarden(d),
    'bezwaar.ontvangstdatum': formatDutchDate(d.ontvangstdatum),
    bezwaarschrift: welk,
    besluit,
    besluitdatum: formatDutchDate(d.besluitdatum),
  });

  l.paragraph(deel(`${aan.soort}Aanhef`), { spaceAfter: 8 });
  l.paragraph(deel(`${aan.soort}Inleiding`));

  l.heading('Hoe gaat het verder?');
  l.bullets([
    `Wij vragen de ${d.commissie} om advies over uw bezwaar (artikel 7:13 Awb). Deze ` +
      'onafhankelijke commissie ontvangt uw bezwaarschrift en het dossier.',
    'U krijgt de gelegenheid om te worden gehoord: u kunt uw bezwaar mondeling toelichten ' +
      '(artikel 7:2 Awb). U ontvangt daarvoor een uitnodiging.',
    'Na het advies van de commissie beslist de directeur-bestuurder op uw bezwaar. Is het bezwaar ' +
      'gegrond, dan wordt het besluit herzien; is het ongegrond, dan blijft het besluit in stand.',
  ]);

  l.heading('Wanneer beslissen wij?');
  l.paragraph(
    `De bezwaartermijn eindigt op ${formatDutchDate(d.bezwaartermijnEinde)}. Wij beslissen op uw ` +
      'bezwaar binnen 12 weken, gerekend vanaf de dag na het einde van de bezwaartermijn: uiterlijk ' +
      `${formatDutchDate(d.beslistermijnEinde)}. Zo bepaalt artikel 7:10, eerste lid, van de ${AWB}. ` +
      'Wij kunnen deze termijn eenmaal met ten hoogste 6 weken verdagen (artikel 7:10, derde lid, Awb). ' +
      'Als dat nodig is, laten wij u dat vóór die datum schriftelijk weten.',
  );
  l.paragraph(
    'Het besluit blijft gelden zolang er niet op het bezwaar is beslist (artikel 6:16 Awb).',
  );

  ondertekening(l, d, deel('groet'));
  return l.finish();
}
