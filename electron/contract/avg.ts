import { z } from 'zod';
import {
  AVG_STATUSSEN,
  AVG_UITKOMSTEN,
  AVG_VERZOEK_SOORTEN,
  AVG_VERZOEKERS,
} from '../domain/avg-verzoeken';
import { OFFICE_ROLES } from '../domain/types';
import { p } from './procedure';
import * as s from './schemas';

// Issue 11 · the rights of ouders (AVG art. 12, 15–17; rulebook §12): the register of requests for
// inzage, correctie and verwijdering, their term and letters, the inzage export, corrections and
// the assessment of a request to delete. The secretaris handles them; the voorzitter and the
// directeur read the register; deskundigen and the beheerder never see it.

const soort = z.enum(AVG_VERZOEK_SOORTEN, { error: 'Kies het soort verzoek.' });
const verzoeker = z.enum(AVG_VERZOEKERS, { error: 'Kies wie het verzoek doet.' });
const status = z.enum(AVG_STATUSSEN);
const uitkomst = z.enum(AVG_UITKOMSTEN, { error: 'Kies de uitkomst.' });
const stoplicht = z.enum(['groen', 'oranje', 'rood', 'opgeschort']);
const verzoekRef = z.object({ verzoekId: s.id }).strict();

const lijstRij = z.object({
  id: z.number(),
  kenmerk: z.string(),
  soort,
  verzoekerNaam: z.string(),
  leerlingNaam: z.string(),
  ontvangenOp: z.string(),
  status,
  /** The end of the term (one month, or three once extended), moved past weekend and feestdagen. */
  uiterlijk: z.string(),
  daysLeft: z.number(),
  /** Null once answered. */
  stoplicht: stoplicht.nullable(),
  uitkomst: uitkomst.nullable(),
  afgehandeldOp: z.string().nullable(),
});

const gekoppeld = z.object({
  aanvraagId: z.number(),
  referentie: z.string(),
  leerlingNaam: z.string(),
  leerlingGeboortedatum: z.string(),
  state: s.aanvraagState,
  ontvangenOp: z.string(),
  /** Verwijdering only: may it be deleted now, and why (domain/avg-verzoeken.ts). */
  verwijderOordeel: z.object({ mag: z.boolean(), reden: z.string() }).nullable(),
});

const verzoekDetail = lijstRij.extend({
  verzoeker,
  verzoekerAdres: z.string(),
  verzoekerPostcode: z.string(),
  verzoekerPlaats: z.string(),
  leerlingGeboortedatum: z.string(),
  omschrijving: z.string().nullable(),
  eersteTermijn: z.string(),
  ontvangstbevestigdOp: z.string().nullable(),
  verlengdOp: z.string().nullable(),
  verlengingReden: z.string().nullable(),
  /** The last day the extension may be sent (the end of the first month). */
  verlengenKanTot: z.string(),
  toelichting: z.string().nullable(),
  aanvragen: z.array(gekoppeld),
  /** Aanvragen with the pupil's date of birth: the SLL confirms which are this pupil's. */
  kandidaten: z.array(
    gekoppeld.omit({ verwijderOordeel: true }).extend({ naamGelijk: z.boolean() }),
  ),
  toegestaneUitkomsten: z.array(uitkomst),
  correcties: z.array(
    z.object({
      referentie: z.string(),
      veld: z.string(),
      oud: z.string().nullable(),
      nieuw: z.string().nullable(),
      reden: z.string(),
      at: z.string(),
    }),
  ),
  brieven: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(['ontvangstbevestiging', 'verlenging', 'antwoord']),
      label: z.string(),
      datum: z.string(),
      version: z.number(),
    }),
  ),
});

/** Art. 16: the pupil's and the ouders' data a correction may change. */
export const correctieVelden = s.aanvraagFields
  .pick({
    leerlingNaam: true,
    leerlingGeboortedatum: true,
    woonplaats: true,
    gemeente: true,
    oudersNaam: true,
    oudersAdres: true,
    oudersPostcode: true,
    oudersPlaats: true,
  })
  .partial()
  .strict();

export const avgRegistreerInput = z
  .object({
    soort,
    verzoeker,
    verzoekerNaam: s.requiredText('de naam van de verzoeker'),
    verzoekerAdres: s.requiredText('het adres van de verzoeker'),
    verzoekerPostcode: s.requiredText('de postcode'),
    verzoekerPlaats: s.requiredText('de plaats'),
    leerlingNaam: s.requiredText('de naam van de leerling'),
    leerlingGeboortedatum: s.isoDate,
    ontvangenOp: s.isoDate,
    omschrijving: s.optionalText(2000).nullable(),
  })
  .strict();

export const avgProcedures = {
  'avg.list': p(
    OFFICE_ROLES,
    'Het register van verzoeken van ouders (inzage, correctie, verwijdering) met hun termijn; open=true: alleen de open verzoeken, wie het eerst afloopt bovenaan.',
    z.object({ open: z.boolean() }).strict(),
    z.object({ rows: z.array(lijstRij) }),
  ),
  'avg.get': p(
    OFFICE_ROLES,
    'Eén verzoek met zijn termijn, de gekoppelde aanvragen, de mogelijke aanvragen van de leerling, correcties en brieven.',
    verzoekRef,
    verzoekDetail,
  ),
  'avg.registreer': p(
    ['secretaris'],
    'Registreert een verzoek van ouders, de leerling (16+) of een gemachtigde (AVG art. 15–17); de termijn van een maand begint.',
    avgRegistreerInput,
    z.object({ id: z.number(), kenmerk: z.string() }),
  ),
  'avg.koppel': p(
    ['secretaris'],
    'Legt vast welke aanvragen bij de leerling van het verzoek horen (bevestigd door de secretaresse).',
    z.object({ verzoekId: s.id, aanvraagIds: z.array(s.id).max(50) }).strict(),
    z.object({ status }),
  ),
  'avg.ontvangstbevestiging': p(
    ['secretaris'],
    'Maakt de ontvangstbevestiging aan de verzoeker met de uiterste datum van het antwoord.',
    verzoekRef,
    z.object({ briefId: z.number(), status }),
  ),
  'avg.verleng': p(
    ['secretaris'],
    'Verlengt de termijn met twee maanden (AVG art. 12 lid 3), binnen de eerste maand, met de reden; maakt de brief.',
    z
      .object({ verzoekId: s.id, reden: s.requiredText('de reden van de verlenging', 2000) })
      .strict(),
    z.object({ briefId: z.number(), uiterlijk: z.string() }),
  ),
  'avg.corrigeer': p(
    ['secretaris'],
    'Corrigeert gegevens van de leerling of de ouders in een gekoppelde aanvraag op een correctieverzoek (art. 16); elke wijziging blijft zichtbaar in de geschiedenis.',
    z
      .object({
        verzoekId: s.id,
        aanvraagId: s.id,
        changes: correctieVelden,
        reden: s.requiredText('de reden van de correctie', 500),
      })
      .strict(),
    z.object({ changed: z.number() }),
  ),
  'avg.afhandel': p(
    ['secretaris'],
    'Handelt het verzoek af: toegewezen, deels of afgewezen (met reden), en maakt de antwoordbrief. Een toegewezen verwijdering gaat naar de vernietigingslijst.',
    z
      .object({
        verzoekId: s.id,
        uitkomst,
        toelichting: s.optionalText(4000),
      })
      .strict(),
    z.object({ briefId: z.number(), status }),
  ),
  'avg.brief': p(
    OFFICE_ROLES,
    'Eén brief van een verzoek (gelogd).',
    z.object({ briefId: s.id }).strict(),
    z.object({ fileName: z.string(), dataBase64: z.string() }),
  ),
  'avg.inzage': p(
    OFFICE_ROLES,
    'Het inzage-overzicht (art. 15): alles wat TLA over de leerling van het verzoek bewaart als één PDF, met de documenten en brieven als bijlagen; persoonlijke notities van deskundigen horen er niet bij. Gemaakt in het geheugen, niet opgeslagen, gelogd.',
    verzoekRef,
    z.object({ fileName: z.string(), dataBase64: z.string(), paginas: z.number() }),
  ),
  'avg.afdrukken': p(
    OFFICE_ROLES,
    'Legt vast dat het inzage-overzicht (briefId null) of een brief van het verzoek wordt afgedrukt, vóór het afdrukken.',
    z.object({ verzoekId: s.id, briefId: s.id.nullable() }).strict(),
    z.object({ ok: z.literal(true) }),
  ),
} as const;
