// The fictional SWV of the demo (issue: "Demo"). The school boards are those of Bijlage 2.1 of the
// ondersteuningsplan in ../shared/seeds (public names of boards); every school, pupil, parent and
// staff member below is invented.
import type { Discipline, Role } from '../domain/types';

export const DEMO_PASSWORD = 'Vallei-demo-2026!';

export const DEMO_SWV = {
  naam: 'Samenwerkingsverband Passend Onderwijs Vallei (demo)',
  code: 'PO2505',
  registratienummer: 'PO 25-05',
  adres: 'Stationsweg 1',
  postcode: '6711 PL',
  plaats: 'Ede',
};

export const DEMO_BESTUREN: readonly [string, string][] = [
  ['Vereniging voor Protestants Christelijk Onderwijs Rhenen', '23337'],
  ['Stichting voor Christelijk Speciaal Basisonderwijs voor Barneveld en omgeving', '25897'],
  ['Stichting Hervormde Scholen te Voorthuizen', '30673'],
  ['Vereniging voor Christelijk Nationaal Schoolonderwijs te Lunteren', '31204'],
  ['Stichting Katholiek Onderwijs Veluwe-Vallei', '31237'],
  ['Edese Schoolvereniging-Ede', '33151'],
  ['Vereniging Tot Stichting En Instandhouding Van Scholen Met De Bijbel Te Bennekom', '33645'],
  ['Stichting Montessorischool Veenendaal', '40207'],
  ['Stichting De Onderwijsspecialisten/Arnhem', '40631'],
  ['Cordeo Scholengroep', '40945'],
  ['De Passie', '41142'],
  ['Stichting Christelijk Primair Onderwijs voor Veenendaal en omgeving', '41154'],
  ['Stichting Monton', '41226'],
  ['Stichting Pallas', '41246'],
  ['Stichting Protestants Onderwijs Gelderse Vallei', '41337'],
  ['Stichting Jan Hein Donnerschool', '41450'],
  ['Stichting Trivium', '41460'],
  ['Stichting Partners Primair Onderwijs De Link', '41461'],
  ['Stichting Eem-Vallei Educatief', '41481'],
  ['Stichting Openbaar Onderwijs Rijn- en Heuvelland (Wereldkidz)', '41496'],
  ['Vereniging voor Primair Christelijk Onderwijs De Viermaster', '41621'],
  ['Stichting Proominent (Primair Openbaar Onderwijs) in Ede', '41674'],
  ['Stichting Al Almana scholen', '41820'],
  ['Gewoon Speciaal Onderwijs', '41879'],
  ['Stichting voor Christelijk Nationaal Schoolonderwijs Ede e.o.', '42587'],
  ['Schoolvereniging voor Basisonderwijs in Wageningen', '62818'],
  ['Stichting Hervormde Scholen Veenendaal (Onderwijsgroep Gave scholen)', '70085'],
  ['Stichting Hervormde Scholen de Drieslag', '83579'],
  [
    'Vereniging voor Protestants Christelijk Onderwijs te Garderen, Stroe en Kootwijkerbroek',
    '84423',
  ],
  ['Vereniging tot Stichting en Instandhouding van Scholen met de Bijbel te Lunteren', '87920'],
  ['Wageningse Schoolvereniging', '98190'],
];

export const PLAATSEN = [
  'Ede',
  'Veenendaal',
  'Barneveld',
  'Wageningen',
  'Rhenen',
  'Lunteren',
  'Bennekom',
  'Scherpenzeel',
  'Renswoude',
  'Voorthuizen',
];
/** The gemeente of each place above (Lunteren and Bennekom lie in Ede, Voorthuizen in Barneveld). */
export const GEMEENTE_VAN: Readonly<Record<string, string>> = {
  Ede: 'Ede',
  Veenendaal: 'Veenendaal',
  Barneveld: 'Barneveld',
  Wageningen: 'Wageningen',
  Rhenen: 'Rhenen',
  Lunteren: 'Ede',
  Bennekom: 'Ede',
  Scherpenzeel: 'Scherpenzeel',
  Renswoude: 'Renswoude',
  Voorthuizen: 'Barneveld',
};
export const SCHOOL_NAMEN = [
  'De Regenboog',
  'De Vlinder',
  'Het Kompas',
  'De Wegwijzer',
  'De Zonnewijzer',
  'Het Mozaïek',
  'De Klimop',
  'De Sterrenwachter',
  'Het Palet',
  'De Eikenhof',
  'De Windroos',
  'De Boomgaard',
];
export const VOORNAMEN = [
  'Daan',
  'Sem',
  'Liam',
  'Noah',
  'Lucas',
  'Finn',
  'Levi',
  'Milan',
  'Jesse',
  'Bram',
  'Emma',
  'Julia',
  'Mila',
  'Tess',
  'Sophie',
  'Zoë',
  'Nora',
  'Sara',
  'Evi',
  'Lotte',
  'Yara',
  'Amir',
  'Noëlle',
  'Ravi',
];
export const ACHTERNAMEN = [
  'Verhoef',
  'Van den Berg',
  'Hendriks',
  'Kuipers',
  'Van Leeuwen',
  'Brouwer',
  'De Jong',
  'Willemsen',
  'Schouten',
  'Van Dam',
  'Postma',
  'Meijer',
  'Koster',
  'Prins',
  'Bosman',
  'Huisman',
];
export const STRATEN = [
  'Dorpsstraat',
  'Kerkweg',
  'Molenstraat',
  'Beukenlaan',
  'Julianastraat',
  'Schoolstraat',
  'Lindelaan',
  'Parallelweg',
];

export interface DemoUser {
  readonly username: string;
  readonly naam: string;
  readonly roles: readonly Role[];
  readonly deskundige?: {
    disciplines: readonly Discipline[];
    registratie: string;
    bestuurIndexes: readonly number[];
  };
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'beheer', naam: 'Bas Beheer', roles: ['beheerder'] },
  { username: 'sll', naam: 'Sanne de Vries', roles: ['secretaris'] },
  { username: 'voorzitter', naam: 'Pieter Bakker', roles: ['voorzitter'] },
  { username: 'directeur', naam: 'Ingrid Jansen', roles: ['directeur'] },
  {
    username: 'ortho1',
    naam: 'Marleen Visser',
    roles: ['deskundige'],
    deskundige: { disciplines: ['orthopedagoog'], registratie: 'NVO 10234', bestuurIndexes: [] },
  },
  {
    username: 'psycho1',
    naam: 'Thomas de Groot',
    roles: ['deskundige'],
    deskundige: { disciplines: ['psycholoog'], registratie: 'NIP 20456', bestuurIndexes: [] },
  },
  {
    username: 'ortho2',
    naam: 'Anouk Smit',
    roles: ['deskundige'],
    deskundige: {
      disciplines: ['orthopedagoog', 'pedagoog'],
      registratie: 'NVO 10877',
      bestuurIndexes: [5, 9],
    },
  },
  {
    username: 'arts1',
    naam: 'Karim El Amrani',
    roles: ['deskundige'],
    deskundige: { disciplines: ['arts'], registratie: 'BIG 39012345601', bestuurIndexes: [] },
  },
  {
    username: 'mw1',
    naam: 'Femke Mulder',
    roles: ['deskundige'],
    deskundige: {
      disciplines: ['maatschappelijk_werker'],
      registratie: 'SKJ 110045',
      bestuurIndexes: [12],
    },
  },
  {
    username: 'vo1',
    naam: 'Jeroen van Dijk',
    roles: ['deskundige'],
    deskundige: { disciplines: ['deskundige_vo'], registratie: 'NVO 11502', bestuurIndexes: [] },
  },
  {
    username: 'kjp1',
    naam: 'Lotte Bos',
    roles: ['deskundige'],
    deskundige: {
      disciplines: ['kinder_jeugdpsycholoog'],
      registratie: 'NIP 21789',
      bestuurIndexes: [],
    },
  },
];

/**
 * How the 34 demo aanvragen are spread over the states of §10. Later additions come last, so the
 * aanvragen before them keep their order and data: the signed eindadvies waiting on the voorzitter,
 * then three more ter besluitvorming (five in all: the directeur-bestuurder's desk is where most of
 * the first-day tour and the e2e scenarios decide something, and each decision uses one up).
 */
export const DEMO_STATE_PLAN = [
  ...Array<'ontvangen'>(6).fill('ontvangen'),
  ...Array<'in_controle'>(5).fill('in_controle'),
  ...Array<'te_verdelen'>(6).fill('te_verdelen'),
  ...Array<'in_advies'>(7).fill('in_advies'),
  ...Array<'geagendeerd'>(2).fill('geagendeerd'),
  ...Array<'eindadvies_in_opmaak'>(2).fill('eindadvies_in_opmaak'),
  ...Array<'ter_besluitvorming'>(2).fill('ter_besluitvorming'),
  'eindadvies_gereed',
  ...Array<'ter_besluitvorming'>(3).fill('ter_besluitvorming'),
] as const;
