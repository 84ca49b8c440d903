// Setting up TLA for a real samenwerkingsverband (first start, next to the demo): the steps the
// functioneel beheerder takes before the office can work, and when each is done. The facts are
// counted by the backend; which step is done, and what is still missing, is decided here once.
import type { Role } from './types';

export const INRICHTING_STAPPEN = ['swv', 'scholen', 'gebruikers', 'pool', 'brieven'] as const;
export type InrichtingStapNaam = (typeof INRICHTING_STAPPEN)[number];

/** 'klaar': done; 'open': still to do; 'aandacht': done but one thing is missing; 'optioneel'. */
export type InrichtingStatus = 'klaar' | 'open' | 'aandacht' | 'optioneel';

export interface InrichtingFeiten {
  readonly swv: {
    /** The details are stored and valid (letters and registration are possible). */
    readonly ingesteld: boolean;
    /** A directeur-bestuurder who signs is chosen and still an active directeur. */
    readonly directeurGekozen: boolean;
    readonly logo: boolean;
  };
  /** Active school boards and schools (not ended). */
  readonly besturen: number;
  readonly scholen: number;
  /** Active users per role (a user with two roles counts in both). */
  readonly gebruikers: Readonly<Record<Role, number>>;
  /** Active members of the pool; those who can be the 1st (gedragsdeskundige) and the 2nd. */
  readonly pool: { readonly totaal: number; readonly eerste: number; readonly tweede: number };
  /** Letters whose standard text the SWV replaced with its own. */
  readonly eigenBriefteksten: number;
}

export interface InrichtingStap {
  readonly stap: InrichtingStapNaam;
  readonly titel: string;
  readonly status: InrichtingStatus;
  /** What is there and what is still missing, in one or two sentences. */
  readonly toelichting: string;
  readonly verplicht: boolean;
}

/** The roles the office needs before the first aanvraag can be decided, with how many. */
export const BENODIGDE_ROLLEN: readonly {
  role: Role;
  aantal: number;
  /** How a sentence names one, and more. */
  een: string;
  meer: string;
}[] = [
  {
    role: 'secretaris',
    aantal: 1,
    een: 'secretaresse leerlingenzaken',
    meer: 'secretaresses leerlingenzaken',
  },
  { role: 'voorzitter', aantal: 1, een: 'TLA-voorzitter', meer: 'TLA-voorzitters' },
  { role: 'directeur', aantal: 1, een: 'directeur-bestuurder', meer: 'directeur-bestuurders' },
  { role: 'deskundige', aantal: 2, een: 'deskundige', meer: 'deskundigen' },
];

function aantal(n: number, een: string, meer: string): string {
  return `${n} ${n === 1 ? een : meer}`;
}

function swvStap(f: InrichtingFeiten['swv']): InrichtingStap {
  const base = {
    stap: 'swv',
    titel: 'Gegevens van het samenwerkingsverband',
    verplicht: true,
  } as const;
  if (!f.ingesteld)
    return {
      ...base,
      status: 'open',
      toelichting:
        'Naam, registratienummer, adres en bezwaaradviescommissie zijn nog niet ingevuld. Zolang ' +
        'dat zo is, maakt TLA geen brieven en kunnen er geen aanvragen worden geregistreerd.',
    };
  const logo = f.logo ? 'met logo' : 'nog zonder logo';
  if (!f.directeurGekozen)
    return {
      ...base,
      status: 'aandacht',
      toelichting:
        `Ingevuld, ${logo}. Kies nog de directeur-bestuurder die de brieven ondertekent ` +
        '(nadat u bij stap 3 de gebruikers heeft aangemaakt).',
    };
  return { ...base, status: 'klaar', toelichting: `Ingevuld, ${logo}.` };
}

function scholenStap(f: InrichtingFeiten): InrichtingStap {
  const base = { stap: 'scholen', titel: 'Schoolbesturen en scholen', verplicht: true } as const;
  const telling =
    f.besturen === 0 && f.scholen === 0
      ? 'Er zijn nog geen schoolbesturen en scholen.'
      : `${aantal(f.besturen, 'schoolbestuur', 'schoolbesturen')}, ${aantal(f.scholen, 'school', 'scholen')}.`;
  if (f.besturen === 0 || f.scholen === 0)
    return {
      ...base,
      status: 'open',
      toelichting:
        `${telling} Zonder scholen kan de secretaresse leerlingenzaken geen aanvraag registreren. ` +
        'Voeg ze toe of lees een lijst in.',
    };
  return { ...base, status: 'klaar', toelichting: telling };
}

function gebruikersStap(f: InrichtingFeiten): InrichtingStap {
  const base = { stap: 'gebruikers', titel: 'Gebruikers', verplicht: true } as const;
  const missend = BENODIGDE_ROLLEN.filter((r) => f.gebruikers[r.role] < r.aantal).map((r) => {
    const tekort = r.aantal - f.gebruikers[r.role];
    return tekort === 1 ? `een ${r.een}` : `${tekort} ${r.meer}`;
  });
  const aanwezig = BENODIGDE_ROLLEN.filter((r) => f.gebruikers[r.role] > 0).map((r) =>
    aantal(f.gebruikers[r.role], r.een, r.meer),
  );
  const er =
    aanwezig.length === 0
      ? 'Er zijn nog geen gebruikers voor het bureau.'
      : `${hoofdletter(lijst(aanwezig))}.`;
  if (missend.length > 0)
    return {
      ...base,
      status: 'open',
      toelichting: `${er} Nog nodig: ${lijst(missend)}.`,
    };
  return { ...base, status: 'klaar', toelichting: er };
}

function poolStap(f: InrichtingFeiten['pool']): InrichtingStap {
  const base = { stap: 'pool', titel: 'Deskundigenpool', verplicht: true } as const;
  const telling =
    f.totaal === 0
      ? 'Er zijn nog geen deskundigen in de pool.'
      : `${aantal(f.totaal, 'deskundige', 'deskundigen')} in de pool.`;
  const missend: string[] = [];
  if (f.eerste === 0)
    missend.push('een gedragsdeskundige (orthopedagoog of psycholoog) als eerste deskundige');
  if (f.tweede === 0) missend.push('een tweede deskundige van een andere discipline');
  if (missend.length === 0 && f.totaal < 2) missend.push('een tweede persoon');
  if (missend.length > 0)
    return {
      ...base,
      status: 'open',
      toelichting: `${telling} Elke aanvraag krijgt twee deskundigen; nog nodig: ${lijst(missend)}.`,
    };
  return { ...base, status: 'klaar', toelichting: telling };
}

function briefStap(eigen: number): InrichtingStap {
  const base = { stap: 'brieven', titel: 'Briefteksten', verplicht: false } as const;
  if (eigen > 0)
    return {
      ...base,
      status: 'klaar',
      toelichting: `${aantal(eigen, 'brief heeft', 'brieven hebben')} een eigen tekst.`,
    };
  return {
    ...base,
    status: 'optioneel',
    toelichting:
      'TLA gebruikt de standaardteksten. U kunt ze aanpassen aan de woorden van uw eigen ' +
      'samenwerkingsverband.',
  };
}

function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lijst(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1] ?? ''}`;
}

/** The five steps of setting up, in order, and whether every required step is done. */
export function inrichtingStappen(f: InrichtingFeiten): {
  stappen: InrichtingStap[];
  klaar: boolean;
} {
  const stappen = [
    swvStap(f.swv),
    scholenStap(f),
    gebruikersStap(f),
    poolStap(f.pool),
    briefStap(f.eigenBriefteksten),
  ];
  return { stappen, klaar: stappen.every((s) => !s.verplicht || s.status === 'klaar') };
}
