import { z } from 'zod';
import {
  AANVRAAG_SOORTEN,
  AANVRAAG_STATES,
  ADVIES_STATUSSEN,
  BESLUIT_UITKOMSTEN,
  CATEGORIEEN,
  CONCLUSIES,
  DISCIPLINES,
  DOCUMENT_KINDS,
  ROLES,
  SCHOOLSOORTEN,
} from '../domain/types';
import { TIMELINE_EVENTS, WORKFLOW_EVENTS } from '../domain/workflow-types';

// Building blocks of the contract. Messages are Dutch: they reach the user as they are.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written as JJJJ-MM-DD. */
export const isoDate = z
  .string({ error: 'Vul een datum in.' })
  .min(1, { error: 'Vul een datum in.' })
  .refine((s) => ISO_DATE.test(s) && isRealDate(s), {
    error: 'Vul een geldige datum in.',
  });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const id = z.number({ error: 'Ongeldig kenmerk.' }).int().positive();
/** Issue 13 · many at once: the versie of shared data a caller read and sends back with a change. */
export const versie = z.number({ error: 'Ongeldige versie.' }).int().min(0);
export const role = z.enum(ROLES, { error: 'Onbekende rol.' });
export type RoleName = z.infer<typeof role>;
export const discipline = z.enum(DISCIPLINES, { error: 'Onbekende discipline.' });
export const aanvraagSoort = z.enum(AANVRAAG_SOORTEN, { error: 'Kies de soort aanvraag.' });
export const aanvraagState = z.enum(AANVRAAG_STATES);
export const schoolsoort = z.enum(SCHOOLSOORTEN, { error: 'Kies SBO of SO.' });
export const categorie = z.enum(CATEGORIEEN, { error: 'Kies laag, midden of hoog.' });
export const conclusie = z.enum(CONCLUSIES, { error: 'Kies een conclusie.' });
export const documentKind = z.enum(DOCUMENT_KINDS, { error: 'Kies het soort document.' });
export const besluitUitkomst = z.enum(BESLUIT_UITKOMSTEN);
/** The outcome an eindadvies or a revised decision (bezwaar) proposes: a TLV or none. */
export const tlvUitkomst = z.enum(['tlv_afgegeven', 'tlv_niet_afgegeven']);
/** An advice or eindadvies: a draft until it is submitted. */
export const adviesStatus = z.enum(ADVIES_STATUSSEN);
/** A step of the workflow (§10): the actions a screen may offer. */
export const workflowEvent = z.enum(WORKFLOW_EVENTS);
/**
 * What the timeline records: the registration (not a transition: it has no from-state) and every
 * step of the workflow.
 */
export const timelineEvent = z.enum(TIMELINE_EVENTS);

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, { error: `Vul ${label} in.` })
    .max(max, { error: `${capitalise(label)} is te lang (hoogstens ${max} tekens).` });

export const longText = (label: string, max = 20000) => requiredText(label, max);

export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { error: `Deze tekst is te lang (hoogstens ${max} tekens).` });

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Passwords: at least 12 characters (quality goal S3). */
export const password = z
  .string({ error: 'Vul een wachtwoord in.' })
  .min(12, { error: 'Een wachtwoord heeft minstens 12 tekens.' })
  .max(200, { error: 'Dit wachtwoord is te lang.' });

export const username = z
  .string({ error: 'Vul een gebruikersnaam in.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, {
    error: 'Een gebruikersnaam heeft 3 tot 40 tekens: letters, cijfers, punt, streepje.',
  });

/** 100 MB as base64 (setting later, issue 4). */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;
export const base64Pdf = z
  .string({ error: 'Kies een bestand.' })
  .min(1, { error: 'Het bestand is leeg.' })
  .max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 4, { error: 'Het bestand is te groot.' })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Het bestand kon niet worden gelezen.' });

export const fileName = z
  .string({ error: 'Het bestand heeft geen naam.' })
  .trim()
  .min(1, { error: 'Het bestand heeft geen naam.' })
  .max(200, { error: 'De bestandsnaam is te lang.' });

/** §3.1: what an aanvraag records (registration, and the fields an edit may change). */
export const aanvraagFields = z.object({
  soort: aanvraagSoort,
  leerlingNaam: requiredText('de naam van de leerling'),
  leerlingGeboortedatum: isoDate,
  groep: z
    .number()
    .int()
    .min(1, { error: 'Groep is 1 tot en met 8.' })
    .max(8, { error: 'Groep is 1 tot en met 8.' })
    .nullable(),
  woonplaats: requiredText('de woonplaats'),
  /** The pupil's gemeente (woongemeente), for the reports per gemeente. */
  gemeente: requiredText('de gemeente van de leerling', 100),
  schoolId: id,
  schoolsoort,
  categorie: categorie.nullable(),
  gewensteStartdatum: isoDate.nullable(),
  oudersNaam: requiredText('de naam van de ouder(s)'),
  oudersAdres: requiredText('het adres van de ouder(s)'),
  oudersPostcode: requiredText('de postcode'),
  oudersPlaats: requiredText('de plaats'),
  oudersAkkoord: z.boolean(),
  begeleiderNaam: optionalText(200).nullable(),
  begeleiderNotitie: optionalText(2000).nullable(),
  ontvangenOp: isoDate,
});
