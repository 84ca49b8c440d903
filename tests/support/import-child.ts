// A child process for the crash test: imports aanvragen with documents in a loop, printing a line
// before each, until it is killed. Arguments: data dir, hex key.
import path from 'node:path';
import { createBackend } from '../../electron/api/backend';
import { demoLvs, demoOpp } from '../../electron/demo/pdfs';
import { registration } from './fixtures';

async function main(): Promise<void> {
  const [dir, keyHex] = process.argv.slice(2) as [string, string];
  const backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: Buffer.from(keyHex, 'hex'),
    logger: { error: () => undefined },
  });
  const login = await backend.dispatch({
    name: 'auth.login',
    input: { username: 'sll', password: 'Vallei-demo-2026!' },
  });
  if (!login.ok) throw new Error('login failed');
  const session = (login.data as { session: string }).session;
  const scholen = await backend.dispatch({ name: 'scholen.list', input: {}, session });
  const schoolId = (scholen as { data: { scholen: { id: number }[] }[] }).data[0]!.scholen[0]!.id;
  for (let i = 0; ; i += 1) {
    const leerling = { naam: `Crash Kind ${i}`, geboortedatum: '2016-01-01', groep: 5 };
    const docs = await Promise.all(
      [demoOpp, demoLvs].map(async (make, k) => ({
        kind: k === 0 ? ('opp' as const) : ('lvs' as const),
        fileName: `doc-${i}-${k}.pdf`,
        documentDate: '2026-09-01',
        dataBase64: Buffer.from(
          await make({ leerling, school: { naam: 'S' }, datum: '2026-09-01', seed: i * 10 + k }),
        ).toString('base64'),
      })),
    );
    process.stdout.write(`import ${i}\n`);
    await backend.dispatch({
      name: 'aanvraag.register',
      session,
      input: registration(schoolId, {
        leerlingNaam: leerling.naam,
        leerlingGeboortedatum: '2016-01-01',
        schoolsoort: 'SBO',
        categorie: null,
        oudersNaam: 'Fam. Crash',
        documents: docs,
      }),
    });
  }
}

void main();
