import { z } from 'zod';
import { isFiguurSleutel } from '../domain/rapportage-figuren';
import { INDELINGEN } from '../domain/rapportage';
import { OFFICE_ROLES } from '../domain/types';
import { zoekRow } from './alle-aanvragen';
import { fileContent } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Reports (§11, issue 12): the kengetallen of a period in total and per group, and the aanvragen
// behind one figure. The office only (secretaris, voorzitter, directeur): never a deskundige, who
// sees only their own dossiers; not the beheerder, who sees no dossier (the list behind a figure
// names pupils).

/** The longest free range a report covers (ten years): longer says nothing a jaarverslag needs. */
const MAX_DAGEN = 3653;

const dagenTussen = (van: string, tot: string): number =>
  (Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000;

export const rapportagePeriode = z.discriminatedUnion(
  'soort',
  [
    z
      .object({
        soort: z.enum(['maand', 'kwartaal', 'schooljaar', 'kalenderjaar']),
        /** Any day of the month, quarter, school year (1 August – 31 July) or calendar year. */
        datum: s.isoDate,
      })
      .strict(),
    z
      .object({ soort: z.literal('vrij'), van: s.isoDate, tot: s.isoDate })
      .strict()
      .refine((v) => v.van <= v.tot, {
        error: 'De periode eindigt vóór zij begint.',
        path: ['tot'],
      })
      .refine((v) => dagenTussen(v.van, v.tot) <= MAX_DAGEN, {
        error: 'Kies een periode van hoogstens tien jaar.',
        path: ['tot'],
      }),
  ],
  { error: 'Kies een periode.' },
);

export const rapportageVraag = {
  periode: rapportagePeriode,
  indeling: z.enum(INDELINGEN, { error: 'Kies een indeling.' }).default('geen'),
};

const waarden = z.record(z.string(), z.number().nullable());
const periodeView = z.object({ label: z.string(), from: z.string(), to: z.string() });

export const rapportageProcedures = {
  'rapportage.kengetallen': p(
    OFFICE_ROLES,
    'De kengetallen van een periode (maand, kwartaal, schooljaar, kalenderjaar of vrij), in totaal en per schoolbestuur, school, gemeente, soort aanvraag, schoolsoort of categorie: aanvragen en besluiten per uitkomst, unanimiteit, doorlooptijd bruto en netto (mediaan, 90e percentiel, gemiddelde), behaald percentage, opschortingen per grond met hun dagen, verdagingen, bezwaren, en de TLV’s die de komende twaalf maanden eindigen; met de reeksen voor de grafieken.',
    z.object(rapportageVraag).strict(),
    z.object({
      periode: periodeView,
      indeling: z.enum(INDELINGEN),
      /** Nothing happened in the period (the TLVs ending aside). */
      leeg: z.boolean(),
      totaal: waarden,
      groepen: z.array(z.object({ sleutel: z.string(), naam: z.string(), waarden })),
      perBestuur: z.array(z.object({ naam: z.string(), ontvangen: z.number() })),
      perMaand: z.array(
        z.object({
          maand: z.string(),
          label: z.string(),
          besloten: z.number(),
          mediaanBruto: z.number().nullable(),
          mediaanNetto: z.number().nullable(),
          behaald: z.number().nullable(),
        }),
      ),
      tlvMaanden: z.array(periodeView),
    }),
  ),
  'rapportage.aanvragen': p(
    OFFICE_ROLES,
    'De aanvragen achter één kengetal van een rapportage (van het totaal of van één groep), nieuwste eerst, per pagina.',
    z
      .object({
        ...rapportageVraag,
        /** The group's key in the breakdown; null for the total. */
        groep: z.string().max(200).nullable().default(null),
        figuur: z
          .string({ error: 'Kies een kengetal.' })
          .refine(isFiguurSleutel, { error: 'Onbekend kengetal.' }),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({
      periode: periodeView,
      figuur: z.string(),
      /** The group's name, or null for the total. */
      groep: z.string().nullable(),
      total: z.number(),
      rows: z.array(zoekRow),
    }),
  ),
  'rapportage.jaarverslag': p(
    OFFICE_ROLES,
    'Het jaarverslag van een schooljaar (1 augustus – 31 juli) als PDF op het briefpapier van het samenwerkingsverband: de kengetallen van het jaar per onderdeel naast die van het schooljaar ervoor, een tabel per schoolbestuur en de grafieken (doorlooptijd tegen de beslistermijn, behaald per maand, aanvragen per bestuur, TLV’s die eindigen). Noemt geen leerling; komt in het logboek. Deskundigen en de functioneel beheerder kunnen het niet maken.',
    z
      .object({
        /** Any day of the school year. */
        datum: s.isoDate,
      })
      .strict(),
    fileContent.extend({ mimeType: z.literal('application/pdf') }),
  ),
} as const;
