import { z } from 'zod';
import { EXPORT_FORMATEN } from '../domain/export-lijsten';
import { TERMIJNEN_LIJSTEN } from '../domain/termijnen-lijst';
import { OFFICE_ROLES } from '../domain/types';
import { zoekFilters } from './alle-aanvragen';
import { fileContent } from './common';
import { rapportageVraag } from './rapportage';
import { registerFilter } from './tlv-register';
import { p } from './procedure';

// Issue 12 · exports: every list and report as XLSX or CSV, made in the backend from the same
// service result the screen shows (services/export). One procedure; what is exported is a `bron`
// with its own parameters (the screen's filters). A new bron: its parameters here (one line in
// the union), its entry in services/export/bronnen.ts.

const formaat = z.enum(EXPORT_FORMATEN, { error: 'Kies Excel (.xlsx) of CSV.' });

/** One bron of the union: its name, its parameters and the format. */
const bron = <B extends string, P extends z.ZodType>(naam: B, parameters: P) =>
  z.object({ bron: z.literal(naam), parameters, formaat }).strict();

/** The Termijnen dashboard: the period of its figures and which of its lists. */
export const termijnenExportParameters = z
  .object({
    periode: z
      .enum(['maand', 'kwartaal', 'schooljaar'], { error: 'Kies maand, kwartaal of schooljaar.' })
      .default('schooljaar'),
    lijst: z
      .enum(TERMIJNEN_LIJSTEN, { error: 'Kies een lijst van het dashboard.' })
      .default('alle'),
  })
  .strict();

export const exportInput = z.discriminatedUnion(
  'bron',
  [
    bron('alle-aanvragen', zoekFilters),
    bron('termijnen', termijnenExportParameters),
    bron('tlv-register', registerFilter),
    bron('rapportage', z.object(rapportageVraag).strict()),
  ],
  { error: 'Kies wat u wilt exporteren.' },
);

export type ExportInput = z.output<typeof exportInput>;
export type ExportBron = ExportInput['bron'];
export type ExportParameters<B extends ExportBron> = Extract<
  ExportInput,
  { bron: B }
>['parameters'];

export const exportProcedures = {
  'export.maak': p(
    OFFICE_ROLES,
    'Maakt een export van een lijst of rapportage als Excel-bestand (.xlsx, echte getallen en datums, één blad per tabel) of als CSV voor Nederlandse Excel (UTF-8 met BOM, puntkomma, decimale komma), met dezelfde filters als het scherm. Zonder adviesteksten; elke export komt in het logboek. Deskundigen en de functioneel beheerder kunnen niet exporteren.',
    exportInput,
    fileContent.extend({
      mimeType: z.string(),
      /** Rows of data in the file (all tables, headers not counted). */
      rijen: z.number(),
    }),
  ),
  'export.voortgang': p(
    OFFICE_ROLES,
    'Hoe ver de export is die u nu maakt (aantallen regels), of null als er geen loopt.',
    z.object({}).strict(),
    z
      .object({
        fase: z.enum(['lezen', 'schrijven']),
        gedaan: z.number(),
        totaal: z.number(),
      })
      .nullable(),
  ),
} as const;
