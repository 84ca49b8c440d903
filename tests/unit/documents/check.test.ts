import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../electron/core/errors';
import { statBlob, verifyBlob, withDutchReadErrors } from '../../../electron/documents/check';
import { blobFile, createDocumentStore } from '../../../electron/documents/store';

// The checks of one blob: by its length at start, whole in the background, and as a reader meets it.

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-check-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function stored() {
  const store = createDocumentStore(dir, randomBytes(32));
  const plain = randomBytes(5000);
  const { sha256, size } = store.put(plain);
  return { store, sha256, size, file: blobFile(dir, sha256) };
}

describe('a blob', () => {
  it('is ok whole, by its length and by decrypting it', () => {
    const { store, sha256, size } = stored();
    expect(statBlob(dir, { sha256, size })).toBe('ok');
    expect(statBlob(dir, { sha256, size: null })).toBe('ok');
    expect(verifyBlob(store, sha256)).toBe('ok');
  });

  it('is missing when deleted, damaged when short, long or when a byte is flipped', () => {
    const { store, sha256, size, file } = stored();
    expect(statBlob(dir, { sha256, size: size + 1 })).toBe('damaged');
    const bytes = fs.readFileSync(file);
    bytes[3000] = (bytes[3000] as number) ^ 1;
    fs.writeFileSync(file, bytes);
    expect(statBlob(dir, { sha256, size })).toBe('ok'); // a flip keeps the length: the background finds it
    expect(verifyBlob(store, sha256)).toBe('damaged');
    fs.truncateSync(file, 100);
    expect(statBlob(dir, { sha256, size })).toBe('damaged');
    fs.truncateSync(file, 20);
    expect(statBlob(dir, { sha256, size: null })).toBe('damaged');
    fs.rmSync(file);
    expect(statBlob(dir, { sha256, size })).toBe('missing');
    expect(verifyBlob(store, sha256)).toBe('missing');
  });

  it('that a reader cannot open is told in Dutch and reported by its hash', () => {
    const { store, sha256, file } = stored();
    const heard: string[] = [];
    const guarded = withDutchReadErrors(store, (sha, state) => heard.push(`${sha}:${state}`));
    expect(guarded.get(sha256).length).toBe(5000);
    fs.truncateSync(file, 100);
    expect(() => guarded.get(sha256)).toThrow(UserFacingError);
    expect(() => guarded.get(sha256)).toThrow(/beschadigd in de documentopslag/);
    fs.rmSync(file);
    expect(() => guarded.get(sha256)).toThrow(/ontbreekt in de documentopslag/);
    expect(heard).toEqual([`${sha256}:damaged`, `${sha256}:damaged`, `${sha256}:missing`]);
  });
});
