import { z } from 'zod';
import { INRICHTING_STAPPEN } from '../domain/inrichting';
import { normalisePostcode, SCHOOL_FORMAT_MESSAGES } from '../domain/scholen';
import {
  LOGO_MAX_BYTES,
  isGeldigeSwvCode,
  normaliseRegistratienummer,
  SWV_CODE_MAX,
} from '../domain/swv';
import { empty, fileContent, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// The samenwerkingsverband itself (issue 10, first start): its details on every letter, its logo,
// the directeur-bestuurder who signs, the body that advises on a bezwaar; and the checklist of
// setting TLA up.

/** A text that must be a Dutch postcode; it is stored as '1234 AB'. */
const postcode = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, { error: `Vul ${label} in.` })
    .transform((v, ctx) => {
      const n = normalisePostcode(v);
      if (n === null) {
        ctx.issues.push({
          code: 'custom',
          input: v,
          message: SCHOOL_FORMAT_MESSAGES.postcode,
        });
        return z.NEVER;
      }
      return n;
    });

/** An optional contact detail: empty is none (null); otherwise it must pass `check`. */
const optionalContact = (max: number, check: (v: string) => boolean, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Deze tekst is te lang (hoogstens ${max} tekens).` })
    .refine((v) => v === '' || check(v), { error: message })
    .transform((v) => (v === '' ? null : v));

const TELEFOON = /^\+?[0-9][0-9 ()-]{7,19}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const WEBSITE = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i;

/** The body that advises on a bezwaar (Awb 7:13): the LBT or the SWV's own commissie. */
export const bezwaaradviesFields = z
  .object({
    soort: z.enum(['lbt', 'eigen'], { error: 'Kies de commissie die over een bezwaar adviseert.' }),
    naam: s.requiredText('de naam van de commissie', 150),
    adres: s.requiredText('het adres van de commissie', 150),
    postcode: postcode('de postcode van de commissie'),
    plaats: s.requiredText('de plaats van de commissie', 100),
  })
  .strict();

/** The SWV's details as the beheerder enters them; the settings store exactly this (parsed). */
export const swvFields = z
  .object({
    naam: s.requiredText('de naam van het samenwerkingsverband', 150),
    registratienummer: z
      .string({ error: 'Vul het registratienummer in.' })
      .trim()
      .min(1, { error: 'Vul het registratienummer in.' })
      .transform((v, ctx) => {
        const n = normaliseRegistratienummer(v);
        if (n === null) {
          ctx.issues.push({
            code: 'custom',
            input: v,
            message: 'Vul het registratienummer in zoals DUO het kent, bijvoorbeeld PO 25-05.',
          });
          return z.NEVER;
        }
        return n;
      }),
    code: z
      .string({ error: 'Vul de code voor de TLV-volgnummers in.' })
      .trim()
      .min(1, { error: 'Vul de code voor de TLV-volgnummers in.' })
      .refine(isGeldigeSwvCode, {
        error: `De code bestaat uit 2 tot ${SWV_CODE_MAX} letters en cijfers zonder spaties, bijvoorbeeld PO2505.`,
      }),
    adres: s.requiredText('het adres', 150),
    postcode: postcode('de postcode'),
    plaats: s.requiredText('de plaats', 100),
    telefoon: optionalContact(
      20,
      (v) => TELEFOON.test(v),
      'Vul een telefoonnummer in met cijfers, bijvoorbeeld 0318 123 456.',
    ),
    email: optionalContact(
      120,
      (v) => EMAIL.test(v),
      'Vul een e-mailadres in, bijvoorbeeld info@swv.nl.',
    ),
    website: optionalContact(
      120,
      (v) => WEBSITE.test(v),
      'Vul een websiteadres in, bijvoorbeeld www.swv.nl.',
    ),
    /** The directeur-bestuurder who signs the letters; none yet while there are no users. */
    directeurUserId: s.id.nullable(),
    bezwaaradvies: bezwaaradviesFields,
  })
  .strict();

/** The logo as sent: a PNG (the screen draws an SVG to a PNG first), base64. */
const logoPng = z
  .string({ error: 'Kies een bestand.' })
  .min(1, { error: 'Het bestand is leeg.' })
  .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4, {
    error: 'Het logo is te groot; het mag hoogstens 1 MB zijn.',
  })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Het bestand kon niet worden gelezen.' });

const swvOutput = z.object({
  naam: z.string(),
  registratienummer: z.string(),
  code: z.string(),
  adres: z.string(),
  postcode: z.string(),
  plaats: z.string(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  directeurUserId: z.number().nullable(),
  bezwaaradvies: z.object({
    soort: z.enum(['lbt', 'eigen']),
    naam: z.string(),
    adres: z.string(),
    postcode: z.string(),
    plaats: z.string(),
  }),
});

export const swvProcedures = {
  'swv.get': p(
    'authenticated',
    'De gegevens van het samenwerkingsverband (briefhoofd, ondertekening, bezwaaradviescommissie) en het logo.',
    empty,
    z.object({
      /** False until the beheerder saved the details: no letter and no registration until then. */
      ingesteld: z.boolean(),
      /** A stored value could not be read; it is not used (fill the details in again). */
      beschadigd: z.boolean(),
      gegevens: swvOutput.nullable(),
      /** The directeur-bestuurder who signs, and whether they still can (active, with the role). */
      directeur: z.object({ userId: z.number(), naam: z.string(), actief: z.boolean() }).nullable(),
      logo: z.object({ pngBase64: z.string(), breedte: z.number(), hoogte: z.number() }).nullable(),
      /** TLV-volgnummers already carry the code: it can no longer change. */
      afgegevenVolgnummers: z.number(),
    }),
  ),
  'swv.zetten': p(
    ['beheerder'],
    'Slaat de gegevens van het samenwerkingsverband op (naam, registratienummer, code, adres, contact, ondertekening, bezwaaradviescommissie).',
    swvFields,
    ok,
  ),
  'swv.logoZetten': p(
    ['beheerder'],
    'Slaat het logo op (PNG, hoogstens 1 MB); het staat in het briefhoofd van elke brief.',
    z.object({ pngBase64: logoPng }).strict(),
    z.object({ breedte: z.number(), hoogte: z.number() }),
  ),
  'swv.logoVerwijderen': p(['beheerder'], 'Verwijdert het logo uit het briefhoofd.', empty, ok),
  'swv.voorbeeldbrief': p(
    ['beheerder'],
    'Een voorbeeldbrief (fictieve leerling) met het briefhoofd, de ondertekening en de bezwaarclausule zoals ze zijn opgeslagen; niet bewaard.',
    empty,
    fileContent,
  ),
  'inrichting.status': p(
    ['beheerder'],
    'De stappen van het inrichten van TLA (gegevens, scholen, gebruikers, pool, briefteksten) en of ze klaar zijn.',
    empty,
    z.object({
      klaar: z.boolean(),
      stappen: z.array(
        z.object({
          stap: z.enum(INRICHTING_STAPPEN),
          titel: z.string(),
          status: z.enum(['klaar', 'open', 'aandacht', 'optioneel']),
          toelichting: z.string(),
          verplicht: z.boolean(),
        }),
      ),
    }),
  ),
} as const;
