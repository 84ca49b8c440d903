import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseKey, openDatabase } from '../../db/open';
import { startBackend } from '../../electron/api/start';
import { demoOpp } from '../../electron/demo/pdfs';
import { blobFile } from '../../electron/documents/store';
import { client, login, openReadonly, type Client } from '../support/backend';

// Issue 11, "corruption is never silent": the ways out for one document. A document blob cut short
// or removed refuses the start; when only documents are wrong the recovery mode takes exactly those
// from the backup and TLA starts normally with nothing entered since the backup lost. A blob flipped
// in place (right length) is found after the start; the beheerder learns which aanvraag and which
// document and restores that one from the backup.

async function installWithBackup() {
  const key = randomBytes(32);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-dochstel-'));
  const options = {
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: key,
    backupTimer: false,
    integrityCheckDelayMs: 0,
    logger: { error: () => undefined },
  };
  const started = startBackend(options);
  await client(started.backend).call('setup.loadDemo', {});
  const sll = await login(started.backend, 'sll');
  const bytes = await demoOpp({
    leerling: { naam: 'Corrie Testkind', geboortedatum: '2016-05-06', groep: 5 },
    school: { naam: 'De Regenboog' },
    datum: '2026-09-01',
    seed: 9201,
  });
  const aanvraagId = 1;
  const { id: documentId } = await sll.call('aanvraag.addDocument', {
    aanvraagId,
    kind: 'opp',
    fileName: 'opp-corrie.pdf',
    documentDate: '2026-09-01',
    dataBase64: Buffer.from(bytes).toString('base64'),
  });
  const { sha256 } = await sll.call('document.open', { documentId });
  const aanvraag = await sll.call('aanvraag.get', { aanvraagId });
  const beheer = await login(started.backend, 'beheer');
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-dochstel-map-'));
  await beheer.call('backup.mapZetten', { map });
  await beheer.call('backup.herstelsleutelMaken', {});
  const made = await beheer.call('backup.maken', {});
  expect(made.goed).toBe(true);
  // Entered after the backup: a whole restore would lose it.
  const laterBytes = await demoOpp({
    leerling: { naam: 'Lotte Later', geboortedatum: '2016-03-04', groep: 5 },
    school: { naam: 'De Regenboog' },
    datum: '2026-09-03',
    seed: 9202,
  });
  const later = await sll.call('aanvraag.addDocument', {
    aanvraagId,
    kind: 'overig',
    fileName: 'na-de-backup.pdf',
    documentDate: null,
    dataBase64: Buffer.from(laterBytes).toString('base64'),
  });
  started.backend.close();
  return {
    options,
    dir,
    key,
    aanvraagId,
    documentId,
    laterId: later.id,
    sha256,
    referentie: aanvraag.referentie,
    leerling: aanvraag.leerling.naam,
    generatie: made.generatie!,
    blob: blobFile(options.documentsDir, sha256),
  };
}

function auditRows(i: { options: { dbPath: string }; key: Buffer }, action: string) {
  const db = openReadonly({ dbPath: i.options.dbPath, key: i.key });
  try {
    return db
      .prepare('SELECT object_type, object_id, details FROM audit_log WHERE action = ?')
      .all(action) as { object_type: string; object_id: number | null; details: string }[];
  } finally {
    db.close();
  }
}

/** As the text index leaves a file it could not read: 'mislukt' (written with the backend closed). */
function markUnindexable(i: { options: { dbPath: string }; key: Buffer; documentId: number }) {
  const w = openDatabase({ file: i.options.dbPath, key: databaseKey(i.key) });
  w.sqlite.prepare("UPDATE documenten SET tekst_status = 'mislukt' WHERE id = ?").run(i.documentId);
  w.close();
}

/** The document's text status once it is no longer waiting (or after 60 s). */
async function indexedEventually(
  sll: Client,
  i: { aanvraagId: number; documentId: number },
): Promise<string> {
  let tekst = 'wacht';
  for (let n = 0; n < 600 && !['geindexeerd', 'geen_tekst'].includes(tekst); n += 1) {
    await new Promise((r) => setTimeout(r, 100));
    const idx = await sll.call('document.indexStatus', { aanvraagId: i.aanvraagId });
    tekst = idx.documents.find((d) => d.documentId === i.documentId)!.tekstStatus;
  }
  return tekst;
}

describe('one document back from the backup', () => {
  it('a blob cut short at start: the recovery mode restores just the documents, nothing since the backup is lost', async () => {
    const i = await installWithBackup();
    fs.truncateSync(i.blob, 100);
    markUnindexable(i);
    const started = startBackend(i.options);
    expect(started.mode()).toBe('herstel');
    const anon = client(started.backend);
    const status = await anon.call('herstel.status', {});
    expect(status).toMatchObject({
      herstelModus: true,
      problemen: ['1 document in de documentopslag is beschadigd of onvolledig.'],
      documentenTerugzetten: true,
    });
    expect(await anon.call('herstel.documentenTerugzetten', {})).toEqual({ hersteld: 1 });
    expect(started.mode()).toBe('normaal');
    const sll = await login(started.backend, 'sll');
    const content = await sll.call('document.content', { documentId: i.documentId });
    expect(content.dataBase64.length).toBeGreaterThan(1000);
    const docs = (await sll.call('aanvraag.get', { aanvraagId: i.aanvraagId })).documents;
    expect(docs.map((d) => d.id)).toContain(i.laterId);
    expect(await indexedEventually(sll, i)).toBe('geindexeerd');
    started.backend.close();
    const rows = auditRows(i, 'integriteit.documentenHersteld');
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.details)).toEqual({
      aantal: 1,
      generatie: i.generatie,
      door: 'herstelmodus',
    });
    // The next start passes its checks (the audit head marker moved with the row).
    const again = startBackend(i.options);
    expect(again.mode()).toBe('normaal');
    again.backend.close();
  }, 120_000);

  it('a damaged database: no documents-only way out', async () => {
    const i = await installWithBackup();
    fs.rmSync(i.blob);
    const fd = fs.openSync(i.options.dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, 4096 + 1000);
    fs.closeSync(fd);
    const started = startBackend(i.options);
    expect(started.mode()).toBe('herstel');
    const anon = client(started.backend);
    expect((await anon.call('herstel.status', {})).documentenTerugzetten).toBe(false);
    expect((await anon.fail('herstel.documentenTerugzetten', {})).message).toBe(
      'Niet alleen documenten zijn beschadigd: zet een hele back-up terug.',
    );
    expect(fs.existsSync(i.blob)).toBe(false);
    started.backend.close();
  }, 120_000);

  it('a blob flipped in place: the beheerder is told which aanvraag and document, and restores it', async () => {
    const i = await installWithBackup();
    const size = fs.statSync(i.blob).size;
    const fd = fs.openSync(i.blob, 'r+');
    fs.writeSync(fd, Buffer.alloc(32, 0x5a), 0, 32, Math.floor(size / 2));
    fs.closeSync(fd);
    markUnindexable(i);
    const started = startBackend(i.options);
    expect(started.mode()).toBe('normaal');
    const beheer = await login(started.backend, 'beheer');
    const sll = await login(started.backend, 'sll');
    let status = await beheer.call('beheer.integriteit', {});
    for (let n = 0; n < 600 && status.achtergrond.status !== 'klaar'; n += 1) {
      await new Promise((r) => setTimeout(r, 50));
      status = await beheer.call('beheer.integriteit', {});
    }
    expect(status.achtergrond.status).toBe('klaar');
    expect(status.melding).toBe('1 document in de documentopslag is beschadigd of onvolledig.');
    expect(status.documenten).toEqual([
      {
        documentId: i.documentId,
        aanvraagId: i.aanvraagId,
        referentie: i.referentie,
        soort: 'opp',
        versie: 1,
        documentDatum: '2026-09-01',
        toestand: 'beschadigd',
        backup: { generatie: i.generatie, at: expect.any(String) },
      },
    ]);
    expect(JSON.stringify(status)).not.toContain(i.leerling);
    expect(JSON.stringify(status)).not.toContain('opp-corrie.pdf');
    // The reader gets Dutch, never the wrong bytes.
    expect((await sll.fail('document.content', { documentId: i.documentId })).message).toMatch(
      /^Dit bestand is beschadigd in de documentopslag en kan niet worden geopend\./,
    );
    // Only the beheerder restores.
    expect((await sll.fail('beheer.documentHerstellen', { documentId: i.documentId })).code).toBe(
      'forbidden',
    );
    expect(await beheer.call('beheer.documentHerstellen', { documentId: i.documentId })).toEqual({
      generatie: i.generatie,
      at: expect.any(String),
    });
    expect(fs.statSync(i.blob).size).toBe(size);
    // The text index reads the whole file again.
    expect(await indexedEventually(sll, i)).toBe('geindexeerd');
    const after = await beheer.call('beheer.integriteit', {});
    expect(after.melding).toBeNull();
    expect(after.documenten).toEqual([]);
    expect(
      (await sll.call('document.content', { documentId: i.documentId })).dataBase64.length,
    ).toBeGreaterThan(1000);
    expect(
      (await beheer.fail('beheer.documentHerstellen', { documentId: i.documentId })).message,
    ).toBe('Dit document is in orde in de documentopslag; er is niets te herstellen.');
    // A document no backup holds: refused in Dutch, nothing written.
    const laterSha = (await sll.call('document.open', { documentId: i.laterId })).sha256;
    const laterBlob = blobFile(i.options.documentsDir, laterSha);
    fs.writeFileSync(laterBlob, Buffer.alloc(fs.statSync(laterBlob).size, 1));
    const before = fs.readFileSync(laterBlob);
    expect(
      (await beheer.fail('beheer.documentHerstellen', { documentId: i.laterId })).message,
    ).toMatch(/^Geen back-up bevat dit document/);
    expect(fs.readFileSync(laterBlob).equals(before)).toBe(true);
    started.backend.close();
    const rows = auditRows(i, 'integriteit.documentHersteld');
    expect(rows).toEqual([
      {
        object_type: 'document',
        object_id: i.documentId,
        details: JSON.stringify({ generatie: i.generatie }),
      },
    ]);
  }, 120_000);
});
