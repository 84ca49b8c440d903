// Seeded randomness and pools of clearly fictional names for the demo documents. A seeded generator
// (not Math.random) makes every demo dataset reproducible, so screenshots and tests stay stable.

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast, good enough for demo variety; not for anything security related. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick };
}

/** `n` distinct items from a pool, in a seeded order. */
export function some<T>(rng: Rng, pool: readonly T[], n: number): T[] {
  const rest = [...pool];
  const out: T[] = [];
  while (out.length < n && rest.length > 0)
    out.push(...rest.splice(rng.int(0, rest.length - 1), 1));
  return out;
}

const VOORLETTERS = [
  'A.',
  'B.',
  'C.',
  'D.',
  'E.',
  'F.',
  'H.',
  'I.',
  'J.',
  'K.',
  'L.',
  'M.',
  'N.',
  'P.',
  'R.',
  'S.',
  'T.',
  'W.',
];
const ACHTERNAMEN = [
  'Verzonnen',
  'van Fictief',
  'de Voorbeeld',
  'Proefmans',
  'Testerink',
  'van der Demo',
  'Oefenaar',
  'Schijnhout',
  'de Bedenker',
  'Denkbeeld',
];

/** A staff member's name such as 'mevr. K. Proefmans'. */
export function staffName(rng: Rng): string {
  return `${rng.pick(['mevr.', 'dhr.'])} ${rng.pick(VOORLETTERS)} ${rng.pick(ACHTERNAMEN)}`;
}

export const VOORSCHOLEN = [
  'Peuterspeelzaal De Verzinsel',
  'Kinderopvang Het Voorbeeldje',
  'Peutergroep Denkbeeld',
];
export const SCHOOLBESTUREN = [
  'Stichting Fictief Onderwijs',
  'Vereniging Voorbeeldscholen',
  'Stichting Demo Primair',
];

export const STERKE_KANTEN = [
  'is nieuwsgierig en vraagt veel aan volwassenen',
  'werkt graag met concreet materiaal en met de handen',
  'is behulpzaam naar jongere kinderen',
  'heeft een goed visueel geheugen',
  'is sportief en beweegt graag',
  'kan zich goed concentreren bij een een-op-eenbegeleiding',
];

export const BELEMMERINGEN = [
  'raakt snel overprikkeld in de drukke groep',
  'heeft moeite met het begrijpen van mondelinge instructie',
  'laat bij onverwachte veranderingen boos of teruggetrokken gedrag zien',
  'heeft een achterstand in technisch lezen van ruim een jaar',
  'kan moeilijk zelfstandig aan een taak beginnen',
  'heeft moeite met contact maken en houden met leeftijdsgenoten',
];

export const ONDERWIJSBEHOEFTEN = [
  'een kleine groep met een vaste leerkracht en een voorspelbaar dagritme',
  'korte instructie, ondersteund met beeld en voordoen',
  'taken die in kleine stappen zijn opgedeeld, met een duidelijk eindpunt',
  'een rustige werkplek met weinig visuele prikkels',
  'vooraf aangekondigde overgangen en veranderingen',
  'dagelijkse, positieve feedback op inzet en gedrag',
  'begeleiding bij het samen spelen en samenwerken',
];

export const AFSPRAKEN_EERSTE = [
  'Het OPP wordt aangevuld met doelen voor werkhouding (leerkracht).',
  'Observatie in de groep door de orthopedagoog.',
];

export const AFSPRAKEN_AANVRAAG = [
  'De school vraagt een toelaatbaarheidsverklaring aan (intern begeleider, binnen 2 weken).',
  'Ouders geven hun zienswijze op de aanvraag.',
  'De steunpuntcoördinator informeert ouders over scholen voor SO en SBO.',
];

export const UITSTROOMPROFIELEN = [
  'praktijkonderwijs',
  'vmbo basisberoepsgerichte leerweg',
  'vmbo kaderberoepsgerichte leerweg',
];

export const LVS_VAKKEN = [
  'Technisch lezen',
  'Begrijpend lezen',
  'Spelling',
  'Rekenen-wiskunde',
  'Woordenschat',
];

/** Observations per development domain for the overdrachtsdocument of a toddler. */
export function overdrachtDomeinen(naam: string, rng: Rng): Array<[string, string]> {
  return [
    [
      'Spraak en taal',
      `${naam} spreekt in korte zinnen van twee à drie woorden en wordt niet altijd begrepen.`,
    ],
    [
      'Motoriek',
      `${naam} ${rng.pick(['klimt en rent graag, maar de fijne motoriek blijft achter', 'heeft moeite met knippen en een potlood vasthouden'])}.`,
    ],
    [
      'Sociaal-emotioneel',
      `${naam} speelt vooral naast andere kinderen en ${rng.pick(BELEMMERINGEN)}.`,
    ],
    [
      'Spel en zelfredzaamheid',
      `${naam} kiest steeds hetzelfde spel; aan- en uitkleden lukt met hulp.`,
    ],
  ];
}

export const PERIODEN = ['1 schooljaar', '2 schooljaren', 'tot het einde van groep 8'];

/** LVS levels, weighted towards the low end: these pupils lag behind. */
export const NIVEAUS = ['III', 'IV', 'IV', 'V', 'V'];
