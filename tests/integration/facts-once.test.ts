import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/api/backend';
import type { Backend } from '../../electron/contract/envelope';
import { demoAanvraagformulier } from '../../electron/demo/pdfs';
import { client, login, type Client } from '../support/backend';
import { advies, registration } from '../support/fixtures';

// Issue 9 item 5: the facts a transition needs (the checklist, the opschortingen) are read once per
// transaction. The second advice that ends unanimous takes two steps (adviezen_unaniem,
// start_eindadvies) and once read them for the check and again for every step.

let backend: Backend;
let dir: string;
let recording: string[] | null = null;
let sll: Client, voorzitter: Client, ortho: Client, arts: Client;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-facts-'));
  backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: randomBytes(32),
    now: () => new Date('2026-09-15T10:00:00Z'),
    logger: { error: () => undefined },
    traceSql: (sql) => recording?.push(sql),
  });
  await client(backend).call('setup.loadDemo', {});
  [sll, voorzitter, ortho, arts] = (await Promise.all(
    ['sll', 'voorzitter', 'ortho1', 'arts1'].map((u) => login(backend, u)),
  )) as [Client, Client, Client, Client];
}, 60000);

afterAll(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A complete zij-instroom dossier, assigned to ortho1 and arts1: in advies. */
async function inAdvies(): Promise<number> {
  const schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  const doc = async (
    kind: 'aanvraagformulier' | 'opp' | 'ot_verslag' | 'lvs',
    seed: number,
    documentDate: string,
  ) => ({
    kind,
    fileName: `${kind}-${seed}.pdf`,
    documentDate,
    dataBase64: Buffer.from(
      await demoAanvraagformulier({
        leerling: { naam: 'Fleur Testkind', geboortedatum: '2016-03-04', groep: 5 },
        school: { naam: 'De Proefschool' },
        datum: '2026-09-01',
        seed,
      }),
    ).toString('base64'),
  });
  const documents = [
    await doc('aanvraagformulier', 1, '2026-08-28'),
    await doc('opp', 2, '2026-06-01'),
    await doc('ot_verslag', 3, '2026-03-01'),
    await doc('ot_verslag', 4, '2026-06-15'),
    await doc('lvs', 5, '2026-07-01'),
  ];
  const { id } = await sll.call('aanvraag.register', registration(schoolId, { documents }));
  await sll.call('aanvraag.startControle', { aanvraagId: id });
  for (const itemKey of ['aanvraagformulier', 'handelingsdeel_ondertekend', 'zienswijze_ouders']) {
    await sll.call('checklist.tick', { aanvraagId: id, itemKey, status: 'ok' });
  }
  await sll.call('aanvraag.markComplete', { aanvraagId: id });
  const first = (
    await voorzitter.call('toewijzing.candidates', { aanvraagId: id, eersteId: null })
  ).first.find((x) => x.naam === 'Marleen Visser')!.deskundigeId;
  const second = (
    await voorzitter.call('toewijzing.candidates', { aanvraagId: id, eersteId: first })
  ).second.find((x) => x.naam === 'Karim El Amrani')!.deskundigeId;
  await voorzitter.call('toewijzing.assign', { aanvraagId: id, eersteId: first, tweedeId: second });
  return id;
}

/** The statements that read `table` (not those that write it). */
const reads = (statements: readonly string[], table: string) =>
  statements.filter((s) => /^\s*select\b/i.test(s) && new RegExp(`\\b${table}\\b`).test(s));

describe('facts once per transaction', () => {
  it('reads the checklist and the opschortingen once for a second advice that ends unanimous', async () => {
    const id = await inAdvies();
    await ortho.call('advies.submit', advies(id));

    recording = [];
    const { state } = await arts.call('advies.submit', advies(id));
    const statements = recording;
    recording = null;

    // Two steps were taken (unaniem, then on to the eindadvies) ...
    expect(state).toBe('eindadvies_in_opmaak');
    expect(
      statements.filter((s) => /^\s*insert\s+into\s+"?workflow_events\b/i.test(s)),
    ).toHaveLength(2);
    // ... on facts read once.
    expect(reads(statements, 'checklist_ticks')).toHaveLength(1);
    expect(reads(statements, 'opschortingen')).toHaveLength(1);
  });
});
