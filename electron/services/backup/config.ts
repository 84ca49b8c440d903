import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  BACKUP_REDENEN,
  MAX_GENERATIES,
  MIN_GENERATIES,
  type BackupStand,
} from '../../domain/backup';
import { sleutelSchema } from './keys';
import { writeFileAtomic } from './files';

// The backup configuration and history live in a small JSON file in the data folder, not in the
// database: the recovery screen must find the backups when the database cannot be opened. It holds
// no personal data (a folder, dates, counts of attempts) and the BDK only wrapped.

export const CONFIG_FILE = 'backup.json';

const pogingSchema = z
  .object({
    at: z.string(),
    reden: z.enum(BACKUP_REDENEN),
    ok: z.boolean(),
    generatie: z.string().nullable(),
    /** Dutch, for the beheerder: what went wrong. */
    melding: z.string().nullable(),
  })
  .strict();
export type Poging = z.infer<typeof pogingSchema>;

export const configSchema = z
  .object({
    versie: z.literal(1),
    map: z.string().min(1).nullable(),
    generaties: z.number().int().min(MIN_GENERATIES).max(MAX_GENERATIES),
    sleutel: sleutelSchema.nullable(),
    /** When the current herstelsleutel was made (ISO instant). */
    sleutelSinds: z.string().nullable(),
    laatsteGoed: z.object({ at: z.string(), generatie: z.string() }).strict().nullable(),
    /** The last attempts, newest first (at most 50). */
    pogingen: z.array(pogingSchema).max(50),
  })
  .strict();
export type BackupConfig = z.infer<typeof configSchema>;

export const LEGE_CONFIG: BackupConfig = {
  versie: 1,
  map: null,
  generaties: MIN_GENERATIES,
  sleutel: null,
  sleutelSinds: null,
  laatsteGoed: null,
  pogingen: [],
};

export const configPath = (dataDir: string): string => path.join(dataDir, CONFIG_FILE);

/** Thrown when backup.json exists but cannot be read: never silently replaced by an empty one. */
export class BackupConfigError extends Error {
  readonly dutchMessage =
    'Het bestand met de back-upinstellingen (backup.json in de gegevensmap) is beschadigd.';
}

export function readConfig(file: string): BackupConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return LEGE_CONFIG;
    throw new BackupConfigError('backup config unreadable');
  }
  try {
    const parsed = configSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  throw new BackupConfigError('backup config damaged');
}

export function writeConfig(file: string, config: BackupConfig): void {
  writeFileAtomic(file, `${JSON.stringify(configSchema.parse(config), null, 2)}\n`);
}

export function updateConfig(
  file: string,
  change: (c: BackupConfig) => BackupConfig,
): BackupConfig {
  const next = change(readConfig(file));
  writeConfig(file, next);
  return next;
}

export function standVan(config: BackupConfig): BackupStand {
  return {
    ingesteld: config.map !== null && config.sleutel !== null,
    laatsteGoed: config.laatsteGoed?.at ?? null,
  };
}

export function metPoging(config: BackupConfig, poging: Poging): BackupConfig {
  return {
    ...config,
    pogingen: [poging, ...config.pogingen].slice(0, 50),
    laatsteGoed:
      poging.ok && poging.generatie !== null
        ? { at: poging.at, generatie: poging.generatie }
        : config.laatsteGoed,
  };
}
