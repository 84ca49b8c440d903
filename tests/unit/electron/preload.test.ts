import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_CHANNEL } from '../../../electron/transport/channel';
import * as fake from '../../fakes/electron';

describe('the preload', () => {
  beforeEach(async () => {
    fake.resetFakeElectron();
    vi.resetModules();
    // Re-import the fake after the reset so the preload and this test share one instance.
    const fresh = await import('../../fakes/electron');
    fresh.resetFakeElectron();
    await import('../../../electron/preload/preload');
  });

  async function exposed(): Promise<Map<string, unknown>> {
    const fresh = await import('../../fakes/electron');
    return fresh.contextBridge.exposed;
  }

  it('exposes exactly one object, window.tla', async () => {
    expect([...(await exposed()).keys()]).toEqual(['tla']);
  });

  it('exposes only `call`, `kiesMap`, `verbinding` and `document`', async () => {
    const api = (await exposed()).get('tla');
    expect(typeof api).toBe('object');
    expect(Object.keys(api as object)).toEqual(['call', 'kiesMap', 'verbinding', 'document']);
    expect(typeof (api as { call: unknown }).call).toBe('function');
    expect(typeof (api as { kiesMap: unknown }).kiesMap).toBe('function');
  });

  it('asks for the folder dialog over the tla:kiesMap channel only, with what the page asked', async () => {
    const fresh = await import('../../fakes/electron');
    fresh.ipcRenderer.response = { map: '/Volumes/backups' };
    const api = (await exposed()).get('tla') as { kiesMap(input: unknown): Promise<unknown> };
    await expect(api.kiesMap({ doel: 'backup' })).resolves.toEqual({ map: '/Volumes/backups' });
    expect(fresh.ipcRenderer.invocations).toEqual([
      { channel: 'tla:kiesMap', args: [{ doel: 'backup' }] },
    ]);
  });

  it('asks for the connection and a document over their own channels, with what the page asked', async () => {
    const fresh = await import('../../fakes/electron');
    const api = (await exposed()).get('tla') as {
      verbinding(input: unknown): Promise<unknown>;
      document(input: unknown): Promise<unknown>;
    };
    await api.verbinding({ actie: 'status' });
    await api.document({ session: 's', documentId: 4 });
    expect(fresh.ipcRenderer.invocations).toEqual([
      { channel: 'tla:verbinding', args: [{ actie: 'status' }] },
      { channel: 'tla:document', args: [{ session: 's', documentId: 4 }] },
    ]);
  });

  it('forwards the envelope over the tla:call channel and nothing else', async () => {
    const fresh = await import('../../fakes/electron');
    fresh.ipcRenderer.response = { ok: true, data: 42 };
    const api = (await exposed()).get('tla') as { call(envelope: unknown): Promise<unknown> };
    const envelope = { name: 'aanvraag.list', input: {} };
    await expect(api.call(envelope)).resolves.toEqual({ ok: true, data: 42 });
    expect(fresh.ipcRenderer.invocations).toEqual([{ channel: 'tla:call', args: [envelope] }]);
    expect(CALL_CHANNEL).toBe('tla:call');
  });
});
