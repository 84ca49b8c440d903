import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/api/backend';
import type { Backend } from '../../electron/contract/envelope';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { startHttpTransport } from '../../electron/http/server';

// Issue 11's e2e install (bewaren.spec.ts): the demo, two of its aanvragen decided and sent on
// 25 November 2026 (one then gets a bezwaar that runs), and then the clock three years and two
// days on, so the vernietigingslijst has one dossier due and one held, and one request of the AVG
// register whose term passed. The clock runs on from there.

const START = Date.parse('2026-11-25T10:00:00Z');
let offset = START - Date.now();

async function as(backend: Backend, username: string) {
  const r = await backend.dispatch({
    name: 'auth.login',
    input: { username, password: DEMO_PASSWORD },
  });
  if (!r.ok) throw new Error(`login ${username} failed`);
  const session = (r.data as { session: string }).session;
  return async (name: string, input: unknown) => {
    const a = await backend.dispatch({ name, input, session });
    if (!a.ok) throw new Error(`${name}: ${a.error.message}`);
    return a.data as never;
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-e2e-bewaren-'));
  const backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: randomBytes(32),
    now: () => new Date(Date.now() + offset),
  });
  const demo = await backend.dispatch({ name: 'setup.loadDemo', input: {} });
  if (!demo.ok) throw new Error('demo failed to load');
  const directeur = await as(backend, 'directeur');
  const sll = await as(backend, 'sll');
  const werk: { rows: { id: number; state: string }[] } = await directeur('werk.mijn', {
    role: 'directeur',
    search: '',
    offset: 0,
    limit: 100,
  });
  const [a, b] = werk.rows.filter((r) => r.state === 'ter_besluitvorming');
  for (const x of [a!, b!]) {
    await directeur('besluit.adopt', { aanvraagId: x.id });
    await sll('aanvraag.verzend', { aanvraagId: x.id, verzondenOp: '2026-11-25' });
  }
  await sll('bezwaar.registreer', {
    aanvraagId: b!.id,
    ontvangenOp: '2026-11-25',
    postmarkedOn: null,
    doorOuders: true,
    doorSchool: false,
  });
  // A request of ouders under the AVG about a pupil TLA holds nothing of, answered the same day: by
  // 2029 its own term has passed too, so the list offers it with the dossier.
  const { id: verzoekId } = await sll('avg.registreer', {
    soort: 'inzage',
    ontvangenOp: '2026-11-20',
    verzoeker: 'ouder',
    verzoekerNaam: 'P. Elders',
    verzoekerAdres: 'Kerkstraat 1',
    verzoekerPostcode: '6711 AA',
    verzoekerPlaats: 'Ede',
    leerlingNaam: 'Onbekend Kind',
    leerlingGeboortedatum: '2015-05-05',
    omschrijving: null,
  });
  await sll('avg.afhandel', { verzoekId, uitkomst: 'toegewezen', toelichting: '' });
  await backend.whenIdle();
  offset = Date.parse('2029-11-27T09:00:00Z') - Date.now();
  const transport = await startHttpTransport({
    backend,
    staticDir: path.resolve(process.env.TLA_RENDERER_DIR ?? 'dist/renderer'),
    port: Number(process.env.PORT),
    token: process.env.TLA_TOKEN ?? 'e2e-token',
  });
  process.stdout.write(`ready ${transport.url}\n`);
  const stop = () => {
    void transport.close().then(() => {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
