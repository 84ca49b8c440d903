import { afterAll, beforeAll, expect, it } from 'vitest';
import { client, login, startTestBackend, type Client, type TestBackend } from '../support/backend';

// Buiten behandeling (Awb 4:5) is the decision on the aanvraag: its day is the besluitdatum in the
// terms and the day the bezwaartermijn counts from. It is the calendar day in Europe/Amsterdam, not
// the UTC date of the instant (late in the evening those differ).

let now = new Date('2026-11-25T10:00:00Z');
let t: TestBackend;
let sll: Client;

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
}, 60000);
afterAll(() => t.close());

it('records the Amsterdam day of putting an aanvraag buiten behandeling as its decision day', async () => {
  const { rows } = await sll.call('werk.mijn', {
    role: 'secretaris',
    search: '',
    offset: 0,
    limit: 100,
  });
  const row = rows.find((r) => r.state === 'in_controle');
  if (!row) throw new Error('demo has no aanvraag in controle');
  await sll.call('aanvulling.vraag', {
    aanvraagId: row.id,
    verzoekOp: row.ontvangenOp,
    termijnWerkdagen: 5,
    ontbrekend: ['Het ondertekende handelingsdeel van het OPP'],
  });
  // Three weeks later the term of 5 werkdagen has passed; 23:30 UTC in winter is 00:30 of the next
  // day in Amsterdam.
  const day = new Date(Date.parse(`${row.ontvangenOp}T00:00:00Z`) + 21 * 86_400_000);
  const utcDay = day.toISOString().slice(0, 10);
  const amsterdamDay = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
  now = new Date(`${utcDay}T23:30:00Z`);
  sll = await login(t.backend, 'sll'); // the session locked while the clock moved on
  const r = await sll.call('aanvraag.buitenBehandeling', { aanvraagId: row.id });
  expect(r.state).toBe('buiten_behandeling');
  const termijn = await sll.call('termijnen.get', { aanvraagId: row.id });
  expect(termijn.besluitOp).toBe(amsterdamDay);
});
