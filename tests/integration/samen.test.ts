import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, ProcedureName } from '../../electron/contract';
import { conflictMelding } from '../../electron/domain/versie';
import { client, login, startTestBackend, type Client, type TestBackend } from '../support/backend';

// Issue 13 · many at once, through the real procedure table with a session per person: two
// secretaresses edit the same aanvraag (the second one gets the conflict message and nothing of
// the first is lost), and every versioned procedure refuses a stale versie and accepts a fresh one.

const TODAY = '2026-11-25';
const AANVRAAG_CONFLICT =
  'Iemand anders heeft deze aanvraag intussen gewijzigd. Uw wijziging is niet opgeslagen; laad de aanvraag opnieuw en probeer het nog eens.';
const TWEEDE = {
  naam: 'Fatima el Amrani',
  username: 'sll2',
  password: 'Paarse-Olifant-Zwemt-Snel-81',
};

let t: TestBackend;
let sanne: Client, fatima: Client, voorzitter: Client, beheer: Client;

beforeAll(async () => {
  t = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
  await client(t.backend).call('setup.loadDemo', {});
  beheer = await login(t.backend, 'beheer');
  sanne = await login(t.backend, 'sll');
  voorzitter = await login(t.backend, 'voorzitter');
  // A second secretaresse: made by the beheerder, her own password set at the first login.
  await beheer.call('users.create', {
    ...TWEEDE,
    password: 'tijdelijk-Rode-Fiets-42',
    roles: ['secretaris'],
  });
  const eerst = await login(t.backend, TWEEDE.username, 'tijdelijk-Rode-Fiets-42');
  await eerst.call('auth.wachtwoordWijzigen', {
    huidig: 'tijdelijk-Rode-Fiets-42',
    nieuw: TWEEDE.password,
    herhaling: TWEEDE.password,
  });
  fatima = await login(t.backend, TWEEDE.username, TWEEDE.password);
}, 60000);
afterAll(() => t.close());

/** An aanvraag before the decision (its data may still be changed), as the office sees it. */
async function openAanvraag(): Promise<number> {
  const page = await sanne.call('werk.mijn', {
    role: 'secretaris',
    search: '',
    offset: 0,
    limit: 50,
  });
  for (const row of page.rows) {
    const a = await sanne.call('aanvraag.get', { aanvraagId: row.id });
    if (a.actions.length > 0 && a.besluit === null) return a.id;
  }
  throw new Error('the demo has no open aanvraag for the secretaresse');
}

describe('two secretaresses edit the same aanvraag', () => {
  it('the second gets the conflict message and the first one’s change stays', async () => {
    const id = await openAanvraag();
    // Both open the edit screen on the same aanvraag: both read the same versie.
    const gelezenDoorSanne = await sanne.call('aanvraag.get', { aanvraagId: id });
    const gelezenDoorFatima = await fatima.call('aanvraag.get', { aanvraagId: id });
    expect(gelezenDoorFatima.versie).toBe(gelezenDoorSanne.versie);

    const eerste = await sanne.call('aanvraag.update', {
      aanvraagId: id,
      changes: { woonplaats: 'Sittard', oudersPlaats: 'Sittard' },
      reden: 'Verhuisd volgens de school',
      versie: gelezenDoorSanne.versie,
    });
    expect(eerste).toEqual({ changed: 2, versie: gelezenDoorSanne.versie + 1 });

    const tweede = await fatima.fail('aanvraag.update', {
      aanvraagId: id,
      changes: { woonplaats: 'Geleen', groep: 7 },
      reden: 'Telefoon van de ouders',
      versie: gelezenDoorFatima.versie,
    });
    expect(tweede).toEqual({ code: 'conflict', message: AANVRAAG_CONFLICT });

    // Nothing of the first change is lost and nothing of the second was written.
    const nu = await fatima.call('aanvraag.get', { aanvraagId: id });
    expect(nu.leerling.woonplaats).toBe('Sittard');
    expect(nu.ouders.plaats).toBe('Sittard');
    expect(nu.leerling.groep).toBe(gelezenDoorFatima.leerling.groep);
    expect(nu.versie).toBe(gelezenDoorSanne.versie + 1);
    const history = await fatima.call('aanvraag.wijzigingen', { aanvraagId: id });
    expect(history.filter((w) => w.reden === 'Verhuisd volgens de school')).toHaveLength(2);
    expect(history.some((w) => w.reden === 'Telefoon van de ouders')).toBe(false);

    // Having reloaded, she saves her change on top of the first one.
    const opnieuw = await fatima.call('aanvraag.update', {
      aanvraagId: id,
      changes: { groep: 7 },
      reden: 'Telefoon van de ouders',
      versie: nu.versie,
    });
    expect(opnieuw).toEqual({ changed: 1, versie: nu.versie + 1 });
    const daarna = await sanne.call('aanvraag.get', { aanvraagId: id });
    expect(daarna.leerling).toMatchObject({ woonplaats: 'Sittard', groep: 7 });
  });

  it('saving nothing changed moves no versie on, so it takes nobody’s turn', async () => {
    const id = await openAanvraag();
    const a = await sanne.call('aanvraag.get', { aanvraagId: id });
    const same = await sanne.call('aanvraag.update', {
      aanvraagId: id,
      changes: { woonplaats: a.leerling.woonplaats },
      reden: 'Controle',
      versie: a.versie,
    });
    expect(same).toEqual({ changed: 0, versie: a.versie });
    expect((await fatima.call('aanvraag.get', { aanvraagId: id })).versie).toBe(a.versie);
  });
});

/**
 * Every versioned procedure: a fresh read is accepted, the same read once more (stale now) is
 * refused with the conflict message of its kind and changes nothing. One row per procedure.
 */
interface VersionedCase<N extends ProcedureName> {
  readonly name: N;
  readonly who: () => Client;
  /** Reads what the screen would show: the input built from it, and a fingerprint of the state. */
  readonly read: () => Promise<{ input: InputOf<N>; state: () => Promise<unknown> }>;
  readonly message: string;
}

const cases = (): VersionedCase<ProcedureName>[] => [
  {
    name: 'aanvraag.update',
    who: () => sanne,
    read: async () => {
      const id = await openAanvraag();
      const a = await sanne.call('aanvraag.get', { aanvraagId: id });
      return {
        input: {
          aanvraagId: id,
          changes: {
            woonplaats: a.leerling.woonplaats === 'Maastricht' ? 'Heerlen' : 'Maastricht',
          },
          reden: 'Tabeltest',
          versie: a.versie,
        },
        state: async () => (await sanne.call('aanvraag.get', { aanvraagId: id })).leerling,
      };
    },
    message: AANVRAAG_CONFLICT,
  } satisfies VersionedCase<'aanvraag.update'>,
  {
    name: 'checklist.tick',
    who: () => fatima,
    read: async () => {
      const id = await openAanvraag();
      const list = await fatima.call('checklist.get', { aanvraagId: id });
      const item = list.items.find((i) => i.source === 'sll')!;
      return {
        input: {
          aanvraagId: id,
          itemKey: item.key,
          status: item.status === 'ok' ? 'ontbreekt' : 'ok',
          gelezen: item.status,
        },
        state: async () =>
          (await fatima.call('checklist.get', { aanvraagId: id })).items.find(
            (i) => i.key === item.key,
          ),
      };
    },
    message: conflictMelding('checklist'),
  } satisfies VersionedCase<'checklist.tick'>,
  {
    name: 'vergadering.aanwezigen',
    who: () => voorzitter,
    read: async () => {
      const m = await geplandeVergadering();
      const view = await voorzitter.call('vergadering.get', { vergaderingId: m });
      const present = new Set(view.aanwezigen.map((x) => x.userId));
      const toggle = view.kandidaten.find((k) => !present.has(k.userId)) ?? view.kandidaten[0]!;
      return {
        input: { vergaderingId: m, userIds: [...present, toggle.userId], versie: view.versie },
        state: async () =>
          (await voorzitter.call('vergadering.get', { vergaderingId: m })).aanwezigen,
      };
    },
    message: conflictMelding('vergadering'),
  } satisfies VersionedCase<'vergadering.aanwezigen'>,
];

async function geplandeVergadering(): Promise<number> {
  const list = await voorzitter.call('vergadering.list', {});
  const gepland = list.find((m) => m.status === 'gepland' && m.datum >= TODAY);
  if (gepland) return gepland.id;
  await voorzitter.call('vergadering.plan', { datums: ['2026-12-16'] });
  return geplandeVergadering();
}

describe('every versioned procedure', () => {
  it.each(cases().map((c) => [c.name, c] as const))(
    '%s: a fresh read is accepted, a stale one refused and nothing changes',
    async (_name, c) => {
      const { input, state } = await c.read();
      await c.who().call(c.name, input);
      const after = await state();
      const stale = await c.who().fail(c.name, input);
      expect(stale).toEqual({ code: 'conflict', message: c.message });
      expect(await state()).toEqual(after);
    },
  );

  it('closing a meeting refuses a versie someone else moved on, and keeps it open', async () => {
    const m = await geplandeVergadering();
    const view = await voorzitter.call('vergadering.get', { vergaderingId: m });
    await voorzitter.call('vergadering.aanwezigen', {
      vergaderingId: m,
      userIds: view.aanwezigen.map((x) => x.userId),
      versie: view.versie,
    });
    const stale = await voorzitter.fail('vergadering.sluit', {
      vergaderingId: m,
      versie: view.versie,
    });
    expect(stale).toEqual({ code: 'conflict', message: conflictMelding('vergadering') });
    const nu = await voorzitter.call('vergadering.get', { vergaderingId: m });
    expect(nu.status).toBe('gepland');
    expect(nu.versie).toBe(view.versie + 1);
  });
});
