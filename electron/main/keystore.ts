import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DOCUMENT_KEY_FILE = 'document-key.bin';
const KEY_BYTES = 32; // AES-256-GCM

export type KeyStorage = Pick<
  Electron.SafeStorage,
  'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
>;

export interface DocumentKeyOptions {
  readonly dir: string;
  readonly safeStorage: KeyStorage;
  readonly platform?: NodeJS.Platform;
  readonly generateKey?: () => Buffer;
}

/** A start-up failure whose message may be shown to the user as is. */
export class KeyStoreError extends Error {
  override readonly name = 'KeyStoreError';
}

/**
 * The key that encrypts dossier documents at rest. It is created once and stored only wrapped by
 * the OS key store (Keychain, DPAPI, libsecret/KWallet), so a copied data folder alone cannot
 * decrypt the documents.
 */
export function loadDocumentKey(options: DocumentKeyOptions): Buffer {
  assertSecureKeyStore(options.safeStorage, options.platform ?? process.platform);
  const file = path.join(options.dir, DOCUMENT_KEY_FILE);
  if (existsSync(file)) return unwrap(options.safeStorage, readFileSync(file));

  const key = (options.generateKey ?? (() => randomBytes(KEY_BYTES)))();
  if (key.length !== KEY_BYTES) throw new Error('document key must be 32 bytes');
  const wrapped = options.safeStorage.encryptString(key.toString('base64'));
  // Write-then-rename: a crash half-way must not leave a truncated key file behind.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, wrapped, { mode: 0o600 });
  renameSync(temporary, file);
  return key;
}

function assertSecureKeyStore(storage: KeyStorage, platform: NodeJS.Platform): void {
  if (!storage.isEncryptionAvailable()) {
    throw new KeyStoreError(
      'De beveiligde sleutelopslag van het besturingssysteem is niet beschikbaar. ' +
        'TLA kan de documenten daarom niet veilig versleutelen en start niet.',
    );
  }
  // Without a keyring Chromium on Linux "encrypts" with a hard-coded password: that is plaintext.
  if (platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text') {
    throw new KeyStoreError(
      'Er is geen beveiligde sleutelopslag gevonden (zoals GNOME Keyring of KWallet). ' +
        'TLA bewaart de documentsleutel niet onbeveiligd en start daarom niet.',
    );
  }
}

function unwrap(storage: KeyStorage, wrapped: Buffer): Buffer {
  // Never replace an unreadable key with a new one: every stored document would become unreadable.
  let key: Buffer;
  try {
    key = Buffer.from(storage.decryptString(wrapped), 'base64');
  } catch {
    throw new KeyStoreError(
      'De documentsleutel kan niet worden ontsleuteld met de sleutelopslag van deze gebruiker. ' +
        'Neem contact op met de beheerder.',
    );
  }
  if (key.length !== KEY_BYTES) {
    throw new KeyStoreError('De documentsleutel is beschadigd. Neem contact op met de beheerder.');
  }
  return key;
}
