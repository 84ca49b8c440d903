import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The TLA server's configuration (issue 13): environment variables and, when TLA_SERVER_CONFIG
// names one, a JSON file; a variable wins over the file. Both are parsed with zod; anything wrong
// is told in Dutch, one line per setting, naming the variable and the file's key, and the server
// does not start. The master key itself is never read from the file: only a key file's path, or
// the variable TLA_MASTER_KEY (see master-key.ts).

/** One setting: its key in the config file and its environment variable. */
const SETTINGS = {
  host: 'TLA_SERVER_HOST',
  port: 'TLA_SERVER_PORT',
  dataDir: 'TLA_DATA_DIR',
  masterKeyFile: 'TLA_MASTER_KEY_FILE',
  tlsCert: 'TLA_TLS_CERT',
  tlsKey: 'TLA_TLS_KEY',
  tlsNames: 'TLA_TLS_NAMES',
  origins: 'TLA_SERVER_ORIGINS',
  serveRenderer: 'TLA_SERVE_RENDERER',
  rendererDir: 'TLA_RENDERER_DIR',
  rateLimitMax: 'TLA_RATE_LIMIT_MAX',
  rateLimitWindowSeconds: 'TLA_RATE_LIMIT_WINDOW_SECONDS',
  bodyLimitMb: 'TLA_BODY_LIMIT_MB',
  setupFromNetwork: 'TLA_SETUP_FROM_NETWORK',
} as const;
type SettingKey = keyof typeof SETTINGS;

/** The settings that name a file or folder: relative paths in the file are read from its folder. */
const PATH_SETTINGS: readonly SettingKey[] = [
  'dataDir',
  'masterKeyFile',
  'tlsCert',
  'tlsKey',
  'rendererDir',
];

export const MASTER_KEY_ENV = 'TLA_MASTER_KEY';
export const CONFIG_FILE_ENV = 'TLA_SERVER_CONFIG';

const text = (what: string) =>
  z
    .string({ error: `moet ${what} zijn.` })
    .trim()
    .min(1, { error: `moet ${what} zijn.` });

const YES = ['ja', 'true', '1', 'aan'];
const NO = ['nee', 'false', '0', 'uit'];
const bool = z
  .union([z.boolean(), z.string()], { error: 'moet "ja" of "nee" zijn.' })
  .transform((v, ctx) => {
    if (typeof v === 'boolean') return v;
    const word = v.trim().toLowerCase();
    if (YES.includes(word)) return true;
    if (NO.includes(word)) return false;
    ctx.addIssue({ code: 'custom', message: 'moet "ja" of "nee" zijn.' });
    return z.NEVER;
  });

/** A whole number from the file (a number) or from a variable (digits). */
const whole = (min: number, max: number, what: string) =>
  z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d+$/, { error: `moet ${what} zijn.` }),
    ])
    .transform(Number)
    .pipe(
      z
        .number()
        .int({ error: `moet ${what} zijn.` })
        .min(min, { error: `moet ${what} zijn.` })
        .max(max, { error: `moet ${what} zijn.` }),
    );

/** A comma-separated list in a variable, an array of strings in the file. */
const list = (what: string) =>
  z
    .union([z.array(z.string()), z.string().transform((s) => s.split(','))])
    .transform((items) => items.map((i) => i.trim()).filter((i) => i !== ''))
    .pipe(z.array(z.string().max(253, { error: `bevat ${what} die te lang is.` })).max(50));

const origin = z.string().refine(
  (o) => {
    try {
      const u = new URL(o);
      return u.protocol === 'https:' && u.origin === o;
    } catch {
      return false;
    }
  },
  { error: 'moet een lijst van herkomsten zijn zoals https://tla.voorbeeld.nl:8443.' },
);

const rawSchema = z
  .object({
    host: text('een adres om op te luisteren (bijvoorbeeld 0.0.0.0 of 192.0.2.10)').default(
      '127.0.0.1',
    ),
    port: whole(0, 65535, 'een poortnummer (1 tot en met 65535)').default(8443),
    dataDir: text('het pad van de gegevensmap'),
    masterKeyFile: text('het pad van het sleutelbestand').optional(),
    tlsCert: text('het pad van het certificaat (PEM)').optional(),
    tlsKey: text('het pad van de privésleutel van het certificaat (PEM)').optional(),
    tlsNames: list('een naam').default([]),
    origins: list('een herkomst').pipe(z.array(origin)).default([]),
    serveRenderer: bool.default(false),
    rendererDir: text('het pad van de gebouwde schermen').optional(),
    rateLimitMax: whole(1, 1_000_000, 'een aantal verzoeken (1 of meer)').default(1200),
    rateLimitWindowSeconds: whole(1, 86_400, 'een aantal seconden (1 tot en met 86400)').default(
      60,
    ),
    bodyLimitMb: whole(1, 1024, 'een aantal megabytes (1 tot en met 1024)').default(140),
    setupFromNetwork: bool.default(false),
  })
  .superRefine((c, ctx) => {
    if ((c.tlsCert === undefined) !== (c.tlsKey === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [c.tlsCert === undefined ? 'tlsCert' : 'tlsKey'],
        message:
          'geef het certificaat én zijn privésleutel op, of geen van beide (dan maakt de server zelf een certificaat).',
      });
  });

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly masterKeyFile: string | undefined;
  readonly tls: { readonly cert: string; readonly key: string } | undefined;
  /** Extra names (DNS or IP) for the self-signed certificate; also the server's own origins. */
  readonly tlsNames: readonly string[];
  /** Origins besides the certificate's names a browser may call from (e.g. behind a proxy). */
  readonly origins: readonly string[];
  /** The built renderer to serve, or undefined: the server then answers only /api/call. */
  readonly rendererDir: string | undefined;
  readonly rateLimit: { readonly max: number; readonly windowMs: number };
  readonly bodyLimitBytes: number;
  /** Allow the first start's procedures (the first beheerder, the demo) from other machines. */
  readonly setupFromNetwork: boolean;
}

/** The configuration could not be read: Dutch lines for the operator's console. */
export class ServerConfigError extends Error {
  constructor(readonly lines: readonly string[]) {
    super('server configuration invalid');
    this.name = 'ServerConfigError';
  }
  get dutchMessage(): string {
    return ['De instellingen van de TLA-server kloppen niet:', ...this.lines.map((l) => `- ${l}`)]
      .concat('De server is niet gestart.')
      .join('\n');
  }
}

const label = (key: string): string =>
  Object.hasOwn(SETTINGS, key)
    ? `${SETTINGS[key as SettingKey]} (of "${key}" in het configuratiebestand)`
    : `"${key}"`;

function readConfigFile(file: string): Record<string, unknown> {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ServerConfigError([
      `${CONFIG_FILE_ENV}: het configuratiebestand ${file} kan niet worden gelezen.`,
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ServerConfigError([`het configuratiebestand ${file} is geen geldige JSON.`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ServerConfigError([`het configuratiebestand ${file} moet een JSON-object zijn.`]);
  const entries = Object.entries(parsed as Record<string, unknown>);
  const unknown = entries.filter(([k]) => !Object.hasOwn(SETTINGS, k)).map(([k]) => k);
  if (unknown.length > 0)
    throw new ServerConfigError(
      unknown.map((k) =>
        /key|sleutel/i.test(k) && !/file|bestand|tls/i.test(k)
          ? `"${k}": de hoofdsleutel hoort niet in het configuratiebestand; geef een sleutelbestand op (masterKeyFile) of de variabele ${MASTER_KEY_ENV}.`
          : `"${k}" is geen instelling van de TLA-server.`,
      ),
    );
  const dir = path.dirname(path.resolve(file));
  return Object.fromEntries(
    entries.map(([k, v]) => [
      k,
      PATH_SETTINGS.includes(k as SettingKey) && typeof v === 'string' && v.trim() !== ''
        ? path.resolve(dir, v.trim())
        : v,
    ]),
  );
}

/**
 * The server's configuration from `env` (and the file TLA_SERVER_CONFIG names). Relative paths in
 * variables are taken from `cwd`. Throws a ServerConfigError with Dutch lines.
 */
export function readServerConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): ServerConfig {
  const configFile = env[CONFIG_FILE_ENV]?.trim();
  const fromFile = configFile ? readConfigFile(path.resolve(cwd, configFile)) : {};
  const fromEnv: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(SETTINGS)) {
    const value = env[variable];
    if (value === undefined || value.trim() === '') continue;
    fromEnv[key] = PATH_SETTINGS.includes(key as SettingKey) ? path.resolve(cwd, value) : value;
  }
  const parsed = rawSchema.safeParse({ ...fromFile, ...fromEnv });
  if (!parsed.success) {
    throw new ServerConfigError(
      parsed.error.issues.map((i) => {
        const key = String(i.path[0] ?? '');
        return key === '' ? i.message : `${label(key)}: ${i.message}`;
      }),
    );
  }
  const c = parsed.data;
  return {
    host: c.host,
    port: c.port,
    dataDir: path.resolve(c.dataDir),
    masterKeyFile: c.masterKeyFile,
    tls:
      c.tlsCert !== undefined && c.tlsKey !== undefined
        ? { cert: c.tlsCert, key: c.tlsKey }
        : undefined,
    tlsNames: c.tlsNames,
    origins: c.origins,
    rendererDir: c.serveRenderer
      ? (c.rendererDir ?? path.resolve(cwd, 'dist/renderer'))
      : undefined,
    rateLimit: { max: c.rateLimitMax, windowMs: c.rateLimitWindowSeconds * 1000 },
    bodyLimitBytes: c.bodyLimitMb * 1024 * 1024,
    setupFromNetwork: c.setupFromNetwork,
  };
}
