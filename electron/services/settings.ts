import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/open';
import { settings } from '../../db/schema';
import { swvFields } from '../contract/swv';
import { domainError } from '../core/errors';
import { BEZWAAR_ONTVANGSTBEVESTIGING_WERKDAGEN } from '../domain/bezwaar';
import { checkLogo, LBT, SWV_NIET_INGERICHT } from '../domain/swv';
import { pngIsHeel } from './logo-png';
import {
  DEFAULT_AANVULLING_WERKDAGEN,
  VERDAGING_WAARSCHUWING_WERKDAGEN,
} from '../domain/termijnen';

// Organisation settings live in the database (architecture decision 10), parsed with zod on read so
// that a damaged value falls back to the default instead of reaching a letter.

/** A stored setting parsed by `schema`: absent, damaged (present but unreadable) or its value. */
function parseSetting<T>(
  db: Db,
  key: string,
  schema: z.ZodType<T>,
): { present: false } | { present: true; value: T | null } {
  const row = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key))
    .get();
  if (!row) return { present: false };
  try {
    const parsed = schema.safeParse(JSON.parse(row.value));
    return { present: true, value: parsed.success ? parsed.data : null };
  } catch {
    return { present: true, value: null };
  }
}

/** The stored value of one setting, parsed by `schema`; the default when absent or damaged. */
function readSetting<T>(db: Db, key: string, schema: z.ZodType<T>, fallback: T): T {
  const stored = parseSetting(db, key, schema);
  return stored.present ? (stored.value ?? fallback) : fallback;
}

function writeSetting(db: Db, key: string, value: string): void {
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run();
}

// The SWV's own details (issue 10): no placeholder ever reaches a letter. Until the beheerder has
// saved them (or when the stored value is damaged) there are none, and letters and registration are
// refused (requireSwvSettings). Stored as the contract's fields parse them; fields added after the
// first version have their defaults, so an older stored value still reads.
const storedOptional = <T extends z.ZodType>(field: T) => z.union([z.null(), field]).default(null);

export const swvSettingsSchema = swvFields.extend({
  telefoon: storedOptional(swvFields.shape.telefoon),
  email: storedOptional(swvFields.shape.email),
  website: storedOptional(swvFields.shape.website),
  directeurUserId: swvFields.shape.directeurUserId.default(null),
  bezwaaradvies: swvFields.shape.bezwaaradvies.default({ ...LBT }),
});
export type SwvSettings = z.output<typeof swvSettingsSchema>;
export type SwvSettingsInput = z.input<typeof swvSettingsSchema>;

/** The saved details, or null when none were saved or the stored value is damaged. */
export function readSwvSettings(db: Db): SwvSettings | null {
  const stored = parseSetting(db, 'swv', swvSettingsSchema);
  return stored.present ? stored.value : null;
}

/** Whether a stored value exists that cannot be read (the screen asks to fill the details in again). */
export function swvSettingsDamaged(db: Db): boolean {
  const stored = parseSetting(db, 'swv', swvSettingsSchema);
  return stored.present && stored.value === null;
}

/**
 * The saved details, or a Dutch refusal of what needs them: `wat` completes the sentence, e.g.
 * 'kunt u brieven maken'.
 */
export function requireSwvSettings(db: Db, wat: string): SwvSettings {
  const swv = readSwvSettings(db);
  if (swv === null) throw domainError(`${SWV_NIET_INGERICHT}; daarna ${wat}.`);
  return swv;
}

export function writeSwvSettings(db: Db, value: SwvSettingsInput): void {
  writeSetting(db, 'swv', JSON.stringify(swvSettingsSchema.parse(value)));
}

/** The logo in the letterhead: a checked PNG with its size in pixels. */
export interface SwvLogo {
  readonly png: Uint8Array;
  readonly breedte: number;
  readonly hoogte: number;
}

const logoSettingSchema = z.object({
  png: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
  breedte: z.number().int(),
  hoogte: z.number().int(),
});

/** The stored logo, checked again on its bytes; null when there is none or it is damaged. */
export function readSwvLogo(db: Db): SwvLogo | null {
  const stored = readSetting(db, 'swv_logo', logoSettingSchema.nullable(), null);
  if (stored === null) return null;
  const png = new Uint8Array(Buffer.from(stored.png, 'base64'));
  const check = checkLogo(png);
  if (!check.ok || check.breedte !== stored.breedte || check.hoogte !== stored.hoogte) return null;
  // A damaged value never reaches a letter (pdf-lib's decoder would loop on broken pixel data).
  if (!pngIsHeel(png)) return null;
  return { png, breedte: check.breedte, hoogte: check.hoogte };
}

/** Stores a logo that passed checkLogo (and embeds in a letter: the caller checked). */
export function writeSwvLogo(db: Db, logo: SwvLogo): void {
  const check = checkLogo(logo.png);
  if (!check.ok) throw new RangeError(check.melding);
  const value = {
    png: Buffer.from(logo.png).toString('base64'),
    breedte: check.breedte,
    hoogte: check.hoogte,
  };
  writeSetting(db, 'swv_logo', JSON.stringify(value));
}

export function deleteSwvLogo(db: Db): void {
  db.delete(settings).where(eq(settings.key, 'swv_logo')).run();
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

// Issue 13 · security: whether a login from another machine needs a second factor (default on).
const beveiligingSchema = z.object({ tweedeFactorOpAfstand: z.boolean() });
export type BeveiligingSettings = z.output<typeof beveiligingSchema>;
const BEVEILIGING_DEFAULT: BeveiligingSettings = { tweedeFactorOpAfstand: true };

export function readBeveiligingSettings(db: Db): BeveiligingSettings {
  return readSetting(db, 'beveiliging', beveiligingSchema, BEVEILIGING_DEFAULT);
}

export function writeBeveiligingSettings(db: Db, value: BeveiligingSettings): void {
  writeSetting(db, 'beveiliging', JSON.stringify(beveiligingSchema.parse(value)));
}
