import { z } from 'zod';
import { aanvraagRef, difference, ok, stateResult } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Advies: assigning the two deskundigen (and another one later), their advices as draft,
// submission and correction, and the advices side by side with the unanimity check.

export const adviesFields = z
  .object({
    aanvraagId: s.id,
    conclusie: s.conclusie,
    schoolsoort: s.schoolsoort.nullable(),
    categorie: s.categorie.nullable(),
    ingangsdatum: s.isoDate.nullable(),
    einddatum: s.isoDate.nullable(),
    onderbouwing: s.optionalText(20000),
    doelen: s.optionalText(10000),
    contextAdvies: s.optionalText(10000),
    vragen: s.optionalText(10000).nullable(),
  })
  .strict();

const adviesView = adviesFields.omit({ aanvraagId: true }).extend({
  position: z.number(),
  version: z.number(),
  status: s.adviesStatus,
  signedNaam: z.string(),
  signedDiscipline: z.string(),
  signedRegistratie: z.string(),
  submittedAt: z.string().nullable(),
});

const unanimityView = z.object({ unanimous: z.boolean(), differences: z.array(difference) });

const versionResult = z.object({ version: z.number() });

const candidate = z.object({
  deskundigeId: z.number(),
  naam: z.string(),
  disciplines: z.array(s.discipline),
  openAssignments: z.number(),
  eligible: z.boolean(),
  blockedReasons: z.array(z.string()),
  warnings: z.array(z.string()),
});

export const adviesProcedures = {
  'toewijzing.candidates': p(
    ['voorzitter'],
    'Geschikte eerste en tweede deskundigen voor een aanvraag, met redenen.',
    z.object({ aanvraagId: s.id, eersteId: s.id.nullable() }).strict(),
    z.object({
      first: z.array(candidate),
      second: z.array(candidate),
      voSuggested: z.boolean(),
      begeleiderNotitie: z.string().nullable(),
    }),
  ),
  'toewijzing.assign': p(
    ['voorzitter'],
    'Wijst de eerste en tweede deskundige toe.',
    z.object({ aanvraagId: s.id, eersteId: s.id, tweedeId: s.id }).strict(),
    stateResult,
  ),
  'toewijzing.wijzig': p(
    ['voorzitter'],
    'Wijst een andere deskundige toe, met reden, zolang die nog geen advies heeft ingediend.',
    z
      .object({
        aanvraagId: s.id,
        position: z.union([z.literal(1), z.literal(2)]),
        deskundigeId: s.id,
        reden: s.requiredText('de reden', 1000),
      })
      .strict(),
    ok,
  ),
  'advies.mine': p(
    ['deskundige'],
    'Mijn eigen advies (concept of ingediend) bij een aanvraag.',
    aanvraagRef,
    z.object({ position: z.number(), advies: adviesView.nullable() }),
  ),
  'advies.saveDraft': p(
    ['deskundige'],
    'Bewaart mijn advies als concept.',
    adviesFields,
    versionResult,
  ),
  'advies.submit': p(
    ['deskundige'],
    'Ondertekent en dient mijn advies in; daarna is het onveranderlijk.',
    adviesFields,
    stateResult,
  ),
  'advies.list': p(
    'authenticated',
    'De ingediende adviezen, alleen zichtbaar als beide zijn ingediend (of voor de eigen deskundige zijn eigen).',
    aanvraagRef,
    z.object({ adviezen: z.array(adviesView), unanimity: unanimityView.nullable() }),
  ),
  'advies.corrigeer': p(
    ['deskundige'],
    'Corrigeert een ingediend advies: een nieuwe versie met reden; de vorige blijft bewaard.',
    z
      .object({
        aanvraagId: s.id,
        reden: s.requiredText('de reden van de correctie', 1000),
        onderbouwing: s.longText('de onderbouwing', 20000),
        doelen: s.optionalText(10000),
        contextAdvies: s.optionalText(10000),
      })
      .strict(),
    versionResult,
  ),
} as const;
