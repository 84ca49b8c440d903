// The minutes of a TLA-vergadering (§6): who chaired, who attended (with role or discipline) and who
// was absent with notice; per aanvraag on the agenda why it was there, who did not take part because
// they are involved in the aanvraag, and the outcome: an advice with its motivation (verbatim), or
// aanhouden with the questions to the school (verbatim) and the date by which the secretaresse
// leerlingenzaken sends them. Closed by the voorzitter's 'vastgesteld' with a signature line.
import { LetterLayout } from './layout';
import { keyValues, signatureLine } from './blocks';
import { swvLetterhead } from './common';
import { formatDutchDate } from '../domain/calendar';
import { CONCLUSIE_LABELS } from '../domain/types';
import { categorieVoor } from './labels';
import { controleerDatums, eis, naDatum } from './procedure-brief';
import { periodeTekst } from './periode';
import type { NotulenData, NotulenPunt, NotulenUitkomst } from './types';

type AdviesUitkomst = Extract<NotulenUitkomst, { soort: 'advies' }>;

/** 'Advies: toelaatbaar, SO categorie midden, 1 augustus 2027 t/m 31 juli 2029'. */
export function adviesRegel(u: AdviesUitkomst): string {
  const delen = [CONCLUSIE_LABELS[u.conclusie].toLowerCase()];
  if (u.conclusie === 'toelaatbaar' && u.schoolsoort) {
    const categorie = categorieVoor(u.schoolsoort, u.categorie);
    delen.push(categorie ? `${u.schoolsoort} categorie ${categorie}` : u.schoolsoort);
    const periode = periodeTekst(u.ingangsdatum, u.einddatum, 't/m');
    if (periode) delen.push(periode);
  }
  return `Advies: ${delen.join(', ')}`;
}

/** Refuses outcomes that would put a legally incomplete or contradictory advice on record. */
function controleerPunt(d: NotulenData, p: NotulenPunt, nr: number): void {
  const u = p.uitkomst;
  if (!u) return;
  const bij = `Punt ${nr} (${p.referentie}): `;
  if (u.soort === 'aanhouden') {
    controleerDatums(u.verzendenUiterlijk);
    eis(u.vragen.trim() !== '', `${bij}aanhouden zonder vragen aan de school.`);
    eis(
      !naDatum(d.datum, u.verzendenUiterlijk),
      `${bij}de vragen kunnen niet vóór de vergadering worden verstuurd.`,
    );
    return;
  }
  eis(
    u.conclusie !== 'aanhouden',
    `${bij}aanhouden wordt vastgelegd met de vragen aan de school, niet als advies.`,
  );
  controleerDatums(
    ...(u.ingangsdatum ? [u.ingangsdatum] : []),
    ...(u.einddatum ? [u.einddatum] : []),
  );
  if (u.conclusie === 'toelaatbaar') {
    eis(u.schoolsoort !== null, `${bij}een advies toelaatbaar noemt de schoolsoort.`);
    eis(
      u.schoolsoort !== 'SO' || u.categorie !== null,
      `${bij}een advies toelaatbaar voor SO noemt de bekostigingscategorie.`,
    );
    eis(
      u.ingangsdatum !== null && u.einddatum !== null,
      `${bij}een advies toelaatbaar noemt de ingangsdatum en de einddatum.`,
    );
    eis(naDatum(u.einddatum, u.ingangsdatum), `${bij}de einddatum moet na de ingangsdatum liggen.`);
  }
}

function punt(l: LetterLayout, p: NotulenPunt, nr: number): void {
  // The heading, the rows and the first lines of the outcome stay together on one page.
  l.ensureSpace(170);
  if (p.vernietigd) {
    l.heading(`${nr}. Kenmerk ${p.referentie}`);
    l.paragraph(
      'De gegevens van dit dossier zijn na afloop van de bewaartermijn vernietigd ' +
        `(verklaring van vernietiging ${p.vernietigd.verklaringNummer}). Dit verslag is daarna ` +
        'opnieuw opgemaakt zonder die gegevens.',
      { spaceAfter: 10 },
    );
    return;
  }
  l.heading(`${nr}. ${p.leerlingNaam} (kenmerk ${p.referentie})`);
  const u = p.uitkomst;
  const uitkomst =
    u === null ? 'Niet besproken' : u.soort === 'aanhouden' ? 'Aangehouden' : adviesRegel(u);
  const namen = p.nietDeelgenomen.map((n) => n.trim()).filter((n) => n !== '');
  keyValues(l, [
    ['Reden op de agenda:', p.reden],
    [
      'Niet deelgenomen:',
      namen.length === 0 ? 'niemand' : `${namen.join(', ')} (betrokken bij de aanvraag)`,
    ],
    ['Uitkomst:', uitkomst],
  ]);
  if (u === null) {
    l.paragraph('Dit punt is in deze vergadering niet besproken.', { spaceAfter: 10 });
    return;
  }
  if (u.soort === 'advies') {
    l.ensureSpace(4 * 10 * 1.4);
    l.paragraph('Motivering:', { bold: true, size: 10, spaceAfter: 2 });
    l.paragraph(u.motivering.trim() === '' ? 'Niet vastgelegd.' : u.motivering, {
      indent: 14,
      size: 10,
      spaceAfter: 10,
    });
    return;
  }
  l.ensureSpace(4 * 10 * 1.4);
  l.paragraph('Vragen aan de school:', { bold: true, size: 10, spaceAfter: 2 });
  l.paragraph(u.vragen, { indent: 14, size: 10, spaceAfter: 6 });
  l.paragraph(
    'De secretaresse leerlingenzaken stuurt deze vragen uiterlijk ' +
      `${formatDutchDate(u.verzendenUiterlijk)} aan de school. Na de aanvulling komt de aanvraag ` +
      'terug op de agenda van de TLA-vergadering.',
    { spaceAfter: 10 },
  );
}

export async function renderNotulen(d: NotulenData): Promise<Uint8Array> {
  controleerDatums(d.datum);
  d.punten.forEach((p, i) => {
    if (!p.vernietigd) controleerPunt(d, p, i + 1);
  });
  const titel = `Verslag TLA-vergadering ${formatDutchDate(d.datum)}`;
  const l = await LetterLayout.create({
    title: titel,
    subject: `Verslag van de vergadering van de toelaatbaarheidsadviescommissie van ${d.swv.naam}`,
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `Vertrouwelijk - ${titel}`,
  });

  l.paragraph(titel, { bold: true, size: 18, color: 'accent', spaceAfter: 2 });
  l.paragraph(`Toelaatbaarheidsadviescommissie (TLA) van ${d.swv.naam}`, {
    size: 11,
    color: 'grey',
    spaceAfter: 14,
  });

  keyValues(l, [
    ['Datum:', formatDutchDate(d.datum)],
    ['Voorzitter:', d.voorzitter.naam],
  ]);
  l.heading('Aanwezig');
  if (d.aanwezigen.length === 0) l.paragraph('Geen aanwezigen vastgelegd.', { color: 'grey' });
  else l.bullets(d.aanwezigen.map((p) => `${p.naam} (${p.rol})`));
  l.heading('Afwezig met kennisgeving');
  if (d.afwezig.length === 0) l.paragraph('Geen.');
  else l.bullets(d.afwezig.map((p) => `${p.naam} (${p.rol})`));
  l.paragraph(
    'Wie bij een aanvraag betrokken is, neemt niet deel aan de bespreking van die aanvraag. Dit is ' +
      'per agendapunt vastgelegd.',
    { size: 9.5, color: 'grey', spaceAfter: 10 },
  );

  l.heading('Besproken aanvragen', 13);
  if (d.punten.length === 0)
    l.paragraph('Er stonden geen aanvragen op de agenda.', { spaceAfter: 10 });
  d.punten.forEach((p, i) => punt(l, p, i + 1));

  // The closing sentence stays with the signature line (70 pt), never alone on a page.
  l.ensureSpace(10.5 * 1.4 + 70);
  l.space(6);
  l.paragraph('Vastgesteld door de voorzitter,', { spaceAfter: 0 });
  signatureLine(l, d.voorzitter.naam, 'Voorzitter toelaatbaarheidsadviescommissie (TLA)');
  l.space(44);
  return l.finish();
}
