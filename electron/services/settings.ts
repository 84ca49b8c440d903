import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/open';
import { settings } from '../../db/schema';
import { BEZWAAR_ONTVANGSTBEVESTIGING_WERKDAGEN } from '../domain/bezwaar';
import {
  DEFAULT_AANVULLING_WERKDAGEN,
  VERDAGING_WAARSCHUWING_WERKDAGEN,
} from '../domain/termijnen';

// Organisation settings live in the database (architecture decision 10), parsed with zod on read so
// that a damaged value falls back to the default instead of reaching a letter.

/** The stored value of one setting, parsed by `schema`; the default when absent or damaged. */
function readSetting<T>(db: Db, key: string, schema: z.ZodType<T>, fallback: T): T {
  const row = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key))
    .get();
  if (!row) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

function writeSetting(db: Db, key: string, value: string): void {
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run();
}

export const swvSettingsSchema = z.object({
  naam: z.string().min(1),
  code: z.string().regex(/^[A-Za-z0-9]+$/),
  registratienummer: z.string().min(1),
  adres: z.string().min(1),
  postcode: z.string().min(1),
  plaats: z.string().min(1),
});
export type SwvSettings = z.infer<typeof swvSettingsSchema>;

export const DEFAULT_SWV: SwvSettings = {
  naam: 'Samenwerkingsverband Passend Onderwijs',
  code: 'PO0000',
  registratienummer: 'PO 00-00',
  adres: 'Postbus 1',
  postcode: '1000 AA',
  plaats: 'Nederland',
};

export function readSwvSettings(db: Db): SwvSettings {
  return readSetting(db, 'swv', swvSettingsSchema, DEFAULT_SWV);
}

export function writeSwvSettings(db: Db, value: SwvSettings): void {
  writeSetting(db, 'swv', JSON.stringify(swvSettingsSchema.parse(value)));
}

/** §3.4, §9: the terms that are settings of the SWV. */
export const termijnSettingsSchema = z.object({
  aanvullingWerkdagen: z.number().int().min(1).max(60),
  waarschuwingWerkdagen: z.number().int().min(1).max(40),
  ontvangstbevestigingWerkdagen: z.number().int().min(1).max(20),
  sluitingsdagen: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type TermijnSettings = z.infer<typeof termijnSettingsSchema>;

// The defaults are the domain's numbers (rulebook §3.4, §9), not repeated here.
export const DEFAULT_TERMIJNEN: TermijnSettings = {
  aanvullingWerkdagen: DEFAULT_AANVULLING_WERKDAGEN,
  waarschuwingWerkdagen: VERDAGING_WAARSCHUWING_WERKDAGEN,
  ontvangstbevestigingWerkdagen: BEZWAAR_ONTVANGSTBEVESTIGING_WERKDAGEN,
  sluitingsdagen: [],
};

export function readTermijnSettings(db: Db): TermijnSettings {
  return readSetting(db, 'termijnen', termijnSettingsSchema, DEFAULT_TERMIJNEN);
}

export function writeTermijnSettings(db: Db, value: TermijnSettings): void {
  writeSetting(db, 'termijnen', JSON.stringify(termijnSettingsSchema.parse(value)));
}

/** Issue 4: the largest PDF the store accepts (setting; the transport's hard limit is 100 MB). */
export const documentSettingsSchema = z.object({ maxMb: z.number().int().min(1).max(100) });
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;
export const DEFAULT_DOCUMENTEN: DocumentSettings = { maxMb: 100 };

export function readDocumentSettings(db: Db): DocumentSettings {
  return readSetting(db, 'documenten', documentSettingsSchema, DEFAULT_DOCUMENTEN);
}

export function writeDocumentSettings(db: Db, value: DocumentSettings): void {
  writeSetting(db, 'documenten', JSON.stringify(documentSettingsSchema.parse(value)));
}
