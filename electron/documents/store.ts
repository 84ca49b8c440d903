import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentStore } from '../core/context';

// Document store (architecture decision 7): content-addressed by the SHA-256 of the plaintext,
// encrypted at rest with AES-256-GCM. A blob is written to a temporary name in the same folder and
// renamed, so a crash leaves either no blob or a whole one; the temporary file holds ciphertext
// only. No decrypted copy is ever written to disk.

const IV_BYTES = 12;
const TAG_BYTES = 16;
export type { DocumentStore };

const MAGIC = Buffer.from('TLA1');

export function createDocumentStore(dir: string, key: Buffer): DocumentStore {
  if (key.length !== 32) throw new Error('document key must be 32 bytes');
  fs.mkdirSync(dir, { recursive: true });
  const blobPath = (sha: string): string => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('invalid document hash');
    return path.join(dir, sha.slice(0, 2), `${sha}.bin`);
  };
  return {
    put(plain) {
      const sha256 = createHash('sha256').update(plain).digest('hex');
      const target = blobPath(sha256);
      if (!fs.existsSync(target)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const iv = randomBytes(IV_BYTES);
        const cipher = createCipheriv('aes-256-gcm', key, iv);
        cipher.setAAD(Buffer.from(sha256));
        const body = Buffer.concat([cipher.update(plain), cipher.final()]);
        const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
        const fd = fs.openSync(tmp, 'wx');
        try {
          fs.writeSync(fd, Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]));
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(tmp, target);
      }
      return { sha256, size: plain.byteLength };
    },
    get(sha256) {
      const data = fs.readFileSync(blobPath(sha256));
      if (!data.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('unknown blob format');
      const iv = data.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
      const tag = data.subarray(MAGIC.length + IV_BYTES, MAGIC.length + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(sha256));
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(data.subarray(MAGIC.length + IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]);
    },
    has(sha256) {
      return fs.existsSync(blobPath(sha256));
    },
    remove(sha256) {
      fs.rmSync(blobPath(sha256), { force: true });
    },
  };
}

/**
 * Crash safety (issue 4): a blob is written before the row that names it commits, so a crash in
 * between leaves a blob without a row; temp files may be left too. At start-up, every blob that no
 * row references and every temp file is removed. (A row without its blob cannot happen: the row is
 * only written after the blob is renamed into place and fsynced.)
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
