import { z } from 'zod';
import * as s from './schemas';

// The small shapes that procedures of several areas share, each defined once. The field schemas
// they are built from (ids, dates, enums, texts) are in ./schemas.

/** No input. */
export const empty = z.object({}).strict();

/** Done, nothing to report. */
export const ok = z.object({ ok: z.literal(true) });

/** The input of every procedure that needs only the aanvraag. */
export const aanvraagRef = z.object({ aanvraagId: s.id }).strict();

/** A workflow step taken: the state the aanvraag is in now. */
export const stateResult = z.object({ state: s.aanvraagState });

/** A row of a list of aanvragen (Mijn werk, Alle aanvragen): what each list shows first. */
export const aanvraagListRow = z.object({
  id: z.number(),
  referentie: z.string(),
  leerlingNaam: z.string(),
  schoolNaam: z.string(),
  soort: s.aanvraagSoort,
  state: s.aanvraagState,
  ontvangenOp: z.string(),
});

/** A new row: its id. */
export const created = z.object({ id: z.number() });

/** A file handed to the renderer (a document, a letter, minutes). */
export const fileContent = z.object({ fileName: z.string(), dataBase64: z.string() });

/** One field in which the two advices differ (the unanimity check and the vergadering). */
export const difference = z.object({
  field: z.string(),
  label: z.string(),
  a: z.string().nullable(),
  b: z.string().nullable(),
});
