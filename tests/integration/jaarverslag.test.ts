import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../electron/documents/pdf-text';
import {
  client,
  login,
  openReadonly,
  startEmptyWithBeheerder,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';
import { GEGEVENS } from '../support/swv';

// Issue 12 · the jaarverslag PDF through the real procedure table on the demo (two school years of
// decided aanvragen): it holds the same numbers as the report of that school year, per board too;
// only the office makes it; it is audited as an export without names; bad input changes nothing;
// an empty install makes an empty year once the SWV is set up.

const TODAY = '2026-11-25';
const now = new Date(`${TODAY}T10:00:00Z`);
let t: TestBackend;
let sll: Client, directeur: Client, voorzitter: Client, deskundige: Client, beheerder: Client;

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  [sll, directeur, voorzitter, deskundige, beheerder] = (await Promise.all(
    ['sll', 'directeur', 'voorzitter', 'psycho1', 'beheer'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client, Client, Client];
}, 60000);
afterAll(() => t.close());

const JAAR = { soort: 'schooljaar', datum: '2026-01-15' } as const;

function auditExports(): { details: string | null; actor: number | null }[] {
  const db = openReadonly(t);
  try {
    return db
      .prepare(
        `SELECT details, actor_user_id AS actor FROM audit_log WHERE action = 'export' ORDER BY id`,
      )
      .all() as { details: string | null; actor: number | null }[];
  } finally {
    db.close();
  }
}

async function pdfTekst(base64: string): Promise<string> {
  const bytes = Buffer.from(base64, 'base64');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { pages } = await extractPdfText(new Uint8Array(bytes));
  return pages.join(' ').replace(/\s+/g, ' ');
}

const nl = (n: number): string => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

describe('the jaarverslag of 2025-2026 on the demo', () => {
  it('holds the numbers of the report of that school year, in total and per board', async () => {
    const k = await sll.call('rapportage.kengetallen', { periode: JAAR, indeling: 'bestuur' });
    const r = await sll.call('rapportage.jaarverslag', { datum: '2026-01-15' });
    expect(r.fileName).toBe('tlv-jaarverslag-2025-2026.pdf');
    expect(r.mimeType).toBe('application/pdf');
    const text = await pdfTekst(r.dataBase64);
    expect(text).toContain('Jaarverslag toelaatbaarheidsverklaringen');
    expect(text).toContain('Schooljaar 2025-2026 (1 augustus 2025 t/m 31 juli 2026)');
    const swv = await sll.call('swv.get', {});
    expect(text).toContain(swv.gegevens!.naam);

    const besloten = k.totaal['besloten']!;
    const behaald = k.totaal['behaald']!;
    const mediaan = k.totaal['netto.mediaan']!;
    expect(besloten).toBeGreaterThan(50);
    const vorig = await sll.call('rapportage.kengetallen', {
      periode: { soort: 'schooljaar', datum: '2025-01-15' },
    });
    expect(vorig.totaal['besloten']).toBeGreaterThan(50);
    expect(text).toContain('Kengetal Schooljaar 2025-2026 Vorig jaar (2024-2025)');
    expect(text).toContain(`Besloten ${besloten} ${vorig.totaal['besloten']} `);
    expect(text).toContain(`Te laat ${k.totaal['te_laat']} ${vorig.totaal['te_laat']} `);
    expect(text).toContain(`Ontvangen ${k.totaal['ontvangen']} `);
    expect(text).toContain(`Behaald ${nl(behaald)} % ${nl(vorig.totaal['behaald']!)} %`);
    expect(text).toContain(
      `Mediaan netto ${nl(mediaan)} dagen ${nl(vorig.totaal['netto.mediaan']!)} dagen`,
    );
    expect(text).toContain(`90e percentiel bruto ${nl(k.totaal['bruto.p90']!)} dagen`);
    expect(text).toContain(`Totaal ${k.totaal['ontvangen']} ${besloten} `);
    // A row per board with the board's own figures (the report broken down by bestuur).
    expect(k.groepen.length).toBeGreaterThan(1);
    for (const g of k.groepen) {
      const w = g.waarden;
      const figuren =
        `${w['ontvangen']} ${w['besloten']} ${w['afloop.tlv_afgegeven']} ` +
        `${w['behaald'] === null ? '–' : `${nl(w['behaald']!)} %`} ` +
        `${w['netto.mediaan'] === null ? '–' : `${nl(w['netto.mediaan']!)} dagen`}`;
      expect(text).toContain(figuren);
      expect(text).toContain(g.naam.split(' ').slice(0, 3).join(' '));
    }
    // The charts, with the months of the school year.
    for (const titel of [
      'Figuur 1. Doorlooptijd per maand',
      'Figuur 2. Behaald per maand',
      'Figuur 3. Aanvragen per schoolbestuur',
    ])
      expect(text).toContain(titel);
    expect(text).toContain('aug sep okt nov dec jan feb mrt apr mei jun jul');
  });

  it('is made by the voorzitter and the directeur too, and refused to a deskundige and the beheerder', async () => {
    for (const c of [voorzitter, directeur]) {
      const r = await c.call('rapportage.jaarverslag', { datum: '2025-03-01' });
      expect(r.fileName).toBe('tlv-jaarverslag-2024-2025.pdf');
    }
    const voor = auditExports().length;
    for (const c of [deskundige, beheerder])
      expect((await c.fail('rapportage.jaarverslag', { datum: '2026-01-15' })).code).toBe(
        'forbidden',
      );
    expect(auditExports().length).toBe(voor);
  });

  it('is written to the audit log as an export, without any name', async () => {
    const voor = auditExports();
    await sll.call('rapportage.jaarverslag', { datum: '2025-12-01' });
    const na = auditExports();
    expect(na).toHaveLength(voor.length + 1);
    const rij = na.at(-1)!;
    expect(rij.details).toBe('jaarverslag pdf 2025-2026');
    const db = openReadonly(t);
    try {
      const sllId = (
        db.prepare(`SELECT id FROM users WHERE username = 'sll'`).get() as { id: number }
      ).id;
      expect(rij.actor).toBe(sllId);
      const namen = [
        ...(db.prepare('SELECT naam FROM schoolbesturen').all() as { naam: string }[]),
        ...(db.prepare('SELECT naam FROM scholen').all() as { naam: string }[]),
        ...(db.prepare('SELECT leerling_naam AS naam FROM aanvragen').all() as { naam: string }[]),
      ].map((x) => x.naam);
      expect(namen.length).toBeGreaterThan(10);
      for (const naam of namen) expect(rij.details).not.toContain(naam);
    } finally {
      db.close();
    }
  });

  it('refuses bad input in Dutch and writes nothing', async () => {
    const voor = auditExports().length;
    for (const input of [{}, { datum: '2026-02-30' }, { datum: '15-01-2026' }]) {
      const e = await sll.fail('rapportage.jaarverslag', input);
      expect(e.code).toBe('invalid_input');
      expect(e.message).toMatch(/datum/i);
    }
    const extra = await sll.fail('rapportage.jaarverslag', { datum: '2026-01-15', naam: 'x' });
    expect(extra.code).toBe('invalid_input');
    expect(extra.message).not.toMatch(/Unrecognized/);
    expect(extra.message).toContain('naam');
    expect(auditExports().length).toBe(voor);
  });
});

describe('the jaarverslag on an empty install', () => {
  it('asks for the SWV first, then makes an empty year that says so', async () => {
    const { t: empty, beheer } = await startEmptyWithBeheerder(() => now);
    try {
      const temp = 'tijdelijk-Rode-Fiets-42';
      const nieuw = 'Blauwe-Kraanvogel-Zomer-77';
      await beheer.call('users.create', {
        naam: 'Secretaresse',
        username: 'leeg.sll',
        password: temp,
        roles: ['secretaris'],
      });
      const first = await login(empty.backend, 'leeg.sll', temp);
      await first.call('auth.wachtwoordWijzigen', { huidig: temp, nieuw, herhaling: nieuw });
      const c = await login(empty.backend, 'leeg.sll', nieuw);
      const e = await c.fail('rapportage.jaarverslag', { datum: TODAY });
      expect(e.message).toContain('daarna kunt u het jaarverslag maken');
      await beheer.call('swv.zetten', GEGEVENS);
      const r = await c.call('rapportage.jaarverslag', { datum: TODAY });
      expect(r.fileName).toBe('tlv-jaarverslag-2026-2027.pdf');
      const text = await pdfTekst(r.dataBase64);
      expect(text).toContain(`In schooljaar 2026-2027 heeft ${GEGEVENS.naam} geen aanvraag`);
      expect(text).toContain('Ontvangen 0 ');
      expect(text).toContain('Geen besluiten genomen in schooljaar 2026-2027');
    } finally {
      empty.close();
    }
  });
});
