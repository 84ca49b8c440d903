import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENT_KEY_FILE, KeyStoreError, loadDocumentKey } from '../../../electron/main/keystore';
import * as fake from '../../fakes/electron';

describe('the document key store', () => {
  let dir: string;
  beforeEach(() => {
    fake.resetFakeElectron();
    dir = mkdtempSync(path.join(tmpdir(), 'tla-keystore-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = (platform: NodeJS.Platform = 'linux'): Buffer =>
    loadDocumentKey({ dir, safeStorage: fake.safeStorage, platform });

  it('generates 32 random bytes once and stores them only wrapped by the OS key store', () => {
    const key = load();
    expect(key).toHaveLength(32);
    const stored = readFileSync(path.join(dir, DOCUMENT_KEY_FILE));
    expect(stored.includes(key)).toBe(false);
    expect(stored.toString()).not.toContain(key.toString('base64'));
    expect(stored.toString()).not.toContain(key.toString('hex'));
    expect(fake.safeStorage.decryptString(stored)).toBe(key.toString('base64'));
  });

  it('unwraps the same key on later starts', () => {
    const first = load();
    const second = load();
    expect(second.equals(first)).toBe(true);
  });

  it('gives a fresh data folder a different key', () => {
    const first = load();
    const other = mkdtempSync(path.join(tmpdir(), 'tla-keystore-'));
    try {
      const second = loadDocumentKey({
        dir: other,
        safeStorage: fake.safeStorage,
        platform: 'linux',
      });
      expect(second.equals(first)).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('writes the key file readable by the user only', () => {
    load();
    if (process.platform !== 'win32') {
      expect(statSync(path.join(dir, DOCUMENT_KEY_FILE)).mode & 0o077).toBe(0);
    }
  });

  it('refuses when the OS key store is not available', () => {
    fake.safeStorage.encryptionAvailable = false;
    expect(load).toThrow(KeyStoreError);
    expect(load).toThrow(/sleutelopslag/);
    expect(existsSync(path.join(dir, DOCUMENT_KEY_FILE))).toBe(false);
  });

  it('refuses the plaintext basic_text fallback on Linux', () => {
    fake.safeStorage.storageBackend = 'basic_text';
    expect(() => load('linux')).toThrow(KeyStoreError);
    expect(() => load('linux')).toThrow(/GNOME Keyring of KWallet/);
    expect(existsSync(path.join(dir, DOCUMENT_KEY_FILE))).toBe(false);
  });

  it('refuses basic_text also when a key was stored earlier', () => {
    load('linux');
    fake.safeStorage.storageBackend = 'basic_text';
    expect(() => load('linux')).toThrow(KeyStoreError);
  });

  it('does not ask for the Linux storage backend elsewhere', () => {
    fake.safeStorage.storageBackend = 'basic_text'; // meaningless off Linux
    expect(load('win32')).toHaveLength(32);
  });

  it('never replaces a key it cannot unwrap', () => {
    const file = path.join(dir, DOCUMENT_KEY_FILE);
    writeFileSync(file, 'not wrapped by this store');
    expect(() => load()).toThrow(KeyStoreError);
    expect(readFileSync(file, 'utf8')).toBe('not wrapped by this store');
  });

  it('refuses a damaged key', () => {
    writeFileSync(path.join(dir, DOCUMENT_KEY_FILE), fake.safeStorage.encryptString('c2hvcnQ='));
    expect(() => load()).toThrow(/beschadigd/);
  });
});
