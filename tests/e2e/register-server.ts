import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/api/backend';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { startHttpTransport } from '../../electron/http/server';

// Issue 12's e2e install (tlv-register.spec.ts): the demo, one of its aanvragen decided and sent on
// 25 November 2026 (its TLV ends on 31 July 2028), and then the clock on 1 March 2028, so the
// herindicatie radar (6 months) shows that TLV. The clock runs on from there.

let offset = Date.parse('2026-11-25T10:00:00Z') - Date.now();

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-e2e-register-'));
  const backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: randomBytes(32),
    now: () => new Date(Date.now() + offset),
  });
  if (!(await backend.dispatch({ name: 'setup.loadDemo', input: {} })).ok)
    throw new Error('demo failed to load');
  const as = async (username: string) => {
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
  };
  const directeur = await as('directeur');
  const sll = await as('sll');
  const werk: { rows: { id: number; state: string }[] } = await directeur('werk.mijn', {
    role: 'directeur',
    search: '',
    offset: 0,
    limit: 100,
  });
  const eerste = werk.rows.find((r) => r.state === 'ter_besluitvorming')!;
  await directeur('besluit.adopt', { aanvraagId: eerste.id });
  await sll('aanvraag.verzend', { aanvraagId: eerste.id, verzondenOp: '2026-11-25' });
  await backend.whenIdle();
  offset = Date.parse('2028-03-01T09:00:00Z') - Date.now();
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
