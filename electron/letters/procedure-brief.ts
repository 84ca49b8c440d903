// Pieces the procedural letters share (aanvulling, opschorting, verdaging, ontvangstbevestiging
// bezwaar): the letter head with date and 'Betreft', the address of the aanvrager and the closing
// signed by the secretaresse leerlingenzaken on behalf of the directeur-bestuurder.
import { LetterLayout } from './layout';
import { keyValues, signatureLine } from './blocks';
import { swvLetterhead } from './common';
import { compareIsoDates, formatDutchDate, parseIsoDate } from '../domain/calendar';
import { postcodePlaats } from './labels';
import { deelTekst, type BriefTekstSoort, type Waarden } from '../domain/brief-teksten';
import type { IsoDate } from '../domain/types';
import type { ProcedureBriefBasis } from './types';

export const AWB = 'Algemene wet bestuursrecht (Awb)';

/** Throws a Dutch message when input would produce a wrong or legally empty letter. */
export function eis(voorwaarde: boolean, melding: string): asserts voorwaarde {
  if (!voorwaarde) throw new RangeError(melding);
}

/** Checks that every date is a real 'JJJJ-MM-DD' day (parseIsoDate throws a Dutch message). */
export function controleerDatums(...datums: IsoDate[]): void {
  for (const d of datums) parseIsoDate(d);
}

export function naDatum(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

/** '1 werkdag', '10 werkdagen'. */
export function werkdagen(n: number): string {
  return n === 1 ? '1 werkdag' : `${n} werkdagen`;
}

/** The school board t.a.v. the directie of the school, as in the bericht aan de school. */
export function aanvragerAdres(d: ProcedureBriefBasis): string[] {
  const b = d.schoolbestuur;
  const adres = [b.naam, `t.a.v. de directie van ${d.school.naam} (BRIN ${d.school.brin})`];
  if (b.adres) adres.push(b.adres);
  if (b.postcode !== undefined || b.plaats !== undefined)
    adres.push(postcodePlaats(b.postcode ?? '', b.plaats ?? ''));
  return adres;
}

/** 'Betreft: <onderwerp> <leerling> (kenmerk <referentie>)'. */
export function betreftRegel(d: ProcedureBriefBasis, onderwerp: string): string {
  return `Betreft: ${onderwerp} ${d.leerling.naam} (kenmerk ${d.referentie})`;
}

/** The facts every procedural letter offers to its text: the aanvraag and the pupil (and the
 *  ontvangstdatum of the aanvraag, when the letter knows it). */
export function aanvraagWaarden(d: ProcedureBriefBasis, ontvangstdatum?: IsoDate): Waarden {
  return {
    'leerling.naam': d.leerling.naam,
    'leerling.geboortedatum': formatDutchDate(d.leerling.geboortedatum),
    'school.naam': d.school.naam,
    'schoolbestuur.naam': d.schoolbestuur.naam,
    'swv.naam': d.swv.naam,
    kenmerk: d.referentie,
    ...(ontvangstdatum !== undefined && { ontvangstdatum: formatDutchDate(ontvangstdatum) }),
  };
}

/** The parts of a procedural letter's text (the SWV's, or the default), filled in. */
export function briefTekst(
  soort: BriefTekstSoort,
  d: ProcedureBriefBasis,
  waarden: Waarden,
): (key: string) => string {
  return (key) => deelTekst(soort, d.tekst, key, waarden);
}

/** Creates the layout and draws the address block, the date and the Betreft line. */
export async function startBrief(
  d: ProcedureBriefBasis,
  o: { title: string; subject: string; onderwerp: string; adres: string[] },
): Promise<LetterLayout> {
  controleerDatums(d.datum, d.leerling.geboortedatum);
  const l = await LetterLayout.create({
    title: `${o.title} ${d.leerling.naam}`,
    subject: o.subject,
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `${o.title} ${d.leerling.naam} - kenmerk ${d.referentie}`,
  });
  l.addressBlock(o.adres);
  keyValues(l, [['Datum:', formatDutchDate(d.datum)]], 90, { size: 10 });
  l.paragraph(betreftRegel(d, o.onderwerp), { bold: true, spaceAfter: 14 });
  return l;
}

/** Contact sentence, greeting (the SWV's text) and the signature of the secretaresse leerlingenzaken. */
export function ondertekening(
  l: LetterLayout,
  d: ProcedureBriefBasis,
  groet = 'Met vriendelijke groet,',
): void {
  const s = d.secretaresse;
  const via = [s.telefoon ? `telefoon ${s.telefoon}` : '', s.email ? `e-mail ${s.email}` : '']
    .filter(Boolean)
    .join(', ');
  l.paragraph(
    `Heeft u vragen over deze brief? Neem dan contact op met ${s.naam}` +
      (via ? ` (${via})` : '') +
      '.',
    { spaceAfter: 12 },
  );
  // The greeting and the 'namens' line (2 lines of 10.5 pt, 2 pt apart) stay with the signature
  // (which needs 70 pt itself), so a signature never stands alone on a page.
  l.ensureSpace(2 * 10.5 * 1.4 + 2 + 70);
  l.paragraph(groet, { spaceAfter: 2 });
  l.paragraph(`Namens de directeur-bestuurder, ${d.directeur.naam},`, { spaceAfter: 0 });
  signatureLine(l, s.naam, `Secretaresse leerlingenzaken ${d.swv.naam}`);
  l.space(44);
}
