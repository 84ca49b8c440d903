import { z } from 'zod';
import { created, empty, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Beheer: the pool of deskundigen and their absences, the schools, and the settings.

export const beheerProcedures = {
  'pool.list': p(
    ['beheerder', 'voorzitter'],
    'De pool van deskundigen.',
    empty,
    z.array(
      z.object({
        id: z.number(),
        userId: z.number(),
        naam: z.string(),
        disciplines: z.array(s.discipline),
        registratie: z.string(),
        organisatieKeys: z.array(z.string()),
        maxOpen: z.number().nullable(),
        openAssignments: z.number(),
      }),
    ),
  ),
  'pool.create': p(
    ['beheerder'],
    'Neemt een gebruiker op in de pool van deskundigen.',
    z
      .object({
        userId: s.id,
        disciplines: z.array(s.discipline).min(1, { error: 'Kies minstens één discipline.' }),
        registratie: s.requiredText('het registratienummer', 60),
        organisatieKeys: z.array(z.string().regex(/^(bestuur|school):\d+$/)).max(50),
        maxOpen: z.number().int().min(1).max(100).nullable(),
      })
      .strict(),
    created,
  ),
  'pool.afwezigheid': p(
    ['beheerder', 'voorzitter'],
    'Registreert een afwezigheid van een deskundige; zolang wordt zij of hij niet toegewezen.',
    z
      .object({
        deskundigeId: s.id,
        van: s.isoDate,
        tot: s.isoDate,
        reden: s.optionalText(500).nullable(),
      })
      .strict(),
    ok,
  ),
  'scholen.list': p(
    'authenticated',
    'Schoolbesturen met hun scholen.',
    empty,
    z.array(
      z.object({
        id: z.number(),
        naam: z.string(),
        bestuursnummer: z.string(),
        scholen: z.array(
          z.object({ id: z.number(), naam: z.string(), brin: z.string(), plaats: z.string() }),
        ),
      }),
    ),
  ),
  'instellingen.termijnen': p(
    'authenticated',
    'De termijninstellingen: aanvullingstermijn, waarschuwing, sluitingsdagen.',
    empty,
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
  'instellingen.documenten': p(
    'authenticated',
    'De documentinstellingen: de grootste PDF die wordt aangenomen.',
    empty,
    z.object({ maxMb: z.number() }),
  ),
  'instellingen.documentenZetten': p(
    ['beheerder'],
    'Wijzigt de grootste PDF die wordt aangenomen (1 tot 100 MB).',
    z
      .object({
        maxMb: z
          .number({ error: 'Vul een getal in.' })
          .int()
          .min(1, { error: 'Minstens 1 MB.' })
          .max(100, { error: 'Hoogstens 100 MB.' }),
      })
      .strict(),
    ok,
  ),
} as const;
