import { z } from 'zod';
import { p } from './procedure';
import * as s from './schemas';
import { termijnenProcedures } from './termijnen';
import { vergaderingProcedures } from './vergadering';
import { documentenProcedures, tekstStatus } from './documenten';

/**
 * The contract of the procedure table: for every procedure its name, who may call it, its input and
 * its output. Pure (no Node), so the renderer derives its types from the same source: a renamed
 * field breaks the build, not the user. Handlers live in ./handlers and are bound in ./table.
 *
 * `access`: 'public' (no session), 'authenticated' (any signed-in user; the handler checks
 * need-to-know, e.g. only assigned deskundigen see a dossier), or the roles allowed.
 */
export type { Access } from './procedure';

const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });
const aanvraagRef = z.object({ aanvraagId: s.id }).strict();
const stateResult = z.object({ state: s.aanvraagState });

const userInfo = z.object({
  id: z.number(),
  naam: z.string(),
  username: z.string(),
  roles: z.array(s.role),
  deskundigeId: z.number().nullable(),
});

const newUser = z
  .object({
    naam: s.requiredText('de naam'),
    username: s.username,
    password: s.password,
  })
  .strict();

const documentUpload = z
  .object({
    kind: s.documentKind,
    fileName: s.fileName,
    documentDate: s.isoDate.nullable(),
    dataBase64: s.base64Pdf,
  })
  .strict();

const documentRow = z.object({
  id: z.number(),
  kind: s.documentKind,
  fileName: z.string(),
  documentDate: z.string().nullable(),
  pageCount: z.number(),
  size: z.number(),
  tekstStatus,
  createdAt: z.string(),
  /** Versions (issue 4): 1 for an original; an old version has vervangenDoorId set. */
  versie: z.number(),
  vervangtId: z.number().nullable(),
  vervangenDoorId: z.number().nullable(),
  /** Why the secretaris replaced the previous version (on the new version). */
  vervangReden: z.string().nullable(),
  paginasGeindexeerd: z.number(),
});

export const registerInput = s.aanvraagFields
  .extend({
    documents: z.array(documentUpload).max(50),
  })
  .strict();

export const adviesFields = z
  .object({
    aanvraagId: s.id,
    conclusie: s.conclusie,
    schoolsoort: s.schoolsoort.nullable(),
    categorie: s.categorie.nullable(),
    ingangsdatum: s.isoDate.nullable(),
    einddatum: s.isoDate.nullable(),
    onderbouwing: s.optionalText(20000),
    doelen: s.optionalText(10000),
    contextAdvies: s.optionalText(10000),
    vragen: s.optionalText(10000).nullable(),
  })
  .strict();

const adviesView = adviesFields.omit({ aanvraagId: true }).extend({
  position: z.number(),
  version: z.number(),
  status: z.enum(['concept', 'ingediend']),
  signedNaam: z.string(),
  signedDiscipline: z.string(),
  signedRegistratie: z.string(),
  submittedAt: z.string().nullable(),
});

const difference = z.object({
  field: z.string(),
  label: z.string(),
  a: z.string().nullable(),
  b: z.string().nullable(),
});
const unanimityView = z.object({ unanimous: z.boolean(), differences: z.array(difference) });

export const eindadviesFields = z
  .object({
    aanvraagId: s.id,
    uitkomst: z.enum(['tlv_afgegeven', 'tlv_niet_afgegeven']),
    schoolsoort: s.schoolsoort.nullable(),
    categorie: s.categorie.nullable(),
    ingangsdatum: s.isoDate.nullable(),
    einddatum: s.isoDate.nullable(),
    motivering: s.longText('de motivering'),
    doelen: s.optionalText(10000),
  })
  .strict();

const eindadviesView = eindadviesFields.omit({ aanvraagId: true }).extend({
  version: z.number(),
  status: z.enum(['concept', 'ingediend']),
  submittedAt: z.string().nullable(),
  deskundigen: z.array(z.object({ naam: z.string(), discipline: z.string() })),
});

const workRow = z.object({
  id: z.number(),
  referentie: z.string(),
  leerlingNaam: z.string(),
  schoolNaam: z.string(),
  soort: s.aanvraagSoort,
  state: s.aanvraagState,
  ontvangenOp: z.string(),
  beslistermijnEnd: z.string(),
  daysLeft: z.number(),
});

const candidate = z.object({
  deskundigeId: z.number(),
  naam: z.string(),
  disciplines: z.array(s.discipline),
  openAssignments: z.number(),
  eligible: z.boolean(),
  blockedReasons: z.array(z.string()),
  warnings: z.array(z.string()),
});

const aanvraagDetail = z.object({
  id: z.number(),
  referentie: z.string(),
  soort: s.aanvraagSoort,
  state: s.aanvraagState,
  leerling: z.object({
    naam: z.string(),
    geboortedatum: z.string(),
    groep: z.number().nullable(),
    woonplaats: z.string(),
  }),
  school: z.object({ id: z.number(), naam: z.string(), brin: z.string(), bestuurNaam: z.string() }),
  schoolsoort: s.schoolsoort,
  categorie: s.categorie.nullable(),
  gewensteStartdatum: z.string().nullable(),
  ouders: z.object({
    naam: z.string(),
    adres: z.string(),
    postcode: z.string(),
    plaats: z.string(),
    akkoord: z.boolean(),
  }),
  begeleider: z.object({ naam: z.string().nullable(), notitie: z.string().nullable() }),
  ontvangenOp: z.string(),
  beslistermijn: z.object({ nominal: z.string(), end: z.string(), daysLeft: z.number() }),
  documents: z.array(documentRow),
  toewijzingen: z.array(
    z.object({
      position: z.number(),
      deskundigeId: z.number(),
      naam: z.string(),
      discipline: s.discipline,
    }),
  ),
  events: z.array(
    z.object({
      event: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      actorNaam: z.string().nullable(),
      at: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  actions: z.array(z.object({ event: z.string(), label: z.string() })),
  myPosition: z.number().nullable(),
  besluit: z
    .object({
      uitkomst: s.besluitUitkomst,
      volgnummer: z.string().nullable(),
      besluitdatum: z.string(),
      begindatum: z.string().nullable(),
      einddatum: z.string().nullable(),
    })
    .nullable(),
});

const brief = z.object({
  id: z.number(),
  kind: z.string(),
  label: z.string(),
  version: z.number(),
  createdAt: z.string(),
  sha256: z.string(),
});

const fileContent = z.object({ fileName: z.string(), dataBase64: z.string() });

export const contract = {
  'setup.status': p(
    'public',
    'Of de eerste start nog moet worden voltooid.',
    empty,
    z.object({ needsSetup: z.boolean() }),
  ),
  'setup.createBeheerder': p(
    'public',
    'Eerste start: maakt de functioneel beheerder (alleen zolang er geen gebruikers zijn).',
    newUser.strict(),
    ok,
  ),
  'setup.loadDemo': p(
    'public',
    'Eerste start: vult een lege database met het fictieve demo-samenwerkingsverband.',
    empty,
    z.object({
      users: z.array(z.object({ username: z.string(), roles: z.array(s.role) })),
      password: z.string(),
    }),
  ),
  'auth.login': p(
    'public',
    'Inloggen met gebruikersnaam en wachtwoord (Argon2id).',
    z
      .object({
        username: z
          .string()
          .trim()
          .toLowerCase()
          .min(1, { error: 'Vul uw gebruikersnaam in.' })
          .max(40),
        password: z.string().min(1, { error: 'Vul uw wachtwoord in.' }).max(200),
      })
      .strict(),
    z.object({ session: z.string(), user: userInfo }),
  ),
  'auth.logout': p('authenticated', 'Uitloggen.', empty, ok),
  'auth.me': p('authenticated', 'De ingelogde gebruiker.', empty, userInfo),
  'users.list': p(
    ['beheerder'],
    'Alle gebruikers met hun rollen.',
    empty,
    z.array(userInfo.extend({ active: z.boolean() })),
  ),
  'users.create': p(
    ['beheerder'],
    'Maakt een gebruiker met een of meer rollen.',
    newUser.extend({ roles: z.array(s.role).min(1, { error: 'Kies minstens één rol.' }) }).strict(),
    z.object({ id: z.number() }),
  ),
  'pool.list': p(
    ['beheerder', 'voorzitter'],
    'De pool van deskundigen.',
    empty,
    z.array(
      z.object({
        id: z.number(),
        userId: z.number(),
        naam: z.string(),
        disciplines: z.array(s.discipline),
        registratie: z.string(),
        organisatieKeys: z.array(z.string()),
        maxOpen: z.number().nullable(),
        openAssignments: z.number(),
      }),
    ),
  ),
  'pool.create': p(
    ['beheerder'],
    'Neemt een gebruiker op in de pool van deskundigen.',
    z
      .object({
        userId: s.id,
        disciplines: z.array(s.discipline).min(1, { error: 'Kies minstens één discipline.' }),
        registratie: s.requiredText('het registratienummer', 60),
        organisatieKeys: z.array(z.string().regex(/^(bestuur|school):\d+$/)).max(50),
        maxOpen: z.number().int().min(1).max(100).nullable(),
      })
      .strict(),
    z.object({ id: z.number() }),
  ),
  'scholen.list': p(
    'authenticated',
    'Schoolbesturen met hun scholen.',
    empty,
    z.array(
      z.object({
        id: z.number(),
        naam: z.string(),
        bestuursnummer: z.string(),
        scholen: z.array(
          z.object({ id: z.number(), naam: z.string(), brin: z.string(), plaats: z.string() }),
        ),
      }),
    ),
  ),
  'werk.mijn': p(
    'authenticated',
    'Mijn werk: de aanvragen die op mij wachten in de gekozen rol, per pagina.',
    z
      .object({
        role: s.role,
        search: z.string().trim().max(100).default(''),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({ total: z.number(), rows: z.array(workRow) }),
  ),
  'aanvraag.register': p(
    ['secretaris'],
    'Registreert een aanvraag met haar documenten (status ontvangen).',
    registerInput,
    z.object({ id: z.number(), referentie: z.string() }),
  ),
  'aanvraag.get': p(
    'authenticated',
    'Eén aanvraag met documenten, toewijzingen, geschiedenis en toegestane stappen.',
    aanvraagRef,
    aanvraagDetail,
  ),
  'aanvraag.addDocument': p(
    ['secretaris'],
    'Voegt een PDF toe aan het dossier.',
    documentUpload.extend({ aanvraagId: s.id }).strict(),
    z.object({ id: z.number() }),
  ),
  'aanvraag.startControle': p(
    ['secretaris'],
    'Start de volledigheidscontrole.',
    aanvraagRef,
    stateResult,
  ),
  'aanvraag.markComplete': p(
    ['secretaris'],
    'Verklaart het dossier compleet: de aanvraag gaat naar te verdelen.',
    aanvraagRef,
    stateResult,
  ),
  'aanvraag.presenteer': p(
    ['voorzitter'],
    'Legt het eindadvies voor aan de directeur-bestuurder.',
    aanvraagRef,
    stateResult,
  ),
  'aanvraag.agendeer': p(
    ['voorzitter'],
    'Zet de aanvraag op de agenda van de TLA-vergadering.',
    aanvraagRef,
    stateResult,
  ),
  'aanvraag.verzend': p(
    ['secretaris'],
    'Markeert verklaring en brieven als verzonden.',
    aanvraagRef,
    stateResult,
  ),
  'document.content': p(
    'authenticated',
    'De inhoud van een dossierdocument (alleen lezen).',
    z.object({ documentId: s.id }).strict(),
    fileContent,
  ),
  'toewijzing.candidates': p(
    ['voorzitter'],
    'Geschikte eerste en tweede deskundigen voor een aanvraag, met redenen.',
    z.object({ aanvraagId: s.id, eersteId: s.id.nullable() }).strict(),
    z.object({
      first: z.array(candidate),
      second: z.array(candidate),
      voSuggested: z.boolean(),
      begeleiderNotitie: z.string().nullable(),
    }),
  ),
  'toewijzing.assign': p(
    ['voorzitter'],
    'Wijst de eerste en tweede deskundige toe.',
    z.object({ aanvraagId: s.id, eersteId: s.id, tweedeId: s.id }).strict(),
    stateResult,
  ),
  'advies.mine': p(
    ['deskundige'],
    'Mijn eigen advies (concept of ingediend) bij een aanvraag.',
    aanvraagRef,
    z.object({ position: z.number(), advies: adviesView.nullable() }),
  ),
  'advies.saveDraft': p(
    ['deskundige'],
    'Bewaart mijn advies als concept.',
    adviesFields,
    z.object({ version: z.number() }),
  ),
  'advies.submit': p(
    ['deskundige'],
    'Ondertekent en dient mijn advies in; daarna is het onveranderlijk.',
    adviesFields,
    stateResult,
  ),
  'advies.list': p(
    'authenticated',
    'De ingediende adviezen, alleen zichtbaar als beide zijn ingediend (of voor de eigen deskundige zijn eigen).',
    aanvraagRef,
    z.object({ adviezen: z.array(adviesView), unanimity: unanimityView.nullable() }),
  ),
  'eindadvies.get': p(
    'authenticated',
    'Het eindadvies, of voor de eerste deskundige een voorstel uit beide adviezen.',
    aanvraagRef,
    z.object({
      eindadvies: eindadviesView.nullable(),
      prefill: eindadviesFields.omit({ aanvraagId: true }).nullable(),
    }),
  ),
  'eindadvies.submit': p(
    ['deskundige'],
    'De eerste deskundige ondertekent en dient het eindadvies in.',
    eindadviesFields,
    stateResult,
  ),
  'besluit.adopt': p(
    ['directeur'],
    'Stelt het eindadvies vast en ondertekent het besluit; maakt verklaring en brieven.',
    aanvraagRef,
    z.object({ state: s.aanvraagState, volgnummer: z.string().nullable() }),
  ),
  'besluit.return': p(
    ['directeur'],
    'Stuurt het eindadvies terug met vragen (naar de TLA-vergadering).',
    z.object({ aanvraagId: s.id, vragen: s.longText('uw vragen', 5000) }).strict(),
    stateResult,
  ),
  'brieven.list': p(
    'authenticated',
    'De gemaakte verklaring en brieven van een aanvraag.',
    aanvraagRef,
    z.array(brief),
  ),
  'brieven.get': p(
    ['secretaris', 'directeur', 'voorzitter'],
    'Eén gemaakte brief als PDF.',
    z.object({ briefId: s.id }).strict(),
    fileContent,
  ),
  ...termijnenProcedures,
  ...vergaderingProcedures,
  ...documentenProcedures,
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type OutputOf<N extends ProcedureName> = z.output<Contract[N]['output']>;
