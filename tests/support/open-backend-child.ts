// A child process for the lock test (issue 11): opens a backend on a data folder and says what
// happened: "opened" (then keeps it open until killed) or "refused <error name>". Arguments: data
// dir, hex key.
import path from 'node:path';
import { createBackend } from '../../electron/api/backend';
import { DataFolderInUseError } from '../../electron/core/integrity';

const [dir, keyHex] = process.argv.slice(2) as [string, string];
try {
  createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: Buffer.from(keyHex, 'hex'),
    logger: { error: () => undefined },
  });
  process.stdout.write('opened\n');
  setInterval(() => undefined, 60_000); // holds the folder until killed
} catch (error) {
  const name = error instanceof DataFolderInUseError ? error.name : 'other';
  process.stdout.write(`refused ${name}\n`);
  process.exit(3);
}
