import { z } from 'zod';
import { OFFICE_ROLES } from '../domain/types';
import { aanvraagListRow, aanvraagRef, created, stateResult } from './common';
import { documentRow, documentUpload } from './documenten';
import { p } from './procedure';
import * as s from './schemas';

// Aanvraag: my work, registration, the dossier as one view, intake (control and the completeness
// checklist), changes to its data with their history, withdrawal and buiten behandeling.

export const registerInput = s.aanvraagFields
  .extend({
    documents: z.array(documentUpload).max(50),
  })
  .strict();

export const editableFields = s.aanvraagFields.partial().strict();

const workRow = aanvraagListRow.extend({
  beslistermijnEnd: z.string(),
  daysLeft: z.number(),
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
    /** Null on aanvragen registered before the gemeente was recorded (issue 10). */
    gemeente: z.string().nullable(),
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
      event: s.timelineEvent,
      fromState: z.string().nullable(),
      toState: z.string(),
      actorNaam: z.string().nullable(),
      at: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  actions: z.array(z.object({ event: s.workflowEvent, label: z.string() })),
  /** §6: the questions to send the school (prefill of the letter), when the caller may send them. */
  vragenVoorSchool: z.array(z.string()),
  myPosition: z.number().nullable(),
  besluit: z
    .object({
      uitkomst: s.besluitUitkomst,
      volgnummer: z.string().nullable(),
      besluitdatum: z.string(),
      begindatum: z.string().nullable(),
      einddatum: z.string().nullable(),
    })
    .nullable() /** Issue 13: the versie of the recorded data; `aanvraag.update` sends it back. */,
  versie: z.number(),
});

const checklistStatus = z.enum(['ok', 'ontbreekt', 'open']);

const checklistView = z.object({
  complete: z.boolean(),
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      source: z.enum(['app', 'sll']),
      status: checklistStatus,
      detail: z.string().nullable(),
    }),
  ),
});

export const aanvraagProcedures = {
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
    created,
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
  'aanvraag.update': p(
    ['secretaris'],
    'Wijzigt gegevens van een aanvraag; elke wijziging wordt met reden in de geschiedenis bewaard.',
    z
      .object({
        aanvraagId: s.id,
        changes: editableFields,
        reden: s.requiredText('de reden van de wijziging', 500),
        /**
         * Issue 13: the versie the caller read (`aanvraag.get`); refused as a conflict when someone
         * else changed the aanvraag since. Every screen sends it.
         */
        versie: s.versie.optional(),
      })
      .strict(),
    z.object({ changed: z.number(), versie: z.number() }),
  ),
  'aanvraag.wijzigingen': p(
    OFFICE_ROLES,
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
  'aanvraag.buitenBehandelingVoorstellen': p(
    ['secretaris'],
    'Stelt de directeur-bestuurder voor de aanvraag buiten behandeling te stellen (Awb 4:5), nadat de termijn voor aanvulling ongebruikt is verstreken.',
    aanvraagRef,
    stateResult,
  ),
  'checklist.get': p(
    OFFICE_ROLES,
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
        status: checklistStatus,
        /** Issue 13: the status the caller showed; a conflict when someone ticked it since. */
        gelezen: checklistStatus.optional(),
      })
      .strict(),
    checklistView,
  ),
} as const;
