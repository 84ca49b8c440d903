import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseIntegrityError } from '../../db/open';
import { recoveryProblems, startBackend } from '../../electron/api/start';
import { DataFolderInUseError, StartupIntegrityError } from '../../electron/core/integrity';
import { DATABASE_DAMAGED, DATABASE_UNREADABLE } from '../../electron/domain/integriteit';
import { client, login, EERSTE_BEHEERDER } from '../support/backend';

// Issue 11: when the data cannot be opened, the start wrapper starts the recovery backend: it says
// in Dutch what is wrong, offers the backups and restores one, after which the normal backend
// runs in the same process and the login works again.

function setup(key: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-herstel-'));
  const options = {
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: key,
    backupTimer: false,
    logger: { error: () => undefined },
  };
  return { dir, options, start: () => startBackend(options) };
}

async function installWithBackup() {
  const key = randomBytes(32);
  const s = setup(key);
  const started = s.start();
  await client(started.backend).call('setup.createBeheerder', { ...EERSTE_BEHEERDER });
  const beheer = await login(started.backend, EERSTE_BEHEERDER.username, EERSTE_BEHEERDER.password);
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-herstel-map-'));
  await beheer.call('backup.mapZetten', { map });
  const { herstelsleutel } = await beheer.call('backup.herstelsleutelMaken', {});
  const made = await beheer.call('backup.maken', {});
  expect(made.goed).toBe(true);
  started.backend.close();
  return { ...s, key, map, herstelsleutel, generatie: made.generatie! };
}

/** Flips bytes in the middle of the database's second page (the WAL was folded in at close). */
function damagePage(dbPath: string): void {
  const fd = fs.openSync(dbPath, 'r+');
  const page = Buffer.alloc(64);
  fs.readSync(fd, page, 0, 64, 4096 + 1000);
  for (let i = 0; i < page.length; i += 1) page[i] = (page[i] as number) ^ 0xff;
  fs.writeSync(fd, page, 0, 64, 4096 + 1000);
  fs.closeSync(fd);
}

describe('the recovery mode', () => {
  it('starts on a damaged database, says what is wrong in Dutch, restores, and runs normally after', async () => {
    const i = await installWithBackup();
    damagePage(i.options.dbPath);
    const started = i.start();
    expect(started.mode()).toBe('herstel');
    // The recovery backend holds the folder's lock: a second TLA on it is refused.
    expect(() => i.start()).toThrow(DataFolderInUseError);
    const anon = client(started.backend);
    const status = await anon.call('herstel.status', {});
    expect(status.herstelModus).toBe(true);
    expect(status.map).toBe(i.map);
    expect(status.problemen.length).toBeGreaterThan(0);
    expect(status.problemen).toEqual([DATABASE_DAMAGED.message]);
    expect(await anon.fail('auth.login', { username: 'x', password: 'y' })).toEqual({
      code: 'forbidden',
      message:
        'TLA staat in de herstelmodus: de gegevens konden niet worden geopend. Zet eerst een back-up terug.',
    });
    const list = await anon.call('herstel.generaties', {});
    expect(list).toMatchObject({ map: i.map, opentZonderHerstelsleutel: true });
    expect(list.generaties.map((g) => g.id)).toEqual([i.generatie]);
    expect((await anon.fail('herstel.terugzetten', { generatie: i.generatie })).message).toBe(
      'Bevestig dat de huidige gegevens worden vervangen.',
    );

    expect(
      await anon.call('herstel.terugzetten', { generatie: i.generatie, bevestigd: true }),
    ).toEqual({
      ok: true,
    });
    expect(started.mode()).toBe('normaal');
    expect((await anon.call('herstel.status', {})).herstelModus).toBe(false);
    const beheer = await login(
      started.backend,
      EERSTE_BEHEERDER.username,
      EERSTE_BEHEERDER.password,
    );
    expect((await beheer.call('auth.me', {})).username).toBe(EERSTE_BEHEERDER.username);
    // The damaged file was kept aside, not deleted.
    const aside = fs.readdirSync(i.dir).filter((n) => n.startsWith('apart-gezet-'));
    expect(aside).toHaveLength(1);
    expect(fs.existsSync(path.join(i.dir, aside[0]!, 'tla.sqlite'))).toBe(true);
    // In the normal mode the recovery procedures are refused.
    expect(
      (await anon.fail('herstel.terugzetten', { generatie: i.generatie, bevestigd: true })).code,
    ).toBe('forbidden');
    started.backend.close();
  }, 60_000);

  it('on a machine whose key does not open the data, restores only with the herstelsleutel', async () => {
    const i = await installWithBackup();
    // Another master key: the database reads as 'file is not a database'.
    const other = setup(randomBytes(32));
    fs.copyFileSync(i.options.dbPath, other.options.dbPath);
    fs.copyFileSync(path.join(i.dir, 'backup.json'), path.join(other.dir, 'backup.json'));
    const started = other.start();
    expect(started.mode()).toBe('herstel');
    const anon = client(started.backend);
    expect((await anon.call('herstel.status', {})).problemen).toEqual([
      DATABASE_UNREADABLE.message,
    ]);
    const list = await anon.call('herstel.generaties', { map: i.map });
    expect(list.opentZonderHerstelsleutel).toBe(false);
    expect(
      (
        await anon.fail('herstel.terugzetten', {
          map: i.map,
          generatie: i.generatie,
          bevestigd: true,
        })
      ).message,
    ).toBe('Deze back-ups zijn op een andere computer gemaakt: vul de herstelsleutel in.');
    await anon.call('herstel.terugzetten', {
      map: i.map,
      generatie: i.generatie,
      herstelsleutel: i.herstelsleutel,
      bevestigd: true,
    });
    expect(started.mode()).toBe('normaal');
    await login(started.backend, EERSTE_BEHEERDER.username, EERSTE_BEHEERDER.password);
    started.backend.close();
  }, 60_000);

  it('takes start-check problems and corruption as recovery, another process on the folder not', () => {
    expect(
      recoveryProblems(
        new StartupIntegrityError([
          { kind: 'document_missing', message: '3 documenten ontbreken in de documentopslag.' },
        ]),
      ),
    ).toEqual(['3 documenten ontbreken in de documentopslag.']);
    // The same Dutch sentences as the checked open gives (domain/integriteit.ts).
    expect(recoveryProblems(new DatabaseIntegrityError('quick_check failed'))).toEqual([
      DATABASE_DAMAGED.message,
    ]);
    const corrupt = Object.assign(new Error('database disk image is malformed'), {
      name: 'SqliteError',
      code: 'SQLITE_CORRUPT',
    });
    expect(recoveryProblems(corrupt)).toEqual([DATABASE_DAMAGED.message]);
    const notADb = Object.assign(new Error('file is not a database'), {
      name: 'SqliteError',
      code: 'SQLITE_NOTADB',
    });
    expect(recoveryProblems(notADb)).toEqual([DATABASE_UNREADABLE.message]);
    expect(recoveryProblems(new DataFolderInUseError())).toBeNull();
    expect(recoveryProblems(new Error('ENOSPC'))).toBeNull();
  });
});
