import { z } from 'zod';
import { p } from './procedure';
import * as s from './schemas';

// Issue 3: intake of every kind, completeness, aanvulling and opschorting, verdaging, the
// termijnen dashboard and bezwaar (tlv-procedure.md §1, §3, §9, §10).

const OFFICE = ['secretaris', 'voorzitter', 'directeur'] as const;
const aanvraagRef = z.object({ aanvraagId: s.id }).strict();
const stateResult = z.object({ state: s.aanvraagState });
const ok = z.object({ ok: z.literal(true) });

export const OPSCHORTING_GRONDEN_INPUT = ['awb_4_15_2a', 'awb_4_15_2b', 'awb_4_15_2c'] as const;
const trafficLight = z.enum(['groen', 'oranje', 'rood', 'opgeschort']);

export const editableFields = s.aanvraagFields.partial().strict();

const opschortingView = z.object({
  id: z.number(),
  grond: z.string(),
  grondLabel: z.string(),
  soort: z.enum(['aanvulling', 'vragen', 'overig']),
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

const checklistView = z.object({
  complete: z.boolean(),
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      source: z.enum(['app', 'sll']),
      status: z.enum(['ok', 'ontbreekt', 'open']),
      detail: z.string().nullable(),
    }),
  ),
});

const bezwaarView = z.object({
  id: z.number(),
  ontvangenOp: z.string(),
  postmarkedOn: z.string().nullable(),
  doorOuders: z.boolean(),
  doorSchool: z.boolean(),
  tijdig: z.boolean(),
  tijdigReden: z.string(),
  verzondenOp: z.string().nullable(),
  bezwaartermijnEnd: z.string().nullable(),
  ontvangstbevestigingUiterlijk: z.string(),
  ontvangstbevestigingOp: z.string().nullable(),
  adviesaanvraagUiterlijk: z.string(),
  adviesGevraagdOp: z.string().nullable(),
  adviesOntvangenOp: z.string().nullable(),
  adviesSamenvatting: z.string().nullable(),
  beslissingUiterlijk: z.string().nullable(),
  verdaagd: z.boolean(),
  uitkomst: z.enum(['gegrond', 'ongegrond']).nullable(),
  beslistOp: z.string().nullable(),
  geslotenOp: z.string().nullable(),
  herzienBesluit: z
    .object({
      uitkomst: z.enum(['tlv_afgegeven', 'tlv_niet_afgegeven']),
      schoolsoort: s.schoolsoort.nullable(),
      categorie: s.categorie.nullable(),
      begindatum: z.string().nullable(),
      einddatum: z.string().nullable(),
      /** The new TLV volgnummer when the revised decision gives a TLV. */
      volgnummer: z.string().nullable().default(null),
    })
    .nullable(),
});

export const bezwaarStap = z.discriminatedUnion('stap', [
  z.object({ stap: z.literal('ontvangstbevestiging'), datum: s.isoDate }).strict(),
  z.object({ stap: z.literal('advies_gevraagd'), datum: s.isoDate }).strict(),
  z
    .object({
      stap: z.literal('advies_ontvangen'),
      datum: s.isoDate,
      samenvatting: s.longText('de samenvatting van het advies', 5000),
    })
    .strict(),
  z.object({ stap: z.literal('verdaagd'), datum: s.isoDate }).strict(),
  z
    .object({
      stap: z.literal('beslist'),
      datum: s.isoDate,
      uitkomst: z.enum(['gegrond', 'ongegrond'], { error: 'Kies gegrond of ongegrond.' }),
      herzienBesluit: z
        .object({
          uitkomst: z.enum(['tlv_afgegeven', 'tlv_niet_afgegeven']),
          schoolsoort: s.schoolsoort.nullable(),
          categorie: s.categorie.nullable(),
          begindatum: s.isoDate.nullable(),
          einddatum: s.isoDate.nullable(),
        })
        .strict()
        .nullable(),
    })
    .strict(),
  z.object({ stap: z.literal('gesloten'), datum: s.isoDate }).strict(),
]);

export const termijnenProcedures = {
  'aanvraag.update': p(
    ['secretaris'],
    'Wijzigt gegevens van een aanvraag; elke wijziging wordt met reden in de geschiedenis bewaard.',
    z
      .object({
        aanvraagId: s.id,
        changes: editableFields,
        reden: s.requiredText('de reden van de wijziging', 500),
      })
      .strict(),
    z.object({ changed: z.number() }),
  ),
  'aanvraag.wijzigingen': p(
    OFFICE,
    'De geschiedenis van de gegevens van een aanvraag.',
    aanvraagRef,
    z.array(
      z.object({
        veld: z.string(),
        oud: z.string().nullable(),
        nieuw: z.string().nullable(),
        reden: z.string(),
        actorNaam: z.string(),
        at: z.string(),
      }),
    ),
  ),
  'aanvraag.intrekken': p(
    ['secretaris'],
    'Registreert dat de school de aanvraag heeft ingetrokken.',
    z.object({ aanvraagId: s.id, reden: s.requiredText('de reden', 1000) }).strict(),
    stateResult,
  ),
  'aanvraag.buitenBehandeling': p(
    ['secretaris'],
    'Stelt de aanvraag buiten behandeling (Awb 4:5) nadat de termijn voor aanvulling ongebruikt is verstreken.',
    aanvraagRef,
    stateResult,
  ),
  'checklist.get': p(
    OFFICE,
    'De volledigheidscontrole: wat de app berekent en wat de SLL afvinkt.',
    aanvraagRef,
    checklistView,
  ),
  'checklist.tick': p(
    ['secretaris'],
    'Vinkt een punt van de checklist af (aanwezig, ontbreekt of open).',
    z
      .object({
        aanvraagId: s.id,
        itemKey: z.string().min(1).max(60),
        status: z.enum(['ok', 'ontbreekt', 'open']),
      })
      .strict(),
    checklistView,
  ),
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
    OFFICE,
    'De termijnen van één aanvraag: beslistermijn, opschortingen, verdaging, tijdlijn, doorlooptijd, dwangsom.',
    aanvraagRef,
    termijnView,
  ),
  'termijnen.dashboard': p(
    OFFICE,
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
  'bezwaar.registreer': p(
    ['secretaris'],
    'Registreert een bezwaar tegen het besluit (Awb 6:7–6:9).',
    z
      .object({
        aanvraagId: s.id,
        ontvangenOp: s.isoDate,
        postmarkedOn: s.isoDate.nullable(),
        doorOuders: z.boolean(),
        doorSchool: z.boolean(),
      })
      .strict(),
    bezwaarView,
  ),
  'bezwaar.get': p(
    OFFICE,
    'Het bezwaar bij een aanvraag met zijn termijnen, of niets.',
    aanvraagRef,
    bezwaarView.nullable(),
  ),
  'bezwaar.stap': p(
    ['secretaris'],
    'Legt een stap van de bezwaarprocedure vast: ontvangstbevestiging, adviesaanvraag, advies, verdaging, beslissing (gegrond/ongegrond), sluiten.',
    z.object({ aanvraagId: s.id, stap: bezwaarStap }).strict(),
    bezwaarView,
  ),
  'instellingen.termijnen': p(
    'authenticated',
    'De termijninstellingen: aanvullingstermijn, waarschuwing, sluitingsdagen.',
    z.object({}).strict(),
    z.object({
      aanvullingWerkdagen: z.number(),
      waarschuwingWerkdagen: z.number(),
      ontvangstbevestigingWerkdagen: z.number(),
      sluitingsdagen: z.array(z.string()),
    }),
  ),
  'instellingen.termijnenZetten': p(
    ['beheerder'],
    'Wijzigt de termijninstellingen.',
    z
      .object({
        aanvullingWerkdagen: z.number().int().min(1).max(60),
        waarschuwingWerkdagen: z.number().int().min(1).max(40),
        ontvangstbevestigingWerkdagen: z.number().int().min(1).max(20),
        sluitingsdagen: z.array(s.isoDate).max(100),
      })
      .strict(),
    ok,
  ),
} as const;
