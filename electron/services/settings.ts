import type Database from 'better-sqlite3';
import { z } from 'zod';
import { BEZWAAR_ONTVANGSTBEVESTIGING_WERKDAGEN } from '../domain/bezwaar';
import {
  DEFAULT_AANVULLING_WERKDAGEN,
  VERDAGING_WAARSCHUWING_WERKDAGEN,
} from '../domain/termijnen';

// Organisation settings live in the database (architecture decision 10), parsed with zod on read so
// that a damaged value falls back to the default instead of reaching a letter.

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

export function readSwvSettings(sqlite: Database.Database): SwvSettings {
  const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'swv'").get() as
    { value: string } | undefined;
  if (!row) return DEFAULT_SWV;
  try {
    const parsed = swvSettingsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_SWV;
  } catch {
    return DEFAULT_SWV;
  }
}

export function writeSwvSettings(sqlite: Database.Database, value: SwvSettings): void {
  sqlite
    .prepare(
      "INSERT INTO settings (key, value) VALUES ('swv', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(JSON.stringify(swvSettingsSchema.parse(value)));
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

export function readTermijnSettings(sqlite: Database.Database): TermijnSettings {
  const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'termijnen'").get() as
    { value: string } | undefined;
  if (!row) return DEFAULT_TERMIJNEN;
  try {
    const parsed = termijnSettingsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_TERMIJNEN;
  } catch {
    return DEFAULT_TERMIJNEN;
  }
}

export function writeTermijnSettings(sqlite: Database.Database, value: TermijnSettings): void {
  sqlite
    .prepare(
      "INSERT INTO settings (key, value) VALUES ('termijnen', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(JSON.stringify(termijnSettingsSchema.parse(value)));
}

/** Issue 4: the largest PDF the store accepts (setting; the transport's hard limit is 100 MB). */
export const documentSettingsSchema = z.object({ maxMb: z.number().int().min(1).max(100) });
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;
export const DEFAULT_DOCUMENTEN: DocumentSettings = { maxMb: 100 };

export function readDocumentSettings(sqlite: Database.Database): DocumentSettings {
  const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'documenten'").get() as
    { value: string } | undefined;
  if (!row) return DEFAULT_DOCUMENTEN;
  try {
    const parsed = documentSettingsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_DOCUMENTEN;
  } catch {
    return DEFAULT_DOCUMENTEN;
  }
}

export function writeDocumentSettings(sqlite: Database.Database, value: DocumentSettings): void {
  sqlite
    .prepare(
      "INSERT INTO settings (key, value) VALUES ('documenten', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(JSON.stringify(documentSettingsSchema.parse(value)));
}
