// Issue 11 (§12, S7): the verklaring van vernietiging. What was destroyed (each dossier by kenmerk
// and TLV volgnummer, the term that passed, how many documents), when, on whose proposal and with
// whose approval, and what remains (the TLV register row, when the setting keeps it). It names no
// pupil: once the dossier is gone, the verklaring must not be the place where its data lives on.
import { formatDutchDate } from '../domain/calendar';
import { keyValues, signaturePair, table } from './blocks';
import { swvLetterhead } from './common';
import { LetterLayout } from './layout';
import { controleerDatums, eis } from './procedure-brief';
import type { VerklaringVernietigingData } from './types';

export async function renderVerklaringVernietiging(
  d: VerklaringVernietigingData,
): Promise<Uint8Array> {
  controleerDatums(d.datum, d.voorgesteld.op, d.goedgekeurd.op);
  eis(
    d.dossiers.length + d.avgVerzoeken.length > 0,
    'Een verklaring van vernietiging noemt minstens één dossier of AVG-verzoek.',
  );
  const titel = `Verklaring van vernietiging ${d.nummer}`;
  const l = await LetterLayout.create({
    title: titel,
    subject: `Vernietiging van dossiergegevens na afloop van de bewaartermijn, ${d.swv.naam}`,
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: titel,
  });
  l.paragraph('Verklaring van vernietiging', {
    bold: true,
    size: 18,
    color: 'accent',
    spaceAfter: 2,
  });
  l.paragraph(`Nummer ${d.nummer}`, { size: 11, color: 'grey', spaceAfter: 14 });
  keyValues(l, [
    ['Datum van vernietiging:', formatDutchDate(d.datum)],
    ['Aantal dossiers:', String(d.dossiers.length)],
    ...(d.avgVerzoeken.length > 0
      ? [['Aantal AVG-verzoeken:', String(d.avgVerzoeken.length)] as [string, string]]
      : []),
    [
      'Grondslag:',
      `bewaartermijn van ${d.bewaartermijnJaren} jaar na het laatste besluit verstreken ` +
        '(WPO art. 18a lid 13; AVG art. 5 lid 1 onder e)',
    ],
  ]);
  if (d.dossiers.length > 0) {
    l.paragraph(
      `${d.swv.naam} verklaart dat op ${formatDutchDate(d.datum)} de gegevens van de onderstaande ` +
        'dossiers zijn vernietigd: de gegevens van de leerling en de ouders, alle documenten, de ' +
        'adviezen en het eindadvies, de brieven, de aantekeningen en de tekstindex. Geen van deze ' +
        'dossiers werd vastgehouden door een lopend bezwaar, beroep of verzoek van de ouders.',
      { spaceAfter: 8 },
    );
    l.paragraph(
      d.registerBewaard
        ? 'Bewaard blijft alleen het TLV-register: kenmerk, volgnummer, besluitdatum, schoolsoort, ' +
            'categorie en de begin- en einddatum van de TLV.'
        : 'Van deze dossiers blijft alleen het kenmerk bewaard, zodat de historie van TLA sluitend blijft.',
      { spaceAfter: 10 },
    );
    l.heading('Vernietigde dossiers');
    table(
      l,
      ['Kenmerk', 'Volgnummer TLV', 'Termijn vanaf', 'Vernietigbaar vanaf', 'Documenten'],
      d.dossiers.map((x) => [
        x.referentie,
        x.volgnummer ?? '—',
        formatDutchDate(x.termijnStart),
        formatDutchDate(x.vernietigbaarVanaf),
        String(x.documenten),
      ]),
      [90, 100, 95, 105, 61],
    );
  }
  if (d.avgVerzoeken.length > 0) {
    l.paragraph(
      `Van de onderstaande verzoeken van ouders onder de AVG (inzage, correctie, verwijdering) zijn ` +
        'de persoonsgegevens vernietigd: de namen en adressen, de omschrijving en toelichting en de ' +
        `brieven. Zij waren afgehandeld, geen dossier waarop zij betrekking hadden bestond nog, en ` +
        `de bewaartermijn van ${d.bewaartermijnJaren} jaar na de afhandeling was verstreken. ` +
        'Bewaard blijven het kenmerk, de soort, de datums en de uitkomst.',
      { spaceAfter: 10 },
    );
    l.heading('Vernietigde gegevens van AVG-verzoeken');
    table(
      l,
      ['Kenmerk', 'Afgehandeld op', 'Vernietigbaar vanaf'],
      d.avgVerzoeken.map((x) => [
        x.kenmerk,
        formatDutchDate(x.afgehandeldOp),
        formatDutchDate(x.vernietigbaarVanaf),
      ]),
      [150, 150, 151],
    );
  }
  l.paragraph(
    'De vernietiging is voorgesteld door de functioneel beheerder en goedgekeurd door de ' +
      'directeur-bestuurder: twee personen, zoals de procedure voorschrijft. Zij is vastgelegd in ' +
      'het logboek van TLA.',
    { spaceAfter: 6 },
  );
  keyValues(l, [
    ['Voorgesteld:', `${d.voorgesteld.naam}, ${formatDutchDate(d.voorgesteld.op)}`],
    ['Goedgekeurd:', `${d.goedgekeurd.naam}, ${formatDutchDate(d.goedgekeurd.op)}`],
  ]);
  signaturePair(
    l,
    [d.voorgesteld.naam, 'Functioneel beheerder'],
    [d.goedgekeurd.naam, 'Directeur-bestuurder'],
  );
  return l.finish();
}
