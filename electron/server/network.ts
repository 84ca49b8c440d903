import { isIP } from 'node:net';

// Small facts about addresses for the TLA server (issue 13).

/** True for an address of this machine's loopback: 127.0.0.0/8, ::1, and ::ffff:127.x.x.x. */
export function isLoopback(address: string): boolean {
  const a = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (isIP(a) === 4) return a.startsWith('127.');
  return a === '::1' || a === '0:0:0:0:0:0:0:1';
}

/**
 * The server's own origins: every name its certificate is for, at the port it listens on (no
 * port for 443). A browser page served by the server sends one of these as its Origin; a page of
 * any other site (or a name that only rebinds to the server's address) does not.
 */
export function ownOrigins(names: readonly string[], port: number): string[] {
  return names.map((name) => {
    // As a browser writes it: an IPv6 address compressed and in brackets ([::1]).
    const host = isIP(name) === 6 ? new URL(`https://[${name}]`).hostname : name.toLowerCase();
    return port === 443 ? `https://${host}` : `https://${host}:${port}`;
  });
}
