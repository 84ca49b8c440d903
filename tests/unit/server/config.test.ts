import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig, ServerConfigError } from '../../../electron/server/config';
import { readKeyFile, readMasterKey } from '../../../electron/server/master-key';
import { isLoopback, ownOrigins } from '../../../electron/server/network';
import { networkRefusal } from '../../../electron/server/policy';

// The TLA server's configuration, master key and network policy (issue 13): parsed with zod,
// refused in Dutch, the key never from the data folder or a file others may read.

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-server-config-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function lines(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ServerConfigError) return error.lines;
    throw error;
  }
  throw new Error('expected a ServerConfigError');
}

describe('readServerConfig', () => {
  it('takes the defaults and the data folder', () => {
    const c = readServerConfig({ TLA_DATA_DIR: 'gegevens' }, '/srv/tla');
    expect(c).toEqual({
      host: '127.0.0.1',
      port: 8443,
      dataDir: '/srv/tla/gegevens',
      masterKeyFile: undefined,
      tls: undefined,
      tlsNames: [],
      origins: [],
      rendererDir: undefined,
      rateLimit: { max: 1200, windowMs: 60_000 },
      bodyLimitBytes: 140 * 1024 * 1024,
      setupFromNetwork: false,
    });
  });

  it('reads every setting from the environment', () => {
    const c = readServerConfig(
      {
        TLA_SERVER_HOST: '0.0.0.0',
        TLA_SERVER_PORT: '9443',
        TLA_DATA_DIR: '/var/lib/tla',
        TLA_MASTER_KEY_FILE: '/etc/tla/hoofdsleutel',
        TLA_TLS_CERT: '/etc/tla/cert.pem',
        TLA_TLS_KEY: '/etc/tla/key.pem',
        TLA_TLS_NAMES: 'tla.swv.example, 192.0.2.10',
        TLA_SERVER_ORIGINS: 'https://tla.swv.example',
        TLA_SERVE_RENDERER: 'ja',
        TLA_RENDERER_DIR: '/opt/tla/renderer',
        TLA_RATE_LIMIT_MAX: '50',
        TLA_RATE_LIMIT_WINDOW_SECONDS: '10',
        TLA_BODY_LIMIT_MB: '20',
        TLA_SETUP_FROM_NETWORK: 'nee',
      },
      '/',
    );
    expect(c).toEqual({
      host: '0.0.0.0',
      port: 9443,
      dataDir: '/var/lib/tla',
      masterKeyFile: '/etc/tla/hoofdsleutel',
      tls: { cert: '/etc/tla/cert.pem', key: '/etc/tla/key.pem' },
      tlsNames: ['tla.swv.example', '192.0.2.10'],
      origins: ['https://tla.swv.example'],
      rendererDir: '/opt/tla/renderer',
      rateLimit: { max: 50, windowMs: 10_000 },
      bodyLimitBytes: 20 * 1024 * 1024,
      setupFromNetwork: false,
    });
  });

  it('reads a config file, its paths from its own folder; a variable wins', () => {
    const file = path.join(dir, 'server.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ dataDir: 'gegevens', port: 7443, serveRenderer: true, rateLimitMax: 30 }),
    );
    const c = readServerConfig({ TLA_SERVER_CONFIG: file, TLA_RATE_LIMIT_MAX: '40' }, '/elders');
    expect(c.dataDir).toBe(path.join(dir, 'gegevens'));
    expect(c.port).toBe(7443);
    expect(c.rendererDir).toBe('/elders/dist/renderer');
    expect(c.rateLimit.max).toBe(40);
  });

  it('tells every wrong setting in Dutch, naming the variable and the key', () => {
    expect(
      lines(() =>
        readServerConfig({
          TLA_SERVER_PORT: '70000',
          TLA_TLS_CERT: '/etc/tla/cert.pem',
          TLA_SERVE_RENDERER: 'misschien',
          TLA_SERVER_ORIGINS: 'http://tla.swv.example',
        }),
      ),
    ).toEqual([
      'TLA_SERVER_PORT (of "port" in het configuratiebestand): moet een poortnummer (1 tot en met 65535) zijn.',
      'TLA_DATA_DIR (of "dataDir" in het configuratiebestand): moet het pad van de gegevensmap zijn.',
      'TLA_SERVER_ORIGINS (of "origins" in het configuratiebestand): moet een lijst van herkomsten zijn zoals https://tla.voorbeeld.nl:8443.',
      'TLA_SERVE_RENDERER (of "serveRenderer" in het configuratiebestand): moet "ja" of "nee" zijn.',
    ]);
    expect(
      lines(() => readServerConfig({ TLA_DATA_DIR: '/d', TLA_TLS_KEY: '/etc/tla/key.pem' })),
    ).toEqual([
      'TLA_TLS_CERT (of "tlsCert" in het configuratiebestand): geef het certificaat én zijn privésleutel op, of geen van beide (dan maakt de server zelf een certificaat).',
    ]);
  });

  it('refuses the master key, an unknown key or bad JSON in the config file', () => {
    const file = path.join(dir, 'met-sleutel.json');
    fs.writeFileSync(file, JSON.stringify({ dataDir: '/d', masterKey: 'abc', poort: 1 }));
    expect(lines(() => readServerConfig({ TLA_SERVER_CONFIG: file }))).toEqual([
      '"masterKey": de hoofdsleutel hoort niet in het configuratiebestand; geef een sleutelbestand op (masterKeyFile) of de variabele TLA_MASTER_KEY.',
      '"poort" is geen instelling van de TLA-server.',
    ]);
    fs.writeFileSync(file, '{ dataDir: ');
    expect(lines(() => readServerConfig({ TLA_SERVER_CONFIG: file }))).toEqual([
      `het configuratiebestand ${file} is geen geldige JSON.`,
    ]);
  });
});

describe('the master key', () => {
  const key = randomBytes(32);
  const dataDir = () => path.join(dir, 'data');

  function keyFile(name: string, content: Buffer | string, mode = 0o600): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content, { mode });
    fs.chmodSync(file, mode);
    return file;
  }

  it('reads 32 bytes raw, as hex or as base64 from a file only its owner may read', () => {
    expect(readKeyFile(keyFile('raw', key), dataDir())).toEqual(key);
    expect(readKeyFile(keyFile('hex', `${key.toString('hex')}\n`), dataDir())).toEqual(key);
    expect(readKeyFile(keyFile('b64', key.toString('base64')), dataDir())).toEqual(key);
  });

  it('refuses a key file group or others may read or write, as ssh does', () => {
    for (const mode of [0o644, 0o640, 0o604, 0o620]) {
      const file = keyFile(`los-${mode.toString(8)}`, key, mode);
      expect(lines(() => readKeyFile(file, dataDir()))[0]).toContain(
        `toegankelijk voor anderen dan de eigenaar (rechten 0${mode.toString(8)})`,
      );
    }
  });

  it('refuses a key file in the data folder, a wrong length and a missing file', () => {
    fs.mkdirSync(dataDir(), { recursive: true });
    const inside = path.join(dataDir(), 'hoofdsleutel');
    fs.writeFileSync(inside, key, { mode: 0o600 });
    expect(lines(() => readKeyFile(inside, dataDir()))[0]).toContain('staat in de gegevensmap');
    expect(lines(() => readKeyFile(keyFile('kort', randomBytes(16)), dataDir()))[0]).toContain(
      'moet precies 32 bytes zijn',
    );
    expect(lines(() => readKeyFile(path.join(dir, 'nergens'), dataDir()))[0]).toContain(
      'bestaat niet',
    );
  });

  it('takes the key from TLA_MASTER_KEY and removes it from the environment', () => {
    const env: Record<string, string | undefined> = { TLA_MASTER_KEY: key.toString('hex') };
    expect(readMasterKey(undefined, dataDir(), env)).toEqual(key);
    expect('TLA_MASTER_KEY' in env).toBe(false);
  });

  it('refuses both a file and the variable, and neither', () => {
    const file = keyFile('beide', key);
    expect(
      lines(() => readMasterKey(file, dataDir(), { TLA_MASTER_KEY: key.toString('hex') }))[0],
    ).toContain('niet allebei');
    expect(lines(() => readMasterKey(undefined, dataDir(), {}))[0]).toContain(
      'Er is geen hoofdsleutel opgegeven.',
    );
  });
});

describe('the network', () => {
  it('knows the loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(a), a).toBe(true);
    for (const a of ['192.0.2.10', '::ffff:192.0.2.10', '10.0.0.1', '2001:db8::1', '0.0.0.0'])
      expect(isLoopback(a), a).toBe(false);
  });

  it("makes the server's own origins of the certificate's names and the port", () => {
    expect(
      ownOrigins(['localhost', '127.0.0.1', '0:0:0:0:0:0:0:1', 'TLA.swv.example'], 8443),
    ).toEqual([
      'https://localhost:8443',
      'https://127.0.0.1:8443',
      'https://[::1]:8443',
      'https://tla.swv.example:8443',
    ]);
    expect(ownOrigins(['tla.swv.example'], 443)).toEqual(['https://tla.swv.example']);
  });

  it('keeps the first start and the restore to this machine', () => {
    const remote = { adres: '192.0.2.10', opAfstand: true };
    const local = { adres: '127.0.0.1', opAfstand: false };
    const normal = { setupFromNetwork: false, inRecoveryMode: false };
    expect(networkRefusal('setup.createBeheerder', remote, normal)?.error.message).toBe(
      'TLA inrichten kan alleen op de server zelf (of via een SSH-tunnel naar de server).',
    );
    expect(networkRefusal('setup.loadDemo', remote, normal)?.error.code).toBe('forbidden');
    expect(
      networkRefusal('setup.createBeheerder', remote, { ...normal, setupFromNetwork: true }),
    ).toBeNull();
    expect(
      networkRefusal('herstel.terugzetten', remote, { ...normal, setupFromNetwork: true })?.error
        .message,
    ).toBe('Een back-up terugzetten kan alleen op de server zelf.');
    expect(networkRefusal('auth.login', remote, normal)).toBeNull();
    expect(
      networkRefusal('auth.login', remote, { ...normal, inRecoveryMode: true })?.error.code,
    ).toBe('internal');
    for (const name of ['setup.createBeheerder', 'herstel.terugzetten', 'auth.login'])
      expect(networkRefusal(name, local, { ...normal, inRecoveryMode: true }), name).toBeNull();
  });
});
