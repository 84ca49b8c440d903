import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { DocumentStore } from '../../core/context';
import { teVerwijderenGeneraties, type BackupReden } from '../../domain/backup';
import { createDocumentStore } from '../../documents/store';
import { metPoging, readConfig, writeConfig, type BackupConfig } from './config';
import { fsyncDir, fsyncFile, writeFileAtomic } from './files';
import {
  DATABASE_FILE,
  MANIFEST_FILE,
  andereSleutelInMap,
  claimSleutelFile,
  layout,
  listGeneraties,
  sizeOf,
  type Layout,
  type Manifest,
} from './folder';
import { blobKey, bdkViaMaster, wrapDatabaseKey } from './keys';
import { rowCounts, verifyGeneration } from './verify';

// Making a backup (issue 11, item 3). The database is copied with `VACUUM INTO`:
// SQLite3MultipleCiphers writes the copy encrypted with the connection's own cipher and key
// (checked: no key in the target gives the same key; a URI key is not available, since
// better-sqlite3 does not open with SQLITE_OPEN_URI), from one read snapshot that includes the
// WAL. temp_store is MEMORY during the copy so that no sort spills a plaintext temp file. The
// blobs the copy names are re-encrypted under the backup's blob key into the shared documenten/
// folder once (incremental: a blob already there is not written again). Then the generation is
// verified, its manifest written, the folder renamed into place, and old generations and blobs
// no generation needs are pruned.
//
// The work runs in a worker thread on a connection of its own (worker.ts, runner.ts), so the
// backend keeps answering while the app writes; only the backup before a migration runs here on
// the main connection (nothing else runs then). The counts must be those of the copy's snapshot,
// and VACUUM cannot run inside a transaction: the counts are read in one read transaction, the
// copy made right after, and `PRAGMA data_version` (which changes when another connection
// commits) read before and after. Unchanged: no commit fell between, the counts are the copy's.
// Changed: the copy is made again (a few times); if writes keep coming, the counts are read from
// the copy itself, which is still one consistent snapshot (SQLite's promise for VACUUM INTO).

export interface BackupBron {
  readonly sqlite: Database.Database;
  /** The key of the live database (and so of its copy). */
  readonly dbKey: Buffer;
  /** The live document store (decrypts with the master key). */
  readonly docs: DocumentStore;
  readonly masterKey: Buffer;
  readonly configFile: string;
  readonly nativeBinding?: string;
}

export interface BackupResultaat {
  readonly generatie: string | null;
  readonly goed: boolean;
  /** Dutch: what went wrong, or null. */
  readonly melding: string | null;
}

/** Thrown inside a backup for a reason the beheerder can act on; recorded with its message. */
export class BackupFout extends Error {}

/** What a running backup is doing, for the Back-ups screen. */
export type BackupFase = 'database' | 'documenten' | 'controle';
export type OnVoortgang = (fase: BackupFase, gedaan: number, totaal: number) => void;

/** The Dutch message of a failed backup: the BackupFout's own, or one for the folder. */
export function meldingVan(error: unknown): string {
  return error instanceof BackupFout
    ? error.message
    : (error as NodeJS.ErrnoException).code === 'ENOSPC'
      ? 'De back-upmap is vol.'
      : 'De back-up kon niet worden geschreven. Controleer of de back-upmap bereikbaar is.';
}

/** Every blob hash a row names: every column called sha256 or ending in _sha256. */
export function referencedBlobHashes(sqlite: Database.Database, schema = 'main'): string[] {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const tables = sqlite
    .prepare(
      `SELECT name FROM ${q(schema)}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    .pluck()
    .all() as string[];
  const hashes = new Set<string>();
  for (const t of tables) {
    const cols = (sqlite.pragma(`${q(schema)}.table_info(${q(t)})`) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c === 'sha256' || c.endsWith('_sha256'));
    for (const c of cols)
      for (const h of sqlite
        .prepare(`SELECT DISTINCT ${q(c)} FROM ${q(schema)}.${q(t)} WHERE ${q(c)} IS NOT NULL`)
        .pluck()
        .all() as string[])
        hashes.add(h);
  }
  return [...hashes].sort();
}

function schemaVersion(sqlite: Database.Database, schema = 'main'): number | null {
  try {
    const v = sqlite
      .prepare(`SELECT max(created_at) FROM "${schema}".__drizzle_migrations`)
      .pluck()
      .get();
    return v === null || v === undefined ? null : Number(v);
  } catch {
    return null;
  }
}

function generatieId(nowIso: string, reden: BackupReden, l: Layout): string {
  const base = `${nowIso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${reden}`;
  let id = base;
  for (let n = 2; fs.existsSync(path.join(l.generaties, id)); n += 1) id = `${base}-${n}`;
  return id;
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** How often the copy is made again when a commit fell between the counts and the copy. */
const COPY_ATTEMPTS = 3;

/** The copy of the database into `file`, encrypted with the source's key, and its counts. */
export function copyDatabase(sqlite: Database.Database, file: string) {
  const tempStore = sqlite.pragma('temp_store', { simple: true });
  sqlite.pragma('temp_store = MEMORY');
  try {
    for (let n = 1; ; n += 1) {
      const read = sqlite.transaction(() => ({
        tellingen: rowCounts(sqlite),
        blobs: referencedBlobHashes(sqlite),
        schema: schemaVersion(sqlite),
        versie: sqlite.pragma('data_version', { simple: true }),
      }));
      const before = read();
      fs.rmSync(file, { force: true });
      sqlite.exec(`VACUUM INTO ${sqlString(file)}`);
      if (sqlite.pragma('data_version', { simple: true }) === before.versie)
        return { tellingen: before.tellingen, blobs: before.blobs, schema: before.schema };
      if (n >= COPY_ATTEMPTS) return countsOfCopy(sqlite, file);
    }
  } finally {
    sqlite.pragma(`temp_store = ${Number(tempStore)}`);
  }
}

/** The counts, blobs and schema of the copy itself (opened with the source's key). */
function countsOfCopy(sqlite: Database.Database, file: string) {
  sqlite.exec(`ATTACH DATABASE ${sqlString(file)} AS kopie`);
  try {
    const kopie = sqlite.transaction(() => ({
      tellingen: rowCounts(sqlite, 'kopie'),
      blobs: referencedBlobHashes(sqlite, 'kopie'),
      schema: schemaVersion(sqlite, 'kopie'),
    }));
    return kopie();
  } finally {
    sqlite.exec('DETACH DATABASE kopie');
  }
}

/**
 * Makes one backup for `reden` on the connection in `bron` and records the attempt in the config.
 * Never throws for I/O. Synchronous: only for the backup before a migration (nothing else runs
 * then); the backend's backups run in a worker thread (runner.ts).
 */
export function makeBackup(bron: BackupBron, reden: BackupReden, now: () => Date): BackupResultaat {
  const started = now();
  const result = maakGeneratie(bron, readConfig(bron.configFile), reden, started, now);
  recordPoging(bron.configFile, reden, started.toISOString(), result);
  return result;
}

/** Records a finished attempt (good or not) in the config in the data folder. */
export function recordPoging(
  configFile: string,
  reden: BackupReden,
  at: string,
  result: BackupResultaat,
): void {
  writeConfig(
    configFile,
    metPoging(readConfig(configFile), {
      at,
      reden,
      ok: result.goed,
      generatie: result.generatie,
      melding: result.melding,
    }),
  );
}

/** Makes and verifies one generation; never throws: a failure is a result with a melding. */
export function maakGeneratie(
  bron: Omit<BackupBron, 'configFile'>,
  config: BackupConfig,
  reden: BackupReden,
  started: Date,
  now: () => Date,
  voortgang: OnVoortgang = () => undefined,
): BackupResultaat {
  try {
    return attempt(bron, config, reden, started.toISOString(), started, now, voortgang);
  } catch (error) {
    return { generatie: null, goed: false, melding: meldingVan(error) };
  }
}

function attempt(
  bron: Omit<BackupBron, 'configFile'>,
  config: BackupConfig,
  reden: BackupReden,
  nowIso: string,
  started: Date,
  now: () => Date,
  voortgang: OnVoortgang,
): BackupResultaat {
  if (config.map === null) throw new BackupFout('Er is geen back-upmap ingesteld.');
  if (config.sleutel === null) throw new BackupFout('Er is nog geen herstelsleutel gemaakt.');
  const bdk = bdkViaMaster(config.sleutel, bron.masterKey);
  if (bdk === null)
    throw new BackupFout(
      'De back-upsleutel past niet bij deze installatie: maak een nieuwe herstelsleutel.',
    );
  if (!fs.existsSync(config.map)) throw new BackupFout('De back-upmap is niet bereikbaar.');
  const l = layout(config.map);
  fs.mkdirSync(l.generaties, { recursive: true });
  fs.mkdirSync(l.documenten, { recursive: true });
  if (andereSleutelInMap(l, config.sleutel.id))
    throw new BackupFout(
      'In de back-upmap staan back-ups met een andere herstelsleutel (van een andere installatie). Kies een eigen map.',
    );
  claimSleutelFile(l, config.sleutel);

  const id = generatieId(nowIso, reden, l);
  const tmp = path.join(l.generaties, `.${id}.tmp`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp);
  try {
    const dbFile = path.join(tmp, DATABASE_FILE);
    voortgang('database', 0, 1);
    const copy = copyDatabase(bron.sqlite, dbFile);
    fsyncFile(dbFile);

    const store = createDocumentStore(l.documenten, blobKey(bdk));
    let unreadable = 0;
    const blobs: Manifest['blobs'] = [];
    let gedaan = 0;
    for (const sha of copy.blobs) {
      if (gedaan++ % 25 === 0) voortgang('documenten', gedaan - 1, copy.blobs.length);
      const file = path.join(l.documenten, sha.slice(0, 2), `${sha}.bin`);
      if (!store.has(sha)) {
        let plain: Buffer;
        try {
          plain = bron.docs.get(sha);
        } catch {
          unreadable += 1;
          continue;
        }
        store.put(plain);
      }
      blobs.push({ sha256: sha, size: sizeOf(file) });
    }
    const zonder = {
      versie: 1 as const,
      id,
      at: nowIso,
      reden,
      sleutelId: config.sleutel.id,
      databaseSleutel: wrapDatabaseKey(bron.dbKey, bdk, id),
      schema: copy.schema,
      tellingen: copy.tellingen,
      blobs,
      grootte: sizeOf(dbFile) + blobs.reduce((s, b) => s + b.size, 0),
      duurMs: 0,
    };
    voortgang('controle', 0, 1);
    let verificatie = verifyGeneration(l, tmp, zonder, bdk, now().toISOString(), {
      ...(bron.nativeBinding ? { nativeBinding: bron.nativeBinding } : {}),
    });
    if (unreadable > 0)
      verificatie = {
        ...verificatie,
        goed: false,
        melding: `${unreadable} documenten konden niet uit de documentopslag worden gelezen en zitten niet in de back-up.`,
      };
    const manifest: Manifest = {
      ...zonder,
      duurMs: now().getTime() - started.getTime(),
      verificatie,
    };
    writeFileAtomic(path.join(tmp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(tmp, path.join(l.generaties, id));
    fsyncDir(l.generaties);
    prune(l, config.generaties);
    return { generatie: id, goed: verificatie.goed, melding: verificatie.melding };
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Keeps the newest `bewaren` generations (at least 14) and the newest good one; then removes the
 * blobs no remaining generation names, and temp folders of interrupted backups.
 */
export function prune(l: Layout, bewaren: number): { generaties: number; blobs: number } {
  const all = listGeneraties(l);
  const weg = new Set(
    teVerwijderenGeneraties(
      all.map((m) => ({ id: m.id, at: m.at, goed: m.verificatie.goed })),
      bewaren,
    ),
  );
  for (const id of weg) fs.rmSync(path.join(l.generaties, id), { recursive: true, force: true });
  for (const e of fs.readdirSync(l.generaties))
    if (e.startsWith('.') && e.endsWith('.tmp'))
      fs.rmSync(path.join(l.generaties, e), { recursive: true, force: true });
  // A generation whose manifest cannot be read is kept (listGeneraties skips it), and so are its
  // blobs: a folder we cannot read protects everything.
  const unreadable = fs
    .readdirSync(l.generaties, { withFileTypes: true })
    .some((e) => e.isDirectory() && !e.name.startsWith('.') && !all.some((m) => m.id === e.name));
  let blobs = 0;
  if (!unreadable) {
    const needed = new Set(
      all.filter((m) => !weg.has(m.id)).flatMap((m) => m.blobs.map((b) => b.sha256)),
    );
    if (fs.existsSync(l.documenten))
      for (const e of fs.readdirSync(l.documenten, { recursive: true, withFileTypes: true })) {
        if (!e.isFile()) continue;
        const m = /^([0-9a-f]{64})\.bin$/.exec(e.name);
        if ((m && !needed.has(m[1] as string)) || e.name.endsWith('.tmp')) {
          fs.rmSync(path.join(e.parentPath, e.name), { force: true });
          blobs += 1;
        }
      }
  }
  return { generaties: weg.size, blobs };
}
