import { z } from 'zod';
import { VERGADERING_ROLLEN } from '../domain/betrokkenheid';
import { aanvraagRef, difference, empty, fileContent, stateResult } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Vergadering: the TLA-vergadering (tlv-procedure.md §6): the year plan, putting an aanvraag on the
// agenda, the meeting itself with both advices side by side, its outcomes and its minutes.

export const uitkomstInput = z.discriminatedUnion('soort', [
  z
    .object({
      soort: z.literal('advies'),
      conclusie: z.enum(['toelaatbaar', 'niet_toelaatbaar'], {
        error: 'Kies toelaatbaar of niet toelaatbaar.',
      }),
      schoolsoort: s.schoolsoort.nullable(),
      categorie: s.categorie.nullable(),
      ingangsdatum: s.isoDate.nullable(),
      einddatum: s.isoDate.nullable(),
      motivering: s.longText('de motivering', 20000),
    })
    .strict(),
  z
    .object({ soort: z.literal('aanhouden'), vragen: s.longText('de vragen aan de school', 10000) })
    .strict(),
]);

const adviesKort = z.object({
  position: z.number(),
  naam: z.string(),
  discipline: z.string(),
  conclusie: s.conclusie,
  schoolsoort: s.schoolsoort.nullable(),
  categorie: s.categorie.nullable(),
  ingangsdatum: z.string().nullable(),
  einddatum: z.string().nullable(),
  onderbouwing: z.string(),
  vragen: z.string().nullable(),
});

const agendaPunt = z.object({
  aanvraagId: z.number(),
  referentie: z.string(),
  leerlingNaam: z.string(),
  reden: z.string(),
  state: s.aanvraagState,
  /** §6: involved on the school's side (recorded with the aanvraag); rol is how, as a label. */
  betrokkenen: z.array(z.object({ userId: z.number(), naam: z.string(), rol: z.string() })),
  /** Of those present: who takes part in this item (the advising deskundigen too), who leaves it. */
  deelnemers: z.array(z.object({ userId: z.number(), naam: z.string() })),
  nietDeelnemers: z.array(z.object({ userId: z.number(), naam: z.string() })),
  adviezen: z.array(adviesKort),
  verschillen: z.array(difference),
  vragenDirecteur: z.string().nullable(),
  /** §6: back with the school's answers: the questions of the meeting that held it, and its date. */
  vragenVergadering: z.object({ datum: z.string(), vragen: z.string() }).nullable(),
  uitkomst: uitkomstInput.nullable(),
});

const vergaderingRef = z.object({ vergaderingId: s.id }).strict();
const vergaderingStatus = z.enum(['gepland', 'gehouden']);

const vergaderingView = z.object({
  id: z.number(),
  datum: z.string(),
  status: vergaderingStatus,
  agenda: z.array(agendaPunt),
  aanwezigen: z.array(z.object({ userId: z.number(), naam: z.string(), rol: z.string() })),
  kandidaten: z.array(z.object({ userId: z.number(), naam: z.string(), rol: z.string() })),
  waarschuwingen: z.array(z.string()),
  notulen: z.boolean(),
  /** Issue 13: the versie of the meeting's record; setting the attendees and closing send it. */
  versie: z.number(),
});

/**
 * Issue 13: an item as a member who follows the meeting sees it: in full where they take part (the
 * school's betrokkenen are the voorzitter's to see), or only that it exists where they are betrokken.
 */
const lidAgendaPunt = z.discriminatedUnion('deelname', [
  agendaPunt.omit({ betrokkenen: true }).extend({ deelname: z.literal(true) }),
  z.object({ deelname: z.literal(false) }),
]);

const volgView = z.object({
  id: z.number(),
  datum: z.string(),
  status: vergaderingStatus,
  agenda: z.array(lidAgendaPunt),
  aanwezigen: z.array(z.object({ userId: z.number(), naam: z.string(), rol: z.string() })),
  versie: z.number(),
});

export const vergaderingProcedures = {
  'aanvraag.agendeer': p(
    ['voorzitter'],
    'Zet de aanvraag op de agenda van de TLA-vergadering.',
    aanvraagRef,
    stateResult,
  ),
  'vergadering.list': p(
    ['voorzitter', 'secretaris', 'directeur', 'beheerder'],
    'Het jaarplan van TLA-vergaderingen met het aantal agendapunten.',
    empty,
    z.array(
      z.object({
        id: z.number(),
        datum: z.string(),
        status: vergaderingStatus,
        agendaCount: z.number(),
      }),
    ),
  ),
  'vergadering.plan': p(
    ['voorzitter', 'beheerder'],
    'Plant vergaderdata (jaarplan).',
    z
      .object({ datums: z.array(s.isoDate).min(1, { error: 'Kies minstens één datum.' }).max(60) })
      .strict(),
    z.object({ created: z.number() }),
  ),
  'vergadering.get': p(
    ['voorzitter'],
    'De vergadering in vergadermodus: de agenda (automatisch gevuld), beide adviezen naast elkaar, aanwezigen en waarschuwingen.',
    vergaderingRef,
    vergaderingView,
  ),
  'vergadering.aanwezigen': p(
    ['voorzitter'],
    'Legt vast wie aanwezig is; wie bij een aanvraag betrokken is, neemt aan dat punt niet deel.',
    z
      .object({
        vergaderingId: s.id,
        userIds: z.array(s.id).max(50),
        /** Issue 13: the versie the caller read; a conflict when someone changed the list since. */
        versie: s.versie.optional(),
      })
      .strict(),
    vergaderingView,
  ),
  'vergadering.uitkomst': p(
    ['voorzitter'],
    'Legt de uitkomst van een agendapunt vast: een advies, of aanhouden met vragen aan de school.',
    z.object({ vergaderingId: s.id, aanvraagId: s.id, uitkomst: uitkomstInput }).strict(),
    vergaderingView,
  ),
  'vergadering.sluit': p(
    ['voorzitter'],
    'Sluit de vergadering en maakt het verslag (PDF).',
    z.object({ vergaderingId: s.id, versie: s.versie.optional() }).strict(),
    vergaderingView,
  ),
  'vergadering.notulen': p(
    ['voorzitter', 'secretaris', 'directeur'],
    'Het verslag van een gehouden vergadering als PDF.',
    vergaderingRef,
    fileContent,
  ),
  'vergadering.volg': p(
    VERGADERING_ROLLEN,
    'De vergadering voor wie op de presentielijst staat, alleen lezen, zolang zij open is: de agenda, per punt waaraan u deelneemt beide adviezen naast elkaar en de uitkomst; bij een punt waarbij u betrokken bent alleen dat het er is.',
    vergaderingRef,
    volgView,
  ),
  'vergadering.mijn': p(
    VERGADERING_ROLLEN,
    'De open vergaderingen waar u op de presentielijst staat.',
    empty,
    z.array(z.object({ id: z.number(), datum: z.string() })),
  ),
} as const;
