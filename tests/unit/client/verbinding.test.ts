import { describe, expect, it } from 'vitest';
import {
  serverAdresSchema,
  verbindingSchema,
  vingerafdrukSchema,
} from '../../../electron/contract/verbinding';

// Issue 13 · what the user types as the TLA server's address and what is pinned, as parsed at the
// IPC boundary and when the settings file is read.

const PIN = Array.from({ length: 32 }, (_, i) =>
  i.toString(16).padStart(2, '0').toUpperCase(),
).join(':');

describe('the server address', () => {
  it.each([
    ['https://tla.swv.example:8443', 'https://tla.swv.example:8443'],
    ['  https://TLA.swv.example:8443/  ', 'https://tla.swv.example:8443'],
    ['tla.swv.example:8443', 'https://tla.swv.example:8443'],
    ['https://192.0.2.10', 'https://192.0.2.10'],
    ['https://[::1]:8443', 'https://[::1]:8443'],
  ])('%s is read as %s', (typed, origin) => {
    expect(serverAdresSchema.parse(typed)).toBe(origin);
  });

  it.each([
    ['http://tla.swv.example:8443', /alleen via https/],
    ['ftp://tla.swv.example', /alleen via https/],
    ['https://jan:geheim@tla.swv.example', /zoals uw beheerder het gaf/],
    ['https://tla.swv.example/api/call', /zoals uw beheerder het gaf/],
    ['https://tla.swv.example/?x=1', /zoals uw beheerder het gaf/],
    ['', /zoals uw beheerder het gaf/],
    ['https://', /zoals uw beheerder het gaf/],
  ])('%s is refused in Dutch', (typed, message) => {
    const r = serverAdresSchema.safeParse(typed);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });
});

describe('the fingerprint', () => {
  it('is written as the server prints it, whatever the case, spaces or colons', () => {
    expect(vingerafdrukSchema.parse(PIN)).toBe(PIN);
    expect(vingerafdrukSchema.parse(PIN.toLowerCase())).toBe(PIN);
    expect(vingerafdrukSchema.parse(PIN.replaceAll(':', ''))).toBe(PIN);
    expect(vingerafdrukSchema.parse(PIN.replaceAll(':', ' '))).toBe(PIN);
  });

  it('refuses anything but 32 hex pairs (a SHA-1 fingerprint too)', () => {
    expect(vingerafdrukSchema.safeParse(PIN.slice(3)).success).toBe(false);
    expect(vingerafdrukSchema.safeParse(`${PIN}:00`).success).toBe(false);
    expect(vingerafdrukSchema.safeParse(PIN.replace('00', 'ZZ')).success).toBe(false);
    expect(vingerafdrukSchema.safeParse(PIN.split(':').slice(0, 20).join(':')).success).toBe(false);
  });
});

describe('the stored choice', () => {
  it('is this computer, or a server with its pin; nothing else', () => {
    expect(verbindingSchema.parse({ modus: 'lokaal' })).toEqual({ modus: 'lokaal' });
    expect(
      verbindingSchema.parse({ modus: 'server', adres: 'tla.swv.example:8443', vingerafdruk: PIN }),
    ).toEqual({ modus: 'server', adres: 'https://tla.swv.example:8443', vingerafdruk: PIN });
    expect(
      verbindingSchema.safeParse({ modus: 'server', adres: 'https://x.example' }).success,
    ).toBe(false);
    expect(verbindingSchema.safeParse({ modus: 'lokaal', extra: 1 }).success).toBe(false);
    expect(verbindingSchema.safeParse(null).success).toBe(false);
  });
});
