// The letters of a request of ouders under the AVG (§12; art. 12, 15–17): the ontvangstbevestiging
// with the one-month term, the verlenging with its reasons (art. 12 lid 3) and the answer. A refusal
// says why and where to go (art. 12 lid 4); the answer of a bestuursorgaan is a besluit (art. 34
// UAVG), so it carries the bezwaar sentence of the Awb. The texts are TLA's own (no editable text).
import { formatDutchDate } from '../domain/calendar';
import {
  AVG_VERZOEKER_LABELS,
  type AvgUitkomst,
  type AvgVerzoeker,
  type AvgVerzoekSoort,
} from '../domain/avg-verzoeken';
import type { IsoDate } from '../domain/types';
import { keyValues, signatureLine } from './blocks';
import { swvLetterhead } from './common';
import { postcodePlaats } from './labels';
import { LetterLayout } from './layout';
import { controleerDatums, eis, naDatum } from './procedure-brief';
import type { SwvGegevens } from './types';

export interface AvgBriefBasis {
  readonly swv: SwvGegevens;
  readonly kenmerk: string;
  /** The date of the letter. */
  readonly datum: IsoDate;
  readonly soort: AvgVerzoekSoort;
  readonly verzoeker: {
    readonly rol: AvgVerzoeker;
    readonly naam: string;
    readonly adres: string;
    readonly postcode: string;
    readonly plaats: string;
  };
  readonly leerling: { readonly naam: string; readonly geboortedatum: IsoDate };
  readonly ontvangenOp: IsoDate;
  readonly secretaresse: { readonly naam: string };
  readonly directeur: { readonly naam: string };
  /** ISO instant: the PDF's creation date. */
  readonly generatedAt: string;
}

export interface AvgOntvangstbevestigingData extends AvgBriefBasis {
  /** The end of the one-month term (art. 12 lid 3), moved past weekend and feestdagen. */
  readonly termijnEinde: IsoDate;
}

export interface AvgVerlengingData extends AvgBriefBasis {
  readonly termijnEinde: IsoDate;
  readonly nieuwEinde: IsoDate;
  readonly reden: string;
}

export interface AvgAntwoordData extends AvgBriefBasis {
  readonly uitkomst: AvgUitkomst;
  readonly toelichting: string;
  /** Inzage: the overview goes with the letter (its date and number of pages). */
  readonly inzage?: { readonly paginas: number } | null;
  /** Correctie: what was changed (field label, old, new). */
  readonly correcties?: readonly { veld: string; oud: string; nieuw: string }[];
  /** Verwijdering: per aanvraag whether it goes, and why. */
  readonly verwijdering?: readonly { referentie: string; mag: boolean; reden: string }[];
}

const WAT: Readonly<Record<AvgVerzoekSoort, string>> = {
  inzage: 'inzage in de persoonsgegevens',
  correctie: 'correctie van de persoonsgegevens',
  verwijdering: 'verwijdering van de persoonsgegevens',
};

const ARTIKEL: Readonly<Record<AvgVerzoekSoort, string>> = {
  inzage: 'artikel 15',
  correctie: 'artikel 16',
  verwijdering: 'artikel 17',
};

async function start(d: AvgBriefBasis, title: string): Promise<LetterLayout> {
  controleerDatums(d.datum, d.ontvangenOp, d.leerling.geboortedatum);
  eis(d.verzoeker.naam.trim() !== '', 'De brief heeft de naam van de verzoeker nodig.');
  eis(
    !naDatum(d.ontvangenOp, d.datum),
    'De brief kan niet vóór de ontvangst van het verzoek zijn.',
  );
  const l = await LetterLayout.create({
    title: `${title} ${d.kenmerk}`,
    subject: `Verzoek om ${WAT[d.soort]} (${ARTIKEL[d.soort]} AVG)`,
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `${title} - kenmerk ${d.kenmerk}`,
  });
  const v = d.verzoeker;
  l.addressBlock([v.naam, v.adres, postcodePlaats(v.postcode, v.plaats)]);
  keyValues(
    l,
    [
      ['Datum:', formatDutchDate(d.datum)],
      ['Kenmerk:', d.kenmerk],
    ],
    90,
    { size: 10 },
  );
  l.paragraph(
    `Betreft: uw verzoek om ${WAT[d.soort]} van ${d.leerling.naam}, geboren op ` +
      `${formatDutchDate(d.leerling.geboortedatum)}`,
    { bold: true, spaceAfter: 14 },
  );
  l.paragraph(`Geachte ${v.naam},`, { spaceAfter: 8 });
  return l;
}

function ontvangen(d: AvgBriefBasis): string {
  return (
    `Op ${formatDutchDate(d.ontvangenOp)} ontvingen wij uw verzoek om ${WAT[d.soort]} die ` +
    `${d.swv.naam} verwerkt over ${d.leerling.naam} (${ARTIKEL[d.soort]} van de Algemene ` +
    `verordening gegevensbescherming, AVG). U doet dit verzoek als: ` +
    `${AVG_VERZOEKER_LABELS[d.verzoeker.rol].toLowerCase()}.`
  );
}

function ondertekening(l: LetterLayout, d: AvgBriefBasis): void {
  l.paragraph(
    `Heeft u vragen over deze brief? Neem dan contact op met ${d.secretaresse.naam} en noem het ` +
      `kenmerk ${d.kenmerk}.`,
    { spaceAfter: 12 },
  );
  l.ensureSpace(2 * 10.5 * 1.4 + 2 + 70);
  l.paragraph('Met vriendelijke groet,', { spaceAfter: 2 });
  l.paragraph(`Namens de directeur-bestuurder, ${d.directeur.naam},`, { spaceAfter: 0 });
  signatureLine(l, d.secretaresse.naam, `Secretaresse leerlingenzaken ${d.swv.naam}`);
  l.space(44);
}

const WAT_NU: Readonly<Record<AvgVerzoekSoort, string>> = {
  inzage:
    'U ontvangt een overzicht van alle gegevens die wij over de leerling hebben: de aanvragen ' +
    'voor een toelaatbaarheidsverklaring met hun gegevens en verloop, de documenten, de adviezen, ' +
    'de besluiten en brieven, en wie het dossier heeft ingezien of gewijzigd.',
  correctie:
    'Wij bekijken welke gegevens onjuist of onvolledig zijn en passen die aan. Elke aanpassing ' +
    'leggen wij vast met de reden. Een besluit dat al is genomen, blijft bestaan zoals het is ' +
    'verzonden.',
  verwijdering:
    'Wij beoordelen per aanvraag of wij de gegevens mogen verwijderen. Een besluit over een ' +
    'toelaatbaarheidsverklaring en het dossier daarvan moeten wij een tijd bewaren (artikel 18a ' +
    'van de Wet op het primair onderwijs); zolang een aanvraag loopt of een bezwaar of beroep ' +
    'loopt, bewaren wij de gegevens ook.',
};

export async function renderAvgOntvangstbevestiging(
  d: AvgOntvangstbevestigingData,
): Promise<Uint8Array> {
  controleerDatums(d.termijnEinde);
  eis(naDatum(d.termijnEinde, d.ontvangenOp), 'De termijn eindigt na de ontvangst.');
  const l = await start(d, 'Ontvangstbevestiging verzoek AVG');
  l.paragraph(ontvangen(d));
  l.heading('Wanneer krijgt u antwoord?');
  l.paragraph(
    `Wij beantwoorden uw verzoek zo snel mogelijk en uiterlijk op ${formatDutchDate(d.termijnEinde)}: ` +
      'binnen een maand na ontvangst (artikel 12, derde lid, AVG). Is uw verzoek ingewikkeld of ' +
      'ontvangen wij veel verzoeken, dan kunnen wij deze termijn met twee maanden verlengen. Dat ' +
      'laten wij u dan vóór die datum weten, met de reden.',
  );
  l.heading('Hoe gaat het verder?');
  l.paragraph(WAT_NU[d.soort]);
  l.paragraph(
    'Wij geven persoonsgegevens alleen aan wie daar recht op heeft. Daarom kunnen wij u vragen ' +
      'om aan te tonen wie u bent.',
  );
  ondertekening(l, d);
  return l.finish();
}

export async function renderAvgVerlenging(d: AvgVerlengingData): Promise<Uint8Array> {
  controleerDatums(d.termijnEinde, d.nieuwEinde);
  eis(d.reden.trim() !== '', 'Geef de reden van de verlenging.');
  eis(naDatum(d.nieuwEinde, d.termijnEinde), 'De nieuwe termijn eindigt na de huidige.');
  eis(
    !naDatum(d.datum, d.termijnEinde),
    'De verlenging moet binnen een maand na ontvangst worden meegedeeld (artikel 12, derde lid, AVG).',
  );
  const l = await start(d, 'Verlenging termijn verzoek AVG');
  l.paragraph(ontvangen(d));
  l.paragraph(
    `Wij hadden u uiterlijk op ${formatDutchDate(d.termijnEinde)} antwoord willen geven. Dat lukt ` +
      'niet. Daarom verlengen wij de termijn met twee maanden, zoals artikel 12, derde lid, van de ' +
      'AVG toestaat als een verzoek ingewikkeld is of als er veel verzoeken zijn.',
  );
  l.heading('Reden');
  l.paragraph(d.reden.trim(), { indent: 14, size: 10, spaceAfter: 10 });
  l.heading('Nieuwe termijn');
  l.paragraph(`U ontvangt ons antwoord uiterlijk op ${formatDutchDate(d.nieuwEinde)}.`);
  ondertekening(l, d);
  return l.finish();
}

const UITKOMST_ZIN: Readonly<Record<AvgUitkomst, string>> = {
  toegewezen: 'Wij hebben uw verzoek toegewezen.',
  deels: 'Wij hebben uw verzoek voor een deel toegewezen.',
  afgewezen: 'Wij hebben uw verzoek afgewezen.',
};

export async function renderAvgAntwoord(d: AvgAntwoordData): Promise<Uint8Array> {
  eis(
    d.uitkomst === 'toegewezen' || d.toelichting.trim() !== '',
    'Geef de reden van de (gedeeltelijke) afwijzing (artikel 12, vierde lid, AVG).',
  );
  const l = await start(d, 'Antwoord op verzoek AVG');
  l.paragraph(ontvangen(d));
  l.heading('Ons antwoord');
  l.paragraph(UITKOMST_ZIN[d.uitkomst]);

  if (d.soort === 'inzage' && d.uitkomst !== 'afgewezen') {
    const paginas = d.inzage?.paginas ?? 0;
    l.paragraph(
      `Bij deze brief ontvangt u het overzicht van de persoonsgegevens die wij over ` +
        `${d.leerling.naam} verwerken${paginas > 0 ? ` (${paginas} pagina's)` : ''}: de gegevens ` +
        'van elke aanvraag en hun verloop, de documenten, adviezen, besluiten en brieven, en wie ' +
        'het dossier heeft ingezien of gewijzigd. In het overzicht staat ook waarvoor wij de ' +
        'gegevens gebruiken, aan wie wij ze geven en hoe lang wij ze bewaren.',
    );
  }
  const correcties = d.correcties ?? [];
  if (d.soort === 'correctie' && correcties.length > 0) {
    l.paragraph('Wij hebben de volgende gegevens aangepast:', { spaceAfter: 2 });
    l.bullets(
      correcties.map((c) => `${c.veld}: ${c.oud || '(leeg)'} wordt ${c.nieuw || '(leeg)'}`),
    );
  }
  const verwijdering = d.verwijdering ?? [];
  if (d.soort === 'verwijdering' && verwijdering.length > 0) {
    l.paragraph('Per aanvraag:', { spaceAfter: 2 });
    l.bullets(
      verwijdering.map(
        (v) =>
          `Aanvraag ${v.referentie}: ${v.mag ? 'wordt verwijderd' : 'blijft bewaard'}. ${v.reden}`,
      ),
    );
    if (verwijdering.some((v) => v.mag))
      l.paragraph(
        'De gegevens die wij verwijderen, vernietigen wij volgens onze vaste werkwijze: twee ' +
          'medewerkers keuren de vernietiging goed en wij leggen vast wat, wanneer en door wie is ' +
          'vernietigd.',
      );
  }
  if (d.toelichting.trim() !== '') {
    l.heading(d.uitkomst === 'toegewezen' ? 'Toelichting' : 'Reden');
    l.paragraph(d.toelichting.trim(), { indent: 14, size: 10, spaceAfter: 10 });
  }
  l.heading('Bent u het niet eens met dit antwoord?');
  l.paragraph(
    'Dit antwoord is een besluit (artikel 34 van de Uitvoeringswet AVG). U kunt binnen zes weken ' +
      `na de dag waarop deze brief is verzonden bezwaar maken bij ${d.swv.naam}, ` +
      `${d.swv.adres}, ${postcodePlaats(d.swv.postcode, d.swv.plaats)} (artikel 6:7 van de ` +
      'Algemene wet bestuursrecht). Vermeld in uw bezwaarschrift uw naam en adres, de datum, het ' +
      'kenmerk van deze brief en waarom u het er niet mee eens bent, en onderteken het.',
  );
  l.paragraph(
    'U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens ' +
      '(autoriteitpersoonsgegevens.nl), artikel 77 AVG.',
  );
  ondertekening(l, d);
  return l.finish();
}
