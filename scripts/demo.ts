import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../electron/api/backend';
import { DEMO_PASSWORD } from '../electron/demo/dataset';

// `npm run demo`: fills the web/dev data folder (TLA_DATA_DIR, default .tla-data) with the demo SWV.
async function main(): Promise<void> {
  const dir = path.resolve(process.env.TLA_DATA_DIR ?? '.tla-data');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keyFile = path.join(dir, 'dev-document-key');
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
  const backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: fs.readFileSync(keyFile),
  });
  const result = await backend.dispatch({ name: 'setup.loadDemo', input: {} });
  backend.close();
  if (!result.ok) {
    process.stderr.write(`${result.error.message}\n`);
    process.exit(1);
  }
  const users = (result.data as { users: { username: string; roles: string[] }[] }).users;
  process.stdout.write(
    `Demo geladen in ${dir}. Wachtwoord voor elke gebruiker: ${DEMO_PASSWORD}\n`,
  );
  for (const u of users) process.stdout.write(`  ${u.username.padEnd(12)} ${u.roles.join(', ')}\n`);
}

void main();
