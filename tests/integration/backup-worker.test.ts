import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataFolder } from '../../db/folder-lock';
import { databaseKey, openDatabase } from '../../db/open';
import { startBackend, type StartedBackend } from '../../electron/api/start';
import { layout, listGeneraties } from '../../electron/services/backup/folder';
import { rowCounts } from '../../electron/services/backup/verify';
import { demoOpp } from '../../electron/demo/pdfs';
import { seedAanvragen } from '../bench/seed';
import { registration } from '../support/fixtures';
import { client, login, type Client } from '../support/backend';

// Issue 11, item 3: a backup runs in a worker thread on a connection of its own, so the backend
// keeps answering procedures — reads and writes — while it copies, re-encrypts and verifies. The
// order of events shows it: the procedures called during a backup answer before the backup does.
// Writes made meanwhile are in the live database; the backup is still verified and restores.

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const key = randomBytes(32);
const dir = tmp('tla-backup-worker-');
const dbPath = path.join(dir, 'tla.sqlite');
let started: StartedBackend;
let map: string;
let beheer: Client;
let sll: Client;

async function registratie(naam: string) {
  const schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  const opp = Buffer.from(
    await demoOpp({
      leerling: { naam, geboortedatum: '2016-01-01', groep: 6 },
      school: { naam: 'S' },
      datum: '2026-09-01',
      seed: 11,
    }),
  );
  return registration(schoolId, {
    leerlingNaam: naam,
    documents: [
      { kind: 'opp', fileName: 'opp.pdf', documentDate: null, dataBase64: opp.toString('base64') },
    ],
  });
}

const start = () =>
  startBackend({
    dbPath,
    documentsDir: path.join(dir, 'documents'),
    documentKey: key,
    backupTimer: false,
    logger: { error: () => undefined },
  });

beforeAll(async () => {
  const first = start();
  await client(first.backend).call('setup.loadDemo', {});
  await first.backend.whenIdle();
  first.backend.close();
  // Big enough that a backup takes a while (seconds), so there is a "during".
  seedAanvragen(dbPath, key, 20_000);
  started = start();
  await started.backend.whenIdle();
  beheer = await login(started.backend, 'beheer');
  sll = await login(started.backend, 'sll');
  map = tmp('tla-backup-worker-map-');
  await beheer.call('backup.mapZetten', { map });
  await beheer.call('backup.herstelsleutelMaken', {});
}, 180_000);

afterAll(() => {
  started.backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(map, { recursive: true, force: true });
});

describe('a backup in the background', () => {
  it('answers reads and writes while it runs, refuses a second one, and is verified and restorable after', async () => {
    const events: string[] = [];
    const backup = beheer.call('backup.maken', {}).then((r) => {
      events.push('backup klaar');
      return r;
    });
    // The backup is under way: the status says so (answered while it runs).
    const status = await beheer.call('backup.status', {});
    events.push('status beantwoord');
    expect(status.bezig).toMatchObject({ reden: 'handmatig' });
    expect(['database', 'documenten', 'controle']).toContain(status.bezig!.fase);

    // Not two at once.
    const second = await beheer.fail('backup.maken', {});
    events.push('tweede geweigerd');
    expect(second).toMatchObject({ code: 'conflict', message: 'Er wordt al een back-up gemaakt.' });

    // A read of the 20,000-row list answers.
    const werk = await sll.call('werk.mijn', {
      role: 'secretaris',
      search: '',
      offset: 0,
      limit: 200,
    });
    events.push('werk.mijn beantwoord');
    expect(werk.total).toBeGreaterThan(5_000);

    // A write (a registration with its PDF) answers and is acknowledged.
    const naam = 'Tijdens Deback-up';
    const written = await sll.call('aanvraag.register', await registratie(naam));
    events.push('schrijven beantwoord');

    // A restore waits for the backup (it would replace what the backup reads).
    const restore = await beheer.fail('backup.terugzetten', {
      generatie: '20260101T000000Z-handmatig',
      bevestigd: true,
    });
    events.push('terugzetten geweigerd');
    expect(restore.code).toBe('conflict');

    const made = await backup;
    expect(events).toEqual([
      'status beantwoord',
      'tweede geweigerd',
      'werk.mijn beantwoord',
      'schrijven beantwoord',
      'terugzetten geweigerd',
      'backup klaar',
    ]);
    expect(made).toMatchObject({ goed: true, melding: null });
    expect((await beheer.call('backup.status', {})).bezig).toBeNull();
    // The worker's connection came and went; the data folder is still this backend's alone.
    expect(lockDataFolder(dbPath)).toBeNull();

    // The write made during the backup is in the live database.
    const found = await sll.call('werk.mijn', {
      role: 'secretaris',
      search: naam,
      offset: 0,
      limit: 10,
    });
    expect(found.rows.map((r) => r.id)).toContain(written.id);

    // The generation is whole: its manifest counts are those of its copy, its verification good.
    const [m] = listGeneraties(layout(map));
    expect(m!.id).toBe(made.generatie);
    expect(m!.verificatie.goed).toBe(true);
    expect(m!.tellingen['aanvragen']).toBeGreaterThan(20_000);

    // Drill: the restore puts exactly that copy back (the restore adds its own audit row).
    expect(
      await beheer.call('backup.terugzetten', { generatie: made.generatie!, bevestigd: true }),
    ).toEqual({ ok: true });
    const restored = openDatabase({ file: dbPath, key: databaseKey(key), readonly: true });
    const counts = rowCounts(restored.sqlite);
    restored.close();
    expect({ ...counts, audit_log: counts['audit_log']! - 1 }).toEqual(m!.tellingen);
    beheer = await login(started.backend, 'beheer');
    expect((await beheer.call('backup.status', {})).generaties[0]!.goed).toBe(true);
  });
});
