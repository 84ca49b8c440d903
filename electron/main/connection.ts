import { readServerFingerprint, ServerClient, UNEXPECTED_MESSAGE } from '../client/server-client';
import type { ApiFailure, ApiResponse, Backend, DocumentBytes } from '../contract/envelope';
import {
  verbindingSchema,
  type Verbinding,
  type VerbindingInput,
  type VerbindingOutput,
  type VerbindingStatus,
} from '../contract/verbinding';

// Issue 13 · which TLA this desktop talks to: its own (the embedded backend, the default and what
// a first start opens until the user chooses) or the samenwerkingsverband's server, pinned by its
// certificate's fingerprint. The shell's IPC handlers see one Backend either way, so `call` and
// the document channel do not know which it is; neither does the renderer.

/** The per-machine preferences (electron-store in the app, a Map in tests). */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** What the connection needs of a server client (electron/client/server-client.ts). */
export interface RemoteClient {
  call(envelope: unknown): Promise<ApiResponse>;
  readDocument(
    session: string | undefined,
    documentId: unknown,
  ): Promise<DocumentBytes | ApiFailure>;
  close(): void;
}

export interface ConnectionOptions {
  readonly store: SettingsStore;
  /** Opens this computer's backend; throws what the start throws (the key store, the data folder). */
  readonly openLocal: () => Backend;
  /** The Dutch sentence for a failure of `openLocal` (never the error's own text). */
  readonly describeError: (error: unknown) => string;
  readonly makeClient?: (origin: string, vingerafdruk: string) => RemoteClient;
  readonly readFingerprint?: typeof readServerFingerprint;
}

export const VERBINDING_KEY = 'verbinding';

const NOT_OPEN: ApiFailure = Object.freeze({
  ok: false,
  error: Object.freeze({
    code: 'internal',
    message: 'TLA is nog niet gestart. Probeer het opnieuw.',
  }),
} as const);

export class Connection implements Backend {
  private chosen: Verbinding | null;
  private local: Backend | null = null;
  private remote: RemoteClient | null = null;
  private readonly makeClient: (origin: string, vingerafdruk: string) => RemoteClient;
  private readonly readFingerprint: typeof readServerFingerprint;

  constructor(private readonly options: ConnectionOptions) {
    // A damaged or hand-edited setting counts as no choice: the user is asked again.
    const parsed = verbindingSchema.safeParse(options.store.get(VERBINDING_KEY));
    this.chosen = parsed.success ? parsed.data : null;
    this.makeClient =
      options.makeClient ?? ((origin, vingerafdruk) => new ServerClient({ origin, vingerafdruk }));
    this.readFingerprint = options.readFingerprint ?? readServerFingerprint;
  }

  /**
   * Opens what is chosen. Nothing chosen yet opens this computer's TLA, as every start did before
   * (embedded is the default), so a start without a choice behaves exactly as before. Throws what
   * `openLocal` throws.
   */
  open(): void {
    const chosen = this.chosen;
    if (chosen?.modus === 'server')
      this.remote = this.makeClient(chosen.adres, chosen.vingerafdruk);
    else this.local = this.options.openLocal();
  }

  dispatch(envelope: unknown): Promise<ApiResponse> {
    if (this.remote !== null) return this.remote.call(envelope);
    if (this.local !== null) return this.local.dispatch(envelope);
    return Promise.resolve(NOT_OPEN);
  }

  async readDocument(
    session: string | undefined,
    documentId: unknown,
  ): Promise<DocumentBytes | ApiFailure> {
    if (this.remote !== null) return this.remote.readDocument(session, documentId);
    if (this.local?.readDocument !== undefined) return this.local.readDocument(session, documentId);
    return NOT_OPEN;
  }

  whenIdle(): Promise<void> {
    return this.local?.whenIdle() ?? Promise.resolve();
  }

  close(): void {
    this.local?.close();
    this.local = null;
    this.remote?.close();
    this.remote = null;
  }

  status(): VerbindingStatus {
    const chosen = this.chosen;
    if (chosen === null) return { gekozen: false, modus: 'lokaal' };
    if (chosen.modus === 'lokaal') return { gekozen: true, modus: 'lokaal' };
    return { gekozen: true, ...chosen };
  }

  /** The connection screen's questions (already parsed by the IPC handler). */
  async handle(input: VerbindingInput): Promise<VerbindingOutput> {
    switch (input.actie) {
      case 'status':
        return { ok: true, status: this.status() };
      case 'onderzoek': {
        const shown = await this.readFingerprint(input.adres);
        if (!shown.ok) return { ok: false, melding: shown.error.message };
        return { ok: true, status: this.status(), vingerafdruk: shown.vingerafdruk };
      }
      case 'verbind':
        return this.connect(input.adres, input.vingerafdruk);
      case 'lokaal':
        return this.useLocal();
    }
  }

  /**
   * Pins the fingerprint the user compared: a first call through the pinned client
   * (`setup.status`, public) shows that this certificate is still the one and that a TLA server
   * answers; only then is the choice stored and this computer's backend closed.
   */
  private async connect(adres: string, vingerafdruk: string): Promise<VerbindingOutput> {
    const client = this.makeClient(adres, vingerafdruk);
    const answer = await client.call({ name: 'setup.status', input: {} });
    const isTla =
      answer.ok &&
      typeof answer.data === 'object' &&
      answer.data !== null &&
      typeof (answer.data as { needsSetup?: unknown }).needsSetup === 'boolean';
    if (!isTla) {
      client.close();
      return { ok: false, melding: answer.ok ? UNEXPECTED_MESSAGE : answer.error.message };
    }
    const chosen: Verbinding = { modus: 'server', adres, vingerafdruk };
    this.options.store.set(VERBINDING_KEY, chosen);
    this.chosen = chosen;
    this.local?.close();
    this.local = null;
    this.remote?.close();
    this.remote = client;
    return { ok: true, status: this.status() };
  }

  private useLocal(): VerbindingOutput {
    if (this.local === null) {
      try {
        this.local = this.options.openLocal();
      } catch (error) {
        return { ok: false, melding: this.options.describeError(error) };
      }
    }
    const chosen: Verbinding = { modus: 'lokaal' };
    this.options.store.set(VERBINDING_KEY, chosen);
    this.chosen = chosen;
    this.remote?.close();
    this.remote = null;
    return { ok: true, status: this.status() };
  }
}
