import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { databaseKey, openDatabase } from '../../../db/open';
import { users } from '../../../db/schema';
import { UserFacingError } from '../../core/errors';
import { leesHerstelsleutel } from '../../domain/backup';
import { createDocumentStore } from '../../documents/store';
import { appendAudit } from '../audit';
import { writeAuditHeadMarker } from '../audit-head';
import { readConfig, updateConfig, type BackupConfig } from './config';
import { fsyncDir } from './files';
import {
  DATABASE_FILE,
  claimSleutelFile,
  layout,
  listGeneraties,
  readSleutelFile,
  type Layout,
  type Manifest,
} from './folder';
import {
  blobKey,
  bdkViaHerstelsleutel,
  bdkViaMaster,
  metMaster,
  unwrapDatabaseKey,
  type Sleutel,
} from './keys';
import { verifyGeneration } from './verify';

// Restoring a generation (issue 11, item 3), in two steps so that nothing of today's data is
// touched until the restored data is whole on disk:
//  1. prepare: open the backup's key (the master key, or the herstelsleutel on another machine),
//     verify the generation with every document, copy the database into the data folder and
//     re-key it to this machine's database key (PRAGMA rekey, the copy is in rollback-journal mode),
//     migrate it to this version, write the audit row 'backup.teruggezet', and decrypt every blob
//     from the backup and store it again under this machine's master key — all under a folder
//     herstel-<time>/ in the data folder, ciphertext only;
//  2. swap (the backend closed): today's database and documents move aside to apart-gezet-<time>/
//     (kept, never deleted), the prepared ones are renamed into place.

export interface HerstelDoel {
  readonly dbPath: string;
  readonly documentsDir: string;
  readonly masterKey: Buffer;
  readonly migrationsDir?: string;
  readonly nativeBinding?: string;
}

export interface BackupSleutel {
  readonly l: Layout;
  readonly bdk: Buffer;
  readonly sleutel: Sleutel;
}

const herstelsleutelNodig = () =>
  new UserFacingError(
    'invalid_input',
    'Deze back-ups zijn op een andere computer gemaakt: vul de herstelsleutel in.',
    'herstelsleutel',
  );

/** The folder's BDK through this machine's master key, or else through the herstelsleutel. */
export function openBackupSleutel(
  map: string,
  masterKey: Buffer,
  herstelsleutel: string | undefined,
): BackupSleutel {
  const l = layout(map);
  const sleutel = readSleutelFile(l);
  if (sleutel === null)
    throw new UserFacingError(
      'not_found',
      'In deze map staan geen back-ups van TLA (of het sleutelbestand ontbreekt).',
      'map',
    );
  const viaMaster = bdkViaMaster(sleutel, masterKey);
  if (viaMaster !== null) return { l, bdk: viaMaster, sleutel };
  if (herstelsleutel === undefined || herstelsleutel.trim() === '') throw herstelsleutelNodig();
  const read = leesHerstelsleutel(herstelsleutel);
  if (!read.ok) throw new UserFacingError('invalid_input', read.fout, 'herstelsleutel');
  const bdk = bdkViaHerstelsleutel(sleutel, read.sleutel);
  if (bdk === null)
    throw new UserFacingError(
      'invalid_input',
      'Deze herstelsleutel hoort niet bij deze back-ups. Controleer of u de sleutel van dit samenwerkingsverband gebruikt.',
      'herstelsleutel',
    );
  return { l, bdk, sleutel };
}

/**
 * After a restore this install keeps backing up to the same folder under the same herstelsleutel:
 * the folder's key is adopted, wrapped anew for this machine's master key.
 */
export function adoptSleutel(
  configFile: string,
  map: string,
  bs: BackupSleutel,
  masterKey: Buffer,
  nowIso: string,
): void {
  const sleutel = metMaster(bs.sleutel, bs.bdk, masterKey);
  updateConfig(configFile, (c) => ({
    ...c,
    map,
    sleutel,
    sleutelSinds: c.sleutel?.id === sleutel.id ? c.sleutelSinds : nowIso,
  }));
  claimSleutelFile(bs.l, sleutel);
}

/** Whether this machine's master key opens the backups in `map` (no herstelsleutel needed). */
export function opentMetMaster(map: string, masterKey: Buffer): boolean {
  const s = readSleutelFile(layout(map));
  return s !== null && bdkViaMaster(s, masterKey) !== null;
}

export function findGeneratie(l: Layout, id: string): Manifest {
  const m = listGeneraties(l).find((g) => g.id === id);
  if (m === undefined)
    throw new UserFacingError('not_found', 'Deze back-up bestaat niet (meer) in de back-upmap.');
  return m;
}

/** The folder of the backups: the one given (recovery on another machine) or the configured one. */
export function backupMap(configFile: string, given: string | undefined): string {
  if (given !== undefined && given.trim() !== '') return path.resolve(given.trim());
  let config: BackupConfig | null = null;
  try {
    config = readConfig(configFile);
  } catch {
    config = null;
  }
  if (config?.map) return config.map;
  throw new UserFacingError('invalid_input', 'Vul de map met de back-ups in.', 'map');
}

export interface Prepared {
  readonly dir: string;
  readonly dbFile: string;
  readonly documentsDir: string;
  readonly manifest: Manifest;
  readonly apartGezet: string;
}

export interface HerstelActor {
  /** The user who restores (on the Back-ups screen); null in the recovery mode. */
  readonly user: { readonly id: number; readonly username: string } | null;
}

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

export function prepareRestore(
  doel: HerstelDoel,
  sleutel: BackupSleutel,
  generatie: string,
  actor: HerstelActor,
  nowIso: string,
): Prepared {
  const { l, bdk } = sleutel;
  const m = findGeneratie(l, generatie);
  const gdir = path.join(l.generaties, m.id);
  const check = verifyGeneration(l, gdir, m, bdk, nowIso, {
    alleDocumenten: true,
    ...(doel.nativeBinding ? { nativeBinding: doel.nativeBinding } : {}),
  });
  if (!check.goed)
    throw new UserFacingError(
      'domain',
      `Deze back-up is niet in orde en wordt niet teruggezet: ${check.melding ?? ''} Kies een andere.`,
    );
  const oldKey = unwrapDatabaseKey(m.databaseSleutel, bdk, m.id);
  if (oldKey === null)
    throw new UserFacingError('domain', 'De sleutel van deze back-up past niet.');
  const dataDir = path.dirname(doel.dbPath);
  const dir = path.join(dataDir, `herstel-${stamp(nowIso)}-${randomBytes(3).toString('hex')}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  try {
    const dbFile = path.join(dir, 'tla.sqlite');
    fs.copyFileSync(path.join(gdir, DATABASE_FILE), dbFile);
    const newKey = databaseKey(doel.masterKey);
    if (!newKey.equals(oldKey)) rekey(dbFile, oldKey, newKey, doel.nativeBinding);
    const apartGezet = `apart-gezet-${stamp(nowIso)}`;
    const opened = openDatabase({
      file: dbFile,
      key: newKey,
      ...(doel.migrationsDir ? { migrationsDir: doel.migrationsDir } : {}),
      ...(doel.nativeBinding ? { nativeBinding: doel.nativeBinding } : {}),
    });
    try {
      // The restorer is named by user name; their id only when the restored data has the same user.
      const restored =
        actor.user === null
          ? undefined
          : opened.db
              .select({ username: users.username })
              .from(users)
              .where(eq(users.id, actor.user.id))
              .get();
      const sameUser = actor.user !== null && restored?.username === actor.user.username;
      appendAudit(opened.db, nowIso, {
        actorUserId: sameUser && actor.user ? actor.user.id : null,
        action: 'backup.teruggezet',
        objectType: 'backup',
        objectId: null,
        details: JSON.stringify({
          generatie: m.id,
          gemaakt: m.at,
          reden: m.reden,
          door: actor.user === null ? 'herstelmodus' : actor.user.username,
          apartGezet,
        }),
      });
    } finally {
      opened.close();
    }
    const documentsDir = path.join(dir, 'documents');
    const from = createDocumentStore(l.documenten, blobKey(bdk));
    const to = createDocumentStore(documentsDir, doel.masterKey);
    for (const b of m.blobs) {
      const plain = from.get(b.sha256);
      if (createHash('sha256').update(plain).digest('hex') !== b.sha256)
        throw new UserFacingError('domain', 'Een document in deze back-up is beschadigd.');
      to.put(plain);
    }
    fsyncDir(documentsDir);
    return { dir, dbFile, documentsDir, manifest: m, apartGezet };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Re-keys a database copy in place (rollback-journal mode: SQLite3MC re-keys only outside WAL). */
function rekey(file: string, oldKey: Buffer, newKey: Buffer, nativeBinding?: string): void {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${oldKey.toString('hex')}'"`);
    if (db.pragma('journal_mode', { simple: true }) !== 'delete')
      db.pragma('journal_mode = DELETE');
    db.pragma(`rekey="x'${newKey.toString('hex')}'"`);
  } finally {
    db.close();
  }
}

// The database with its WAL, shared memory, journal and the audit head marker (services/audit-head.ts).
const SIDE_FILES = ['', '-wal', '-shm', '-journal', '-head'];

/** Moves today's data aside and the prepared data into place; the backend must be closed. */
export function swapIn(doel: HerstelDoel, p: Prepared): void {
  const dataDir = path.dirname(doel.dbPath);
  let aside = path.join(dataDir, p.apartGezet);
  for (let n = 2; fs.existsSync(aside); n += 1) aside = path.join(dataDir, `${p.apartGezet}-${n}`);
  fs.mkdirSync(aside, { mode: 0o700 });
  const moved: [string, string][] = [];
  const move = (from: string, to: string) => {
    fs.renameSync(from, to);
    moved.push([from, to]);
  };
  try {
    for (const s of SIDE_FILES)
      if (fs.existsSync(doel.dbPath + s)) move(doel.dbPath + s, path.join(aside, `tla.sqlite${s}`));
    if (fs.existsSync(doel.documentsDir)) move(doel.documentsDir, path.join(aside, 'documents'));
    move(p.dbFile, doel.dbPath);
    move(p.documentsDir, doel.documentsDir);
  } catch (error) {
    for (const [from, to] of moved.reverse()) {
      try {
        fs.renameSync(to, from);
      } catch {
        // best effort: what could not move back stays in the aside folder, never deleted
      }
    }
    throw error;
  }
  fs.rmSync(p.dir, { recursive: true, force: true });
  fsyncDir(dataDir);
  // The check at start compares the database's audit head with the marker beside it: the restored
  // database gets its own marker (else it would be refused as missing commits, as it should be
  // when no one restored it on purpose).
  const opened = openDoel(doel);
  try {
    writeAuditHeadMarker(doel.dbPath, opened.sqlite);
  } finally {
    opened.close();
  }
}

/** The data folder's own database, opened with this machine's key (the backend is closed). */
export function openDoel(doel: HerstelDoel): ReturnType<typeof openDatabase> {
  return openDatabase({
    file: doel.dbPath,
    key: databaseKey(doel.masterKey),
    ...(doel.migrationsDir ? { migrationsDir: doel.migrationsDir } : {}),
    ...(doel.nativeBinding ? { nativeBinding: doel.nativeBinding } : {}),
  });
}
