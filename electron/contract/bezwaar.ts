import { z } from 'zod';
import { OFFICE_ROLES } from '../domain/types';
import { aanvraagRef } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Bezwaar: an objection against the besluit, its terms and its steps (Awb 6:7–6:9, 7:10;
// tlv-procedure.md §9).

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
      uitkomst: s.tlvUitkomst,
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
          uitkomst: s.tlvUitkomst,
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

export const bezwaarProcedures = {
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
    OFFICE_ROLES,
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
} as const;
