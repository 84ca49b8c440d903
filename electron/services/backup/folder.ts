import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BACKUP_REDENEN } from '../../domain/backup';
import { sleutelSchema, wrappedSchema, type Sleutel } from './keys';
import { writeFileAtomic } from './files';

// The backup folder the beheerder chose (e.g. a network drive) holds one folder of TLA's own:
//
//   <map>/TLA-backups/
//     sleutel.json                   the BDK, wrapped by the herstelsleutel and the master key
//     documenten/ab/<sha256>.bin     document blobs, encrypted with the backup's blob key; shared
//                                    by all generations (blobs are immutable, content-addressed)
//     generaties/<id>/database.tla   the database copy, SQLCipher-encrypted (VACUUM INTO)
//     generaties/<id>/manifest.json  when, why, the counts, the blobs it needs, its verification
//
// A generation is built under generaties/.<id>.tmp and renamed once whole; a folder without a
// readable manifest is not a generation.

export const TLA_DIR = 'TLA-backups';

export interface Layout {
  readonly root: string;
  readonly sleutel: string;
  readonly documenten: string;
  readonly generaties: string;
}

export function layout(map: string): Layout {
  const root = path.join(map, TLA_DIR);
  return {
    root,
    sleutel: path.join(root, 'sleutel.json'),
    documenten: path.join(root, 'documenten'),
    generaties: path.join(root, 'generaties'),
  };
}

export const DATABASE_FILE = 'database.tla';
export const MANIFEST_FILE = 'manifest.json';

export const verificatieSchema = z
  .object({
    goed: z.boolean(),
    at: z.string(),
    /** Dutch: what failed, or null. */
    melding: z.string().nullable(),
    documentenGecontroleerd: z.number().int().nonnegative(),
  })
  .strict();
export type Verificatie = z.infer<typeof verificatieSchema>;

export const manifestSchema = z
  .object({
    versie: z.literal(1),
    id: z.string().regex(/^[0-9A-Za-z_-]+$/),
    at: z.string(),
    reden: z.enum(BACKUP_REDENEN),
    sleutelId: z.string(),
    /** The database key of the copy, wrapped by the BDK. */
    databaseSleutel: wrappedSchema,
    /** The newest migration the copy has (drizzle's created_at), so a restore knows its age. */
    schema: z.number().nullable(),
    /** Rows per table in the source at the moment of the copy. */
    tellingen: z.record(z.string(), z.number().int().nonnegative()),
    /** Every blob the copy names: its hash and the size of its encrypted file in documenten/. */
    blobs: z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number() })),
    /** Bytes of this generation: the database copy and the blobs it names. */
    grootte: z.number().int().nonnegative(),
    duurMs: z.number().nonnegative(),
    verificatie: verificatieSchema,
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export function readManifest(dir: string): Manifest | null {
  try {
    const parsed = manifestSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The generations in the folder, newest first; folders without a readable manifest are skipped. */
export function listGeneraties(l: Layout): Manifest[] {
  if (!fs.existsSync(l.generaties)) return [];
  return fs
    .readdirSync(l.generaties, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => readManifest(path.join(l.generaties, e.name)))
    .filter((m): m is Manifest => m !== null && m.id !== '')
    .sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at)));
}

export function readSleutelFile(l: Layout): Sleutel | null {
  try {
    const parsed = sleutelSchema.safeParse(JSON.parse(fs.readFileSync(l.sleutel, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSleutelFile(l: Layout, s: Sleutel): void {
  fs.mkdirSync(l.root, { recursive: true });
  writeFileAtomic(l.sleutel, `${JSON.stringify(s, null, 2)}\n`);
}

/**
 * Whether the folder already holds backups under another backup key (another install, or one
 * before a new start): then TLA must not write there, or those backups would lose their key.
 */
export function andereSleutelInMap(l: Layout, id: string | null): boolean {
  const onDisk = readSleutelFile(l);
  if (onDisk !== null) return onDisk.id !== id;
  return fs.existsSync(l.sleutel);
}

/** Writes this install's key file into the folder (when it differs from what is there). */
export function claimSleutelFile(l: Layout, s: Sleutel): void {
  const onDisk = readSleutelFile(l);
  if (onDisk !== null && JSON.stringify(onDisk) === JSON.stringify(s)) return;
  writeSleutelFile(l, s);
}

/** Whether `map` is an existing folder this process can write in (a probe file, removed). */
export function mapSchrijfbaar(
  map: string,
): 'ok' | 'bestaat_niet' | 'geen_map' | 'niet_schrijfbaar' {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(map);
  } catch {
    return 'bestaat_niet';
  }
  if (!stat.isDirectory()) return 'geen_map';
  const probe = path.join(map, `.tla-schrijftest-${process.pid}`);
  try {
    fs.writeFileSync(probe, 'tla');
    fs.rmSync(probe, { force: true });
    return 'ok';
  } catch {
    return 'niet_schrijfbaar';
  }
}

/** Bytes of a file, or 0 when it is not there. */
export function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
