import { z } from 'zod';
import { aanvraagRef, fileContent, stateResult } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Eindadvies and besluit: the eindadvies of the first deskundige, presenting it to the
// directeur-bestuurder, adopting or returning it, and the verklaring and letters that follow.

export const eindadviesFields = z
  .object({
    aanvraagId: s.id,
    uitkomst: s.tlvUitkomst,
    schoolsoort: s.schoolsoort.nullable(),
    categorie: s.categorie.nullable(),
    ingangsdatum: s.isoDate.nullable(),
    einddatum: s.isoDate.nullable(),
    motivering: s.longText('de motivering'),
    doelen: s.optionalText(10000),
  })
  .strict();

const eindadviesView = eindadviesFields.omit({ aanvraagId: true }).extend({
  version: z.number(),
  status: s.adviesStatus,
  submittedAt: z.string().nullable(),
  deskundigen: z.array(z.object({ naam: z.string(), discipline: z.string() })),
});

const brief = z.object({
  id: z.number(),
  kind: z.string(),
  label: z.string(),
  version: z.number(),
  createdAt: z.string(),
  sha256: z.string(),
});

export const besluitProcedures = {
  'eindadvies.get': p(
    'authenticated',
    'Het eindadvies, of voor de eerste deskundige een voorstel uit beide adviezen.',
    aanvraagRef,
    z.object({
      eindadvies: eindadviesView.nullable(),
      prefill: eindadviesFields.omit({ aanvraagId: true }).nullable(),
    }),
  ),
  'eindadvies.submit': p(
    ['deskundige'],
    'De eerste deskundige ondertekent en dient het eindadvies in.',
    eindadviesFields,
    stateResult,
  ),
  'aanvraag.presenteer': p(
    ['voorzitter'],
    'Legt het eindadvies voor aan de directeur-bestuurder.',
    aanvraagRef,
    stateResult,
  ),
  'besluit.adopt': p(
    ['directeur'],
    'Stelt het eindadvies vast en ondertekent het besluit; maakt verklaring en brieven.',
    aanvraagRef,
    z.object({ state: s.aanvraagState, volgnummer: z.string().nullable() }),
  ),
  'besluit.return': p(
    ['directeur'],
    'Stuurt het eindadvies terug met vragen (naar de TLA-vergadering).',
    z.object({ aanvraagId: s.id, vragen: s.longText('uw vragen', 5000) }).strict(),
    stateResult,
  ),
  'aanvraag.verzend': p(
    ['secretaris'],
    'Legt vast op welke dag het besluit met de verklaring en de brieven is verzonden (ook bij buiten behandeling); de bezwaartermijn loopt vanaf de dag erna (Awb 6:8).',
    z.object({ aanvraagId: s.id, verzondenOp: s.isoDate }).strict(),
    stateResult,
  ),
  'brieven.list': p(
    'authenticated',
    'De gemaakte verklaring en brieven van een aanvraag.',
    aanvraagRef,
    z.array(brief),
  ),
  'brieven.get': p(
    ['secretaris', 'directeur', 'voorzitter'],
    'Eén gemaakte brief als PDF.',
    z.object({ briefId: s.id }).strict(),
    fileContent,
  ),
  'besluit.buitenBehandeling': p(
    ['directeur'],
    'Stelt de aanvraag buiten behandeling (Awb 4:5) op voorstel van de secretaresse: het besluit wordt ondertekend en de brief met de bezwaarclausule gemaakt.',
    aanvraagRef,
    stateResult.extend({ briefId: z.number() }),
  ),
  'besluit.buitenBehandelingAfwijzen': p(
    ['directeur'],
    'Stelt de aanvraag niet buiten behandeling: de aanvraag wacht weer op de aanvulling; de reden staat in de geschiedenis.',
    z.object({ aanvraagId: s.id, reden: s.requiredText('de reden', 1000) }).strict(),
    stateResult,
  ),
} as const;
