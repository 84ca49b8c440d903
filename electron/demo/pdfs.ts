// Generators of FICTIONAL dossier documents for the demo dataset. Every page says so in its footer and
// the letterhead; names of staff are made up. Output is a pure function of the input (seeded).
import { PDFDocument, degrees, rgb } from 'pdf-lib';
import { LetterLayout } from '../letters/layout';
import { keyValues, signaturePair, table } from '../letters/blocks';
import { formatDutchDate } from '../domain/calendar';
// Text fragments and names live in ./names as N.* so this file holds only document structure.
import * as N from './names';

export interface DemoPdfInput {
  leerling: { naam: string; geboortedatum: string; groep: number | string };
  school: { naam: string };
  /** YYYY-MM-DD: the date printed on the document. */
  datum: string;
  seed: number;
}

const FOOTER = 'Fictief demonstratiedocument';

async function start(
  p: DemoPdfInput,
  titel: string,
  afzender = p.school.naam,
): Promise<LetterLayout> {
  const l = await LetterLayout.create({
    title: `${titel} - ${p.leerling.naam}`,
    subject: FOOTER,
    author: afzender,
    generatedAt: `${p.datum}T09:00:00.000Z`,
    letterhead: { naam: afzender, regels: [`${FOOTER}: alle namen en gegevens zijn verzonnen.`] },
    footerNote: FOOTER,
  });
  l.paragraph(titel, { bold: true, size: 17, color: 'accent', spaceAfter: 10 });
  return l;
}

function leerlingRows(p: DemoPdfInput): Array<[string, string]> {
  return [
    ['Leerling:', p.leerling.naam],
    ['Geboortedatum:', formatDutchDate(p.leerling.geboortedatum)],
    ['Groep:', String(p.leerling.groep)],
    ['School:', p.school.naam],
    ['Datum:', formatDutchDate(p.datum)],
  ];
}

function voornaam(p: DemoPdfInput): string {
  return p.leerling.naam.split(' ')[0] ?? p.leerling.naam;
}

export async function demoAanvraagformulier(p: DemoPdfInput): Promise<Uint8Array> {
  const rng = N.seededRng(p.seed);
  const l = await start(p, 'Aanvraagformulier toelaatbaarheidsverklaring');
  const so = rng.next() < 0.6;
  const ib = N.staffName(rng);
  l.heading('1. Gegevens leerling en school');
  keyValues(l, [
    ...leerlingRows(p),
    ['Schoolbestuur:', rng.pick(N.SCHOOLBESTUREN)],
    ['Contactpersoon:', `${ib} (intern begeleider)`],
  ]);
  l.heading('2. Aanvraag');
  keyValues(l, [
    ['Soort aanvraag:', rng.pick(['Eerste aanvraag, zij-instroom', 'Herindicatie / verlenging'])],
    ['Gevraagde schoolsoort:', so ? 'Speciaal onderwijs (SO)' : 'Speciaal basisonderwijs (SBO)'],
    ['Bekostigingscategorie:', so ? rng.pick(['laag', 'midden', 'hoog']) : 'n.v.t.'],
    ['Gevraagde periode:', rng.pick(N.PERIODEN)],
  ]);
  l.heading('3. Motivering van de school');
  l.paragraph(
    `${voornaam(p)} ${rng.pick(N.BELEMMERINGEN)}. De school heeft de afgelopen anderhalf jaar extra ` +
      'ondersteuning geboden binnen de groep en daarbuiten, zoals beschreven in het OPP. Ondanks deze ' +
      'inzet blijft de ontwikkeling achter bij het verwachte perspectief.',
  );
  l.paragraph(
    `De school verwacht dat ${voornaam(p)} in een kleinere setting met meer structuur beter tot ` +
      'ontwikkeling komt. Het ondersteuningsteam heeft de aanvraag besproken en onderschrijft deze.',
  );
  l.heading('4. Ouders');
  l.paragraph(
    `Ouders zijn op ${formatDutchDate(p.datum)} gehoord en zijn het eens met de aanvraag. ` +
      'Hun zienswijze is als bijlage toegevoegd.',
  );
  l.heading('5. Bijlagen');
  l.bullets([
    'ontwikkelingsperspectiefplan (OPP)',
    'verslagen ondersteuningsteam',
    'LVS-gegevens',
    'zienswijze ouders',
  ]);
  signaturePair(l, [N.staffName(rng), 'Directeur school'], ['Ouder/verzorger', 'Voor gezien']);
  return l.finish();
}

export async function demoOpp(p: DemoPdfInput): Promise<Uint8Array> {
  const rng = N.seededRng(p.seed + 1);
  const l = await start(p, 'Ontwikkelingsperspectiefplan (OPP)');
  const naam = voornaam(p);
  keyValues(l, leerlingRows(p));
  l.heading('Beginsituatie');
  l.paragraph(
    `${naam} zit in groep ${p.leerling.groep}. Sterke kanten: ${naam} ` +
      `${N.some(rng, N.STERKE_KANTEN, 2).join(' en ')}. Belemmerende factoren: ${naam} ` +
      `${N.some(rng, N.BELEMMERINGEN, 2).join(' en ')}.`,
  );
  l.paragraph(
    'Thuis wordt de situatie door ouders herkend. Er is contact met het wijkteam; een ' +
      `onderzoek naar de cognitieve mogelijkheden liet een disharmonisch profiel zien (TIQ ${rng.int(68, 92)}).`,
  );
  l.heading('Onderwijsbehoeften');
  l.paragraph(`${naam} heeft nodig:`, { spaceAfter: 2 });
  l.bullets(N.some(rng, N.ONDERWIJSBEHOEFTEN, 4));
  l.heading('Ontwikkelingsperspectief');
  l.paragraph(
    `Verwacht uitstroomprofiel: ${rng.pick(N.UITSTROOMPROFIELEN)}. ` +
      'Het perspectief wordt elk half jaar geëvalueerd met ouders en, waar nodig, bijgesteld.',
  );
  l.pageBreak();
  l.heading('Doelen voor de komende periode');
  table(
    l,
    ['Gebied', 'Doel', 'Evaluatie'],
    [
      ['Technisch lezen', `AVI-niveau ${rng.pick(['E4', 'M5', 'E5'])} beheersen`, 'januari'],
      ['Rekenen', 'Tafels 1 t/m 5 automatiseren', 'januari'],
      ['Werkhouding', 'Zelfstandig 10 minuten aan een taak werken', 'maart'],
      ['Sociaal-emotioneel', 'Hulp vragen aan de leerkracht als het moeilijk wordt', 'maart'],
    ],
    [120, 240, 90],
  );
  l.heading('Handelingsdeel');
  l.paragraph(
    `In de groep krijgt ${naam} verlengde instructie aan de instructietafel. Drie keer per week is er ` +
      'een half uur begeleiding buiten de groep door de onderwijsassistent. De leerkracht gebruikt ' +
      'een dagschema met picto’s en kondigt veranderingen vooraf aan.',
  );
  l.paragraph(
    `De intern begeleider (${N.staffName(rng)}) bewaakt de uitvoering en plant de evaluaties. Ouders ` +
      'oefenen thuis tien minuten per dag met lezen.',
  );
  l.paragraph('Ouders hebben ingestemd met het handelingsdeel.', { bold: true, spaceAfter: 14 });
  signaturePair(
    l,
    [N.staffName(rng), 'Intern begeleider'],
    ['Ouder/verzorger', 'Akkoord handelingsdeel'],
  );
  return l.finish();
}

export async function demoOtVerslag(p: DemoPdfInput, n: number): Promise<Uint8Array> {
  const rng = N.seededRng(p.seed * 31 + n);
  const l = await start(p, `Verslag ondersteuningsteam (OT), bespreking ${n}`);
  const naam = voornaam(p);
  keyValues(l, [
    ...leerlingRows(p),
    [
      'Aanwezig:',
      `${N.staffName(rng)} (intern begeleider), ${N.staffName(rng)} (leerkracht), ouders, ` +
        `${N.staffName(rng)} (steunpuntcoördinator SWV), ${N.staffName(rng)} (orthopedagoog)`,
    ],
  ]);
  l.heading('Bespreking');
  l.paragraph(
    `De leerkracht vertelt dat ${naam} ${rng.pick(N.STERKE_KANTEN)}, maar ook ${rng.pick(N.BELEMMERINGEN)}. ` +
      `Sinds de vorige bespreking is ${rng.pick(['een beloningssysteem', 'een time-outplek', 'extra leesbegeleiding'])} ingezet.`,
  );
  l.paragraph(
    n > 1
      ? 'De afgesproken interventies zijn uitgevoerd, maar de resultaten blijven achter. Het team ' +
          'concludeert dat de mogelijkheden van de school zijn uitgeput.'
      : 'Het team bespreekt welke extra ondersteuning binnen de school mogelijk is en wat ouders ' +
          'thuis zien. Ouders herkennen het beeld.',
  );
  l.heading('Afspraken');
  l.bullets(
    n > 1
      ? N.AFSPRAKEN_AANVRAAG
      : [...N.AFSPRAKEN_EERSTE, `Volgende bespreking over ${rng.int(6, 10)} weken.`],
  );
  return l.finish();
}

export async function demoLvs(p: DemoPdfInput): Promise<Uint8Array> {
  const rng = N.seededRng(p.seed + 7);
  const l = await start(p, 'Overzicht leerlingvolgsysteem (LVS)');
  keyValues(l, leerlingRows(p));
  const groep = Math.max(3, Math.min(8, Number.parseInt(String(p.leerling.groep), 10) || 5));
  const perioden = [groep - 2, groep - 1, groep]
    .flatMap((g) => (g < 3 ? [] : [`M${g}`, `E${g}`]))
    .slice(-5);
  // Scores grow slowly from a seeded start, as a pupil with a lag typically does.
  const reeks = (): string[] => {
    let score = rng.int(105, 135);
    return perioden.map(() => `${rng.pick(N.NIVEAUS)} (${(score += rng.int(1, 9))})`);
  };
  l.heading('Toetsresultaten per half jaar (niveau en vaardigheidsscore)');
  table(
    l,
    ['Toets', ...perioden],
    N.LVS_VAKKEN.map((v) => [v, ...reeks()]),
    [130, ...perioden.map(() => 64)],
  );
  l.paragraph(
    'Toelichting: niveau I is het hoogste, V het laagste niveau ten opzichte van landelijke ' +
      `leeftijdsgenoten. De groei van ${voornaam(p)} blijft bij de meeste vakken achter bij het verwachte perspectief.`,
    { size: 9.5 },
  );
  return l.finish();
}

export async function demoOverdracht(p: DemoPdfInput): Promise<Uint8Array> {
  const rng = N.seededRng(p.seed + 13);
  const voorschool = rng.pick(N.VOORSCHOLEN);
  const l = await start(p, 'Overdrachtsdocument voorschool', voorschool);
  const naam = voornaam(p);
  keyValues(l, [...leerlingRows(p), ['Mentor voorschool:', N.staffName(rng)]]);
  const domeinen = N.overdrachtDomeinen(naam, rng);
  for (const [kop, tekst] of domeinen) {
    l.heading(kop);
    l.paragraph(tekst);
  }
  l.heading('Betrokken hulpverlening en wensen van ouders');
  l.paragraph(
    `Er is logopedie en ${rng.pick(['fysiotherapie', 'begeleiding vanuit het wijkteam', 'een kinderarts'])} betrokken. ` +
      `Ouders wensen een school waar ${naam} in een kleine groep veel herhaling en structuur krijgt.`,
  );
  signaturePair(l, [N.staffName(rng), 'Mentor voorschool'], ['Ouder/verzorger', 'Voor akkoord']);
  return l.finish();
}

/** A long text-only PDF for benchmarks of upload, validation and text extraction. */
export async function demoLargePdf(pages: number): Promise<Uint8Array> {
  const l = await LetterLayout.create({
    title: 'Groot testdocument',
    subject: FOOTER,
    author: 'TLA demo',
    generatedAt: '2025-01-01T00:00:00.000Z',
    letterhead: { naam: 'Groot testdocument', regels: [FOOTER] },
    footerNote: FOOTER,
  });
  const zin =
    'Dit is fictieve tekst om de verwerking van grote documenten te meten; zij bevat geen gegevens van echte leerlingen.';
  for (let i = 1; i <= pages; i++) {
    l.heading(`Hoofdstuk ${i}`);
    for (let j = 0; j < 5; j++) l.paragraph(`${zin} Alinea ${j + 1}. ${zin} ${zin}`);
    if (i < pages) l.pageBreak();
  }
  return l.finish();
}

const ONDERZOEK_HOOFDSTUKKEN = [
  'Aanleiding en vraagstelling',
  'Anamnese',
  'Schoolgeschiedenis',
  'Observaties in de klas',
  'Observaties tijdens het onderzoek',
  'Cognitief onderzoek',
  'Aandacht en werkhouding',
  'Sociaal-emotioneel functioneren',
  'Taal en lezen',
  'Rekenen',
  'Gesprekken met ouders',
  'Gesprek met de leerling',
  'Integratie van de gegevens',
  'Conclusies',
  'Onderwijsbehoeften',
  'Adviezen aan school',
  'Adviezen aan ouders',
];

/**
 * A long psychodiagnostic report (about 15 pages) so the demo dossiers have something to read, find
 * in and page through; the same fictional building blocks as the other documents.
 */
export async function demoOnderzoeksverslag(p: DemoPdfInput): Promise<Uint8Array> {
  const rng = N.seededRng(p.seed * 17 + 3);
  const onderzoeker = N.staffName(rng);
  const l = await start(p, 'Verslag psychodiagnostisch onderzoek', `Praktijk ${onderzoeker}`);
  const naam = voornaam(p);
  keyValues(l, [...leerlingRows(p), ['Onderzoeker:', `${onderzoeker}, GZ-psycholoog`]]);
  ONDERZOEK_HOOFDSTUKKEN.forEach((titel, i) => {
    l.heading(`${i + 1}. ${titel}`);
    for (let j = 0; j < 6; j++) {
      l.paragraph(
        `${naam} ${rng.pick(N.STERKE_KANTEN)}. Tegelijk zien we dat ${naam} ${rng.pick(N.BELEMMERINGEN)}. ` +
          `In ${rng.pick(['de kleine kring', 'de instructie', 'de pauze', 'het zelfstandig werken'])} ` +
          `is dit het duidelijkst. ${naam} heeft behoefte aan ${rng.pick(N.ONDERWIJSBEHOEFTEN)}. ` +
          'Deze tekst is verzonnen voor de demonstratie en beschrijft geen echt kind.',
      );
    }
    if (titel === 'Cognitief onderzoek')
      table(
        l,
        ['Index', 'Score', 'Betrouwbaarheidsinterval'],
        ['Verbaal begrip', 'Visueel-ruimtelijk', 'Werkgeheugen', 'Verwerkingssnelheid'].map((x) => {
          const score = rng.int(78, 112);
          return [x, String(score), `${score - 6} – ${score + 6}`];
        }),
        [180, 80, 180],
      );
    if (i % 3 === 2) l.pageBreak();
  });
  signaturePair(l, [onderzoeker, 'GZ-psycholoog'], ['Ouder/verzorger', 'Gezien']);
  return l.finish();
}

/**
 * A scanned school report: pages that are only pictures of text (grey bars), no text layer, so the
 * viewer shows it and the index marks it 'geen doorzoekbare tekst'.
 */
export async function demoScan(p: DemoPdfInput, pages: number): Promise<Uint8Array> {
  const rng = N.seededRng(p.seed * 13 + 5);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) {
    const page = pdf.addPage([595, 842]);
    // A scan is never quite white nor quite straight.
    page.drawRectangle({ x: 0, y: 0, width: 595, height: 842, color: rgb(0.97, 0.96, 0.93) });
    const tilt = degrees((rng.next() - 0.5) * 1.2);
    page.drawRectangle({
      x: 60,
      y: 760,
      width: 260,
      height: 18,
      color: rgb(0.25, 0.25, 0.3),
      rotate: tilt,
    });
    for (let y = 720; y > 80; y -= 16) {
      if (rng.next() < 0.12) continue; // a paragraph break
      const width = 300 + rng.int(0, 170);
      page.drawRectangle({ x: 60, y, width, height: 6, color: rgb(0.45, 0.45, 0.5), rotate: tilt });
    }
  }
  return pdf.save({ useObjectStreams: false });
}
