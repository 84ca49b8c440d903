import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../electron/contract/envelope';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type TestBackend,
} from '../support/backend';

// Issue 13: a screen refreshes what it shows on focus and every 30 s (useCall's `vernieuw`). Such a
// call carries `achtergrond`: it must not keep a session from its 15-minute idle lock, and a view of
// a dossier the session already logged is not logged again (a poll would add two rows a minute).
// A flag cannot hide a view: a dossier the session never opened is logged, flag or not.

let nowMs = Date.parse('2026-11-25T09:00:00Z');
let t: TestBackend;

beforeAll(async () => {
  t = startTestBackend(() => new Date(nowMs));
  await client(t.backend).call('setup.loadDemo', {});
}, 60_000);

afterAll(() => {
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

const views = (aanvraagId: number): number => {
  const db = openReadonly(t);
  try {
    return (
      db
        .prepare(
          "SELECT count(*) AS n FROM audit_log WHERE action = 'aanvraag.view' AND object_id = ?",
        )
        .get(aanvraagId) as { n: number }
    ).n;
  } finally {
    db.close();
  }
};

function dispatch(session: string | undefined, name: string, input: unknown, achtergrond: boolean) {
  return t.backend.dispatch({
    name,
    input,
    session,
    ...(achtergrond ? { achtergrond: true } : {}),
  }) as Promise<ApiResponse>;
}

describe('a call in the background', () => {
  it('logs a dossier once per session for the refreshes, each time when a person opens it', async () => {
    const sll = await login(t.backend, 'sll');
    const [a, b] = (
      await sll.call('werk.mijn', {
        role: 'secretaris',
        search: '',
        offset: 0,
        limit: 2,
      })
    ).rows;
    const before = views(a!.id);
    await sll.call('aanvraag.get', { aanvraagId: a!.id });
    expect(views(a!.id)).toBe(before + 1);
    for (let i = 0; i < 3; i += 1)
      expect((await dispatch(sll.session, 'aanvraag.get', { aanvraagId: a!.id }, true)).ok).toBe(
        true,
      );
    expect(views(a!.id)).toBe(before + 1);
    // Opened again by the person: logged again.
    await sll.call('aanvraag.get', { aanvraagId: a!.id });
    expect(views(a!.id)).toBe(before + 2);
    // A dossier this session never opened: the flag does not hide the view.
    const otherBefore = views(b!.id);
    await dispatch(sll.session, 'aanvraag.get', { aanvraagId: b!.id }, true);
    expect(views(b!.id)).toBe(otherBefore + 1);
    // Another session of the same person has its own first view.
    const again = await login(t.backend, 'sll');
    await dispatch(again.session, 'aanvraag.get', { aanvraagId: a!.id }, true);
    expect(views(a!.id)).toBe(before + 3);
  });

  it('does not keep the session from its idle lock', async () => {
    const sll = await login(t.backend, 'sll');
    const poll = () =>
      dispatch(
        sll.session,
        'werk.mijn',
        { role: 'secretaris', search: '', offset: 0, limit: 5 },
        true,
      );
    // Polled every 30 s for 16 minutes: the session locks after 15 minutes without the person.
    for (let s = 0; s < 16 * 60; s += 30) {
      nowMs += 30_000;
      const r = await poll();
      if (!r.ok) {
        expect(r.error.code).toBe('unauthenticated');
        expect(s).toBeGreaterThanOrEqual(14 * 60);
        return;
      }
    }
    throw new Error('the background polls kept the session open');
  });

  it('a call by the person keeps it open, as before', async () => {
    const sll = await login(t.backend, 'sll');
    for (let s = 0; s < 16 * 60; s += 60) {
      nowMs += 60_000;
      await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 5 });
    }
    expect((await sll.call('auth.me', {})).username).toBe('sll');
  });
});
