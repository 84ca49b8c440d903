import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/contract/envelope';
import { FORBIDDEN_FAILURE, handleCall, INTERNAL_FAILURE } from '../../../electron/main/ipc';
import { isTrustedSender } from '../../../electron/main/trusted-sender';

describe('isTrustedSender', () => {
  it.each([
    'app://tla/index.html',
    'app://tla/',
    'app://tla/index.html#/dossiers/12',
    'APP://tla/x',
  ])('trusts a frame on the app origin: %s', (url) => {
    expect(isTrustedSender(url)).toBe(true);
  });

  it.each([
    undefined,
    null,
    '',
    'about:blank',
    'file:///work/main/dist/renderer/index.html',
    'https://tla/index.html',
    'http://127.0.0.1:5173/',
    'app://evil/index.html',
    'app://tla.evil.com/',
    'app://evil.com/app://tla/',
    'app://tla:1234/',
    'app://user@tla/',
    'app://TLA/',
    'data:text/html,app://tla',
    'not a url',
  ])('refuses a frame at %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('handleCall (the IPC transport)', () => {
  const success = { ok: true as const, data: { id: 1 } };
  const makeBackend = (): Backend => ({
    dispatch: vi.fn(async () => success),
    close: vi.fn(),
    whenIdle: vi.fn(async () => undefined),
  });

  it('hands the envelope of a trusted frame to the backend', async () => {
    const backend = makeBackend();
    const envelope = { name: 'aanvraag.list', input: {} };
    await expect(handleCall('app://tla/index.html', envelope, backend)).resolves.toEqual(success);
    expect(backend.dispatch).toHaveBeenCalledWith(envelope);
  });

  it('refuses an untrusted frame without touching the backend', async () => {
    const backend = makeBackend();
    const result = await handleCall('https://evil.example/', { name: 'x', input: {} }, backend);
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Deze aanroep is niet toegestaan.' },
    });
    expect(result).toBe(FORBIDDEN_FAILURE);
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a destroyed frame (no URL)', async () => {
    const backend = makeBackend();
    await expect(handleCall(undefined, {}, backend)).resolves.toBe(FORBIDDEN_FAILURE);
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('turns a thrown error into a Dutch failure without its message', async () => {
    const backend: Backend = {
      dispatch: vi.fn(async () => {
        throw new Error('SQLITE_ERROR at /home/jan/tla.sqlite');
      }),
      close: vi.fn(),
      whenIdle: vi.fn(async () => undefined),
    };
    const result = await handleCall('app://tla/index.html', {}, backend);
    expect(result).toBe(INTERNAL_FAILURE);
    expect(JSON.stringify(result)).not.toContain('jan');
  });
});
