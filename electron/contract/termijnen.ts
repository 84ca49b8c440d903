import { z } from 'zod';
import { OPSCHORTING_SOORTEN } from '../domain/opschorting';
import { OFFICE_ROLES } from '../domain/types';
import { aanvraagRef, ok, stateResult } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Termijnen: the beslistermijn and what moves it (aanvulling and opschorting, Awb 4:15; verdaging,
// Awb 4:14), the ingebrekestelling and dwangsom (Awb 4:17), and the termijnen dashboard
// (tlv-procedure.md §3, §9).

export const OPSCHORTING_GRONDEN_INPUT = ['awb_4_15_2a', 'awb_4_15_2b', 'awb_4_15_2c'] as const;
const trafficLight = z.enum(['groen', 'oranje', 'rood', 'opgeschort']);

const opschortingView = z.object({
  id: z.number(),
  grond: z.string(),
  grondLabel: z.string(),
  soort: z.enum(OPSCHORTING_SOORTEN),
  start: z.string(),
  termWerkdagen: z.number().nullable(),
  termEnd: z.string().nullable(),
  resumedOn: z.string().nullable(),
  suspendedDays: z.number(),
  running: z.boolean(),
  toelichting: z.string(),
  briefId: z.number().nullable(),
});

const timelineItem = z.object({ date: z.string(), kind: z.string(), label: z.string() });

const termijnView = z.object({
  ontvangenOp: z.string(),
  nominal: z.string(),
  end: z.string(),
  suspendedDays: z.number(),
  suspended: z.boolean(),
  daysLeft: z.number(),
  trafficLight,
  warnFrom: z.string(),
  verdagingNodig: z.boolean(),
  verdaging: z.object({ notifiedOn: z.string(), newEnd: z.string(), reden: z.string() }).nullable(),
  besluitOp: z.string().nullable(),
  doorlooptijd: z.object({ gross: z.number(), net: z.number() }).nullable(),
  dwangsom: z
    .object({
      ingebrekestellingOn: z.string(),
      startsOn: z.string(),
      days: z.number(),
      amount: z.number(),
    })
    .nullable(),
  aanvullingTermijnVerstreken: z.boolean(),
  /** §3.4: questions after an advice or a TLA-vergadering go out within 2 werkdagen (tracked). */
  vragenVerzenden: z
    .object({
      sinds: z.string(),
      uiterlijk: z.string(),
      verzonden: z.boolean(),
      teLaat: z.boolean(),
    })
    .nullable(),
  opschortingen: z.array(opschortingView),
  timeline: z.array(timelineItem),
});

const dashboardRow = z.object({
  id: z.number(),
  referentie: z.string(),
  leerlingNaam: z.string(),
  state: s.aanvraagState,
  waitsOn: s.role.nullable(),
  end: z.string(),
  daysLeft: z.number(),
  trafficLight,
  verdagingNodig: z.boolean(),
  suspended: z.boolean(),
});

const periodFigure = z.object({
  label: z.string(),
  decided: z.number(),
  behaaldPercentage: z.number().nullable(),
  medianGross: z.number().nullable(),
  medianNet: z.number().nullable(),
});

export const termijnenProcedures = {
  'aanvulling.vraag': p(
    ['secretaris'],
    'Vraagt de school om aanvulling met een termijn in werkdagen (Awb 4:5) en schort de beslistermijn op (Awb 4:15 lid 1a); maakt de brief.',
    z
      .object({
        aanvraagId: s.id,
        verzoekOp: s.isoDate,
        termijnWerkdagen: z
          .number({ error: 'Vul een termijn in werkdagen in.' })
          .int()
          .min(1, { error: 'Een termijn is minstens 1 werkdag.' })
          .max(60, { error: 'Een termijn is hoogstens 60 werkdagen.' }),
        ontbrekend: z
          .array(s.requiredText('wat ontbreekt', 500))
          .min(1, { error: 'Noem minstens één ontbrekend stuk of vraag.' })
          .max(30),
      })
      .strict(),
    z.object({ state: s.aanvraagState, briefId: z.number() }),
  ),
  'aanvulling.ontvangen': p(
    ['secretaris'],
    'Registreert dat de aanvulling is ontvangen; de beslistermijn loopt weer vanaf die dag.',
    z.object({ aanvraagId: s.id, ontvangenOp: s.isoDate }).strict(),
    stateResult,
  ),
  'opschorting.registreer': p(
    ['secretaris'],
    'Registreert een andere opschorting met haar wettelijke grond (Awb 4:15 lid 2a/2b/2c).',
    z
      .object({
        aanvraagId: s.id,
        grond: z.enum(OPSCHORTING_GRONDEN_INPUT, { error: 'Kies de wettelijke grond.' }),
        start: s.isoDate,
        eind: s.isoDate.nullable(),
        toelichting: s.requiredText('een toelichting', 2000),
      })
      .strict(),
    z.object({ id: z.number(), briefId: z.number() }),
  ),
  'opschorting.beeindig': p(
    ['secretaris'],
    'Beëindigt een lopende opschorting: de termijn loopt weer vanaf de opgegeven dag.',
    z.object({ opschortingId: s.id, hervatOp: s.isoDate }).strict(),
    ok,
  ),
  'verdaging.registreer': p(
    ['secretaris'],
    'Registreert de verdaging van de beslistermijn (Awb 4:14 lid 3) met de nieuwe einddatum; maakt de brief.',
    z
      .object({
        aanvraagId: s.id,
        notifiedOn: s.isoDate,
        newEnd: s.isoDate,
        reden: s.requiredText('de reden', 2000),
      })
      .strict(),
    z.object({ briefId: z.number() }),
  ),
  'ingebrekestelling.registreer': p(
    ['secretaris'],
    'Registreert een ingebrekestelling (Awb 4:17); de app toont daarna de dwangsom.',
    z.object({ aanvraagId: s.id, ontvangenOp: s.isoDate }).strict(),
    ok,
  ),
  'termijnen.get': p(
    OFFICE_ROLES,
    'De termijnen van één aanvraag: beslistermijn, opschortingen, verdaging, tijdlijn, doorlooptijd, dwangsom.',
    aanvraagRef,
    termijnView,
  ),
  'termijnen.dashboard': p(
    OFFICE_ROLES,
    'Alle open aanvragen met netto resterende dagen, stoplicht en waarschuwingen; behaald percentage en doorlooptijden per periode.',
    z
      .object({ periode: z.enum(['maand', 'kwartaal', 'schooljaar']).default('schooljaar') })
      .strict(),
    z.object({
      rows: z.array(dashboardRow),
      counts: z.object({
        open: z.number(),
        opgeschort: z.number(),
        waarschuwing: z.number(),
        verlopen: z.number(),
      }),
      current: periodFigure,
      previous: periodFigure,
    }),
  ),
} as const;
