import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ProcedureName } from '../../electron/contract';
import { ROLES, type Role } from '../../electron/domain/types';
import {
  client,
  login,
  startTestBackend,
  type Client,
  type TestBackend,
  openReadonly,
} from '../support/backend';

// S2: every procedure × every role matches the permission table, and random payloads against every
// procedure give only typed rejections and no writes.

let t: TestBackend;
const asRole = new Map<Role, Client>();
const USER_OF: Record<Role, string> = {
  secretaris: 'sll',
  voorzitter: 'voorzitter',
  deskundige: 'psycho1',
  directeur: 'directeur',
  beheerder: 'beheer',
};

beforeAll(async () => {
  t = startTestBackend();
  await client(t.backend).call('setup.loadDemo', {});
  for (const role of ROLES) asRole.set(role, await login(t.backend, USER_OF[role]));
}, 60000);
afterAll(() => t.close());

const names = Object.keys(contract) as ProcedureName[];

describe('permission matrix', () => {
  it('refuses exactly the roles a procedure does not list', async () => {
    for (const name of names) {
      const access = contract[name].access;
      if (access === 'public' || access === 'authenticated') continue;
      for (const role of ROLES) {
        const r = await t.backend.dispatch({ name, input: {}, session: asRole.get(role)?.session });
        const refused = !r.ok && r.error.code === 'forbidden';
        expect(refused, `${name} as ${role}`).toBe(!access.includes(role));
      }
    }
  });

  it('asks for a session on every non-public procedure', async () => {
    for (const name of names) {
      if (contract[name].access === 'public') continue;
      const r = await t.backend.dispatch({ name, input: {} });
      expect(r.ok ? 'ok' : r.error.code, name).toBe('unauthenticated');
    }
  });
});

describe("need-to-know on the reader's own state (issue 4)", () => {
  it('answers not found on positions, notes and index progress without access to the dossier', async () => {
    const db = openReadonly(t);
    const doc = db
      .prepare('SELECT id, aanvraag_id AS aanvraagId FROM documenten LIMIT 1')
      .get() as {
      id: number;
      aanvraagId: number;
    };
    db.close();
    const calls: [ProcedureName, unknown][] = [
      ['document.indexStatus', { aanvraagId: doc.aanvraagId }],
      ['document.positie', { documentId: doc.id }],
      ['document.bewaarPositie', { documentId: doc.id, page: 1 }],
      ['notitie.list', { aanvraagId: doc.aanvraagId }],
      ['notitie.save', { documentId: doc.id, page: 1, soort: 'bladwijzer', tekst: '' }],
      ['notitie.delete', { id: 1 }],
    ];
    const beheerder = asRole.get('beheerder')!;
    for (const [name, input] of calls) {
      expect((await beheerder.fail(name, input)).code, name).toBe('not_found');
    }
    for (const [name, input] of calls.slice(0, 5)) {
      const r = await asRole.get('secretaris')!.call(name, input as never);
      expect(r, name).toBeTruthy();
    }
  });
});

function counts(): string {
  const db = openReadonly(t);
  try {
    return [
      'aanvragen',
      'documenten',
      'toewijzingen',
      'adviezen',
      'eindadviezen',
      'besluiten',
      'users',
      'workflow_events',
      'notities',
      'document_posities',
      'avg_verzoeken',
      'avg_verzoek_aanvragen',
      'avg_brieven',
      'tlv_register',
      'herstelcodes',
    ]
      .map((table) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n)
      .join(',');
  } finally {
    db.close();
  }
}

describe('fuzzing every procedure', () => {
  it('gives typed rejections and writes nothing for random payloads', async () => {
    const before = counts();
    const session = asRole.get('secretaris')?.session;
    const writeNames = names.filter((n) => n !== 'auth.logout' && n !== 'setup.loadDemo');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writeNames), fc.anything(), async (name, input) => {
        const r = await t.backend.dispatch({ name, input, session });
        if (!r.ok)
          expect([
            'invalid_input',
            'forbidden',
            'not_found',
            'domain',
            'conflict',
            'unauthenticated',
          ]).toContain(r.error.code);
      }),
      { numRuns: 400 },
    );
    expect(counts()).toBe(before);
  });
});

describe('the recovery procedures (issue 11) while TLA runs normally', () => {
  it('answers herstel.status for anyone, and refuses a restore through herstel.* to every role', async () => {
    expect(await client(t.backend).call('herstel.status', {})).toEqual({
      herstelModus: false,
      problemen: [],
      map: null,
      documentenTerugzetten: false,
    });
    for (const role of [...ROLES, null]) {
      const c = role === null ? client(t.backend) : asRole.get(role)!;
      for (const name of [
        'herstel.generaties',
        'herstel.terugzetten',
        // Issue 11 · corruption is never silent: only documents wrong at start
        'herstel.documentenTerugzetten',
      ] as const) {
        const input = name === 'herstel.terugzetten' ? { generatie: 'x', bevestigd: true } : {};
        expect((await c.fail(name, input)).code, `${name} as ${role}`).toBe('forbidden');
      }
    }
  });
});

describe('issue 11: the beheerder sees dossiers by kenmerk only', () => {
  it('names no pupil in the Logboek, the vernietigingslijst or the proposals', async () => {
    const beheerder = asRole.get('beheerder')!;
    const answers = JSON.stringify([
      await beheerder.call('logboek.lijst', {
        van: null,
        tot: null,
        userId: null,
        actie: null,
        kenmerk: null,
        offset: 0,
        limit: 500,
      }),
      await beheerder.call('bewaren.lijst', {}),
      await beheerder.call('vernietiging.voorstellen', {}),
    ]);
    const db = openReadonly(t);
    try {
      const namen = db
        .prepare('SELECT leerling_naam AS n, ouders_naam AS o FROM aanvragen')
        .all() as {
        n: string;
        o: string;
      }[];
      expect(namen.length).toBeGreaterThan(10);
      for (const { n, o } of namen) {
        expect(answers).not.toContain(n);
        expect(answers).not.toContain(o);
      }
    } finally {
      db.close();
    }
  });
});

describe('issue 12: the TLV register and the herindicatie radar', () => {
  it('are read by the office and refused to deskundigen and the beheerder', async () => {
    const filter = {
      status: null,
      schoolId: null,
      schoolsoort: null,
      van: null,
      tot: null,
      zoek: '',
    };
    for (const role of ROLES) {
      const c = asRole.get(role)!;
      const office = role === 'secretaris' || role === 'voorzitter' || role === 'directeur';
      for (const [name, input] of [
        ['tlvRegister.lijst', filter],
        ['tlvRegister.radar', {}],
      ] as const) {
        const r = await t.backend.dispatch({ name, input, session: c.session });
        expect(r.ok ? 'ok' : r.error.code, `${name} as ${role}`).toBe(office ? 'ok' : 'forbidden');
      }
    }
  });
});

describe('Issue 12 · reports: never a deskundige (independence, need-to-know), nor the beheerder', () => {
  it('refuses the report and the list behind a figure with valid input; the office gets them', async () => {
    const periode = { soort: 'schooljaar', datum: '2026-10-01' } as const;
    for (const role of ROLES) {
      const c = asRole.get(role)!;
      const allowed = role === 'secretaris' || role === 'voorzitter' || role === 'directeur';
      for (const [name, input] of [
        ['rapportage.kengetallen', { periode, indeling: 'school' }],
        ['rapportage.aanvragen', { periode, figuur: 'ontvangen', groep: null }],
      ] as const) {
        const r = await t.backend.dispatch({ name, input, session: c.session });
        expect(r.ok ? 'ok' : r.error.code, `${name} as ${role}`).toBe(allowed ? 'ok' : 'forbidden');
      }
    }
  });
});

describe('issue 12: exports', () => {
  it('refuses every export to a deskundige and the beheerder, whatever the bron', async () => {
    for (const role of ['deskundige', 'beheerder'] as const)
      for (const bron of ['alle-aanvragen', 'termijnen'] as const)
        for (const formaat of ['xlsx', 'csv'] as const) {
          const r = await asRole.get(role)!.fail('export.maak', { bron, parameters: {}, formaat });
          expect(r.code, `${bron} ${formaat} as ${role}`).toBe('forbidden');
        }
  });
});

describe('Issue 12 · the jaarverslag (PDF): the office only', () => {
  it('refuses a deskundige and the beheerder with valid input; the office gets the PDF', async () => {
    for (const role of ROLES) {
      const c = asRole.get(role)!;
      const allowed = role === 'secretaris' || role === 'voorzitter' || role === 'directeur';
      const r = await t.backend.dispatch({
        name: 'rapportage.jaarverslag',
        input: { datum: '2026-01-15' },
        session: c.session,
      });
      expect(r.ok ? 'ok' : r.error.code, `rapportage.jaarverslag as ${role}`).toBe(
        allowed ? 'ok' : 'forbidden',
      );
    }
  });
});

describe('Issue 13 · sessions and the second factor of others: the beheerder only', () => {
  it('refuses a deskundige (and every other role) the sessions, with valid input; the beheerder gets them', async () => {
    const lijst = await asRole.get('beheerder')!.call('sessies.lijst', {});
    const ander = lijst.find((s) => !s.eigen)!;
    for (const role of ROLES) {
      const c = asRole.get(role)!;
      const allowed = role === 'beheerder';
      const r = await t.backend.dispatch({ name: 'sessies.lijst', input: {}, session: c.session });
      expect(r.ok ? 'ok' : r.error.code, `sessies.lijst as ${role}`).toBe(
        allowed ? 'ok' : 'forbidden',
      );
      if (allowed) continue;
      for (const [name, input] of [
        ['sessies.beeindig', { id: ander.id }],
        ['users.tweedeFactorWissen', { userId: 1 }],
        ['instellingen.beveiligingZetten', { tweedeFactorOpAfstand: false }],
      ] as const) {
        const f = await t.backend.dispatch({ name, input, session: c.session });
        expect(f.ok ? 'ok' : f.error.code, `${name} as ${role}`).toBe('forbidden');
      }
    }
    // Nothing was ended by the refused calls.
    expect((await asRole.get('beheerder')!.call('sessies.lijst', {})).map((s) => s.id)).toEqual(
      lijst.map((s) => s.id),
    );
  });
});

describe('Issue 13 · following a TLA-vergadering: those who can be recorded present', () => {
  it('lets the voorzitter, a deskundige and the secretaris ask (with valid input); never the directeur or the beheerder', async () => {
    for (const role of ROLES) {
      const c = asRole.get(role)!;
      const lid = role === 'voorzitter' || role === 'deskundige' || role === 'secretaris';
      const mijn = await t.backend.dispatch({
        name: 'vergadering.mijn',
        input: {},
        session: c.session,
      });
      expect(mijn.ok ? 'ok' : mijn.error.code, `vergadering.mijn as ${role}`).toBe(
        lid ? 'ok' : 'forbidden',
      );
      // No meeting has this member present: a member is refused by the presentielijst, not the table.
      const volg = await t.backend.dispatch({
        name: 'vergadering.volg',
        input: { vergaderingId: 424242 },
        session: c.session,
      });
      expect(volg.ok ? 'ok' : volg.error.code, `vergadering.volg as ${role}`).toBe(
        role === 'voorzitter' ? 'not_found' : 'forbidden',
      );
      if (!volg.ok && lid && role !== 'voorzitter')
        expect(volg.error.message).toBe('U staat niet op de presentielijst van deze vergadering.');
      if (!volg.ok && !lid)
        expect(volg.error.message).toBe('U hebt geen toegang tot deze functie.');
    }
  });
});
