import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, login, startTestBackend, type Client, type TestBackend } from '../support/backend';

// Rulebook §6: a TLA-vergadering that holds an aanvraag (aanhouden) sends questions to the school;
// with the answers the aanvraag goes back on the next meeting's agenda, not through the intake and
// the assignment again. The meeting sees why it is back and what it asked.

const TODAY = '2026-11-25';
const NEXT = '2026-12-09';
const VRAGEN =
  '1. VRAGEN-VAN-DE-VERGADERING: hoe verliep het arrangement in groep 6?\n2. Welke doelen zijn gehaald?';
let t: TestBackend;
let sll: Client, voorzitter: Client;

beforeAll(async () => {
  t = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  voorzitter = await login(t.backend, 'voorzitter');
}, 60000);
afterAll(() => t.close());

/** Whether the aanvraag is on `c`'s Mijn werk in `role` (found by its referentie). */
const opMijnWerk = async (c: Client, role: 'secretaris' | 'voorzitter', referentie: string) =>
  (await c.call('werk.mijn', { role, search: referentie, offset: 0, limit: 10 })).rows.some(
    (r) => r.referentie === referentie,
  );

/** On whom the Termijnen dashboard says the aanvraag waits. */
const wachtOp = async (aanvraagId: number) =>
  (await sll.call('termijnen.dashboard', { periode: 'schooljaar' })).rows.find(
    (r) => r.id === aanvraagId,
  )?.waitsOn;

const stateOf = async (aanvraagId: number) =>
  (await sll.call('aanvraag.get', { aanvraagId })).state;

describe('§6: held by the meeting, back on the next agenda with the answers', () => {
  it('aanhouden → questions to the school → answers → the next meeting, which then advises', async () => {
    await voorzitter.call('vergadering.plan', { datums: [TODAY, NEXT] });
    const meetings = await voorzitter.call('vergadering.list', {});
    const today = meetings.find((m) => m.datum === TODAY)!;
    const next = meetings.find((m) => m.datum === NEXT)!;
    const view = await voorzitter.call('vergadering.get', { vergaderingId: today.id });
    const punt = view.agenda.find((p) => p.reden === 'Adviezen niet unaniem')!;
    expect(punt.vragenVergadering).toBeNull();
    const id = punt.aanvraagId;

    // The meeting holds it with questions; the SLL sends them (the letter starts the suspension).
    await voorzitter.call('vergadering.uitkomst', {
      vergaderingId: today.id,
      aanvraagId: id,
      uitkomst: { soort: 'aanhouden', vragen: VRAGEN },
    });
    expect(await stateOf(id)).toBe('wacht_op_aanvulling');
    // Until the questions are sent, the aanvraag waits on the SLL: it is on her Mijn werk.
    expect(await opMijnWerk(sll, 'secretaris', punt.referentie)).toBe(true);
    expect(await wachtOp(id)).toBe('secretaris');
    const held = await sll.call('aanvraag.get', { aanvraagId: id });
    expect(held.actions.map((a) => a.event).sort()).toEqual(['trek_in', 'vraag_aanvulling']);
    expect(held.actions.find((a) => a.event === 'vraag_aanvulling')!.label).toBe(
      'Vragen naar de school sturen',
    );
    // The letter's points come prefilled with the meeting's questions; others are not offered them.
    expect(held.vragenVoorSchool).toEqual([
      'VRAGEN-VAN-DE-VERGADERING: hoe verliep het arrangement in groep 6?',
      'Welke doelen zijn gehaald?',
    ]);
    expect((await voorzitter.call('aanvraag.get', { aanvraagId: id })).vragenVoorSchool).toEqual(
      [],
    );
    const brief = await sll.call('aanvulling.vraag', {
      aanvraagId: id,
      verzoekOp: TODAY,
      termijnWerkdagen: 10,
      ontbrekend: ['Antwoorden op de vragen van de TLA-vergadering'],
    });
    expect(brief.state).toBe('wacht_op_aanvulling');
    expect(brief.briefId).toBeGreaterThan(0);
    // Once: a second letter for the same questions is refused and changes nothing.
    const again = await sll.fail('aanvulling.vraag', {
      aanvraagId: id,
      verzoekOp: TODAY,
      termijnWerkdagen: 10,
      ontbrekend: ['Nogmaals'],
    });
    expect(again.message).toBe('De vragen zijn al naar de school gestuurd.');
    expect((await sll.call('brieven.list', { aanvraagId: id })).map((b) => b.id)).toContain(
      brief.briefId,
    );
    // Sent: now it waits on the school, on nobody's Mijn werk.
    expect(await opMijnWerk(sll, 'secretaris', punt.referentie)).toBe(false);
    expect(await opMijnWerk(voorzitter, 'voorzitter', punt.referentie)).toBe(false);
    expect(await wachtOp(id)).toBeNull();
    await voorzitter.call('vergadering.sluit', { vergaderingId: today.id });

    // What the SLL is offered: the answers (back to the meeting), not the intake's aanvulling.
    const before = await sll.call('aanvraag.get', { aanvraagId: id });
    expect(before.vragenVoorSchool).toEqual([]);
    const events = before.actions.map((a) => a.event);
    expect(events).toContain('vragen_beantwoord');
    expect(events).not.toContain('aanvulling_ontvangen');
    expect(before.actions.find((a) => a.event === 'vragen_beantwoord')!.label).toBe(
      'Antwoorden ontvangen',
    );

    // The answers arrive: the term runs again and the aanvraag is on the next agenda at once.
    expect(
      (await sll.call('aanvulling.ontvangen', { aanvraagId: id, ontvangenOp: TODAY })).state,
    ).toBe('geagendeerd');
    expect(await opMijnWerk(voorzitter, 'voorzitter', punt.referentie)).toBe(true);
    const after = await sll.call('aanvraag.get', { aanvraagId: id });
    expect(after.events.at(-1)).toMatchObject({
      event: 'vragen_beantwoord',
      toState: 'geagendeerd',
    });
    const volgende = await voorzitter.call('vergadering.get', { vergaderingId: next.id });
    const terug = volgende.agenda.find((p) => p.aanvraagId === id)!;
    expect(terug.reden).toBe('Aangehouden: antwoorden van de school ontvangen');
    expect(terug.vragenVergadering).toEqual({ datum: TODAY, vragen: VRAGEN });
    expect(terug.adviezen).toHaveLength(2);
    expect(terug.uitkomst).toBeNull();
    // Other items of that agenda carry no such questions.
    for (const p of volgende.agenda.filter((x) => x.aanvraagId !== id))
      expect(p.vragenVergadering).toBeNull();

    // The next meeting decides: on to the eindadvies, as for any item.
    await voorzitter.call('vergadering.uitkomst', {
      vergaderingId: next.id,
      aanvraagId: id,
      uitkomst: {
        soort: 'advies',
        conclusie: 'toelaatbaar',
        schoolsoort: 'SBO',
        categorie: null,
        ingangsdatum: '2027-01-01',
        einddatum: '2029-07-31',
        motivering: 'Met de antwoorden van de school adviseert de vergadering SBO.',
      },
    });
    expect(await stateOf(id)).toBe('eindadvies_in_opmaak');
  });
});
