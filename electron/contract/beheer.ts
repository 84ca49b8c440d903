import { z } from 'zod';
import { created, empty, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Beheer: the pool of deskundigen and their absences, and the settings (the schools: ./scholen).

/** What the beheerder records of a pool member (§4). */
const poolMember = z.object({
  disciplines: z.array(s.discipline).min(1, { error: 'Kies minstens één discipline.' }),
  registratie: s.requiredText('het registratienummer', 60),
  organisatieKeys: z
    .array(z.string().regex(/^(bestuur|school):\d+$/, { error: 'Onbekende organisatie.' }))
    .max(50, { error: 'Hoogstens 50 organisaties.' }),
  maxOpen: z
    .number({ error: 'Vul een getal in, of laat het veld leeg.' })
    .int({ error: 'Vul een heel getal in.' })
    .min(1, { error: 'Minstens 1.' })
    .max(100, { error: 'Hoogstens 100.' })
    .nullable(),
});

export const beheerProcedures = {
  'pool.list': p(
    ['beheerder', 'voorzitter'],
    'De pool van deskundigen: eerst de actieve leden, dan de beëindigde (bewaard voor de geschiedenis), met de namen van de organisaties waarvoor zij werken.',
    empty,
    z.array(
      z.object({
        id: z.number(),
        userId: z.number(),
        naam: z.string(),
        disciplines: z.array(s.discipline),
        registratie: z.string(),
        organisatieKeys: z.array(z.string()),
        /** The same organisations by name, in the order of organisatieKeys. */
        organisaties: z.array(z.object({ key: z.string(), naam: z.string() })),
        maxOpen: z.number().nullable(),
        openAssignments: z.number(),
        /** The membership: false once ended (pool.beeindig). */
        active: z.boolean(),
        /** The user's account: false when deactivated (then never offered for an assignment). */
        userActive: z.boolean(),
        /** §4: the absence that holds today, or else the next one (then not offered). */
        afwezig: z.object({ van: z.string(), tot: z.string() }).nullable(),
      }),
    ),
  ),
  'pool.create': p(
    ['beheerder'],
    'Neemt een gebruiker op in de pool van deskundigen (of weer op, na een beëindigd lidmaatschap).',
    poolMember.extend({ userId: s.id }).strict(),
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
  'pool.update': p(
    ['beheerder'],
    'Wijzigt een lid van de pool: disciplines, registratienummer, de organisaties waarvoor zij of hij werkt, het maximum aan open dossiers. Meldt hoeveel open toewijzingen daarna botsen met de onafhankelijkheid.',
    poolMember.extend({ deskundigeId: s.id }).strict(),
    z.object({
      ok: z.literal(true),
      /** Open assignments on an aanvraag of a bestuur or school this member now works for (§4). */
      conflicten: z.number(),
    }),
  ),
  'pool.beeindig': p(
    ['beheerder'],
    'Beëindigt een lidmaatschap van de pool (bewaard voor de geschiedenis; niet meer toe te wijzen). Niet zolang er open toewijzingen zijn: wijs eerst opnieuw toe.',
    z.object({ deskundigeId: s.id }).strict(),
    ok,
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
