import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MASTER_KEY_ENV, ServerConfigError } from './config';

// The server's master key (issue 13): the 32 bytes that encrypt the documents and, through HKDF,
// the database (db/open.ts `databaseKey`). In the app it lives in the OS key store; on a server it
// comes from a key file or from the environment variable TLA_MASTER_KEY, and never from the data
// folder: a copy of the data folder (a backup, a stolen disk image) must be useless without it.
// A key file is refused, as ssh refuses a private key, when group or others may read or write it.

const KEY_BYTES = 32;

/** 32 bytes as they are, or as 64 hex digits, or as base64 (with or without padding). */
const keyText = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const bytes = /^[0-9a-fA-F]{64}$/.test(s)
      ? Buffer.from(s, 'hex')
      : /^[A-Za-z0-9+/_-]{43}={0,1}$/.test(s)
        ? Buffer.from(s, s.includes('-') || s.includes('_') ? 'base64url' : 'base64')
        : null;
    if (bytes === null || bytes.length !== KEY_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `moet precies ${KEY_BYTES} bytes zijn: als ruwe bytes, als 64 hexadecimale tekens of in base64.`,
      });
      return z.NEVER;
    }
    return bytes;
  });

function fromText(what: string, value: string): Buffer {
  const parsed = keyText.safeParse(value);
  if (!parsed.success) throw new ServerConfigError([`${what} ${parsed.error.issues[0]?.message}`]);
  return parsed.data;
}

/** The path with its symbolic links resolved, as far as it exists. */
function real(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(real(dir), path.join(real(path.dirname(file)), path.basename(file)));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Reads the key file: a regular file, only for its owner, outside the data folder. */
export function readKeyFile(file: string, dataDir: string): Buffer {
  const what = `Het sleutelbestand ${file}`;
  if (isInside(dataDir, file))
    throw new ServerConfigError([
      `${what} staat in de gegevensmap. Bewaar de sleutel buiten de gegevensmap (bijvoorbeeld /etc/tla/hoofdsleutel), zodat een kopie van de gegevens zonder de sleutel niet te lezen is.`,
    ]);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ServerConfigError([`${what} bestaat niet of kan niet worden gelezen.`]);
  }
  if (!stat.isFile()) throw new ServerConfigError([`${what} is geen gewoon bestand.`]);
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0)
    throw new ServerConfigError([
      `${what} is toegankelijk voor anderen dan de eigenaar (rechten ${(stat.mode & 0o777).toString(8).padStart(4, '0')}). Maak het alleen voor de eigenaar leesbaar: chmod 600 ${file}`,
    ]);
  const bytes = fs.readFileSync(file);
  if (bytes.length === KEY_BYTES) return bytes;
  return fromText(`${what}`, bytes.toString('latin1'));
}

/**
 * The master key from the key file or the environment (exactly one of the two). The variable is
 * removed from `env` once read, so no child process or worker inherits it.
 */
export function readMasterKey(
  masterKeyFile: string | undefined,
  dataDir: string,
  env: Record<string, string | undefined>,
): Buffer {
  const fromEnv = env[MASTER_KEY_ENV];
  delete env[MASTER_KEY_ENV];
  const hasEnv = fromEnv !== undefined && fromEnv.trim() !== '';
  if (masterKeyFile !== undefined && hasEnv)
    throw new ServerConfigError([
      `Geef de hoofdsleutel óf als sleutelbestand (TLA_MASTER_KEY_FILE) óf in ${MASTER_KEY_ENV}, niet allebei.`,
    ]);
  if (masterKeyFile !== undefined) return readKeyFile(masterKeyFile, dataDir);
  if (hasEnv) return fromText(MASTER_KEY_ENV, fromEnv);
  throw new ServerConfigError([
    `Er is geen hoofdsleutel opgegeven. Maak er één buiten de gegevensmap (umask 077; head -c 32 /dev/urandom > /etc/tla/hoofdsleutel) en geef het pad op in TLA_MASTER_KEY_FILE, of geef de sleutel in ${MASTER_KEY_ENV}.`,
  ]);
}
