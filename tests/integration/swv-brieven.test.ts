import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';
import { registration } from '../support/fixtures';
import { b64, GEGEVENS, LOGO, pdfText, png, tamper } from '../support/swv';

// Issue 10: the letters carry the SWV's details, logo and bezwaar body as the beheerder saved them,
// and none is made (nor an aanvraag registered) while the details are missing or damaged. In its own
// file: pdf.js in this process slows JSON (architecture.md), so the demo is loaded before any text is read.

describe('the demo: letters follow the settings, and none without them', () => {
  let t: TestBackend;
  let sll: Client;
  let beheer: Client;
  let directeur: Client;
  let schoolId: number;

  beforeAll(async () => {
    t = startTestBackend(() => new Date('2026-09-15T10:00:00Z'));
    await client(t.backend).call('setup.loadDemo', {});
    [sll, beheer, directeur] = (await Promise.all(
      ['sll', 'beheer', 'directeur'].map((u) => login(t.backend, u)),
    )) as [Client, Client, Client];
    schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  }, 60000);
  afterAll(() => t.close());

  const terBesluitvorming = async () =>
    (
      await directeur.call('werk.mijn', { role: 'directeur', search: '', offset: 0, limit: 50 })
    ).rows.find((r) => r.state === 'ter_besluitvorming')!.id;

  it('the demo is set up, signed by its directeur-bestuurder', async () => {
    const swv = await sll.call('swv.get', {});
    expect(swv.ingesteld).toBe(true);
    expect(swv.gegevens?.registratienummer).toBe('PO 25-05');
    expect(swv.directeur).toMatchObject({ naam: 'Ingrid Jansen', actief: true });
    // The demo's history holds TLVs already (issue 12): the code is fixed from the start.
    const uitgegeven = openReadonly(t);
    const n = (uitgegeven.prepare('SELECT count(*) AS n FROM tlv_register').get() as { n: number })
      .n;
    uitgegeven.close();
    expect(n).toBeGreaterThan(100);
    expect(swv.afgegevenVolgnummers).toBe(n);
  });

  it('refuses letters and registration while the details are missing or damaged', async () => {
    const aanvraagId = await terBesluitvorming();
    const message = (wat: string) =>
      'De gegevens van het samenwerkingsverband zijn nog niet ingevuld. De functioneel beheerder ' +
      `moet die eerst invullen (Beheer, Samenwerkingsverband); daarna ${wat}.`;
    for (const sql of [
      "UPDATE settings SET value = '{\"naam\": 42}' WHERE key = 'swv'",
      "DELETE FROM settings WHERE key = 'swv'",
    ]) {
      tamper(t, sql);
      expect((await beheer.call('swv.get', {})).beschadigd).toBe(sql.startsWith('UPDATE'));
      const adopt = await directeur.fail('besluit.adopt', { aanvraagId });
      expect(adopt.message).toBe(message('kunt u brieven maken'));
      const register = await sll.fail(
        'aanvraag.register',
        registration(schoolId, { documents: [] }),
      );
      expect(register.message).toBe(message('kunt u aanvragen registreren'));
    }
    const state = (await directeur.call('aanvraag.get', { aanvraagId })).state;
    expect(state).toBe('ter_besluitvorming');
    expect((await sll.call('brieven.list', { aanvraagId })).length).toBe(0);
  });

  it('puts the configured SWV, logo and own bezwaar commissie in the decision letters', async () => {
    const directeurId = (await beheer.call('users.list', {})).find((u) =>
      u.roles.includes('directeur'),
    )!.id;
    await beheer.call('swv.zetten', {
      ...GEGEVENS,
      naam: 'SWV Passend Primair Onderwijs Rijnvallei',
      registratienummer: 'PO 25-05',
      directeurUserId: directeurId,
      bezwaaradvies: {
        soort: 'eigen',
        naam: 'Bezwaaradviescommissie Rijnvallei',
        adres: 'Postbus 222',
        postcode: '6710 BE',
        plaats: 'Ede',
      },
    });
    await beheer.call('swv.logoZetten', { pngBase64: b64(LOGO) });
    const aanvraagId = await terBesluitvorming();
    await directeur.call('besluit.adopt', { aanvraagId });
    const brieven = await sll.call('brieven.list', { aanvraagId });
    const open = async (kind: string) =>
      (await sll.call('brieven.get', { briefId: brieven.find((b) => b.kind === kind)!.id }))
        .dataBase64;

    const ouders = await open('brief_ouders');
    const text = await pdfText(ouders);
    expect(text).toContain('SWV Passend Primair Onderwijs Rijnvallei');
    expect(text).toContain('registratienummer PO 25-05');
    expect(text).toContain('advies aan de Bezwaaradviescommissie Rijnvallei');
    expect(text).toContain('Bezwaaradviescommissie Rijnvallei Postbus 222 6710 BE Ede');
    expect(text).not.toContain('Landelijke Bezwaaradviescommissie');
    expect(Buffer.from(ouders, 'base64').toString('latin1')).toMatch(/\/Subtype \/Image/);

    const school = await pdfText(await open('bericht_school'));
    expect(school).toContain(
      'advies aan de Bezwaaradviescommissie Rijnvallei, Postbus 222, 6710 BE Ede',
    );
    const verklaring = await pdfText(await open('verklaring'));
    expect(verklaring).toContain('SWV Passend Primair Onderwijs Rijnvallei');
    expect(verklaring).toMatch(/PO2505-2026-\d{4}/);
  });

  it('never hands a damaged logo to a letter', async () => {
    // A right header with pixel data that does not inflate (pdf-lib's decoder would loop on it).
    const broken = { png: b64(png(64, 64, Buffer.from('geen pixels'))), breedte: 64, hoogte: 64 };
    tamper(t, `UPDATE settings SET value = '${JSON.stringify(broken)}' WHERE key = 'swv_logo'`);
    expect((await beheer.call('swv.get', {})).logo).toBeNull();
  });

  it('keeps the volgnummer code once TLVs carry it', async () => {
    const e = await beheer.fail('swv.zetten', {
      ...GEGEVENS,
      code: 'PO2599',
      directeurUserId: null,
    });
    expect(e.message).toMatch(
      /^De code PO2505 staat al in \d+ afgegeven TLV-volgnummers en kan niet meer worden gewijzigd\.$/,
    );
    expect((await beheer.call('swv.get', {})).gegevens?.code).toBe('PO2505');
  });

  it('lets only the beheerder change the details and the logo', async () => {
    for (const c of [sll, directeur]) {
      expect((await c.fail('swv.zetten', GEGEVENS)).code).toBe('forbidden');
      expect((await c.fail('swv.logoVerwijderen', {})).code).toBe('forbidden');
      expect((await c.fail('inrichting.status', {})).code).toBe('forbidden');
    }
  });
});
