import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend, type StartedBackend } from '../../electron/api/start';
import { client, login, type Client } from '../support/backend';
import { demoWith50k } from './seed';
import { performance } from 'node:perf_hooks';
import { measure, summarize, type Stat } from './stats';

// Backups and restore (issue 11, item 3): how long a backup (the first, with every document, and
// the next, incremental) and a restore take, with the demo and with the demo plus 50,000
// aanvragen. The goal: a restore of the demo within 5 minutes. Each restore puts the newest
// generation back, verified with every document, and swaps the live backend.

const RESTORE_GOAL_MS = 5 * 60 * 1000;
/** While a backup runs, werk.mijn answers as it does otherwise (P2: 10 ms). */
const WAIT_GOAL_MS = 10;

interface Setup {
  readonly started: StartedBackend;
  beheer: Client;
  readonly map: string;
}

async function setUp(dbPath: string, documentsDir: string, key: Buffer): Promise<Setup> {
  const started = startBackend({
    dbPath,
    documentsDir,
    documentKey: key,
    backupTimer: false,
    logger: { error: () => undefined },
  });
  await started.backend.whenIdle();
  const beheer = await login(started.backend, 'beheer');
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-bench-backups-'));
  await beheer.call('backup.mapZetten', { map });
  await beheer.call('backup.herstelsleutelMaken', {});
  return { started, beheer, map };
}

async function figures(label: string, s: Setup): Promise<Stat[]> {
  const out: Stat[] = [];
  const backup = async () => {
    const r = await s.beheer.call('backup.maken', {});
    if (!r.goed) throw new Error(`backup failed: ${r.melding}`);
    return r.generatie as string;
  };
  out.push(
    await measure('B1', `backup, the first (every document copied) (${label})`, null, 1, backup),
  );
  out.push(await measure('B1', `backup, the next (incremental) (${label})`, null, 3, backup));
  // The backend while a backup runs (in its worker thread): werk.mijn called over and over until
  // the backup answers; every call's time from asking to answer, and the calls are counted.
  {
    const sll = await login(s.started.backend, 'sll');
    const times: number[] = [];
    let klaar = false;
    const backupStart = performance.now();
    const made = s.beheer.call('backup.maken', {}).then((r) => {
      klaar = true;
      return r;
    });
    while (!klaar) {
      const t = performance.now();
      await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 200 });
      times.push(performance.now() - t);
      await new Promise((r) => setImmediate(r));
    }
    const r = await made;
    if (!r.goed) throw new Error(`backup failed: ${r.melding}`);
    process.stdout.write(
      `backup ${label}: ${times.length} werk.mijn answered during a backup of ${Math.round(performance.now() - backupStart)} ms\n`,
    );
    out.push(
      summarize('B3', `werk.mijn secretaris while a backup runs (${label})`, WAIT_GOAL_MS, times),
    );
  }
  const restore = async () => {
    const newest = (await s.beheer.call('backup.status', {})).generaties[0]!.id;
    await s.beheer.call('backup.terugzetten', { generatie: newest, bevestigd: true });
    s.beheer = await login(s.started.backend, 'beheer');
  };
  out.push(
    await measure(
      'B2',
      `restore, verified with every document (${label})`,
      RESTORE_GOAL_MS,
      2,
      restore,
    ),
  );
  const size = (await s.beheer.call('backup.status', {})).generaties[0]!.grootte;
  process.stdout.write(`backup ${label}: one generation ${(size / 1024 / 1024).toFixed(1)} MB\n`);
  return out;
}

export async function backupBench(): Promise<Stat[]> {
  const results: Stat[] = [];
  {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-bench-demo-'));
    const key = (await import('node:crypto')).randomBytes(32);
    const first = startBackend({
      dbPath: path.join(dir, 'tla.sqlite'),
      documentsDir: path.join(dir, 'documents'),
      documentKey: key,
      backupTimer: false,
      logger: { error: () => undefined },
    });
    await client(first.backend).call('setup.loadDemo', {});
    await first.backend.whenIdle();
    first.backend.close();
    const s = await setUp(path.join(dir, 'tla.sqlite'), path.join(dir, 'documents'), key);
    results.push(...(await figures('demo', s)));
    s.started.backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(s.map, { recursive: true, force: true });
  }
  {
    const t = await demoWith50k();
    const s = await setUp(t.dbPath, path.join(t.dir, 'documents'), t.key);
    results.push(...(await figures('demo + 50,000 aanvragen', s)));
    s.started.backend.close();
    fs.rmSync(t.dir, { recursive: true, force: true });
    fs.rmSync(s.map, { recursive: true, force: true });
  }
  return results;
}
