import { z } from 'zod';
import { p } from './procedure';
import * as s from './schemas';

// Issue 5: the pool (absence), reassignment, advice corrections and the TLA-vergadering
// (tlv-procedure.md §4–§7).

const ok = z.object({ ok: z.literal(true) });
const fileContent = z.object({ fileName: z.string(), dataBase64: z.string() });

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
  betrokkenen: z.array(z.object({ userId: z.number(), naam: z.string() })),
  adviezen: z.array(adviesKort),
  verschillen: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      a: z.string().nullable(),
      b: z.string().nullable(),
    }),
  ),
  vragenDirecteur: z.string().nullable(),
  uitkomst: uitkomstInput.nullable(),
});

const vergaderingView = z.object({
  id: z.number(),
  datum: z.string(),
  status: z.enum(['gepland', 'gehouden']),
  agenda: z.array(agendaPunt),
  aanwezigen: z.array(z.object({ userId: z.number(), naam: z.string(), rol: z.string() })),
  kandidaten: z.array(z.object({ userId: z.number(), naam: z.string(), rol: z.string() })),
  waarschuwingen: z.array(z.string()),
  notulen: z.boolean(),
});

export const vergaderingProcedures = {
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
    z.object({ version: z.number() }),
  ),
  'vergadering.list': p(
    ['voorzitter', 'secretaris', 'directeur', 'beheerder'],
    'Het jaarplan van TLA-vergaderingen met het aantal agendapunten.',
    z.object({}).strict(),
    z.array(
      z.object({
        id: z.number(),
        datum: z.string(),
        status: z.enum(['gepland', 'gehouden']),
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
    z.object({ vergaderingId: s.id }).strict(),
    vergaderingView,
  ),
  'vergadering.aanwezigen': p(
    ['voorzitter'],
    'Legt vast wie aanwezig is; wie bij een aanvraag betrokken is, neemt aan dat punt niet deel.',
    z.object({ vergaderingId: s.id, userIds: z.array(s.id).max(50) }).strict(),
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
    z.object({ vergaderingId: s.id }).strict(),
    vergaderingView,
  ),
  'instellingen.documenten': p(
    'authenticated',
    'De documentinstellingen: de grootste PDF die wordt aangenomen.',
    z.object({}).strict(),
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
  'dossier.zoek': p(
    'authenticated',
    'Zoekt in de tekst van alle documenten van één dossier (alleen voor wie het dossier mag lezen).',
    z.object({ aanvraagId: s.id, query: z.string().trim().max(200) }).strict(),
    z.object({
      hits: z.array(
        z.object({
          documentId: z.number(),
          fileName: z.string(),
          page: z.number(),
          snippet: z.string(),
        }),
      ),
      nogTeIndexeren: z.number(),
    }),
  ),
  'vergadering.notulen': p(
    ['voorzitter', 'secretaris', 'directeur'],
    'Het verslag van een gehouden vergadering als PDF.',
    z.object({ vergaderingId: s.id }).strict(),
    fileContent,
  ),
} as const;
