import { z } from 'zod';

// What the user types as the TLA server's address, and the pinned fingerprint, both parsed with zod
// wherever they cross a boundary (the connection screen over IPC, the settings file).

const FINGERPRINT = /^(?:[0-9A-F]{2}:){31}[0-9A-F]{2}$/;

/**
 * A SHA-256 fingerprint as the server prints it and Node reports it (`fingerprint256`): 32
 * upper-case hex pairs joined by colons. Lower case, spaces and missing colons are accepted and
 * written the one way, so a fingerprint read aloud and typed back compares equal.
 */
export const vingerafdrukSchema = z
  .string()
  .max(200)
  .transform((raw) => raw.replace(/[\s:]/g, '').toUpperCase())
  .refine((hex) => /^[0-9A-F]{64}$/.test(hex), {
    message: 'Een SHA-256-vingerafdruk bestaat uit 64 tekens 0-9 en A-F.',
  })
  .transform((hex) => (hex.match(/../g) ?? []).join(':'))
  .refine((fp) => FINGERPRINT.test(fp));

export const ADRES_FOUT =
  'Vul het adres van de TLA-server in zoals uw beheerder het gaf, bijvoorbeeld https://tla.swv.example:8443.';

/**
 * The server's address: `https://host[:port]`, nothing more (no path, query, user or password).
 * Without a scheme https is assumed; plain http is refused, the server speaks HTTPS only. The
 * result is the origin, e.g. `https://tla.swv.example:8443`.
 */
export const serverAdresSchema = z
  .string()
  .trim()
  .min(1, ADRES_FOUT)
  .max(300, ADRES_FOUT)
  .transform((raw, ctx) => {
    const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: ADRES_FOUT });
      return z.NEVER;
    }
    if (url.protocol !== 'https:') {
      ctx.addIssue({
        code: 'custom',
        message: 'De TLA-server is alleen via https bereikbaar: begin het adres met https://.',
      });
      return z.NEVER;
    }
    const extra =
      url.username !== '' ||
      url.password !== '' ||
      (url.pathname !== '/' && url.pathname !== '') ||
      url.search !== '' ||
      url.hash !== '';
    if (extra || url.hostname === '') {
      ctx.addIssue({ code: 'custom', message: ADRES_FOUT });
      return z.NEVER;
    }
    return url.origin;
  });

export type ServerAdres = z.output<typeof serverAdresSchema>;

// Issue 13 · the desktop as a client. Besides procedures (`call`) the renderer asks the shell two
// things over narrow channels of their own: which TLA the app talks to (this computer or the SWV's
// server, chosen at the first start), and a dossier document's bytes (binary, never base64).

export const VERBINDING_CHANNEL = 'tla:verbinding';
export const DOCUMENT_CHANNEL = 'tla:document';

/** What is chosen: this computer, or a server with the fingerprint pinned at the first connection. */
export const verbindingSchema = z.discriminatedUnion('modus', [
  z.object({ modus: z.literal('lokaal') }).strict(),
  z
    .object({
      modus: z.literal('server'),
      adres: serverAdresSchema,
      vingerafdruk: vingerafdrukSchema,
    })
    .strict(),
]);
export type Verbinding = z.output<typeof verbindingSchema>;

export const verbindingInput = z.discriminatedUnion('actie', [
  /** What is chosen now (null: nothing yet, the first start). */
  z.object({ actie: z.literal('status') }).strict(),
  /** The first connection: the server's certificate fingerprint, to compare. Nothing else is sent. */
  z.object({ actie: z.literal('onderzoek'), adres: serverAdresSchema }).strict(),
  /** The user compared the fingerprint and confirms: pin it and use the server from now on. */
  z
    .object({
      actie: z.literal('verbind'),
      adres: serverAdresSchema,
      vingerafdruk: vingerafdrukSchema,
    })
    .strict(),
  /** Only on this computer (the embedded mode). */
  z.object({ actie: z.literal('lokaal') }).strict(),
]);
export type VerbindingInput = z.input<typeof verbindingInput>;

export type VerbindingStatus =
  | { readonly gekozen: false; readonly modus: 'lokaal' }
  | { readonly gekozen: true; readonly modus: 'lokaal' }
  | {
      readonly gekozen: true;
      readonly modus: 'server';
      readonly adres: string;
      readonly vingerafdruk: string;
    };

export type VerbindingOutput =
  | { readonly ok: true; readonly status: VerbindingStatus; readonly vingerafdruk?: string }
  | { readonly ok: false; readonly melding: string };

/** A document's bytes for the viewer: the session and the document's id. */
export const documentInput = z
  .object({
    session: z.string().min(1).max(200).optional(),
    documentId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
export type DocumentInput = z.infer<typeof documentInput>;
