import { z } from 'zod';
import {
  BRIEF_TEKST_SOORTEN,
  MAX_ALINEA,
  valideerBriefTekst,
  type BriefTekstSoort,
} from '../domain/brief-teksten';
import { fileContent, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// The SWV's letter texts (issue 10, §7 '(setting)'): the beheerder changes the standard texts of the
// letters, each save a new version; and the letter viewer's print, audited.

export const briefTekstSoort = z.enum(BRIEF_TEKST_SOORTEN, { error: 'Kies een brief.' });

/** A text as stored and sent: its parts by key. The parts themselves are checked by the domain. */
export const briefTekstInhoud = z.record(
  z.string().regex(/^[a-zA-Z]{1,40}$/, { error: 'Onbekend deel van de tekst.' }),
  z.string({ error: 'Vul een tekst in.' }).max(MAX_ALINEA * 2, { error: 'De tekst is te lang.' }),
);

/** Every part of a kind's text checked by the domain's validator, each problem at its part
 *  (tekst.<key>), so a form shows it under that part. */
function controleer(
  v: { soort: BriefTekstSoort; tekst: Readonly<Record<string, string>> },
  ctx: z.RefinementCtx,
): void {
  if (!BRIEF_TEKST_SOORTEN.includes(v.soort)) return;
  for (const fout of valideerBriefTekst(v.soort, v.tekst)) {
    ctx.addIssue({ code: 'custom', path: ['tekst', fout.deel], message: fout.melding });
  }
}

export const briefTekstVoorbeeldInput = z
  .object({ soort: briefTekstSoort, tekst: briefTekstInhoud })
  .strict()
  .superRefine(controleer);

export const briefTekstOpslaanInput = z
  .object({
    soort: briefTekstSoort,
    /** The version the edit started from: saving is refused when another was saved since. */
    basisVersie: z.number().int().min(0),
    tekst: briefTekstInhoud,
  })
  .strict()
  .superRefine(controleer);

const versieInfo = z.object({
  versie: z.number(),
  /** null for the standard text (version 0). */
  createdAt: z.string().nullable(),
  door: z.string().nullable(),
});

export const briefTekstenProcedures = {
  'briefteksten.list': p(
    ['beheerder'],
    'De brieven met een eigen standaardtekst: per brief de huidige versie (0: de standaardtekst van TLA), wanneer en door wie die is opgeslagen.',
    z.object({}).strict(),
    z.array(
      versieInfo.extend({
        soort: briefTekstSoort,
        /** How many versions were saved (0: the standard text is used). */
        versies: z.number(),
      }),
    ),
  ),
  'briefteksten.get': p(
    ['beheerder'],
    'De tekst van één brief: de huidige versie, of een oudere (versie), met alle opgeslagen versies.',
    z.object({ soort: briefTekstSoort, versie: z.number().int().min(0).optional() }).strict(),
    versieInfo.extend({
      soort: briefTekstSoort,
      /** The current version (the one the next letter uses). */
      huidigeVersie: z.number(),
      tekst: z.record(z.string(), z.string()),
      geschiedenis: z.array(versieInfo),
    }),
  ),
  'briefteksten.opslaan': p(
    ['beheerder'],
    'Slaat de tekst van een brief op als nieuwe versie (een oudere versie wordt nooit overschreven). De volgende brief van die soort gebruikt deze versie.',
    briefTekstOpslaanInput,
    z.object({ versie: z.number() }),
  ),
  'briefteksten.voorbeeld': p(
    ['beheerder'],
    'De brieven die een tekst gebruiken, als PDF met voorbeeldgegevens, met de (nog niet opgeslagen) tekst.',
    briefTekstVoorbeeldInput,
    fileContent,
  ),
  'brieven.afdrukken': p(
    ['secretaris', 'directeur', 'voorzitter'],
    'Legt vast dat een gemaakte brief wordt afgedrukt (een brief mag worden afgedrukt, een dossierdocument niet).',
    z.object({ briefId: s.id }).strict(),
    ok,
  ),
} as const;
