import { z } from 'zod';
import {
  HERINDICATIE_MAANDEN_MAX,
  HERINDICATIE_MAANDEN_MIN,
  RADAR_STANDEN,
  TLV_STATUSSEN,
} from '../domain/tlv-register';
import { OFFICE_ROLES } from '../domain/types';
import { empty, fileContent, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Issue 12 · the TLV register and the herindicatie radar (§7, §8, §12). The office reads the
// register (need-to-know: secretaris, voorzitter, directeur; never deskundigen or the beheerder);
// the secretaris links a herindicatie and makes the letter that a TLV ends.

/** §8 (setting): how many months before its end a TLV shows on the radar. The service parses the
 *  stored value with it too. */
export const herindicatieInstelling = z
  .object({
    maanden: z
      .number({ error: 'Vul een aantal maanden in.' })
      .int({ error: 'Vul een heel aantal maanden in.' })
      .min(HERINDICATIE_MAANDEN_MIN, { error: `Minstens ${HERINDICATIE_MAANDEN_MIN} maand.` })
      .max(HERINDICATIE_MAANDEN_MAX, { error: `Hoogstens ${HERINDICATIE_MAANDEN_MAX} maanden.` }),
  })
  .strict();

export const tlvStatus = z.enum(TLV_STATUSSEN, { error: 'Kies een status.' });

export const registerFilter = z
  .object({
    status: tlvStatus.nullable(),
    schoolId: s.id.nullable(),
    schoolsoort: s.schoolsoort.nullable(),
    van: s.isoDate.nullable(),
    tot: s.isoDate.nullable(),
    zoek: z.string().trim().max(100, { error: 'Zoek op hoogstens 100 tekens.' }),
  })
  .strict()
  .refine((f) => f.van === null || f.tot === null || f.van <= f.tot, {
    error: 'De periode eindigt vóór zij begint.',
    path: ['tot'],
  });

const registerRij = z.object({
  id: z.number(),
  volgnummer: z.string(),
  aanvraagId: z.number(),
  referentie: z.string(),
  /** Null once the dossier is destroyed (§12). */
  leerlingNaam: z.string().nullable(),
  leerlingGeboortedatum: z.string().nullable(),
  schoolId: z.number(),
  schoolNaam: z.string(),
  brin: z.string(),
  vestiging: z.string(),
  schoolsoort: s.schoolsoort,
  categorie: s.categorie.nullable(),
  begindatum: z.string(),
  einddatum: z.string(),
  afgegevenOp: z.string(),
  status: tlvStatus,
  ingetrokkenOp: z.string().nullable(),
  /** Issued by the decision on a gegrond bezwaar. */
  herzienNaBezwaar: z.boolean(),
  vervangtVolgnummer: z.string().nullable(),
  vervangenDoorVolgnummer: z.string().nullable(),
  herindicatie: z.object({ aanvraagId: z.number(), referentie: z.string() }).nullable(),
});

const radarRij = registerRij.extend({
  stand: z.enum(RADAR_STANDEN),
  radarVanaf: z.string(),
  dagenTotEinde: z.number(),
  eindbriefOp: z.string().nullable(),
  /** How many herindicatie aanvragen TLA proposes for this pupil (to confirm). */
  kandidaten: z.number(),
});

const tlvRef = z.object({ tlvId: s.id }).strict();

export const tlvRegisterProcedures = {
  'instellingen.herindicatie': p(
    'authenticated',
    'De instelling van de herindicatieradar: hoeveel maanden vóór de einddatum een TLV wordt gesignaleerd (§8).',
    empty,
    z.object({ maanden: z.number() }),
  ),
  'instellingen.herindicatieZetten': p(
    ['beheerder'],
    'Wijzigt hoeveel maanden vóór de einddatum een TLV op de herindicatieradar komt (1 tot 24).',
    herindicatieInstelling,
    ok,
  ),
  'tlvRegister.lijst': p(
    OFFICE_ROLES,
    'Het TLV-register: elke afgegeven toelaatbaarheidsverklaring met volgnummer, leerling, school, schoolsoort, categorie, periode, status en het besluit; te filteren op status, school, schoolsoort, periode en zoektekst.',
    registerFilter,
    z.object({
      total: z.number(),
      perStatus: z.object({
        lopend: z.number(),
        verlopen: z.number(),
        herzien_na_bezwaar: z.number(),
        ingetrokken: z.number(),
      }),
      rows: z.array(registerRij),
      scholen: z.array(z.object({ id: z.number(), naam: z.string() })),
    }),
  ),
  'tlvRegister.radar': p(
    OFFICE_ROLES,
    'De herindicatieradar: lopende TLV’s die binnen het ingestelde aantal maanden aflopen, met de stand (brief verzonden, herindicatie gekoppeld).',
    empty,
    z.object({
      maanden: z.number(),
      rows: z.array(radarRij),
      counts: z.object({
        open: z.number(),
        brief_verzonden: z.number(),
        herindicatie_gekoppeld: z.number(),
      }),
    }),
  ),
  'tlvRegister.kandidaten': p(
    ['secretaris'],
    'De herindicatie-aanvragen die mogelijk van dezelfde leerling zijn (zelfde geboortedatum, en zelfde naam of schoolbestuur), om te bevestigen.',
    tlvRef,
    z.object({
      kandidaten: z.array(
        z.object({
          id: z.number(),
          referentie: z.string(),
          leerlingNaam: z.string(),
          leerlingGeboortedatum: z.string(),
          ontvangenOp: z.string(),
          state: s.aanvraagState,
          schoolNaam: z.string(),
          bestuurNaam: z.string(),
          naamGelijk: z.boolean(),
          bestuurGelijk: z.boolean(),
        }),
      ),
    }),
  ),
  'tlvRegister.koppelHerindicatie': p(
    ['secretaris'],
    'Bevestigt dat een herindicatie-aanvraag de aflopende TLV voortzet; de radar toont de TLV dan als afgehandeld.',
    z.object({ tlvId: s.id, aanvraagId: s.id }).strict(),
    ok,
  ),
  'tlvRegister.ontkoppelHerindicatie': p(
    ['secretaris'],
    'Maakt een koppeling met een herindicatie-aanvraag ongedaan (bij een vergissing).',
    tlvRef,
    ok,
  ),
  'tlvRegister.eindbrief': p(
    ['secretaris'],
    'Maakt de brief aan de school dat de TLV afloopt en hoe een herindicatie wordt aangevraagd, en legt vast dat hij vandaag is verzonden.',
    tlvRef,
    z.object({ briefId: z.number() }),
  ),
  'tlvRegister.eindbrieven': p(
    ['secretaris'],
    'Maakt in één keer de brieven aan de scholen voor de gekozen TLV’s op de herindicatieradar (bijvoorbeeld alle die op 31 juli aflopen): elke brief in het dossier van zijn leerling en als vandaag verzonden vastgelegd, alles of niets; terug komt één PDF om te printen. Een TLV waarvoor intussen een brief is gemaakt of een herindicatie gekoppeld, wordt overgeslagen.',
    z.object({ tlvIds: z.array(s.id).min(1).max(1000) }).strict(),
    z.object({
      gemaakt: z.number(),
      overgeslagen: z.number(),
      pdf: fileContent.extend({ fileName: z.string() }).optional(),
    }),
  ),
} as const;
