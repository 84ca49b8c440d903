import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { DocumentStore } from '../core/context';
import { UserFacingError } from '../core/errors';
import { BLOB_UNREADABLE_MESSAGE } from '../domain/integriteit';
import { BLOB_ENVELOPE_BYTES, blobFile } from './store';

// Checks of the document store (issue 11, "corruption is never silent"). At start: every blob a row
// names is present and of the length its plaintext size gives (one stat per blob, nothing read).
// After start, in the background: every blob decrypted (AES-GCM checks its tag) and hashed. And the
// reader: a blob that is missing or damaged when opened is told in Dutch, never as a generic error.

/** A blob a row names; `size` is the plaintext size where the row keeps it (minutes: null). */
export interface BlobRef {
  readonly sha256: string;
  readonly size: number | null;
}

export type BlobState = 'ok' | 'missing' | 'damaged';

/** The blob's state by one stat: present, and of the expected length (or at least an envelope). */
export function statBlob(dir: string, ref: BlobRef): BlobState {
  const stat = fs.statSync(blobFile(dir, ref.sha256), { throwIfNoEntry: false });
  if (!stat?.isFile()) return 'missing';
  const ok =
    ref.size === null
      ? stat.size > BLOB_ENVELOPE_BYTES
      : stat.size === ref.size + BLOB_ENVELOPE_BYTES;
  return ok ? 'ok' : 'damaged';
}

/** The blob read whole: decrypted (the GCM tag checks every byte) and its plaintext hashed. */
export function verifyBlob(store: DocumentStore, sha256: string): BlobState {
  let plain: Buffer;
  try {
    plain = store.get(sha256);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'damaged';
  }
  const ok = createHash('sha256').update(plain).digest('hex') === sha256;
  plain.fill(0);
  return ok ? 'ok' : 'damaged';
}

/**
 * The store as readers get it: a blob that cannot be read (missing, short, a flipped byte) throws a
 * Dutch UserFacingError and is reported to `onUnreadable` (the hash only: no name, no pupil data).
 */
export function withDutchReadErrors(
  store: DocumentStore,
  onUnreadable: (sha256: string, state: 'missing' | 'damaged') => void,
): DocumentStore {
  return {
    ...store,
    get(sha256) {
      try {
        return store.get(sha256);
      } catch (error) {
        const state = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'damaged';
        onUnreadable(sha256, state);
        throw new UserFacingError('internal', BLOB_UNREADABLE_MESSAGE[state]);
      }
    },
  };
}
