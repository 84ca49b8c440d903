import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AuditHead } from '../domain/integriteit';
import { auditHead } from './audit';

// The head of the audit chain kept outside the database (issue 11): the id and hash of the last
// audit row of the last committed transaction that wrote one. At start the database must hold that
// row with that hash; a database that lost its last commits (a flipped byte in the WAL makes SQLite
// drop that frame and every later one, silently) is refused.
//
// Ordering. The marker is written after the transaction has committed, and a commit in WAL mode with
// synchronous=FULL returns only once the WAL is fsynced: so whatever the marker names is already on
// disk in the database when the marker's bytes are handed to the OS. The marker itself is not
// fsynced (that would double the fsyncs of every audited write): after a crash of the process the
// OS still writes it (the page cache survives), after a power loss it may hold an older head — it
// may lag the database, never lead it, and a lagging head only narrows what the check covers.
//
// Torn writes. The file is created once (fsynced, renamed into place) and then only overwritten in
// place, in two slots of 64 bytes, 512 bytes apart (separate sectors), written in turn. Each slot
// carries its own checksum; a write torn by a power loss spoils at most the slot being written, and
// the reader takes the valid slot with the highest id. Both slots invalid is damage to the file,
// not a power loss: the backend then records a warning and rewrites it (see services/integriteit).

const MAGIC = Buffer.from('TLAH');
const VERSION = 1;
const SLOT_BYTES = 64;
const SLOT_OFFSETS = [0, 512] as const;
const FILE_BYTES = 1024;

/** The marker file beside the database (like its -wal and -shm). */
export function auditHeadMarkerPath(dbPath: string): string {
  return `${dbPath}-head`;
}

export function encodeSlot(head: AuditHead): Buffer {
  if (!/^[0-9a-f]{64}$/.test(head.hash)) throw new Error('invalid audit hash');
  const slot = Buffer.alloc(SLOT_BYTES);
  MAGIC.copy(slot, 0);
  slot.writeUInt8(VERSION, 4);
  slot.writeBigUInt64BE(BigInt(head.id), 8);
  Buffer.from(head.hash, 'hex').copy(slot, 16);
  createHash('sha256').update(slot.subarray(0, 48)).digest().copy(slot, 48, 0, 16);
  return slot;
}

export function decodeSlot(slot: Buffer): AuditHead | null {
  if (slot.length !== SLOT_BYTES || !slot.subarray(0, 4).equals(MAGIC)) return null;
  if (slot.readUInt8(4) !== VERSION) return null;
  const sum = createHash('sha256').update(slot.subarray(0, 48)).digest().subarray(0, 16);
  if (!sum.equals(slot.subarray(48, 64))) return null;
  const id = slot.readBigUInt64BE(8);
  if (id > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return { id: Number(id), hash: slot.subarray(16, 48).toString('hex') };
}

/** What the file says: the newest valid slot, 'absent' (no file) or 'damaged' (no valid slot). */
export type MarkerRead =
  | { readonly state: 'present'; readonly head: AuditHead; readonly slot: 0 | 1 }
  | { readonly state: 'absent' }
  | { readonly state: 'damaged' };

export function decodeMarker(bytes: Buffer): MarkerRead {
  const slots = SLOT_OFFSETS.map((o) =>
    bytes.length >= o + SLOT_BYTES ? decodeSlot(bytes.subarray(o, o + SLOT_BYTES)) : null,
  );
  const [a, b] = slots;
  if (!a && !b) return { state: 'damaged' };
  if (a && (!b || a.id >= b.id)) return { state: 'present', head: a, slot: 0 };
  return { state: 'present', head: b as AuditHead, slot: 1 };
}

export function readAuditHeadMarker(file: string): MarkerRead {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    return { state: 'damaged' };
  }
  return decodeMarker(bytes);
}

/** Creates (or replaces) the marker naming `head` in both slots: temp file, fsync, rename, fsync dir. */
function createMarker(file: string, head: AuditHead): void {
  const bytes = Buffer.alloc(FILE_BYTES);
  const slot = encodeSlot(head);
  for (const o of SLOT_OFFSETS) slot.copy(bytes, o);
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes, 0, bytes.length, 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  syncDir(path.dirname(file));
}

function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; the rename is durable there once the file is flushed.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/**
 * For the restore (and anything else that replaces the database file while no backend runs): writes
 * the marker naming the head of the database now at `dbPath`, opened as `sqlite` (a plain, keyed
 * connection), durably. Call it after the restored file is in place, before the next start.
 */
export function writeAuditHeadMarker(dbPath: string, sqlite: Database.Database): AuditHead {
  const head = auditHead(drizzle(sqlite));
  createMarker(auditHeadMarkerPath(dbPath), head);
  return head;
}

/** The backend's handle on its marker: one open file, a slot written in turn after each commit. */
export interface AuditHeadMarker {
  /** Records `head` (read from the database after the commit). */
  record(head: AuditHead): void;
  close(): void;
}

/**
 * Opens the marker for writing, first making it name `head` (the database's head at start, which the
 * checks found consistent with the marker): created durably if it was absent or damaged.
 */
export function openAuditHeadMarker(dbPath: string, head: AuditHead): AuditHeadMarker {
  const file = auditHeadMarkerPath(dbPath);
  const read = readAuditHeadMarker(file);
  if (read.state !== 'present' || fs.statSync(file).size !== FILE_BYTES) createMarker(file, head);
  let fd: number | null = fs.openSync(file, 'r+');
  let next: 0 | 1 = read.state === 'present' && read.slot === 0 ? 1 : 0;
  let last = read.state === 'present' ? read.head : head;
  const write = (h: AuditHead) => {
    if (fd === null || (h.id === last.id && h.hash === last.hash)) return;
    fs.writeSync(fd, encodeSlot(h), 0, SLOT_BYTES, SLOT_OFFSETS[next]);
    next = next === 0 ? 1 : 0;
    last = h;
  };
  write(head);
  return {
    record: write,
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}
