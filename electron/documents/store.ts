import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentStore } from '../core/context';

// Document store (architecture decision 7): content-addressed by the SHA-256 of the plaintext,
// encrypted at rest with AES-256-GCM. A blob is written to a temporary name in the same folder and
// renamed, so a crash leaves either no blob or a whole one; the temporary file holds ciphertext
// only. No decrypted copy is ever written to disk.
//
// Issue 11: `put` returns only when the blob is whole on disk. It writes until every byte is
// written (a write may write fewer bytes than asked, e.g. on a nearly full disk), fsyncs the file,
// renames it, fsyncs the folder (and the folder above when the 2-character folder is new), then
// reads the blob back and decrypts it (GCM tag and SHA-256). Anything short of that throws and
// leaves no temporary file, so the row that would name the blob is never written.

const IV_BYTES = 12;
const TAG_BYTES = 16;
export type { DocumentStore };

const MAGIC = Buffer.from('TLA1');
const HEADER_BYTES = MAGIC.length + IV_BYTES + TAG_BYTES;

/** The file operations the store uses; tests inject faults (a short write, ENOSPC) here. */
export interface StoreIo {
  openSync(file: string, flags: string): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  readFileSync(file: string): Buffer;
}

const nodeIo: StoreIo = {
  openSync: (file, flags) => fs.openSync(file, flags),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  readFileSync: (file) => fs.readFileSync(file),
};

export interface DocumentStoreOptions {
  /** Replaces some of the file operations (fault injection in tests). */
  readonly io?: Partial<StoreIo>;
}

/** The blob read back after writing is not the one written: nothing may name it. */
export class BlobVerifyError extends Error {
  constructor() {
    super('stored blob failed verification');
    this.name = 'BlobVerifyError';
  }
}

export function createDocumentStore(
  dir: string,
  key: Buffer,
  options: DocumentStoreOptions = {},
): DocumentStore {
  if (key.length !== 32) throw new Error('document key must be 32 bytes');
  const io: StoreIo = { ...nodeIo, ...options.io };
  fs.mkdirSync(dir, { recursive: true });
  const blobPath = (sha: string): string => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('invalid document hash');
    return path.join(dir, sha.slice(0, 2), `${sha}.bin`);
  };

  function decode(data: Buffer, sha256: string): Buffer {
    if (!data.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('unknown blob format');
    const iv = data.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
    const tag = data.subarray(MAGIC.length + IV_BYTES, HEADER_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(sha256));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data.subarray(HEADER_BYTES)), decipher.final()]);
  }

  /** The blob at `file` has the expected length, decrypts (GCM tag) and hashes to `sha256`. */
  function isWhole(file: string, sha256: string, plainBytes: number): boolean {
    try {
      const data = io.readFileSync(file);
      if (data.length !== HEADER_BYTES + plainBytes) return false;
      const plain = decode(data, sha256);
      const whole = createHash('sha256').update(plain).digest('hex') === sha256;
      plain.fill(0);
      return whole;
    } catch {
      return false;
    }
  }

  function writeAll(fd: number, bytes: Buffer): void {
    let offset = 0;
    while (offset < bytes.length) {
      const written = io.writeSync(fd, bytes, offset, bytes.length - offset);
      if (!(written > 0)) {
        // A regular file never takes zero bytes without an error; do not spin on it.
        throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
      }
      offset += written;
    }
  }

  /** Makes a rename or a new entry in `folder` durable (POSIX; Windows cannot open a folder). */
  function fsyncFolder(folder: string): void {
    if (process.platform === 'win32') return;
    const fd = io.openSync(folder, 'r');
    try {
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
  }

  return {
    put(plain) {
      const sha256 = createHash('sha256').update(plain).digest('hex');
      const target = blobPath(sha256);
      const result = { sha256, size: plain.byteLength };
      // Content-addressed: a whole blob of the same content is already there. One that is not
      // whole (a short write acknowledged before issue 11) is written again under its name.
      if (fs.existsSync(target) && isWhole(target, sha256, plain.byteLength)) return result;
      const folder = path.dirname(target);
      const createdFolder = fs.mkdirSync(folder, { recursive: true }) !== undefined;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(sha256));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      const blob = Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      let renamed = false;
      try {
        const fd = io.openSync(tmp, 'wx');
        try {
          writeAll(fd, blob);
          io.fsyncSync(fd);
        } finally {
          io.closeSync(fd);
        }
        io.renameSync(tmp, target);
        renamed = true;
        fsyncFolder(folder);
        if (createdFolder) fsyncFolder(dir);
        if (!isWhole(target, sha256, plain.byteLength)) throw new BlobVerifyError();
      } catch (error) {
        // No row names this content yet (the caller writes it only after put returns), and a
        // blob that is not whole must not stay under a name a row could later trust.
        fs.rmSync(renamed ? target : tmp, { force: true });
        throw error;
      }
      return result;
    },
    get(sha256) {
      return decode(fs.readFileSync(blobPath(sha256)), sha256);
    },
    has(sha256) {
      return fs.existsSync(blobPath(sha256));
    },
  };
}

/**
 * Crash safety (issue 4): a blob is written before the row that names it commits, so a crash in
 * between leaves a blob without a row; temp files may be left too. At start-up, every blob that no
 * row references and every temp file is removed. (A row without its blob cannot happen: the row is
 * only written after the blob is renamed into place and fsynced.) Only safe while no other process
 * writes in `dir`: the backend holds the data folder's lock (db/folder-lock.ts) before it sweeps.
 */
export function sweepOrphans(dir: string, referenced: ReadonlySet<string>): number {
  let removed = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const blob = /^([0-9a-f]{64})\.bin$/.exec(entry.name);
    if (entry.name.endsWith('.tmp') || (blob && !referenced.has(blob[1] as string))) {
      fs.rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

// Issue 11 (read-only helpers for the checks at start, documents/check.ts): where a blob lives and
// how many bytes the envelope adds to the plaintext (magic, IV, tag), so a blob's length is checked
// without reading it.

/** The file of the blob with plaintext hash `sha256` in the store at `dir`. */
export function blobFile(dir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid document hash');
  return path.join(dir, sha256.slice(0, 2), `${sha256}.bin`);
}

/** Bytes a blob holds beyond its plaintext: 4 magic + 12 IV + 16 GCM tag. */
export const BLOB_ENVELOPE_BYTES = MAGIC.length + IV_BYTES + TAG_BYTES;
