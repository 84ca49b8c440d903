// The brief aan ouders (§7): the motivated decision with the eindadvies copied verbatim, the mention of
// the copies of both advices (WPO 18a lid 14) and the bezwaarclausule (Awb 6:7, 6:8: six weeks).
import { LetterLayout } from './layout';
import { keyValues, signatureLine } from './blocks';
import { swvLetterhead } from './common';
import { formatDutchDate } from '../domain/calendar';
import { postcodePlaats } from './labels';
import { besluitBriefTekst, besluitKop, tlvGegevens } from './besluit-tekst';
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
  const { deel } = besluitBriefTekst(d, 'ouders');

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

  l.paragraph(deel('oudersAanhef'), { spaceAfter: 8 });
  l.paragraph(deel('oudersInleiding'));

  l.heading('Besluit');
  l.paragraph(besluitKop(d), { bold: true, spaceAfter: 2 });
  l.paragraph(deel('oudersBesluit'));
  const rows = tlvGegevens(d);
  if (rows.length > 0) {
    keyValues(l, rows);
    const bijlage = deel('oudersBijlage');
    if (bijlage !== '') l.paragraph(bijlage);
  }

  l.heading('Motivering');
  l.paragraph(deel('oudersMotivering'));
  l.paragraph(d.eindadviesTekst, { indent: 14, size: 10, spaceAfter: 10 });

  l.heading('Adviezen van de deskundigen');
  l.paragraph(deel('oudersAdviezen'));

  bezwaarclausule(l, d.swv);

  l.paragraph(deel('oudersGroet'), { spaceAfter: 2 });
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
