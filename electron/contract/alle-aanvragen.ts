import { z } from 'zod';
import { AANVRAAG_STATES, OFFICE_ROLES } from '../domain/types';
import { aanvraagListRow, aanvraagRef, stateResult } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Alle aanvragen (issue 10): every aanvraag in every state for the office, with filters and one
// search on kenmerk, pupil, school and TLV volgnummer; and archiving, the last step of a dossier.

const optionalId = (what: string) =>
  z
    .number({ error: `Kies een ${what}.` })
    .int()
    .positive({ error: `Kies een ${what}.` })
    .nullable();

const optionalDate = z
  .string()
  .nullable()
  .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
  .pipe(s.isoDate.nullable());

/** The filters of Alle aanvragen (and the search), as the screen and its export use them. */
const zoekFilterVelden = {
  search: z
    .string({ error: 'Vul een zoektekst in.' })
    .trim()
    .max(100, { error: 'Zoek met hoogstens 100 tekens.' })
    .default(''),
  /** Only aanvragen in these states; empty: every state. */
  states: z
    .array(z.enum(AANVRAAG_STATES, { error: 'Onbekende status.' }))
    .max(AANVRAAG_STATES.length)
    .default([]),
  /** Received on or after this day. */
  ontvangenVan: optionalDate.default(null),
  /** Received on or before this day. */
  ontvangenTot: optionalDate.default(null),
  schoolId: optionalId('school').default(null),
  bestuurId: optionalId('bestuur').default(null),
  soort: s.aanvraagSoort.nullable().default(null),
};

const periodeKlopt = (q: { ontvangenVan: string | null; ontvangenTot: string | null }) =>
  q.ontvangenVan === null || q.ontvangenTot === null || q.ontvangenVan <= q.ontvangenTot;
const periodeFout = { error: 'De periode eindigt vóór zij begint.', path: ['ontvangenTot'] };

/** Issue 12: the filters without paging, for the export of the whole filtered list. */
export const zoekFilters = z.object(zoekFilterVelden).strict().refine(periodeKlopt, periodeFout);

export const zoekInput = z
  .object({
    ...zoekFilterVelden,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()
  .refine(periodeKlopt, periodeFout);

export const zoekRow = aanvraagListRow.extend({
  /** The decision (§7), also buiten behandeling (Awb 4:5); null before it. */
  besluit: z.object({ uitkomst: s.besluitUitkomst, datum: z.string() }).nullable(),
  volgnummer: z.string().nullable(),
  /** The term that matters in this state (domain/alle-aanvragen.ts `lijstTermijn`), or null. */
  termijn: z
    .object({
      soort: z.enum(['beslistermijn', 'bezwaartermijn', 'beslissing_op_bezwaar']),
      einde: z.string(),
      dagenOver: z.number(),
    })
    .nullable(),
});

export const alleAanvragenProcedures = {
  'aanvragen.zoek': p(
    OFFICE_ROLES,
    'Alle aanvragen, in elke status (ook verzonden, in bezwaar, gearchiveerd, ingetrokken en buiten behandeling), nieuwste eerst, per pagina: te filteren op status, periode van ontvangst, school, bestuur en soort, en te zoeken op kenmerk, leerling, school en TLV-volgnummer. Deskundigen zien alleen hun eigen dossiers en gebruiken Mijn werk.',
    zoekInput,
    z.object({ total: z.number(), rows: z.array(zoekRow) }),
  ),
  'aanvraag.archiveer': p(
    ['secretaris'],
    'Archiveert een afgehandelde aanvraag (§10): het dossier blijft bewaard en leesbaar, maar er kan geen stap meer op worden gezet. Een verzonden besluit pas als er geen bezwaar meer op tijd kan binnenkomen.',
    aanvraagRef,
    stateResult,
  ),
} as const;
