// The brief aan ouders (§7): the motivated decision with the eindadvies copied verbatim, the mention of
// the copies of both advices (WPO 18a lid 14) and the bezwaarclausule (Awb 6:7, 6:8: six weeks).
import { LetterLayout } from './layout';
import { keyValues, signatureLine } from './blocks';
import { swvLetterhead } from './common';
import { formatDutchDate } from '../domain/calendar';
import { postcodePlaats } from './labels';
import { besluitTekst, deskundigenZin, tlvGegevens } from './besluit-tekst';
import { bezwaarclausule } from './bezwaarclausule';
import type { BriefOudersData } from './types';

export async function renderBriefOuders(d: BriefOudersData): Promise<Uint8Array> {
  const l = await LetterLayout.create({
    title: `Besluit toelaatbaarheidsverklaring ${d.leerling.naam}`,
    subject: 'Brief aan ouders over het besluit op de aanvraag',
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `Besluit toelaatbaarheidsverklaring ${d.leerling.naam}`,
  });
  const afgegeven = d.uitkomst === 'tlv_afgegeven';

  l.addressBlock([
    d.ouders.naam,
    d.ouders.adres,
    postcodePlaats(d.ouders.postcode, d.ouders.plaats),
  ]);
  const kenmerk: Array<[string, string]> = [['Datum:', formatDutchDate(d.besluitdatum)]];
  if (d.volgnummer) kenmerk.push(['Ons kenmerk:', d.volgnummer]);
  keyValues(l, kenmerk, 90, { size: 10 });
  l.paragraph(`Betreft: besluit toelaatbaarheidsverklaring ${d.leerling.naam}`, {
    bold: true,
    spaceAfter: 14,
  });

  l.paragraph('Geachte ouder(s)/verzorger(s),', { spaceAfter: 8 });
  l.paragraph(
    `${d.school.naam} heeft namens ${d.schoolbestuur.naam} een toelaatbaarheidsverklaring ` +
      `aangevraagd voor uw kind ${d.leerling.naam}, geboren op ` +
      `${formatDutchDate(d.leerling.geboortedatum)}. Op ${formatDutchDate(d.besluitdatum)} heeft de ` +
      `directeur-bestuurder van ${d.swv.naam} over deze aanvraag besloten. In deze brief leest u het ` +
      'besluit en de redenen daarvoor.',
  );

  const besluit = besluitTekst(d);
  l.heading('Besluit');
  l.paragraph(besluit.kop, { bold: true, spaceAfter: 2 });
  l.paragraph(besluit.zin);
  const rows = tlvGegevens(d);
  if (rows.length > 0) {
    keyValues(l, rows);
    l.paragraph(
      'De toelaatbaarheidsverklaring is bij deze brief gevoegd. De school voor speciaal (basis)onderwijs ' +
        'waar u uw kind aanmeldt, heeft deze verklaring nodig.',
    );
  }

  l.heading('Motivering');
  l.paragraph(
    'Het besluit is gebaseerd op het eindadvies van de toelaatbaarheidsadviescommissie, opgesteld ' +
      `door ${deskundigenZin(d)}. Het eindadvies luidt:`,
  );
  l.paragraph(d.eindadviesTekst, { indent: 14, size: 10, spaceAfter: 10 });

  l.heading('Adviezen van de deskundigen');
  l.paragraph(
    'Bij deze brief ontvangt u een afschrift van de adviezen van beide deskundigen over de ' +
      'ondersteuningsbehoefte van uw kind (artikel 18a, veertiende lid, van de Wet op het primair ' +
      'onderwijs).',
  );

  bezwaarclausule(l, d.swv);

  l.paragraph('Met vriendelijke groet,', { spaceAfter: 2 });
  l.paragraph('Namens het samenwerkingsverband, de directeur-bestuurder', { spaceAfter: 0 });
  signatureLine(l, d.directeur.naam, `Directeur-bestuurder ${d.swv.naam}`);
  l.space(44);
  const bijlagen = ['afschrift advies eerste deskundige', 'afschrift advies tweede deskundige'];
  if (afgegeven) bijlagen.unshift('toelaatbaarheidsverklaring');
  keyValues(
    l,
    [
      ['Bijlagen:', bijlagen.join('; ')],
      ['Afschrift aan:', `${d.school.naam}, ${d.schoolbestuur.naam}`],
    ],
    90,
    { size: 9, bold: false },
  );
  return l.finish();
}
