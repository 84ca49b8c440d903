import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { databaseKey, openDatabase } from '../../db/open';
import { startBackend, type StartedBackend } from '../../electron/api/start';
import { BackupBeforeMigrationError } from '../../electron/core/backup';
import { demoOpp } from '../../electron/demo/pdfs';
import { maakHerstelsleutel } from '../../electron/domain/backup';
import { createDocumentStore } from '../../electron/documents/store';
import { verifyAuditChain } from '../../electron/services/audit';
import { readConfig } from '../../electron/services/backup/config';
import { layout, listGeneraties, type Manifest } from '../../electron/services/backup/folder';
import { prune } from '../../electron/services/backup/make';
import { client, login, type Client } from '../support/backend';
import { migrationsWithOneMore as withOneMore } from '../support/migrations';
import { registration } from '../support/fixtures';

// Issue 11, item 3: backups are encrypted, verified after writing, pruned to at least 14
// generations without losing a blob a kept generation needs, made before a pending migration,
// and restored — on this machine by the master key, on another by the herstelsleutel — in a drill
// that compares every row of every table and every document with the source.

const MIGRATIONS = path.resolve('db/migrations');
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

interface Install {
  readonly dir: string;
  readonly key: Buffer;
  readonly dbPath: string;
  readonly documentsDir: string;
  started: StartedBackend;
  start(migrationsDir?: string): StartedBackend;
  close(): void;
}

let clockMs = Date.parse('2026-11-02T09:00:00Z');
const clock = () => new Date(clockMs);

function install(key: Buffer = randomBytes(32)): Install {
  const dir = tmp('tla-backup-data-');
  const i: Install = {
    dir,
    key,
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    started: undefined as unknown as StartedBackend,
    start(migrationsDir = MIGRATIONS) {
      i.started = startBackend({
        dbPath: i.dbPath,
        documentsDir: i.documentsDir,
        documentKey: key,
        migrationsDir,
        now: clock,
        backupTimer: false,
        logger: { error: () => undefined },
      });
      return i.started;
    },
    close() {
      i.started.backend.close();
    },
  };
  return i;
}

/** Every row of every table, in rowid order (what the drill compares). */
function allRows(file: string, key: Buffer): Record<string, unknown[]> {
  const { sqlite, close } = openDatabase({ file, key: databaseKey(key), readonly: true });
  try {
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    const out: Record<string, unknown[]> = {};
    for (const t of tables) out[t] = sqlite.prepare(`SELECT * FROM "${t}"`).raw().all();
    return out;
  } finally {
    close();
  }
}

/** Every document blob a row names, decrypted: hash → bytes. */
function allDocuments(i: Install): Map<string, Buffer> {
  const { sqlite, close } = openDatabase({
    file: i.dbPath,
    key: databaseKey(i.key),
    readonly: true,
  });
  const store = createDocumentStore(i.documentsDir, i.key);
  try {
    const hashes = [
      ...(sqlite.prepare('SELECT sha256 FROM documenten').pluck().all() as string[]),
      ...(sqlite.prepare('SELECT sha256 FROM brieven').pluck().all() as string[]),
      ...(sqlite
        .prepare('SELECT notulen_sha256 FROM vergaderingen WHERE notulen_sha256 IS NOT NULL')
        .pluck()
        .all() as string[]),
    ];
    return new Map(hashes.map((h) => [h, store.get(h)]));
  } finally {
    close();
  }
}

const UNIQUE = 'Zyxwa Uniekenaam';

async function registerUnique(sll: Client, naam = UNIQUE): Promise<number> {
  const schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  const opp = Buffer.from(
    await demoOpp({
      leerling: { naam, geboortedatum: '2016-01-01', groep: 6 },
      school: { naam: 'S' },
      datum: '2026-09-01',
      seed: 7,
    }),
  );
  const { id } = await sll.call(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: naam,
      documents: [
        {
          kind: 'opp',
          fileName: 'opp.pdf',
          documentDate: null,
          dataBase64: opp.toString('base64'),
        },
      ],
    }),
  );
  return id;
}

let a: Install;
let map: string;
let beheer: Client;
let herstelsleutel: string;

beforeAll(async () => {
  a = install();
  a.start();
  await client(a.started.backend).call('setup.loadDemo', {});
  beheer = await login(a.started.backend, 'beheer');
  await registerUnique(await login(a.started.backend, 'sll'));
  map = tmp('tla-backup-map-');
  await beheer.call('backup.mapZetten', { map });
  herstelsleutel = (await beheer.call('backup.herstelsleutelMaken', {})).herstelsleutel;
}, 120_000);

afterAll(() => {
  a.close();
});

describe('making a backup', () => {
  it('refuses a folder that does not exist, a relative path and the data folder itself, in Dutch', async () => {
    expect((await beheer.fail('backup.mapZetten', { map: path.join(map, 'nope') })).message).toBe(
      'Deze map bestaat niet (of is niet bereikbaar).',
    );
    expect((await beheer.fail('backup.mapZetten', { map: 'backups' })).message).toMatch(
      /^Vul het volledige pad van de map in/,
    );
    expect((await beheer.fail('backup.mapZetten', { map: a.dir })).message).toMatch(
      /^Kies een map buiten de gegevensmap van TLA/,
    );
  });

  it('writes an encrypted, verified generation: no byte of the backup is plaintext', async () => {
    const r = await beheer.call('backup.maken', {});
    expect(r).toMatchObject({ goed: true, melding: null });
    const status = await beheer.call('backup.status', {});
    expect(status.ingesteld).toBe(true);
    expect(status.waarschuwing).toBeNull();
    expect(status.laatsteGoed?.generatie).toBe(r.generatie);
    const g = status.generaties[0]!;
    expect(g).toMatchObject({ id: r.generatie, reden: 'handmatig', goed: true });
    expect(g.aanvragen).toBeGreaterThan(10);
    expect(g.documenten).toBeGreaterThan(10);
    expect(g.documentenGecontroleerd).toBe(12);

    // A pupil name of the demo, to look for besides the unique one.
    const demoName = String(
      (allRows(a.dbPath, a.key)['aanvragen'] as unknown[][])[0]!.find(
        (v) => typeof v === 'string' && /^[A-Z][a-z]+ [A-Z]/.test(v),
      ),
    );
    const files = fs
      .readdirSync(map, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(f.parentPath, f.name));
      expect(bytes.includes('SQLite format 3'), f.name).toBe(false);
      expect(bytes.includes('Zyxwa'), f.name).toBe(false);
      expect(bytes.includes(demoName), f.name).toBe(false);
      expect(bytes.includes('%PDF'), f.name).toBe(false);
    }
    // And nothing plaintext was left in the data folder by the copy (no temp file).
    for (const f of fs
      .readdirSync(a.dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()))
      expect(
        fs.readFileSync(path.join(f.parentPath, f.name)).includes('SQLite format 3'),
        f.name,
      ).toBe(false);
  });

  it('the second generation copies only new documents (blobs are shared)', async () => {
    const l = layout(map);
    const blobs = () =>
      fs
        .readdirSync(l.documenten, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile()).length;
    const before = blobs();
    await registerUnique(await login(a.started.backend, 'sll'), 'Qwert Nogeenkind');
    clockMs += 60_000;
    expect((await beheer.call('backup.maken', {})).goed).toBe(true);
    expect(blobs()).toBe(before + 1);
    expect(listGeneraties(l)).toHaveLength(2);
  });

  it('records a failed backup with its reason when the folder is gone, and warns', async () => {
    const other = tmp('tla-backup-weg-');
    await beheer.call('backup.mapZetten', { map: other });
    fs.rmSync(other, { recursive: true });
    clockMs += 60_000;
    const r = await beheer.call('backup.maken', {});
    expect(r).toEqual({
      generatie: null,
      goed: false,
      melding: 'De back-upmap is niet bereikbaar.',
    });
    const status = await beheer.call('backup.status', {});
    expect(status.pogingen[0]).toMatchObject({
      ok: false,
      melding: 'De back-upmap is niet bereikbaar.',
    });
    expect(status.mapFout).not.toBeNull();
    await beheer.call('backup.mapZetten', { map });
  });
});

describe('the warning on the start page', () => {
  it('is quiet for two days after a good backup, then warns the beheerder and the secretaresse', async () => {
    const sll = await login(a.started.backend, 'sll');
    expect((await sll.call('backup.waarschuwing', {})).waarschuwing).toBeNull();
    const saved = clockMs;
    clockMs += 3 * 24 * 3600_000;
    await expect(
      (await login(a.started.backend, 'sll')).call('backup.waarschuwing', {}),
    ).resolves.toEqual({
      waarschuwing:
        'De laatste geslaagde back-up is 3 dagen oud. Meld dit bij de functioneel beheerder: zonder back-up kunnen gegevens verloren gaan.',
    });
    expect(
      (await (await login(a.started.backend, 'beheer')).call('backup.waarschuwing', {}))
        .waarschuwing,
    ).toBe('De laatste geslaagde back-up is 3 dagen oud. Ga naar Beheer › Back-ups.');
    const ortho = await login(a.started.backend, 'ortho1');
    expect((await ortho.fail('backup.waarschuwing', {})).code).toBe('forbidden');
    clockMs = saved;
    // The logins three days on dropped the sessions past their lifetime (12 hours), the
    // beheerder's among them: she logs in again.
    beheer = await login(a.started.backend, 'beheer');
  });
});

describe('restore', () => {
  it('is refused in Dutch without confirmation', async () => {
    const gen = (await beheer.call('backup.status', {})).generaties[0]!.id;
    expect((await beheer.fail('backup.terugzetten', { generatie: gen })).message).toBe(
      'Bevestig dat de huidige gegevens worden vervangen.',
    );
  });

  it('drill: restores a generation with every row of every table and every document as the source', async () => {
    clockMs += 60_000;
    // The text index writes in the background: the source is compared once it is still.
    await a.started.backend.whenIdle();
    const made = await beheer.call('backup.maken', {});
    expect(made.goed).toBe(true);
    const rows = allRows(a.dbPath, a.key);
    const docs = allDocuments(a);
    expect(docs.size).toBeGreaterThan(10);

    // Work after the backup: it is replaced by the restore (and kept aside).
    const sll = await login(a.started.backend, 'sll');
    await registerUnique(sll, 'Later Ingevoerd');
    clockMs += 60_000;
    expect(
      await beheer.call('backup.terugzetten', { generatie: made.generatie!, bevestigd: true }),
    ).toEqual({
      ok: true,
    });
    // Everyone logs in again on the restored data.
    expect((await beheer.fail('auth.me', {})).code).toBe('unauthenticated');

    const after = allRows(a.dbPath, a.key);
    const audit = after['audit_log'] as unknown[][];
    for (const table of Object.keys(rows))
      if (table !== 'audit_log') expect(after[table], table).toEqual(rows[table]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(rows).sort());
    expect(audit.slice(0, -1)).toEqual(rows['audit_log']);
    const last = audit.at(-1)!;
    expect(last).toContain('backup.teruggezet');
    const details = JSON.parse(
      String(last.find((v) => typeof v === 'string' && v.startsWith('{'))),
    );
    expect(details).toMatchObject({ generatie: made.generatie, door: 'beheer' });
    const restoredDocs = allDocuments(a);
    expect([...restoredDocs.keys()].sort()).toEqual([...docs.keys()].sort());
    for (const [h, bytes] of docs) expect(restoredDocs.get(h)!.equals(bytes), h).toBe(true);

    // The chain holds, today's data was kept aside, and the app works again.
    const db = new Database(a.dbPath, { readonly: true });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${databaseKey(a.key).toString('hex')}'"`);
    expect(verifyAuditChain(db)).toBeNull();
    db.close();
    const aside = fs.readdirSync(a.dir).filter((n) => n.startsWith('apart-gezet-'));
    expect(aside).toHaveLength(1);
    expect(fs.existsSync(path.join(a.dir, aside[0]!, 'tla.sqlite'))).toBe(true);
    expect(fs.readdirSync(a.dir).filter((n) => n.startsWith('herstel-'))).toEqual([]);
    beheer = await login(a.started.backend, 'beheer');
    const zoek = await (
      await login(a.started.backend, 'sll')
    ).call('werk.mijn', {
      role: 'secretaris',
      search: 'Later Ingevoerd',
      offset: 0,
      limit: 10,
    });
    expect(zoek.total).toBe(0);
  }, 120_000);

  it('on another machine asks the herstelsleutel, refuses a wrong one in Dutch, and restores with the right one', async () => {
    const b = install();
    b.start();
    await client(b.started.backend).call('setup.createBeheerder', {
      naam: 'Nieuwe Beheerder',
      username: 'nieuw',
      password: 'Kwartel-Zonnebloem-Rivier-42',
    });
    const nb = await login(b.started.backend, 'nieuw', 'Kwartel-Zonnebloem-Rivier-42');
    // The folder holds another install's backups: no new herstelsleutel over them.
    await nb.call('backup.mapZetten', { map });
    expect((await nb.fail('backup.herstelsleutelMaken', {})).message).toMatch(
      /^In de back-upmap staan al back-ups met een andere herstelsleutel/,
    );
    const status = await nb.call('backup.status', {});
    expect(status.opentZonderHerstelsleutel).toBe(false);
    const gen = status.generaties[0]!.id;

    const noKey = await nb.fail('backup.terugzetten', { generatie: gen, bevestigd: true });
    expect(noKey).toMatchObject({
      code: 'invalid_input',
      message: 'Deze back-ups zijn op een andere computer gemaakt: vul de herstelsleutel in.',
    });
    const other = maakHerstelsleutel(randomBytes(30));
    expect(
      (
        await nb.fail('backup.terugzetten', {
          generatie: gen,
          herstelsleutel: other,
          bevestigd: true,
        })
      ).message,
    ).toBe(
      'Deze herstelsleutel hoort niet bij deze back-ups. Controleer of u de sleutel van dit samenwerkingsverband gebruikt.',
    );
    const typo =
      herstelsleutel.slice(0, 5) +
      (herstelsleutel[5] === 'A' ? 'B' : 'A') +
      herstelsleutel.slice(6);
    expect(
      (
        await nb.fail('backup.terugzetten', {
          generatie: gen,
          herstelsleutel: typo,
          bevestigd: true,
        })
      ).message,
    ).toMatch(/^Deze herstelsleutel klopt niet/);
    // Nothing was changed by the refusals: the new install still has only its beheerder.
    expect((await nb.call('auth.me', {})).username).toBe('nieuw');

    await nb.call('backup.terugzetten', {
      generatie: gen,
      herstelsleutel: herstelsleutel.toLowerCase(),
      bevestigd: true,
    });
    const sll = await login(b.started.backend, 'sll');
    expect(
      (await sll.call('werk.mijn', { role: 'secretaris', search: 'Zyxwa', offset: 0, limit: 10 }))
        .total,
    ).toBe(1);
    expect(allDocuments(b).size).toBeGreaterThan(10);
    // This install adopted the folder's key: it backs up there under the same herstelsleutel.
    const nb2 = await login(b.started.backend, 'beheer');
    clockMs += 60_000;
    expect((await nb2.call('backup.maken', {})).goed).toBe(true);
    expect(readConfig(path.join(b.dir, 'backup.json')).sleutel?.id).toBe(
      readConfig(path.join(a.dir, 'backup.json')).sleutel?.id,
    );
    b.close();
  }, 60_000);
});

describe('pruning', () => {
  it('keeps at least 14 generations', async () => {
    await beheer.call('backup.generatiesZetten', { aantal: 14 });
    expect((await beheer.fail('backup.generatiesZetten', { aantal: 13 })).message).toBe(
      'Minstens 14 generaties.',
    );
    for (let n = 0; n < 15; n += 1) {
      clockMs += 24 * 3600_000;
      beheer = await login(a.started.backend, 'beheer'); // a day later: the session has lapsed
      expect((await beheer.call('backup.maken', {})).goed).toBe(true);
    }
    expect(listGeneraties(layout(map))).toHaveLength(14);
  }, 120_000);

  it('never removes a blob a kept generation needs, and removes the ones none needs', () => {
    const root = tmp('tla-prune-');
    const l = layout(root);
    const blob = (n: number) => n.toString(16).padStart(64, '0');
    const write = (sha: string) => {
      fs.mkdirSync(path.join(l.documenten, sha.slice(0, 2)), { recursive: true });
      fs.writeFileSync(path.join(l.documenten, sha.slice(0, 2), `${sha}.bin`), 'x');
    };
    for (let n = 0; n < 20; n += 1) {
      const id = `g${String(n).padStart(2, '0')}`;
      const dir = path.join(l.generaties, id);
      fs.mkdirSync(dir, { recursive: true });
      // Generation n names blob n (its own) and blob 100 (shared by all).
      const m: Manifest = {
        versie: 1,
        id,
        at: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
        reden: 'dagelijks',
        sleutelId: '0123456789abcdef',
        databaseSleutel: { iv: '', tag: '', data: '' },
        schema: null,
        tellingen: {},
        blobs: [blob(n), blob(100)].map((sha256) => ({ sha256, size: 1 })),
        grootte: 2,
        duurMs: 1,
        verificatie: { goed: n !== 19, at: '', melding: null, documentenGecontroleerd: 0 },
      };
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
      write(blob(n));
    }
    write(blob(100));
    write(blob(200)); // named by no generation
    expect(prune(l, 14)).toEqual({ generaties: 6, blobs: 7 });
    const left = listGeneraties(l).map((g) => g.id);
    expect(left).toHaveLength(14);
    expect(left).toContain('g19');
    expect(left).not.toContain('g05');
    for (const g of listGeneraties(l))
      for (const b of g.blobs)
        expect(
          fs.existsSync(path.join(l.documenten, b.sha256.slice(0, 2), `${b.sha256}.bin`)),
        ).toBe(true);
    expect(fs.existsSync(path.join(l.documenten, '00', `${blob(200)}.bin`))).toBe(false);
    expect(fs.existsSync(path.join(l.documenten, '00', `${blob(3)}.bin`))).toBe(false);
  });
});

describe('before a migration', () => {
  /** A copy of the migrations with one more: the update that is pending at the next start. */
  const migrationsWithOneMore = () =>
    withOneMore('CREATE TABLE proef_migratie (x integer);', tmp('tla-migrations-'));
  const hasTable = (i: Install) => 'proef_migratie' in allRows(i.dbPath, i.key);

  it('refuses to migrate, in Dutch, when the backup before it fails, and changes nothing', () => {
    const dir = migrationsWithOneMore();
    const c = install(a.key); // this machine's key: the backup key opens, the folder is away
    c.start();
    c.close();
    const away = tmp('tla-backup-weg-');
    fs.writeFileSync(
      path.join(c.dir, 'backup.json'),
      JSON.stringify({
        ...readConfig(path.join(a.dir, 'backup.json')),
        map: away,
        pogingen: [],
        laatsteGoed: null,
      }),
    );
    fs.rmSync(away, { recursive: true });
    let thrown: unknown;
    try {
      c.start(dir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(BackupBeforeMigrationError);
    expect((thrown as BackupBeforeMigrationError).dutchMessage).toMatch(
      /maakt dat alleen na een geslaagde back-up, en die lukte niet: De back-upmap is niet bereikbaar\. De gegevens zijn niet veranderd/,
    );
    expect(hasTable(c)).toBe(false);
  });

  it('makes a verified backup when a migration is pending, then migrates', async () => {
    const dir = migrationsWithOneMore();
    a.close();
    clockMs += 60_000;
    a.start(dir);
    expect(a.started.mode()).toBe('normaal');
    expect(hasTable(a)).toBe(true);
    const newest = listGeneraties(layout(map))[0]!;
    expect(newest).toMatchObject({ reden: 'voor_migratie', verificatie: { goed: true } });
    expect(newest.tellingen['proef_migratie']).toBeUndefined();
    // A start without a pending migration makes none.
    a.close();
    a.start(dir);
    expect(listGeneraties(layout(map))[0]!.id).toBe(newest.id);
  }, 60_000);

  it('refuses when backup.json is damaged and changes no row; migrates after a good backup once it is mended', () => {
    const dir = migrationsWithOneMore();
    const c = install(a.key);
    c.start();
    c.close();
    const before = allRows(c.dbPath, c.key); // every table, drizzle's record of migrations too
    const configFile = path.join(c.dir, 'backup.json');
    fs.writeFileSync(configFile, '{"versie": 1, "map": ');
    let thrown: unknown;
    try {
      c.start(dir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(BackupBeforeMigrationError);
    expect((thrown as BackupBeforeMigrationError).dutchMessage).toMatch(
      /lukte niet: het bestand met de back-upinstellingen is beschadigd\. De gegevens zijn niet veranderd/,
    );
    expect(allRows(c.dbPath, c.key)).toEqual(before);
    // Mended, with a folder of its own: the next start makes the backup of the old version first.
    const eigen = tmp('tla-backup-eigen-');
    fs.writeFileSync(
      configFile,
      JSON.stringify({
        ...readConfig(path.join(a.dir, 'backup.json')),
        map: eigen,
        pogingen: [],
        laatsteGoed: null,
      }),
    );
    c.start(dir);
    expect(c.started.mode()).toBe('normaal');
    expect(hasTable(c)).toBe(true);
    const [gemaakt] = listGeneraties(layout(eigen));
    expect(gemaakt).toMatchObject({ reden: 'voor_migratie', verificatie: { goed: true } });
    expect(gemaakt!.tellingen['proef_migratie']).toBeUndefined();
    c.close();
  }, 60_000);
});
