// The afschrift of both deskundigenadviezen for the ouders (§7, WPO 18a lid 14): the ouders receive
// a copy of every advice on the ondersteuningsbehoefte of their child with the decision. Each advice
// is printed with its signature (name, discipline, registration, date) and its texts copied verbatim;
// the second advice starts on a new page so each can be read (and filed) on its own.
import { LetterLayout } from './layout';
import { keyValues } from './blocks';
import { swvLetterhead } from './common';
import { formatDutchDate } from '../domain/calendar';
import { CONCLUSIE_LABELS } from '../domain/types';
import { SCHOOLSOORT_VOLLEDIG, categorieVoor, postcodePlaats } from './labels';
import { controleerDatums, eis } from './procedure-brief';
import { periodeTekst } from './periode';
import type { AdviesAfschrift, AfschriftAdviezenData } from './types';

const RANGNUMMER: Readonly<Record<1 | 2, string>> = { 1: 'eerste', 2: 'tweede' };

/** The signed advices in the order 1, 2; throws unless both are there exactly once. */
function beideAdviezen(d: AfschriftAdviezenData): AdviesAfschrift[] {
  const adviezen = [...d.adviezen].sort((a, b) => a.position - b.position);
  eis(
    adviezen.length === 2 && adviezen[0]?.position === 1 && adviezen[1]?.position === 2,
    'Het afschrift bevat de adviezen van beide deskundigen: één van de eerste en één van de tweede.',
  );
  for (const a of adviezen) {
    controleerDatums(
      a.ondertekendOp,
      ...(a.ingangsdatum ? [a.ingangsdatum] : []),
      ...(a.einddatum ? [a.einddatum] : []),
    );
  }
  return adviezen;
}

/** A labelled text of the advice, verbatim; an empty field says so instead of disappearing. */
function tekstblok(l: LetterLayout, kop: string, tekst: string): void {
  l.heading(kop, 10.5);
  const leeg = tekst.trim() === '';
  l.paragraph(leeg ? 'Niet ingevuld.' : tekst, {
    indent: 14,
    size: 10,
    spaceAfter: 8,
    ...(leeg ? { color: 'grey' as const } : {}),
  });
}

function advies(l: LetterLayout, a: AdviesAfschrift): void {
  const wie = RANGNUMMER[a.position];
  // The heading stays with the signature rows (up to 8 lines) and the first text below them.
  l.ensureSpace(200);
  l.heading(`Advies van de ${wie} deskundige`, 14);
  l.rule(l.left, l.left + l.contentWidth, l.cursor + 9, 0.6, 'accent');
  l.space(8);

  const rows: Array<[string, string]> = [
    ['Deskundige:', a.naam],
    ['Discipline:', a.disciplineLabel],
    ['Registratie:', a.registratie],
    ['Ondertekend op:', formatDutchDate(a.ondertekendOp)],
    ['Conclusie:', CONCLUSIE_LABELS[a.conclusie]],
  ];
  if (a.schoolsoort) {
    rows.push(['Schoolsoort:', SCHOOLSOORT_VOLLEDIG[a.schoolsoort]]);
    const categorie = categorieVoor(a.schoolsoort, a.categorie);
    if (categorie) rows.push(['Bekostigingscategorie:', categorie]);
  }
  const periode = periodeTekst(a.ingangsdatum, a.einddatum);
  if (periode) rows.push(['Periode:', periode]);
  keyValues(l, rows);

  tekstblok(l, 'Onderwijs- en ondersteuningsbehoeften', a.onderbouwing);
  tekstblok(l, 'Doelen van de plaatsing', a.doelen);
  tekstblok(l, 'Advies over de context en terugplaatsing', a.contextAdvies);
  if (a.conclusie === 'aanhouden' || (a.vragen ?? '').trim() !== '')
    tekstblok(l, 'Vragen aan de school', a.vragen ?? '');

  l.paragraph(
    `Dit advies is op ${formatDutchDate(a.ondertekendOp)} ondertekend door ${a.naam}, ` +
      `${a.disciplineLabel} (${a.registratie}), ${wie} deskundige.`,
    { size: 9.5, color: 'grey', spaceAfter: 10 },
  );
}

export async function renderAfschriftAdviezen(d: AfschriftAdviezenData): Promise<Uint8Array> {
  controleerDatums(d.datum, d.leerling.geboortedatum);
  const adviezen = beideAdviezen(d);
  const titel = `Afschrift adviezen deskundigen ${d.leerling.naam}`;
  const l = await LetterLayout.create({
    title: titel,
    subject: 'Afschrift van de adviezen van beide deskundigen (artikel 18a, veertiende lid, WPO)',
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `${titel} - kenmerk ${d.referentie}`,
  });

  l.addressBlock([
    d.ouders.naam,
    d.ouders.adres,
    postcodePlaats(d.ouders.postcode, d.ouders.plaats),
  ]);
  keyValues(l, [['Datum:', formatDutchDate(d.datum)]], 90, { size: 10 });
  l.paragraph(
    `Betreft: afschrift adviezen deskundigen ${d.leerling.naam} (kenmerk ${d.referentie})`,
    {
      bold: true,
      spaceAfter: 14,
    },
  );

  l.paragraph('Geachte ouder(s)/verzorger(s),', { spaceAfter: 8 });
  l.paragraph(
    `Over de aanvraag van een toelaatbaarheidsverklaring voor uw kind ${d.leerling.naam}, geboren op ` +
      `${formatDutchDate(d.leerling.geboortedatum)}, hebben twee deskundigen ieder afzonderlijk een ` +
      'schriftelijk advies gegeven. U ontvangt een afschrift van deze adviezen over de ' +
      'ondersteuningsbehoefte van uw kind (artikel 18a, veertiende lid, van de Wet op het primair ' +
      'onderwijs).',
  );
  l.paragraph(
    'Hieronder vindt u beide adviezen. De teksten zijn letterlijk overgenomen zoals de deskundigen ' +
      'ze hebben ondertekend. Dit afschrift hoort bij de brief over het besluit op de aanvraag. ' +
      `Heeft u vragen over de adviezen? Neem dan contact op met ${d.swv.naam} en noem het kenmerk ` +
      `${d.referentie}.`,
    { spaceAfter: 12 },
  );

  adviezen.forEach((a, i) => {
    if (i > 0) l.pageBreak();
    advies(l, a);
  });
  return l.finish();
}
