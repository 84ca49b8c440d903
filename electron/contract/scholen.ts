import { z } from 'zod';
import { IMPORT_UITKOMSTEN } from '../domain/scholen-import';
import {
  isBestuursnummer,
  isBrin,
  isVestiging,
  normalisePostcode,
  SCHOOL_FORMAT_MESSAGES,
} from '../domain/scholen';
import { created, empty, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// School boards and schools (issue 10): the list every picker uses, adding, editing and ending them
// (never deleting: aanvragen refer to them), and the import of DUO's open data with its preview.

const optional = (max: number) =>
  s
    .optionalText(max)
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));

/** A Dutch postcode, written as 1234 AB; empty is no postcode. */
const optionalPostcode = z
  .string()
  .trim()
  .nullable()
  .transform((v, ctx) => {
    if (v === null || v === '') return null;
    const postcode = normalisePostcode(v);
    if (postcode === null) {
      ctx.addIssue({ code: 'custom', message: SCHOOL_FORMAT_MESSAGES.postcode });
      return z.NEVER;
    }
    return postcode;
  });

const bestuursnummer = z
  .string({ error: 'Vul het bestuursnummer in.' })
  .trim()
  .min(1, { error: 'Vul het bestuursnummer in.' })
  .refine(isBestuursnummer, { error: SCHOOL_FORMAT_MESSAGES.bestuursnummer });

const brin = z
  .string({ error: 'Vul het BRIN-nummer in.' })
  .trim()
  .toUpperCase()
  .min(1, { error: 'Vul het BRIN-nummer in.' })
  .refine(isBrin, { error: SCHOOL_FORMAT_MESSAGES.brin });

const vestiging = z
  .string({ error: 'Vul het vestigingsnummer in.' })
  .trim()
  .refine(isVestiging, { error: SCHOOL_FORMAT_MESSAGES.vestiging });

const bestuurId = z
  .number({ error: 'Kies een bestuur.' })
  .int()
  .positive({ error: 'Kies een bestuur.' });

/** What the beheerder records of a school board. */
export const bestuurFields = z.object({
  naam: s.requiredText('de naam van het bestuur'),
  bestuursnummer,
  adres: optional(200),
  postcode: optionalPostcode,
  plaats: optional(100),
});

/** What the beheerder records of a school. */
export const schoolFields = z.object({
  bestuurId,
  naam: s.requiredText('de naam van de school'),
  brin,
  vestiging,
  adres: optional(200),
  postcode: optionalPostcode,
  plaats: s.requiredText('de plaats', 100),
  gemeente: s.requiredText('de gemeente', 100),
});

/** "Beëindigd per": from this day on it is no longer offered; null undoes the end. */
const einde = s.isoDate.nullable();

/** The form that ends a board or school: the date is required there (undoing is its own button). */
export const eindeFields = z.object({ eindDatum: s.isoDate });

/** 10 MB: DUO's national file of all school locations is about 3 MB as CSV. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const importBestand = z
  .object({
    fileName: s.fileName,
    dataBase64: z
      .string({ error: 'Kies een bestand.' })
      .min(1, { error: 'Het bestand is leeg.' })
      .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, {
        error: 'Het bestand is te groot (hoogstens 10 MB).',
      })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Het bestand kon niet worden gelezen.' }),
    /** Only new schools in these gemeenten; null: all rows. */
    gemeenten: z.array(z.string().trim().min(1).max(100)).max(500).nullable(),
  })
  .strict();

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'Maak eerst een voorbeeld.' });

const schoolRow = z.object({
  id: z.number(),
  naam: z.string(),
  brin: z.string(),
  vestiging: z.string(),
  adres: z.string().nullable(),
  postcode: z.string().nullable(),
  plaats: z.string(),
  gemeente: z.string().nullable(),
  eindDatum: z.string().nullable(),
  /** May be chosen for a new aanvraag or a new choice: neither it nor its board has ended. */
  actief: z.boolean(),
});

const importRegel = z.object({
  regel: z.number(),
  soort: z.enum(['school', 'bestuur']),
  uitkomst: z.enum(IMPORT_UITKOMSTEN),
  code: z.string(),
  naam: z.string(),
  plaats: z.string(),
  bestuursnummer: z.string(),
  wijzigingen: z.array(
    z.object({ veld: z.string(), oud: z.string().nullable(), nieuw: z.string() }),
  ),
  redenen: z.array(z.string()),
  opmerkingen: z.array(z.string()),
});

const importTotalen = z.object({
  toevoegen: z.number(),
  wijzigen: z.number(),
  ongewijzigd: z.number(),
  geweigerd: z.number(),
  overgeslagen: z.number(),
});

export const scholenProcedures = {
  'scholen.list': p(
    'authenticated',
    'Schoolbesturen met hun scholen, ook de beëindigde (met hun einddatum; actief zegt of ze nog gekozen kunnen worden).',
    empty,
    z.array(
      z.object({
        id: z.number(),
        naam: z.string(),
        bestuursnummer: z.string(),
        adres: z.string().nullable(),
        postcode: z.string().nullable(),
        plaats: z.string().nullable(),
        eindDatum: z.string().nullable(),
        actief: z.boolean(),
        scholen: z.array(schoolRow),
      }),
    ),
  ),
  'bestuur.toevoegen': p(
    ['beheerder'],
    'Voegt een schoolbestuur (bevoegd gezag) toe.',
    bestuurFields.strict(),
    created,
  ),
  'bestuur.wijzig': p(
    ['beheerder'],
    'Wijzigt de gegevens van een schoolbestuur.',
    bestuurFields.extend({ bestuurId: s.id }).strict(),
    ok,
  ),
  'bestuur.beeindig': p(
    ['beheerder'],
    'Beëindigt een schoolbestuur per een datum (zonder datum: maakt de beëindiging ongedaan). Het blijft bewaard voor de aanvragen die het noemen.',
    z.object({ bestuurId: s.id, eindDatum: einde }).strict(),
    ok,
  ),
  'school.toevoegen': p(
    ['beheerder'],
    'Voegt een school toe aan een bestuur.',
    schoolFields.strict(),
    created,
  ),
  'school.wijzig': p(
    ['beheerder'],
    'Wijzigt de gegevens van een school (ook het bestuur waaronder zij valt).',
    schoolFields.extend({ schoolId: s.id }).strict(),
    ok,
  ),
  'school.beeindig': p(
    ['beheerder'],
    'Beëindigt een school per een datum (zonder datum: maakt de beëindiging ongedaan). Zij blijft bewaard voor de aanvragen die haar noemen.',
    z.object({ schoolId: s.id, eindDatum: einde }).strict(),
    ok,
  ),
  'scholen.importVoorbeeld': p(
    ['beheerder'],
    'Leest een bestand van DUO (scholen of schoolbesturen, CSV of XLSX) en zegt per regel wat een import zou doen: toevoegen, wijzigen, ongewijzigd of geweigerd (met de reden). Slaat niets op.',
    importBestand,
    z.object({
      bestand: z.object({
        soort: z.enum(['scholen', 'besturen']),
        indeling: z.enum(['csv', 'xlsx']),
        rijen: z.number(),
      }),
      sha256: z.string(),
      sleutel: z.string(),
      totalen: importTotalen,
      gemeenten: z.array(z.object({ naam: z.string(), aantal: z.number() })),
      regels: z.array(importRegel),
    }),
  ),
  'scholen.importeer': p(
    ['beheerder'],
    'Voert precies uit wat het voorbeeld van hetzelfde bestand liet zien, in één keer; is het bestand of de scholenlijst intussen veranderd, dan gebeurt niets.',
    importBestand.extend({ sha256, sleutel: sha256 }).strict(),
    z.object({ toegevoegd: z.number(), gewijzigd: z.number(), geweigerd: z.number() }),
  ),
} as const;
