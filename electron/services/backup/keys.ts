import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scryptSync,
} from 'node:crypto';
import { z } from 'zod';
import { maakHerstelsleutel } from '../../domain/backup';

// The keys of the backups (issue 11, item 3). One random backup data key (BDK) per install, made
// when the beheerder sets up the herstelsleutel. It is kept twice, wrapped (AES-256-GCM):
//  - by a key derived with scrypt from the herstelsleutel on paper: opens the backups on any
//    machine, also when this one (and its OS key store) is gone;
//  - by a key derived from the app's master key: the daily verification and a restore on this
//    machine need no paper.
// The BDK wraps each generation's database key and derives the key of the backup's document
// blobs, so a backup never holds the master key, and the herstelsleutel never opens live data.

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
export const wrappedSchema = z.object({ iv: b64, tag: b64, data: b64 }).strict();
export type Wrapped = z.infer<typeof wrappedSchema>;

/** scrypt's cost: 2^15 × 8 × 128 bytes = 32 MiB and ~0.1 s per try; the key has 150 bits anyway. */
const SCRYPT = { N: 32768, r: 8, p: 1 } as const;

export const sleutelSchema = z
  .object({
    /** Names the BDK (an HMAC of it): tells which key a generation needs, reveals nothing. */
    id: z.string().regex(/^[0-9a-f]{16}$/),
    herstel: z
      .object({
        kdf: z.literal('scrypt'),
        N: z.number().int().positive(),
        r: z.number().int().positive(),
        p: z.number().int().positive(),
        salt: b64,
        sleutel: wrappedSchema,
      })
      .strict(),
    master: wrappedSchema,
  })
  .strict();
export type Sleutel = z.infer<typeof sleutelSchema>;

function wrap(plain: Buffer, key: Buffer, aad: string): Wrapped {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The wrapped key, or null when `key` is not the one that wrapped it (or the data is damaged). */
function unwrap(w: Wrapped, key: Buffer, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(w.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

const masterWrapKey = (masterKey: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'tla/backup-wrap', 32));

function herstelWrapKey(
  herstelsleutel: string,
  salt: Buffer,
  h: { readonly N: number; readonly r: number; readonly p: number },
): Buffer {
  const normal = herstelsleutel.replace(/-/g, '');
  return scryptSync(normal, salt, 32, { N: h.N, r: h.r, p: h.p, maxmem: 128 * h.N * h.r * 2 });
}

export const sleutelId = (bdk: Buffer): string =>
  createHmac('sha256', bdk).update('tla/backup-id').digest('hex').slice(0, 16);

/** A new herstelsleutel (printed form) from 30 random bytes. */
export const nieuweHerstelsleutel = (): string => maakHerstelsleutel(randomBytes(30));

/** Wraps `bdk` (a new one when absent) under the herstelsleutel and the master key. */
export function maakSleutel(
  herstelsleutel: string,
  masterKey: Buffer,
  bdk: Buffer = randomBytes(32),
): { sleutel: Sleutel; bdk: Buffer } {
  const id = sleutelId(bdk);
  const salt = randomBytes(16);
  return {
    bdk,
    sleutel: {
      id,
      herstel: {
        kdf: 'scrypt',
        ...SCRYPT,
        salt: salt.toString('base64'),
        sleutel: wrap(bdk, herstelWrapKey(herstelsleutel, salt, SCRYPT), `herstel:${id}`),
      },
      master: wrap(bdk, masterWrapKey(masterKey), `master:${id}`),
    },
  };
}

/** The same key file with the BDK wrapped anew for this machine's master key (after a restore). */
export const metMaster = (s: Sleutel, bdk: Buffer, masterKey: Buffer): Sleutel => ({
  ...s,
  master: wrap(bdk, masterWrapKey(masterKey), `master:${s.id}`),
});

/** The BDK through this machine's master key; null when another machine made the backups. */
export function bdkViaMaster(s: Sleutel, masterKey: Buffer): Buffer | null {
  const bdk = unwrap(s.master, masterWrapKey(masterKey), `master:${s.id}`);
  return bdk !== null && sleutelId(bdk) === s.id ? bdk : null;
}

/** The BDK through the herstelsleutel (printed form); null when it is not this key's. */
export function bdkViaHerstelsleutel(s: Sleutel, herstelsleutel: string): Buffer | null {
  const h = s.herstel;
  if (h.N > 1 << 20 || h.r > 16 || h.p > 4) return null; // a damaged file must not hang the app
  const key = herstelWrapKey(herstelsleutel, Buffer.from(h.salt, 'base64'), h);
  const bdk = unwrap(h.sleutel, key, `herstel:${s.id}`);
  return bdk !== null && sleutelId(bdk) === s.id ? bdk : null;
}

/** A generation's database key, wrapped by the BDK (the generation's id is bound in). */
export const wrapDatabaseKey = (dbKey: Buffer, bdk: Buffer, generatie: string): Wrapped =>
  wrap(dbKey, bdk, `db:${generatie}`);
export const unwrapDatabaseKey = (w: Wrapped, bdk: Buffer, generatie: string): Buffer | null =>
  unwrap(w, bdk, `db:${generatie}`);

/** The key of the backup's document blobs (the same store format as the live documents). */
export const blobKey = (bdk: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', bdk, Buffer.alloc(0), 'tla/backup-documents', 32));
